/**
 * The terms on the page with their counts, for the popup and the toolbar badge. Read from the
 * session's running counts: O(terms), however many marks the page has.
 */
import type { Entry } from '../../shared/pack/types.ts';
import type { TermCount } from '../../shared/messages.ts';
import { foundAs } from '../../shared/pack/found-as.ts';
import type { HighlightSession } from './live-highlights.ts';

/**
 * Also says how each term was written where that was not English, read from the marks
 * themselves (at most MAX_MARKS of them, at most once a second on a live page).
 */
export function termCounts(session: HighlightSession, entries: ReadonlyMap<string, Entry>): TermCount[] {
  const { counts, unmarked, terms } = session.found;
  const texts = new Map<string, Set<string>>();
  for (const m of session.marks) {
    const id = m.isConnected ? terms.get(m) : undefined;
    if (id) texts.set(id, (texts.get(id) ?? new Set()).add((m.textContent ?? '').replace(/\s+/g, ' ').trim()));
  }
  const ids = new Set([...counts.keys(), ...unmarked.keys()]);
  return [...ids].flatMap((id) => {
    const e = entries.get(id);
    if (!e) return [];
    const count = (counts.get(id) ?? 0) + (unmarked.get(id) ?? 0);
    const found = foreignForms(e, texts.get(id));
    return [found.length ? { id, label: e.label, kind: e.kind, count, found } : { id, label: e.label, kind: e.kind, count }];
  });
}

/** Up to three distinct non-English forms of an entry as found on the page, each with its language. */
function foreignForms(entry: Entry, texts: Set<string> | undefined): string[] {
  const out: string[] = [];
  for (const t of texts ?? []) {
    const f = foundAs(entry, t);
    if (f && out.length < 3) out.push(`${f.text} (${f.language})`);
  }
  return out;
}
