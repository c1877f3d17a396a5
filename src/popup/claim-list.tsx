/**
 * "Claims to check on this page": each claim note, with its verdict; a click scrolls the page to
 * it and opens its card. The switches turn notes off for this site or everywhere, at once.
 */
import browser from 'webextension-polyfill';
import packs from 'pack:all';
import { useState } from 'preact/hooks';
import { requestChange } from '../shared/settings/save.ts';
import type { Settings } from '../shared/settings/schema.ts';
import { claimNotesOn, DEFAULT_CLAIM_NOTES } from '../shared/claims/settings.ts';
import type { Verdict } from '../shared/claims/types.ts';
import { sendToTab } from '../shared/tabs.ts';
import type { Load } from './popup.tsx';
import { t, type MessageKey } from '../shared/ui/i18n.ts';

const VERDICT_SHORT: Record<Verdict, MessageKey> = { incorrect: 'verdictShortIncorrect', misleading: 'verdictShortMisleading', unverified: 'verdictShortUnverified', outdated: 'verdictShortOutdated' };
const verdictOf = new Map(packs.flatMap((p) => p.entries).flatMap((e) => e.misstatements.flatMap((m) => (m.id && m.verdict ? [[m.id, m.verdict] as const] : []))));
const short = (s: string) => (s.length > 90 ? `${s.slice(0, 90).replace(/\s+\S*$/, '')} …` : s);

function Switches({ host, settings }: { host: string | null; settings: Settings | null }) {
  const setting = settings?.claimNotes ?? DEFAULT_CLAIM_NOTES;
  // Sent as a change to the background, which applies it to what is stored then (like the site switch).
  const [error, setError] = useState('');
  const save = (on: boolean, host?: string) => void requestChange(browser, { kind: 'claim-notes', on, ...(host ? { host } : {}) }).then((saved) => setError(saved.ok ? '' : saved.problems.join(' ')));
  return (
    <p class="claim-switches small">
      <label>
        <input type="checkbox" data-testid="claims-everywhere" checked={setting.enabled} disabled={!settings} onChange={(e) => save(e.currentTarget.checked)} /> {t('claimsNotes')}
      </label>{' '}
      <label>
        <input type="checkbox" data-testid="claims-site" checked={!!host && claimNotesOn({ ...setting, enabled: true }, host)} disabled={!settings || !host || !setting.enabled} onChange={(e) => host && save(e.currentTarget.checked, host)} /> {host ? t('claimsOnHost', host) : t('claimsOnThisSite')}
      </label>
      {error && (
        <span class="error" role="alert" data-testid="claims-error">
          {' '}
          {error}
        </span>
      )}
    </p>
  );
}

export function ClaimList({ load, settings }: { load: Load; settings: Settings | null }) {
  const claims = load.status === 'ready' ? (load.page.claims ?? []) : [];
  const host = load.status === 'ready' ? load.page.host : null;
  const open = (index: number) => load.status === 'ready' && void sendToTab(load.tabId, 'ui-to-cs:focus-claim', { index }).catch(() => undefined);
  return (
    <section class="claims-box" data-testid="claims" aria-labelledby="claims-h">
      <h3 id="claims-h">{t('claimsHeading', claims.length)}</h3>
      <Switches host={host} settings={settings} />
      <ul class="claims">
        {claims.map((c) => (
          <li key={c.index}>
            <button type="button" class="claim" data-claim-id={c.claimIds.join(' ')} onClick={() => open(c.index)}>
              <span class="verdict-tag">{t(VERDICT_SHORT[verdictOf.get(c.claimIds[0]!) ?? 'incorrect'])}</span> {c.voice === 'outlet' ? '' : `${t('claimsSpeaker', c.speaker ?? t('claimsQuoted'))} `}
              {short(c.sentence)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
