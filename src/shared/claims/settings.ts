/**
 * The claim-notes setting: on or off everywhere, and a list of sites where they are off.
 * Parsed here (schema.ts only holds the field), so the settings code stays one small hook.
 */
import { t } from '../ui/i18n.ts';

/** As many as site rules (schema.ts MAX_SITE_RULES); they are kept in the `settings` item, whose 8 KB save.ts checks. */
export const MAX_OFF_HOSTS = 100;
/** Hosts come from location.hostname (via the popup), lower case; anything else stored is dropped. */
const HOST = /^[a-z0-9.-]{1,253}$/;

export interface ClaimNotesSetting {
  /** Claim notes anywhere at all. */
  enabled: boolean;
  /** Hosts (exact, as location.hostname) where they are off even when enabled. */
  offHosts: string[];
}

export const DEFAULT_CLAIM_NOTES: ClaimNotesSetting = { enabled: true, offHosts: [] };

/**
 * The field for parsed settings: absent while it is the default, so stored settings stay as they
 * were; an invalid field is dropped whole (it is one small part). Kept small: the settings parser
 * is in the always-on boot script, which has a byte budget.
 */
export function claimNotesField(raw: unknown, problems: string[]): { claimNotes?: ClaimNotesSetting } {
  if (raw === undefined) return {};
  const r = raw as ClaimNotesSetting;
  const hosts = r?.offHosts;
  if (typeof r?.enabled !== 'boolean' || !Array.isArray(hosts) || hosts.length > MAX_OFF_HOSTS || !hosts.every((h) => typeof h === 'string' && HOST.test(h))) {
    problems.push(t('settingsClaimNotesInvalid'));
    return {};
  }
  return r.enabled && !hosts.length ? {} : { claimNotes: { enabled: r.enabled, offHosts: [...new Set(hosts)] } };
}

export function claimNotesOn(setting: ClaimNotesSetting | undefined, host: string): boolean {
  const s = setting ?? DEFAULT_CLAIM_NOTES;
  return s.enabled && !s.offHosts.includes(host.toLowerCase());
}

/** The setting with claim notes on or off for one host. */
export function withClaimNotesForHost(setting: ClaimNotesSetting, host: string, on: boolean): ClaimNotesSetting {
  const h = host.toLowerCase();
  const rest = setting.offHosts.filter((x) => x !== h);
  // Past the limit the list grows anyway, so that saving refuses it with the reason.
  return { ...setting, offHosts: on ? rest : [...rest, h] };
}
