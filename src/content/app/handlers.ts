/** The messages the app answers itself: moving to a term's next occurrence, a claim note, or the next mark. */
import type { AppHandlers } from '../app-contract.ts';
import type { Popover } from '../popover/popover.tsx';
import type { PageClaims } from '../claims/app-claims.ts';
import type { HighlightSession } from './live-highlights.ts';

export function appHandlers(session: HighlightSession, claims: PageClaims, popover: () => Popover | null): AppHandlers {
  /** Per term, the occurrence the popup showed last, so each click moves on to the next one. */
  const lastFocused = new Map<string, HTMLElement>();
  return {
    'ui-to-cs:focus-term': ({ termId }) => {
      session.refreshCounts();
      const occurrences = session.marks.filter((m) => session.found.terms.get(m) === termId);
      const previous = lastFocused.get(termId);
      const index = previous ? (occurrences.indexOf(previous) + 1) % occurrences.length : 0;
      const mark = occurrences[index];
      const card = popover();
      if (!mark || !card) return { ok: false };
      lastFocused.set(termId, mark);
      mark.scrollIntoView({ block: 'center' });
      card.openFor(mark, { focus: true });
      return { ok: true, index: index + 1, total: occurrences.length };
    },
    'bg-to-cs:step-term': ({ direction }) => ({ ok: popover()?.step(direction) ?? false }),
    'ui-to-cs:focus-claim': ({ index }) => {
      const note = claims.head(index);
      const card = popover();
      if (!note || !card) return { ok: false };
      note.scrollIntoView({ block: 'center' });
      card.openFor(note, { focus: true });
      return { ok: true };
    },
  };
}
