/** The switch for the current site: on (when detected), off, always; it writes a rule for the host. */
import browser from 'webextension-polyfill';
import { useState } from 'preact/hooks';
import { requestChange } from '../shared/settings/save.ts';
import { modeLabel } from '../shared/settings/labels.ts';
import { t } from '../shared/ui/i18n.ts';
import { SITE_MODES, describeScope, normaliseHost, ruleFor, siteModeFor, type Settings, type SiteMode } from '../shared/settings/schema.ts';


function scopeNote(settings: Settings, host: string): string {
  const rule = ruleFor(settings, host);
  const choice = t('siteChoiceSetsRule', describeScope({ host, includeSubdomains: true }));
  if (!rule) return t('siteNoRule', modeLabel(settings.defaultMode), choice);
  if (rule.host === host && rule.includeSubdomains) return t('siteRuleCovers', describeScope(rule));
  return t('siteRuleApplies', describeScope(rule), choice);
}

export function SiteSwitch({ host, settings }: { host: string | null; settings: Settings | null }) {
  const ready = host !== null && settings !== null;
  const [error, setError] = useState('');
  // The radios show what is stored: a choice that could not be saved springs back (with the reason).
  const mode = ready ? siteModeFor(settings, host) : null;
  const choose = (m: SiteMode) => {
    if (!ready) return;
    if (!normaliseHost(host)) return setError(t('siteCannotRule', host));
    setError('');
    void requestChange(browser, { kind: 'site-mode', host, mode: m, includeSubdomains: true }).then((saved) => setError(saved.ok ? '' : saved.problems.join(' ')));
  };
  return (
    <fieldset class="site" data-testid="site-switch" disabled={!ready}>
      <legend>{host ? t('siteOnHost', host) : t('siteOnThisSite')}</legend>
      <div class="segmented">
        {SITE_MODES.map((m) => (
          <label key={m} class={mode === m ? 'checked' : ''}>
            <input type="radio" name="site-mode" id={`site-mode-${m}`} value={m} checked={mode === m} onChange={() => choose(m)} />
            {modeLabel(m)}
          </label>
        ))}
      </div>
      <p class="scope muted" data-testid="scope" tabIndex={ready ? 0 : -1}>
        {ready ? scopeNote(settings, host) : ' '}
      </p>
      <p class="error" role="alert" data-testid="site-error">
        {error}
      </p>
    </fieldset>
  );
}
