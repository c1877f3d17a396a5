/** Groups the terms highlighted on a page by kind, in a fixed order, for the popup. */
import type { TermCount } from '../shared/messages.ts';
import type { EntryKind } from '../shared/pack/types.ts';
import { t, type MessageKey } from '../shared/ui/i18n.ts';

const KIND_HEADINGS: Record<EntryKind, MessageKey> = {
  policy: 'kindPolicy',
  treaty: 'kindTreaty',
  law: 'kindLaw',
  weapon: 'kindWeapon',
  figure: 'kindFigure',
  event: 'kindEvent',
  program: 'kindProgram',
  organisation: 'kindOrganisation',
  person: 'kindPerson',
  place: 'kindPlace',
};

export interface TermGroup {
  kind: string;
  heading: string;
  /** Occurrences of all terms in the group. */
  total: number;
  terms: TermCount[];
}

export function groupTerms(terms: TermCount[]): TermGroup[] {
  const order = Object.keys(KIND_HEADINGS);
  const groups = new Map<string, TermCount[]>();
  for (const term of terms) groups.set(term.kind, [...(groups.get(term.kind) ?? []), term]);
  return [...groups]
    .sort(([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99))
    .map(([kind, list]) => ({
      kind,
      heading: kind in KIND_HEADINGS ? t(KIND_HEADINGS[kind as EntryKind]) : kind,
      total: list.reduce((n, t) => n + t.count, 0),
      terms: [...list].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    }));
}
