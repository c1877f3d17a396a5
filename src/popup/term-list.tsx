/** The terms highlighted on the page, grouped by kind; a click shows the next occurrence and its card. */
import { useState } from 'preact/hooks';
import { sendToTab } from '../shared/tabs.ts';
import { groupTerms } from './terms.ts';
import type { Load } from './popup.tsx';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function TermList({ load }: { load: Load }) {
  const [shown, setShown] = useState<{ id: string; text: string } | null>(null);
  const terms = load.status === 'ready' ? load.page.terms : [];
  const groups = groupTerms(terms);

  const focus = async (tabId: number, id: string, label: string) => {
    const res = await sendToTab(tabId, 'page:focus-term', { termId: id }).catch(() => ({ ok: false }) as const);
    setShown({ id, text: res.ok && 'index' in res ? `${label}: showing ${res.index} of ${res.total}` : `${label} is no longer on the page` });
  };

  let empty = '';
  if (load.status === 'loading') empty = ' ';
  else if (load.status === 'unscriptable') empty = 'Nothing is highlighted here.';
  else if (!terms.length) empty = load.page.mode === 'site-off' ? 'Highlighting is off for this site.' : 'No terms are highlighted on this page.';

  return (
    <div class="terms-box">
      <h2 class="terms-h">
        Highlighted terms{terms.length ? ` (${terms.length})` : ''}
        <span class="focus-note muted" role="status" data-testid="focus-status">
          {shown?.text ?? ''}
        </span>
      </h2>
      <div class="terms" data-testid="terms">
        {empty ? <p class="muted">{empty}</p> : null}
        {load.status === 'ready' &&
          groups.map((g) => (
            <div key={g.kind} class="group">
              <h3>
                {g.heading} <span class="muted">({plural(g.terms.length, 'term')}, {plural(g.total, 'highlight')})</span>
              </h3>
              <ul>
                {g.terms.map((t) => (
                  <li key={t.id}>
                    <button type="button" class="term" data-term-id={t.id} onClick={() => void focus(load.tabId, t.id, t.label)}>
                      {t.label} <span class="count">×{t.count}</span>
                      {t.found?.length ? <span class="found muted" data-testid="found-as"> · found as {t.found.join(', ')}; context in English</span> : null}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
      </div>
    </div>
  );
}
