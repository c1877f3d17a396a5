/**
 * The terms on the page with their counts, for the popup and the toolbar badge. Read from the
 * session's running counts: O(terms), however many marks the page has.
 */
import type { Entry } from '../../shared/pack/types.ts';
import { envelope, type TermCount } from '../../shared/messages.ts';
import { nativeApi } from '../../shared/ext-api.ts';
import type { HighlightSession } from './live-highlights.ts';

export function termCounts(session: HighlightSession, entries: ReadonlyMap<string, Entry>): TermCount[] {
  const { counts, unmarked } = session.found;
  const ids = new Set([...counts.keys(), ...unmarked.keys()]);
  return [...ids].flatMap((id) => {
    const e = entries.get(id);
    const count = (counts.get(id) ?? 0) + (unmarked.get(id) ?? 0);
    return e ? [{ id, label: e.label, kind: e.kind, count }] : [];
  });
}

/** Tells the background (badge) what is on the page now. */
export function sendCounts(terms: TermCount[]): void {
  try {
    void nativeApi()?.runtime.sendMessage(envelope('content:terms-changed', { terms })).catch(() => undefined);
  } catch {
    // The extension is gone (orphaned copy): nobody to tell.
  }
}
