/**
 * Building one combined regular expression from many phrases. The highlighter runs it (on detected
 * pages); the detector's gate (on every page) is built here too, and its scorer finds the same
 * matches as the combined pattern without building it (content/detect/phrase-scanner.ts), so all
 * agree on what a word boundary is.
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

const SPACES = '[\\s\\u00a0]+';
/** The characters a phrase's hyphen or apostrophe stands for (the detector's scanner uses them too). */
export const HYPHEN_CHARS = '-\u2010\u2011\u2012\u2013';
export const APOSTROPHE_CHARS = "'\u2019";
const HYPHENS = `[${HYPHEN_CHARS}]`;
const APOSTROPHES = `[${APOSTROPHE_CHARS}]`;

/** Whitespace inside a phrase matches any run of spaces (including no-break spaces). */
function phraseSource(phrase: string, stemTail = '\\p{L}*'): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => (word.endsWith(STEM) ? `${escapeRegExp(word.slice(0, -1))}${stemTail}` : escapeRegExp(word)))
    .join(SPACES)
    // Hyphens in page text vary: anti-personnel, anti‑personnel (non-breaking hyphen), anti–personnel.
    .replace(/\\?-/g, HYPHENS)
    // So do apostrophes: Convention d'Ottawa, Convention d’Ottawa.
    .replace(/['\u2019]/g, APOSTROPHES);
}

const alternation = (phrases: readonly string[]) => phrases.map((p) => phraseSource(p)).join('|');

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
  return new RegExp(`^(?:${phraseSource(phrase)})$`, flags);
}

/** The first, cheap test of a page: may say yes too often, never says no to a page a phrase would match. */
export type Gate = Pick<RegExp, 'test'>;

/**
 * The phrases as one case-insensitive pattern without boundaries or the `u` flag (a final stem is a
 * prefix), built as a tree: phrases sharing a beginning share one branch, and a phrase that starts
 * with another is left out. It is the one test run on every page, so it is kept as cheap as a
 * regex can be: a flat alternation of two hundred phrases in nineteen languages cost several
 * times more.
 */
export function gateRegExp(phrases: readonly string[]): Gate | null {
  const words = [...new Set(phrases.map((p) => p.trim().toLowerCase().replace(/\*$/, '')).filter(Boolean))];
  return words.length ? new RegExp(trieSource(buildTrie(words.map(gateAtoms))), 'i') : null;
}

/**
 * One regex piece per character of a gate phrase, looser than the phrase itself, never stricter:
 * any run of spaces, any character for a hyphen or an apostrophe, and (without the `u` flag) any
 * non-space characters for a stem's letters.
 */
function gateAtoms(phrase: string): string[] {
  const atoms: string[] = [];
  phrase.split(/\s+/).forEach((word, i) => {
    if (i) atoms.push('\\s+');
    for (const ch of word) atoms.push(ch === STEM ? '\\S*' : /[-'\u2019]/.test(ch) ? '.' : escapeRegExp(ch));
  });
  return atoms;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

/**
 * Phrases sharing a beginning share one branch: a big alternation of literals is much slower to
 * test. `keepLonger`: a phrase that starts with another keeps its branch (to tell which was found).
 */
function buildTrie(phrases: string[][], keepLonger = false): TrieNode {
  const root: TrieNode = { next: new Map(), end: false };
  for (const atoms of phrases) {
    let node = root;
    for (const atom of atoms) {
      if (node.end && !keepLonger) break;
      let child = node.next.get(atom);
      if (!child) node.next.set(atom, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
    // Otherwise a phrase that ends here lets through every longer one that starts with it.
    if (!keepLonger) node.next.clear();
  }
  return root;
}

function trieSource(node: TrieNode): string {
  const branches = [...node.next].map(([atom, child]) => atom + (child.next.size ? trieSource(child) : ''));
  // The empty branch last: where a phrase ends and longer ones go on, the longest is found first.
  if (node.end && branches.length) return `(?:${branches.join('|')}|)`;
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

/** Sequences of regex atoms (one character or class each) as one prefix tree: where any of them starts, the tree matches. */
export function atomTreeSource(sequences: readonly string[][]): string {
  return trieSource(buildTrie(sequences.map((s) => [...s])));
}

/**
 * Plain literals as one prefix tree; a match is the longest literal that starts where it starts,
 * as in an alternation sorted longest first, and is scanned faster.
 */
export function literalTreeSource(literals: readonly string[]): string {
  return trieSource(buildTrie(literals.map((l) => [...l].map(escapeRegExp)), true));
}

export function combinedRegExp(phrases: readonly string[], flags = 'gu'): RegExp | null {
  if (phrases.length === 0) return null;
  return new RegExp(combinedSource(phrases), flags);
}

/** Normalises a matched piece of text back to its phrase key (lower case, single spaces, plain hyphen). */
export function phraseKey(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/[\u2010-\u2013]/g, '-').replace(/\u2019/g, "'");
}
