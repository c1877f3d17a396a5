/**
 * One site rule as a table row whose host, scope and mode are edited in place. The host is saved
 * on Enter or when focus leaves the field, and only when it is a valid host that no other rule
 * has; otherwise the row says why and the typed text stays for fixing (Esc puts the saved host back).
 */
import { useEffect, useState } from 'preact/hooks';
import { describeScope, hostProblem, normaliseHost, type SiteMode, type SiteRule } from '../shared/settings/schema.ts';
import { ModeSelect } from './mode-select.tsx';
import { t, tParts } from '../shared/ui/i18n.ts';

interface Props {
  rule: SiteRule;
  index: number;
  /** Saves the changed rule; returns why it was not saved, or null. */
  save(next: SiteRule): string | null;
  remove(): void;
}

/**
 * The row's editing state: the host as typed (null when it shows the saved one) and why the last
 * change was not saved. Enter or leaving the field saves the host; Esc puts the saved one back.
 */
function useRuleEdit(rule: SiteRule, save: Props['save']) {
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const reset = () => {
    setDraft(null);
    setProblem(null);
  };
  // Rows are keyed by position, so a row that now shows another rule (one above was removed, or
  // another window changed it) starts clean.
  useEffect(reset, [rule.host, rule.includeSubdomains]);

  const tryChange = (next: SiteRule): boolean => {
    const why = save(next);
    setProblem(why);
    return why === null;
  };
  const commitHost = () => {
    if (draft === null) return;
    const host = normaliseHost(draft);
    if (host === null) return setProblem(hostProblem(draft));
    if (host === rule.host || tryChange({ ...rule, host })) reset();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') commitHost();
    else if (e.key === 'Escape' && (draft !== null || problem)) {
      e.preventDefault();
      reset();
    }
  };
  return { draft, setDraft, problem, tryChange, commitHost, onKeyDown };
}

function RuleProblem({ id, problem, draft, host }: { id: string; problem: string; draft: string | null; host: string }) {
  return (
    <tr class="rule-problem">
      <td colSpan={4}>
        <p id={id} class="error" role="alert" data-testid="rule-problem">
          {draft !== null ? tParts('ruleNothingSavedDraft', problem, <strong>{host}</strong>) : t('ruleNothingSaved', problem)}
        </p>
      </td>
    </tr>
  );
}

export function RuleRow({ rule, index, save, remove }: Props) {
  const { draft, setDraft, problem, tryChange, commitHost, onKeyDown } = useRuleEdit(rule, save);
  const errorId = `rule-problem-${index}`;
  return (
    <>
      <tr data-host={rule.host} class={problem ? 'has-problem' : undefined}>
        <th scope="row">
          <input
            type="text"
            class="rule-host"
            value={draft ?? rule.host}
            aria-label={t('ruleHostLabel', describeScope(rule))}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={problem ? errorId : undefined}
            autocomplete="off"
            spellcheck={false}
            onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
            onKeyDown={onKeyDown}
            onBlur={commitHost}
          />
        </th>
        <td>
          <input
            type="checkbox"
            aria-label={t('ruleSubdomainsLabel', rule.host)}
            checked={rule.includeSubdomains}
            onChange={(e) => {
              const box = e.currentTarget as HTMLInputElement;
              // A refused change must not leave the box showing what was not saved.
              if (!tryChange({ ...rule, includeSubdomains: box.checked })) box.checked = rule.includeSubdomains;
            }}
          />
        </td>
        <td>
          <label class="visually-hidden" htmlFor={`rule-mode-${index}`}>
            {t('ruleModeLabel', rule.host)}
          </label>
          <ModeSelect id={`rule-mode-${index}`} value={rule.mode} onChange={(mode: SiteMode) => tryChange({ ...rule, mode })} />
        </td>
        <td>
          <button type="button" aria-label={t('ruleRemoveLabel', describeScope(rule))} onClick={remove}>
            {t('ruleRemove')}
          </button>
        </td>
      </tr>
      {problem && <RuleProblem id={errorId} problem={problem} draft={draft} host={rule.host} />}
    </>
  );
}
