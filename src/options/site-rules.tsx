/** The list of site rules: add one, edit one in place (host, scope, mode), remove one. */
import { useState } from 'preact/hooks';
import { MAX_SITE_RULES, describeScope, hostProblem, normaliseHost, withRuleReplaced, type Settings, type SiteMode, type SiteRule } from '../shared/settings/schema.ts';
import { modeLabel } from '../shared/ui/site-modes.ts';
import type { SettingsChange } from '../shared/settings/changes.ts';
import { ModeSelect } from './mode-select.tsx';
import { RuleRow } from './rule-row.tsx';

interface Props {
  settings: Settings;
  /** Has a change applied to the stored settings; false (with the reason shown) when it was not stored. */
  save(change: SettingsChange): Promise<boolean>;
}

export function SiteRules({ settings, save }: Props) {
  const [host, setHost] = useState('');
  const [subdomains, setSubdomains] = useState(true);
  const [mode, setMode] = useState<SiteMode>('off');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const update = (index: number, next: SiteRule): string | null => {
    const old = settings.sites[index]!;
    const result = withRuleReplaced(settings, index, next);
    if ('clash' in result) {
      setMessage(null);
      return `There is already a rule for ${describeScope(result.clash)}; change or remove that one instead.`;
    }
    const what = old.host === next.host ? `Saved the rule for ${describeScope(next)}` : `Changed the rule for ${old.host} to ${describeScope(next)}`;
    void save({ kind: 'replace-rule', rule: old, next }).then((ok) => setMessage(ok ? { error: false, text: `${what}: ${modeLabel(next.mode)}.` } : null));
    return null;
  };

  const add = (e: Event) => {
    e.preventDefault();
    const h = normaliseHost(host);
    if (!h) return setMessage({ error: true, text: `${hostProblem(host)} Type a site such as news.example.com (a full address works too).` });
    const exists = settings.sites.some((r) => r.host === h && r.includeSubdomains === subdomains);
    if (!exists && settings.sites.length >= MAX_SITE_RULES) return setMessage({ error: true, text: `You have ${MAX_SITE_RULES} rules, the most that fit in synced storage. Remove one first.` });
    const text = `${exists ? 'Updated' : 'Added'} the rule for ${describeScope({ host: h, includeSubdomains: subdomains })}: ${modeLabel(mode)}.`;
    setMessage(null);
    void save({ kind: 'site-mode', host: h, mode, includeSubdomains: subdomains }).then((ok) => {
      if (!ok) return;
      setMessage({ error: false, text });
      setHost('');
    });
  };

  return (
    <>
      <p class="muted">
        A rule covers a site, and its subdomains if you tick the box: a rule for <code>example.com</code> with subdomains also covers{' '}
        <code>news.example.com</code>. When several rules match, the most specific wins (a longer host; for the same host, the rule without subdomains).
      </p>
      <p class="muted">To change a rule's site, edit it in its box: Enter or moving on saves it, Esc undoes your typing.</p>
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
              // Keyed by position: a key made of the host would remount the row, and lose focus, when its host is edited.
              <RuleRow key={i} rule={r} index={i} save={(next) => update(i, next)} remove={() => void save({ kind: 'remove-rule', rule: r })} />
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
