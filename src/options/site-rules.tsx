/** The list of site rules: add, change mode or scope, remove. */
import { useState } from 'preact/hooks';
import { MAX_SITE_RULES, SITE_MODES, describeScope, normaliseHost, withSiteMode, withoutRule, type Settings, type SiteMode, type SiteRule } from '../shared/settings/schema.ts';
import { MODE_LABELS } from '../shared/ui/site-modes.ts';

interface Props {
  settings: Settings;
  save(next: Settings): void;
}

function replaceRule(settings: Settings, old: SiteRule, next: SiteRule): Settings | string {
  const clash = settings.sites.some((r) => r !== old && r.host === next.host && r.includeSubdomains === next.includeSubdomains);
  if (clash) return `There is already a rule for ${describeScope(next)}; change or remove that one.`;
  return { ...settings, sites: settings.sites.map((r) => (r === old ? next : r)) };
}

function ModeSelect({ id, value, onChange }: { id: string; value: SiteMode; onChange(m: SiteMode): void }) {
  return (
    <select id={id} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as SiteMode)}>
      {SITE_MODES.map((m) => (
        <option key={m} value={m}>
          {MODE_LABELS[m]}
        </option>
      ))}
    </select>
  );
}

export function SiteRules({ settings, save }: Props) {
  const [host, setHost] = useState('');
  const [subdomains, setSubdomains] = useState(true);
  const [mode, setMode] = useState<SiteMode>('off');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const update = (old: SiteRule, next: SiteRule) => {
    const result = replaceRule(settings, old, next);
    if (typeof result === 'string') setMessage({ error: true, text: result });
    else {
      setMessage(null);
      save(result);
    }
  };

  const add = (e: Event) => {
    e.preventDefault();
    const h = normaliseHost(host);
    if (!h) return setMessage({ error: true, text: `“${host.trim()}” is not a host name. Type a site such as news.example.com (a full address works too).` });
    const exists = settings.sites.some((r) => r.host === h && r.includeSubdomains === subdomains);
    if (!exists && settings.sites.length >= MAX_SITE_RULES) return setMessage({ error: true, text: `You have ${MAX_SITE_RULES} rules, the most that fit in synced storage. Remove one first.` });
    save(withSiteMode(settings, h, mode, subdomains));
    setMessage({ error: false, text: `${exists ? 'Updated' : 'Added'} the rule for ${describeScope({ host: h, includeSubdomains: subdomains })}: ${MODE_LABELS[mode]}.` });
    setHost('');
  };

  return (
    <>
      <p class="muted">
        A rule covers a site, and its subdomains if you tick the box: a rule for <code>example.com</code> with subdomains also covers{' '}
        <code>news.example.com</code>. When several rules match, the most specific wins (a longer host; for the same host, the rule without subdomains).
      </p>
      {settings.sites.length ? (
        <table class="rules" data-testid="rules">
          <thead>
            <tr>
              <th scope="col">Site</th>
              <th scope="col">Subdomains too</th>
              <th scope="col">Highlighting</th>
              <th scope="col">
                <span class="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {settings.sites.map((r, i) => (
              <tr key={`${r.host}|${r.includeSubdomains}`} data-host={r.host}>
                <th scope="row">{r.host}</th>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Rule for ${r.host} also covers its subdomains`}
                    checked={r.includeSubdomains}
                    onChange={(e) => update(r, { ...r, includeSubdomains: (e.currentTarget as HTMLInputElement).checked })}
                  />
                </td>
                <td>
                  <label class="visually-hidden" htmlFor={`rule-mode-${i}`}>
                    Highlighting on {r.host}
                  </label>
                  <ModeSelect id={`rule-mode-${i}`} value={r.mode} onChange={(m) => update(r, { ...r, mode: m })} />
                </td>
                <td>
                  <button type="button" aria-label={`Remove the rule for ${describeScope(r)}`} onClick={() => save(withoutRule(settings, r.host, r.includeSubdomains))}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p data-testid="rules">No site rules yet: every site follows the default above.</p>
      )}
      <form class="add-rule" onSubmit={add} noValidate>
        <label>
          Site <input type="text" name="host" value={host} placeholder="news.example.com" autocomplete="off" spellcheck={false} onInput={(e) => setHost((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          <input type="checkbox" name="subdomains" checked={subdomains} onChange={(e) => setSubdomains((e.currentTarget as HTMLInputElement).checked)} /> and its subdomains
        </label>
        <label>
          <span class="visually-hidden">Highlighting for the new rule</span>
          <ModeSelect id="new-rule-mode" value={mode} onChange={setMode} />
        </label>
        <button type="submit">Add rule</button>
      </form>
      <p class={message?.error ? 'error' : 'ok'} role={message?.error ? 'alert' : 'status'} data-testid="rule-message">
        {message?.text ?? ''}
      </p>
    </>
  );
}
