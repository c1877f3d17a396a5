/** The terms highlighted on the page, grouped by kind; a click shows the next occurrence and its card. */
import { useState } from 'preact/hooks';
import { sendToTab } from '../shared/tabs.ts';
import { packForTopic } from './topic-summary.tsx';
import { groupTerms } from './terms.ts';
import type { Load } from './popup.tsx';
import { t, tCount } from '../shared/ui/i18n.ts';

export function TermList({ load }: { load: Load }) {
  const [shown, setShown] = useState<{ id: string; text: string } | null>(null);
  const terms = load.status === 'ready' ? load.page.terms : [];
  const groups = groupTerms(terms, packForTopic(load.status === 'ready' ? load.page.detection?.topic : undefined).meta.kinds);

  const focus = async (tabId: number, id: string, label: string) => {
    const res = await sendToTab(tabId, 'ui-to-cs:focus-term', { termId: id }).catch(() => ({ ok: false }) as const);
    setShown({ id, text: res.ok && 'index' in res ? t('termsShowing', label, String(res.index), String(res.total)) : t('termsGone', label) });
  };

  let empty = '';
  if (load.status === 'loading') empty = ' ';
  else if (load.status === 'unscriptable') empty = t('termsNothingHere');
  else if (!terms.length) empty = load.page.siteOff ? t('termsSiteOff') : t('termsNone');

  return (
    <div class="terms-box">
      <h2 class="terms-h">
        {terms.length ? t('termsHeadingCount', terms.length) : t('termsHeading')}
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
                {g.heading} <span class="muted">{t('termsGroupCounts', tCount('terms', g.terms.length), tCount('highlights', g.total))}</span>
              </h3>
              <ul>
                {g.terms.map((term) => (
                  <li key={term.id}>
                    <button type="button" class="term" data-term-id={term.id} onClick={() => void focus(load.tabId, term.id, term.label)}>
                      {term.label} <span class="count">×{term.count}</span>
                      {term.found?.length ? <span class="found muted" data-testid="found-as">{t('termsFoundAs', term.found.join(', '))}</span> : null}
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
