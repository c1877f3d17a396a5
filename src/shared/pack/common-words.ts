/**
 * Words too common to be highlighted on their own. An alias that is one of these (or its plural)
 * must be case-sensitive (an acronym such as "ADAM") or part of a longer phrase ("Volcano mine
 * system"). English function words are here; each topic's own everyday words are in its pack
 * (`detection.commonWords`). Lower case. Used only by the build-time validator.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'by', 'for', 'as', 'is', 'be', 'are', 'was',
  'it', 'us', 'we', 'he', 'she', 'they', 'this', 'that', 'will', 'may', 'can', 'new', 'old', 'all', 'not',
]);

/** True when `text` is a single common word (or the plural of one): a function word or one of `topicWords`. */
export function isCommonWord(text: string, topicWords: ReadonlySet<string> = new Set()): boolean {
  const w = text.trim().toLowerCase();
  if (/\s/.test(w)) return false;
  const common = (word: string) => FUNCTION_WORDS.has(word) || topicWords.has(word);
  if (common(w)) return true;
  if (w.endsWith('es') && common(w.slice(0, -2))) return true;
  return w.endsWith('s') && common(w.slice(0, -1));
}
