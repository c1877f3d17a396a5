/**
 * Which alias a highlighted piece of page text stands for, when it is not English: the card and
 * the popup then say how the term was found ("Antipersonenminen", German) beside the entry's
 * English name, and that the context they show is in English.
 */
import { phraseRegExp } from '../text-pattern.ts';
import type { Alias, Entry } from './types.ts';

export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  uk: 'Ukrainian', ru: 'Russian', pl: 'Polish', fi: 'Finnish', et: 'Estonian', lv: 'Latvian', lt: 'Lithuanian',
  de: 'German', fr: 'French', es: 'Spanish', it: 'Italian', pt: 'Portuguese', nl: 'Dutch', sv: 'Swedish',
  nb: 'Norwegian', da: 'Danish', ja: 'Japanese', ko: 'Korean',
};

export interface FoundAs {
  /** The text as it stands on the page. */
  text: string;
  /** English name(s) of the alias's language: "German", "Swedish, Norwegian or Danish". */
  language: string;
  /** BCP 47 code of the first of them, for the text's lang attribute. */
  lang: string;
}

const patterns = new WeakMap<Alias, RegExp>();
function matches(alias: Alias, text: string): boolean {
  let re = patterns.get(alias);
  if (!re) patterns.set(alias, (re = phraseRegExp(alias.text, alias.caseSensitive ? 'u' : 'iu')));
  return re.test(text);
}

function languageName(codes: string): string {
  const names = codes.split(',').map((c) => LANGUAGE_NAMES[c] ?? c);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : (names[0] ?? codes);
}

/** Undefined when the text is one of the entry's English names (or matches no alias). */
export function foundAs(entry: Entry, text: string): FoundAs | undefined {
  const t = text.replace(/\s+/g, ' ').trim();
  if (entry.aliases.some((a) => !a.lang && matches(a, t))) return undefined;
  const alias = entry.aliases.find((a) => a.lang && matches(a, t));
  return alias?.lang ? { text: t, language: languageName(alias.lang), lang: alias.lang.split(',')[0]! } : undefined;
}
