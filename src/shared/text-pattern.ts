/**
 * Building one combined regular expression from many phrases. Used by the detector (on every
 * page) and the highlighter (on detected pages), so both agree on what a word boundary is.
 */

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Phrases may end a word in `*`: the stem takes any letters after it, for case endings
 * ("konwencj* ottawsk*": konwencja ottawska, konwencji ottawskiej …) and compound tails
 * ("landmine*": Landminen, Landminenverbot). Each word of a phrase is matched whole otherwise.
 */
export const STEM = '*';

/**
 * Japanese and Chinese script have no spaces between words and Korean attaches particles to nouns
 * ("지뢰를"), so phrases in these scripts are matched without word boundaries.
 */
const UNSPACED = '\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af';
const UNSPACED_RE = new RegExp(`[${UNSPACED}]`);
/** A letter or digit of a spaced script: "ICBLは" still ends the word ICBL. */
const WORD_CHAR = `(?![${UNSPACED}])[\\p{L}\\p{N}]`;

export function isUnspaced(phrase: string): boolean {
  return UNSPACED_RE.test(phrase);
}

/** Whitespace inside a phrase matches any run of spaces (including no-break spaces). */
function phraseSource(phrase: string, stems: boolean): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => {
      const stem = word.endsWith(STEM);
      const plain = escapeRegExp(stem ? word.slice(0, -1) : word);
      return stem && stems ? `${plain}\\p{L}*` : plain;
    })
    .join('[\\s\\u00a0]+')
    // Hyphens in page text vary: anti-personnel, anti‑personnel (non-breaking hyphen), anti–personnel.
    .replace(/\\?-/g, '[-\\u2010\\u2011\\u2012\\u2013]')
    // So do apostrophes: Convention d'Ottawa, Convention d’Ottawa.
    .replace(/['\u2019]/g, "['\\u2019]");
}

const alternation = (phrases: readonly string[]) => phrases.map((p) => phraseSource(p, true)).join('|');

/**
 * One alternation, longest phrases first so "anti-personnel mine" wins over "mine", wrapped in
 * Unicode-aware boundaries (phrases in unspaced scripts go without). The `u` flag is used
 * without `i`: callers match lower-cased text (or case-sensitive phrases against the original),
 * which is much faster than `iu` on a big alternation.
 */
export function combinedSource(phrases: readonly string[]): string {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))];
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const spaced = unique.filter((p) => !isUnspaced(p));
  const unspaced = unique.filter(isUnspaced);
  const parts: string[] = [];
  if (spaced.length) parts.push(`(?<!${WORD_CHAR})(?:${alternation(spaced)})(?!${WORD_CHAR})`);
  if (unspaced.length) parts.push(`(?:${alternation(unspaced)})`);
  return parts.join('|');
}

/** One phrase alone, anchored: maps a match of a stemmed phrase back to the phrase. */
export function phraseRegExp(phrase: string, flags = 'u'): RegExp {
  return new RegExp(`^(?:${phraseSource(phrase, true)})$`, flags);
}

/** A stemmed phrase is gated by its longest word, which any of its forms contains. */
function gateWord(phrase: string): string {
  if (!phrase.includes(STEM)) return phrase;
  const words = phrase.split(/\s+/).map((w) => w.replace(STEM, ''));
  return words.reduce((a, b) => (b.length > a.length ? b : a));
}

/** The first, cheap test of a page: may say yes too often, never says no to a page a phrase would match. */
export interface Gate {
  test(text: string): boolean;
}

const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * The phrases' gate words as case-insensitive alternations without boundaries or the `u` flag,
 * one per script: a page without Cyrillic or Japanese/Korean characters pays only for the Latin
 * one. A gate word that contains another is dropped (the shorter one already lets its pages
 * through). It is the one test run on every page, so it is kept as cheap as a regex can be.
 */
export function gateRegExp(phrases: readonly string[]): Gate | null {
  let words = [...new Set(phrases.map((p) => gateWord(p.trim().toLowerCase())).filter(Boolean))];
  words = words.filter((w) => !words.some((o) => o !== w && w.includes(o)));
  if (words.length === 0) return null;
  const alternation = (ws: string[]) => (ws.length ? new RegExp(ws.map((w) => phraseSource(w, false)).join('|'), 'i') : null);
  const latin = alternation(words.filter((w) => !CYRILLIC.test(w) && !UNSPACED_RE.test(w)));
  const scripts: [RegExp, RegExp | null][] = [
    [CYRILLIC, alternation(words.filter((w) => CYRILLIC.test(w)))],
    [UNSPACED_RE, alternation(words.filter((w) => UNSPACED_RE.test(w)))],
  ];
  return { test: (text) => !!latin?.test(text) || scripts.some(([script, re]) => !!re && script.test(text) && re.test(text)) };
}

export function combinedRegExp(phrases: readonly string[], flags = 'gu'): RegExp | null {
  if (phrases.length === 0) return null;
  return new RegExp(combinedSource(phrases), flags);
}

/** Normalises a matched piece of text back to its phrase key (lower case, single spaces, plain hyphen). */
export function phraseKey(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/[\u2010-\u2013]/g, '-').replace(/\u2019/g, "'");
}
