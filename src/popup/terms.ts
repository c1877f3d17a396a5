/** Groups the terms highlighted on a page by kind, in the order the pack lists its kinds, for the popup. */
import type { TermCount } from '../shared/messages.ts';
import { t, type MessageKey } from '../shared/ui/i18n.ts';

export interface TermGroup {
  kind: string;
  heading: string;
  /** Occurrences of all terms in the group. */
  total: number;
  terms: TermCount[];
}

/**
 * The pack's heading for a kind, unless the UI has it translated (`kind<Id>` in _locales): the
 * headings in a pack are English, and the kinds of today's pack predate `meta.kinds`.
 */
function headingFor(kind: string, kinds: Readonly<Record<string, string>>): string {
  const key = `kind${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
  const translated = t(key as MessageKey);
  return translated !== key ? translated : (kinds[kind] ?? kind);
}

/** `kinds`: the pack's `meta.kinds`, kind id → heading, in display order. */
export function groupTerms(terms: TermCount[], kinds: Readonly<Record<string, string>>): TermGroup[] {
  const order = Object.keys(kinds);
  const groups = new Map<string, TermCount[]>();
  for (const term of terms) groups.set(term.kind, [...(groups.get(term.kind) ?? []), term]);
  return [...groups]
    .sort(([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99))
    .map(([kind, list]) => ({
      kind,
      heading: headingFor(kind, kinds),
      total: list.reduce((n, t) => n + t.count, 0),
      terms: [...list].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    }));
}
