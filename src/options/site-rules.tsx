/** The list of site rules: add one, edit one in place (host, scope, mode), remove one. */
import { useState } from 'preact/hooks';
import { MAX_SITE_RULES, describeScope, hostProblem, normaliseHost, withRuleReplaced, type Settings, type SiteMode, type SiteRule } from '../shared/settings/schema.ts';
import { modeLabel } from '../shared/settings/labels.ts';
import type { SettingsChange } from '../shared/settings/changes.ts';
import { ModeSelect } from './mode-select.tsx';
import { RuleRow } from './rule-row.tsx';
import { t, tParts } from '../shared/ui/i18n.ts';

interface Props {
  settings: Settings;
  /** Has a change applied to the stored settings; false (with the reason shown) when it was not stored. */
  save(change: SettingsChange): Promise<boolean>;
}

type Message = { error: boolean; text: string } | null;

/** The form that adds a rule (or changes the mode of the rule with the same host and scope). */
function AddRule({ settings, save, say }: Props & { say(message: Message): void }) {
  const [host, setHost] = useState('');
  const [subdomains, setSubdomains] = useState(true);
  const [mode, setMode] = useState<SiteMode>('off');

  const add = (e: Event) => {
    e.preventDefault();
    const h = normaliseHost(host);
    if (!h) return say({ error: true, text: t('rulesBadHost', hostProblem(host) ?? '') });
    const exists = settings.sites.some((r) => r.host === h && r.includeSubdomains === subdomains);
    if (!exists && settings.sites.length >= MAX_SITE_RULES) return say({ error: true, text: t('rulesTooMany', MAX_SITE_RULES) });
    const text = t(exists ? 'rulesUpdated' : 'rulesAdded', describeScope({ host: h, includeSubdomains: subdomains }), modeLabel(mode));
    say(null);
    void save({ kind: 'site-mode', host: h, mode, includeSubdomains: subdomains }).then((ok) => {
      if (!ok) return;
      say({ error: false, text });
      setHost('');
    });
  };

  return (
    <form class="add-rule" onSubmit={add} noValidate>
      <label>
        {t('rulesSite')} <input type="text" name="host" value={host} placeholder={t('rulesHostExample')} autocomplete="off" spellcheck={false} onInput={(e) => setHost((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <label>
        <input type="checkbox" name="subdomains" checked={subdomains} onChange={(e) => setSubdomains((e.currentTarget as HTMLInputElement).checked)} /> {t('rulesAndSubdomains')}
      </label>
      <label>
        <span class="visually-hidden">{t('rulesNewMode')}</span>
        <ModeSelect id="new-rule-mode" value={mode} onChange={setMode} />
      </label>
      <button type="submit">{t('rulesAdd')}</button>
    </form>
  );
}

function RulesTable({ settings, save, update }: Props & { update(index: number, next: SiteRule): string | null }) {
  if (!settings.sites.length) return <p data-testid="rules">{t('rulesNone')}</p>;
  return (
    <table class="rules" data-testid="rules">
      <thead>
        <tr>
          <th scope="col">{t('rulesSite')}</th>
          <th scope="col">{t('rulesSubdomainsToo')}</th>
          <th scope="col">{t('rulesHighlighting')}</th>
          <th scope="col">
            <span class="visually-hidden">{t('ruleRemove')}</span>
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
  );
}

export function SiteRules({ settings, save }: Props) {
  const [message, setMessage] = useState<Message>(null);

  const update = (index: number, next: SiteRule): string | null => {
    const old = settings.sites[index]!;
    const result = withRuleReplaced(settings, index, next);
    if ('clash' in result) {
      setMessage(null);
      return t('rulesClash', describeScope(result.clash));
    }
    const text = old.host === next.host ? t('rulesSaved', describeScope(next), modeLabel(next.mode)) : t('rulesChanged', old.host, describeScope(next), modeLabel(next.mode));
    void save({ kind: 'replace-rule', rule: old, next }).then((ok) => setMessage(ok ? { error: false, text } : null));
    return null;
  };

  return (
    <>
      <p class="muted">
        {tParts('rulesHelp', <code>example.com</code>, <code>news.example.com</code>)}
      </p>
      <p class="muted">{t('rulesEditHelp')}</p>
      <RulesTable settings={settings} save={save} update={update} />
      <AddRule settings={settings} save={save} say={setMessage} />
      <p class={message?.error ? 'error' : 'ok'} role={message?.error ? 'alert' : 'status'} data-testid="rule-message">
        {message?.text ?? ''}
      </p>
    </>
  );
}
