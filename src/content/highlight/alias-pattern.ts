/**
 * The combined pattern for every alias in the pack, and the lookup from matched text back to
 * the entry it names. Case-insensitive aliases are expanded into the case variants news text
 * uses, so the regex needs only `gu` (a large `iu` alternation is much slower).
 */
import type { Entry } from '../../shared/pack/types.ts';
import { combinedRegExp, phraseKey, phraseRegExp, STEM } from '../../shared/text-pattern.ts';

export interface AliasMatcher {
  regex: RegExp;
  /** Matched text → entry id. */
  entryFor(matched: string): string | undefined;
  /** Entry id → the topic (pack id) it belongs to, when the matcher was given one. */
  topicOf?(entryId: string): string | undefined;
}

function caseVariants(alias: string): string[] {
  const lower = alias.toLowerCase();
  const upperFirst = (w: string) => (w ? w[0]!.toUpperCase() + w.slice(1) : w);
  return [
    alias,
    lower,
    upperFirst(lower),
    lower.split(' ').map(upperFirst).join(' '),
    lower.split(/([\s-]+)/).map(upperFirst).join(''),
    alias.toUpperCase(),
  ];
}

/**
 * `entries` in pack priority order: an alias two packs claim stays with the first (one pack never
 * repeats an alias; the validator rejects that).
 */
export function buildAliasMatcher(entries: readonly Entry[], topicOf?: (entryId: string) => string | undefined): AliasMatcher | null {
  const insensitive = new Map<string, string>();
  const sensitive = new Map<string, string>();
  const phrases: string[] = [];
  // Inflected forms of stemmed aliases ("Antipersonenminen" for "antipersonenmine*"): tried in turn, then remembered.
  const stems: [RegExp, string][] = [];
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      if (alias.text.includes(STEM)) stems.push([phraseRegExp(alias.text, alias.caseSensitive ? 'u' : 'iu'), entry.id]);
      if (alias.caseSensitive) {
        if (!sensitive.has(alias.text)) sensitive.set(alias.text, entry.id);
        phrases.push(alias.text);
      } else {
        if (!insensitive.has(phraseKey(alias.text))) insensitive.set(phraseKey(alias.text), entry.id);
        phrases.push(...caseVariants(alias.text));
      }
    }
  }
  // The longest alias first, as in the regex: "jalkaväkimiinavarastot" is the stockpile
  // ("jalkaväkimiinavarast*"), not the mine ("jalkaväkimiin*"), though both stems match it whole.
  stems.sort((a, b) => b[0].source.length - a[0].source.length);
  const regex = combinedRegExp(phrases, 'gu');
  if (!regex) return null;
  return {
    regex,
    ...(topicOf && { topicOf }),
    entryFor(matched) {
      const exact = sensitive.get(matched.replace(/[\s\u00a0]+/g, ' ')) ?? insensitive.get(phraseKey(matched));
      if (exact || !stems.length) return exact;
      const id = stems.find(([re]) => re.test(matched))?.[1];
      if (id) insensitive.set(phraseKey(matched), id);
      return id;
    },
  };
}
