/**
 * Words too common to be highlighted on their own. An alias that is one of these (or its plural)
 * must be case-sensitive (an acronym such as "ADAM") or part of a longer phrase ("Volcano mine
 * system"). Lower case. Used only by the build-time validator.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  // function words
  'a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'by', 'for', 'as', 'is', 'be', 'are', 'was',
  'it', 'us', 'we', 'he', 'she', 'they', 'this', 'that', 'will', 'may', 'can', 'new', 'old', 'all', 'not',
  // the topic's own everyday words
  'mine', 'mines', 'mined', 'mining', 'miner', 'miners', 'minefield', 'land', 'ground', 'field',
  'treaty', 'convention', 'protocol', 'agreement', 'accord', 'ban', 'bans', 'banned', 'law', 'laws', 'act',
  'policy', 'policies', 'memo', 'review', 'report', 'program', 'programme', 'monitor', 'watch', 'campaign',
  'war', 'wars', 'army', 'military', 'defense', 'defence', 'force', 'forces', 'weapon', 'weapons', 'arms',
  'bomb', 'bombs', 'shell', 'shells', 'round', 'rounds', 'charge', 'charges', 'device', 'devices', 'trap',
  'stockpile', 'stockpiles', 'inventory', 'casualty', 'casualties', 'victim', 'victims', 'civilian', 'civilians',
  'interim', 'smart', 'dumb', 'persistent', 'action', 'clearance', 'control', 'security', 'peace', 'cross',
  'red', 'rights', 'human', 'group', 'state', 'states', 'world', 'general', 'secretary', 'senator',
  'president', 'commander', 'commanders', 'pentagon', 'congress', 'senate', 'korea', 'ukraine',
  // words that are also names of weapons or people in this topic
  'volcano', 'gator', 'adam', 'austin', 'mark', 'patrick', 'pete', 'peter', 'sarah', 'mary', 'daryl',
]);

/** True when `text` is a single common word (or the plural of one). */
export function isCommonWord(text: string): boolean {
  const w = text.trim().toLowerCase();
  if (/\s/.test(w)) return false;
  if (COMMON_WORDS.has(w)) return true;
  if (w.endsWith('es') && COMMON_WORDS.has(w.slice(0, -2))) return true;
  return w.endsWith('s') && COMMON_WORDS.has(w.slice(0, -1));
}
