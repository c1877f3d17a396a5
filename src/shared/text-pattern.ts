/**
 * Building one combined regular expression from many phrases. Used by the detector (on every
 * page) and the highlighter (on detected pages), so both agree on what a word boundary is.
 */

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whitespace inside a phrase matches any run of spaces (including no-break spaces). */
function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map(escapeRegExp)
    .join('[\\s\\u00a0]+')
    // Hyphens in page text vary: anti-personnel, anti‑personnel (non-breaking hyphen), anti–personnel.
    .replace(/\\?-/g, '[-\\u2010\\u2011\\u2012\\u2013]');
}

/**
 * One alternation, longest phrases first so "anti-personnel mine" wins over "mine", wrapped in
 * Unicode-aware boundaries. The `u` flag is used without `i`: callers match lower-cased text
 * (or case-sensitive phrases against the original), which is much faster than `iu` on a big
 * alternation.
 */
export function combinedSource(phrases: readonly string[]): string {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))];
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?<![\\p{L}\\p{N}])(?:${unique.map(phraseSource).join('|')})(?![\\p{L}\\p{N}])`;
}

/**
 * The same phrases as one case-insensitive alternation without boundaries or the `u` flag: a
 * pre-filter that may say yes too often but never says no to a page the full pattern would match.
 * It is the one test run on every page, so it is kept as cheap as a regex can be.
 */
export function gateRegExp(phrases: readonly string[]): RegExp | null {
  const unique = [...new Set(phrases.map((p) => p.trim().toLowerCase()).filter(Boolean))];
  if (unique.length === 0) return null;
  return new RegExp(unique.map(phraseSource).join('|'), 'i');
}

export function combinedRegExp(phrases: readonly string[], flags = 'gu'): RegExp | null {
  if (phrases.length === 0) return null;
  return new RegExp(combinedSource(phrases), flags);
}

/** Normalises a matched piece of text back to its phrase key (lower case, single spaces, plain hyphen). */
export function phraseKey(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/[\u2010-\u2013]/g, '-');
}
