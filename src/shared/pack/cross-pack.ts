/**
 * Checks across topic packs, after each passed validatePack alone. The app shows several packs
 * on one page as one set, so what identifies a thing must identify it across packs: pack ids,
 * entry ids (marks carry them), source ids (cards look them up) and claim ids are unique, and an
 * alias two packs claim goes to the pack with the higher `meta.priority`, which must be set.
 */
import type { TopicPack } from './types.ts';

export interface NamedPack {
  /** The file, as messages name it. */
  name: string;
  pack: TopicPack;
}

function uniqueAcross(packs: readonly NamedPack[], what: string, ids: (pack: TopicPack) => Iterable<string>): string[] {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const { name, pack } of packs) {
    for (const id of new Set(ids(pack))) {
      const other = owner.get(id);
      if (other) problems.push(`${name}: ${what} ${JSON.stringify(id)} is also in ${other}; ${what}s must be unique across packs`);
      else owner.set(id, name);
    }
  }
  return problems;
}

const folded = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

function aliasOwners(packs: readonly NamedPack[]): string[] {
  const owner = new Map<string, NamedPack>();
  const problems: string[] = [];
  for (const named of packs) {
    const mine = new Set(named.pack.entries.flatMap((e) => e.aliases.map((a) => folded(a.text))));
    for (const alias of mine) {
      const other = owner.get(alias);
      if (!other) {
        owner.set(alias, named);
        continue;
      }
      // No priority is priority 0: one pack set above the other is enough.
      if ((other.pack.meta.priority ?? 0) === (named.pack.meta.priority ?? 0)) {
        problems.push(`${named.name}: alias ${JSON.stringify(alias)} is also claimed by ${other.name}; give the packs different meta.priority (the higher one's entry is highlighted)`);
      }
    }
  }
  return problems;
}

export function crossPackProblems(packs: readonly NamedPack[]): string[] {
  return [
    ...uniqueAcross(packs, 'pack id', (p) => [p.meta.id]),
    ...uniqueAcross(packs, 'entry id', (p) => p.entries.map((e) => e.id)),
    ...uniqueAcross(packs, 'source id', (p) => p.sources.map((s) => s.id)),
    ...uniqueAcross(packs, 'claim id', (p) => p.entries.flatMap((e) => e.misstatements.flatMap((m) => (m.id ? [m.id] : [])))),
    ...aliasOwners(packs),
  ];
}
