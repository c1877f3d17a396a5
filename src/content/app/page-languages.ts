/**
 * Which languages' aliases a page can need. Every language's aliases in one pattern make a
 * ~64 KB regex that costs ~130 ms to build and compile on each detected page, most of it for
 * languages the page is not in; English plus the page's own language(s) keep that near the old
 * English-only cost. A page's languages: its declared `lang`, and the languages of the detection
 * terms that counted (a German page without a lang attribute was detected by German terms).
 */
import type { DetectionReport } from '../../shared/detection.ts';
import type { Entry } from '../../shared/pack/types.ts';
import type { PackSet } from '../../shared/pack/pack-set.ts';
import { buildAliasMatcher, type AliasMatcher } from '../highlight/alias-pattern.ts';

/** Language tags the pack writes differently from how pages declare them. */
const SAME_AS: Readonly<Record<string, string>> = { no: 'nb', nn: 'nb' };

export function pageLanguages(doc: Document, detection: DetectionReport | null, termLanguages: ReadonlyMap<string, string>): Set<string> {
  const langs = new Set<string>();
  const declared = (doc.documentElement.lang || '').split('-')[0]!.toLowerCase();
  if (declared) langs.add(SAME_AS[declared] ?? declared);
  for (const t of detection?.terms ?? []) for (const l of termLanguages.get(t.phrase)?.split(',') ?? []) langs.add(l);
  return langs;
}

/** The entries with only the aliases in English or in one of `langs`. */
export function entriesIn(entries: readonly Entry[], langs: ReadonlySet<string>): Entry[] {
  return entries.map((e) => ({ ...e, aliases: e.aliases.filter((a) => !a.lang || a.lang.split(',').some((l) => langs.has(l))) }));
}

/** One matcher per set of languages, built the first time a page needs it. */
export function matchersByLanguage(packs: PackSet): (doc: Document, detection: DetectionReport | null) => AliasMatcher | null {
  const pack = packs.combined;
  const termLanguages = new Map(pack.detection.terms.flatMap((t) => (t.lang ? [[t.phrase, t.lang] as const] : [])));
  const built = new Map<string, AliasMatcher | null>();
  return (doc, detection) => {
    const langs = pageLanguages(doc, detection, termLanguages);
    const key = [...langs].sort().join(',');
    if (!built.has(key)) built.set(key, buildAliasMatcher(entriesIn(pack.entries, langs), (id) => packs.topicOf(id)));
    return built.get(key) ?? null;
  };
}
