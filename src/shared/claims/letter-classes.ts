/**
 * Letters, capitals and digits for the claim engine's regexes, in the cheapest form that gives
 * the right answer for a text. A Unicode property class (\p{L}, \p{Lu}, \p{N}) costs V8 about
 * 0.2 ms to compile, cold, and a claim pass uses about ten of them: near 3 ms of a first visit to
 * a page with claims, a fifth of the pass. On text of ASCII, Latin-1 and punctuation alone
 * (nearly every English page) the same characters written out as a class give the same answers
 * and compile in a fraction of the time; the \p form is compiled only for a text with others.
 */

/** \p{L}, \p{Lu} and \p{N} within PLAIN's characters (a unit test compares them with \p). */
export const PLAIN_CLASSES = {
  L: 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF',
  Lu: 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE',
  N: '0-9\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE',
} as const;

/** ASCII, Latin-1, general punctuation and currency signs. */
const PLAIN = /^[\0-\u00FF\u2000-\u206F\u20A0-\u20CF]*$/;

export const isPlainText = (text: string): boolean => PLAIN.test(text);

type ClassName = keyof typeof PLAIN_CLASSES;

/**
 * A regex whose source names classes as `{L}`, `{Lu}` or `{N}` (inside brackets), in the form for
 * a text: written out when the text is plain (`isPlainText`, which callers test once per text, and
 * which holds for its lower-cased form and its slices too), as \p otherwise. Each form is compiled
 * on first use.
 */
export function byScript(source: string, flags: string): (plain: boolean) => RegExp {
  let written: RegExp | undefined;
  let unicode: RegExp | undefined;
  const expand = (to: (name: ClassName) => string) => new RegExp(source.replace(/\{(L|Lu|N)\}/g, (_m, name: ClassName) => to(name)), flags);
  return (plain) => (plain ? (written ??= expand((n) => PLAIN_CLASSES[n])) : (unicode ??= expand((n) => `\\p{${n}}`)));
}
