/**
 * Finds the detector's phrases in page text: the same matches, in the same order, as the combined
 * pattern of text-pattern.ts (`combinedRegExp`, run with matchAll), without building that pattern.
 *
 * Why: the combined pattern holds a Unicode property class (`\p{L}`) for every stemmed phrase, 163
 * of them for the landmine vocabulary, and V8 compiles it on first use once per kind of string
 * (Latin-1 and wider). That compiling made the scorer's first run on a 3,000-word article a task of
 * about 90 ms (`npm run bench -- --only scorer`); the matching itself takes about a millisecond.
 *
 * How: small patterns without property classes (the first few characters of every phrase, as a
 * prefix tree) find each place a phrase can start; there the phrases that start with that
 * character are tried in the combined pattern's order, each a short walk over the text. A phrase
 * is words of literal characters (a hyphen or an apostrophe stands for any of its variants), each
 * word maybe ending in a stem (any letters after it), joined by runs of white space; spaced
 * phrases need a non-word character (or the text's edge) on both sides. Each piece is greedy and
 * has nothing to give back but in one case (see matchAt), so a first-fit walk finds what the regex
 * finds. test/unit/detect/phrase-scanner.test.ts compares the two on generated and real text.
 */
import { APOSTROPHE_CHARS, atomTreeSource, escapeRegExp, HYPHEN_CHARS, isUnspaced, STEM } from '../../shared/text-pattern.ts';

/** How many characters of a phrase the prefix pattern looks for. */
const PREFIX_ATOMS = 3;

/** A character of a phrase: one code unit, or (a hyphen, an apostrophe) any of its variants. */
type Atom = string;

interface Word {
  atoms: Atom[];
  stem: boolean;
}

interface Phrase {
  words: Word[];
  /** Needs a non-word character on both sides (phrases in unspaced scripts do not). */
  spaced: boolean;
}

/** As text-pattern.ts writes a phrase's characters: "-" as any hyphen, either apostrophe as either. */
const atomOf = (ch: string): Atom => (ch === '-' ? HYPHEN_CHARS : APOSTROPHE_CHARS.includes(ch) ? APOSTROPHE_CHARS : ch);

function parse(phrase: string): Phrase {
  const words = phrase.split(/\s+/).map((w) => {
    const stem = w.endsWith(STEM);
    const lit = stem ? w.slice(0, -1) : w;
    // Code units, as a regex without the `u` flag compares a literal: the same test for any character.
    return { atoms: Array.from({ length: lit.length }, (_, i) => atomOf(lit[i]!)), stem };
  });
  return { words, spaced: !isUnspaced(phrase) };
}

/** Letters, and letters or digits of spaced scripts, by code point (remembered: a page has few distinct ones). */
const LETTER = /^\p{L}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SPACE = /\s/;
const letters = new Map<number, boolean>();
const wordChars = new Map<number, boolean>();

function isLetter(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  let known = letters.get(cp);
  if (known === undefined) letters.set(cp, (known = LETTER.test(String.fromCodePoint(cp))));
  return known;
}

/** What the combined pattern's boundaries call a word character. */
function isWordChar(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  let known = wordChars.get(cp);
  if (known === undefined) {
    const ch = String.fromCodePoint(cp);
    wordChars.set(cp, (known = !isUnspaced(ch) && LETTER_OR_DIGIT.test(ch)));
  }
  return known;
}

const isSpace = (c: number) => c === 32 || (c > 8 && c < 14) || (c > 127 && SPACE.test(String.fromCharCode(c)));

/** The code point that ends just before `at` (a surrogate pair counts as one, as in a `u` lookbehind). */
function codePointBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/**
 * Where `phrase` matched at `at` ends, or -1. The spaced phrases' left boundary is the caller's.
 * Nothing is given back, but for one case: a final stem may end inside a run of letters when the
 * letter after it is of an unspaced script (not a word character for the boundary), as the
 * regex's backtracking finds.
 */
function matchAt(phrase: Phrase, text: string, at: number): number {
  let i = at;
  const n = text.length;
  let stemFrom = -1;
  for (let w = 0; w < phrase.words.length; w++) {
    if (w > 0) {
      const from = i;
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      if (i === from) return -1;
    }
    const { atoms, stem } = phrase.words[w]!;
    for (let a = 0; a < atoms.length; a++, i++) {
      if (i >= n) return -1;
      const atom = atoms[a]!;
      const ch = text[i]!;
      if (atom.length === 1 ? atom !== ch : !atom.includes(ch)) return -1;
    }
    if (stem) {
      stemFrom = i;
      while (i < n) {
        const cp = text.codePointAt(i)!;
        if (!isLetter(cp)) break;
        i += cp > 0xffff ? 2 : 1;
      }
    }
  }
  if (!phrase.spaced || i >= n || !isWordChar(text.codePointAt(i)!)) return i;
  if (!phrase.words[phrase.words.length - 1]!.stem) return -1;
  // Give back the stem's letters one by one, longest match first, as the regex does.
  while (i > stemFrom) {
    i -= i - 2 >= stemFrom && codePointBefore(text, i) > 0xffff ? 2 : 1;
    if (!isWordChar(text.codePointAt(i)!)) return i;
  }
  return -1;
}

/** A class's hyphen comes first (HYPHEN_CHARS), where it stands for itself. */
const atomSource = (atom: Atom) => (atom.length === 1 ? escapeRegExp(atom) : `[${atom}]`);

/** The first atoms of every phrase as one prefix tree (most phrases share a beginning with others). */
const prefixTree = (phrases: readonly Phrase[]) => atomTreeSource(phrases.map((p) => p.words[0]!.atoms.slice(0, PREFIX_ATOMS).map(atomSource)));

/**
 * Where the phrases of one kind may start. A spaced phrase only after a character that is not an
 * ASCII letter or digit (those are word characters, so its boundary would fail), or at the text's
 * start: that rules out the many places inside words ("min" in "terminal"). An unspaced phrase
 * anywhere. Every place is found, overlapping ones too.
 */
class Starts {
  private readonly re: RegExp;
  /** A spaced phrase's beginning at the very start of the text (there is no character before it). */
  private readonly atZero: RegExp | null;

  constructor(phrases: readonly Phrase[], private readonly spaced: boolean) {
    const tree = prefixTree(phrases);
    this.re = new RegExp(spaced ? `[^a-zA-Z0-9](?:${tree})` : tree, 'g');
    this.atZero = spaced ? new RegExp(tree, 'y') : null;
  }

  /** The first place at or after `from` where one of the phrases may start, or -1. */
  next(text: string, from: number): number {
    if (from === 0 && this.atZero) {
      this.atZero.lastIndex = 0;
      if (this.atZero.test(text)) return 0;
    }
    // A spaced phrase's place is found by the character before it.
    this.re.lastIndex = this.spaced ? Math.max(from - 1, 0) : from;
    const m = this.re.exec(text);
    return m ? m.index + (this.spaced ? 1 : 0) : -1;
  }
}

export class PhraseScanner {
  /** By first character: the phrases that can start with it, in the combined pattern's order. */
  private readonly byFirst = new Map<string, Phrase[]>();
  private readonly starts: Starts[];

  /** `phrases`: as given to combinedRegExp. */
  constructor(phrases: readonly string[]) {
    // The combined pattern's order: spaced phrases first, each group longest first, then by text.
    const unique = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))];
    unique.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    const ordered = [...unique.filter((p) => !isUnspaced(p)), ...unique.filter(isUnspaced)];
    const parsed = ordered.map(parse);
    if (parsed.some((p) => !p.words[0]!.atoms.length)) throw new Error('a detection phrase starts with a stem');
    for (const p of parsed) {
      for (const ch of p.words[0]!.atoms[0]!) {
        const list = this.byFirst.get(ch);
        if (list) list.push(p);
        else this.byFirst.set(ch, [p]);
      }
    }
    this.starts = [true, false].flatMap((spaced) => {
      const kind = parsed.filter((p) => p.spaced === spaced);
      return kind.length ? [new Starts(kind, spaced)] : [];
    });
  }

  /** The matched texts, in order, as `[...text.matchAll(combinedRegExp(phrases))].map((m) => m[0])`. */
  matches(text: string): string[] {
    return this.spans(text).map(([start, end]) => text.slice(start, end));
  }

  /** Where each match starts and ends, in order. */
  spans(text: string): [number, number][] {
    return this.scan(text, 0, Infinity).spans;
  }

  /**
   * The matches that start before `until`, scanning on from `from` (0, or a previous call's
   * `next`), and where the next call goes on: a long text scanned a window at a time gives the
   * same matches as one scan (a match may end past its window; the text is always the whole).
   */
  scan(text: string, from: number, until: number): { spans: [number, number][]; next: number } {
    const out: [number, number][] = [];
    // Each kind's first place at or after `from`: all a resumed scan needs to know.
    const next = this.starts.map((s) => s.next(text, from));
    for (;;) {
      let at = -1;
      for (const n of next) if (n >= 0 && (at < 0 || n < at)) at = n;
      if (at < 0) return { spans: out, next: text.length };
      if (at >= until) return { spans: out, next: from };
      const end = this.matchHere(text, at);
      if (end >= 0) out.push([at, end]);
      // On after the match, as matchAll goes on; or from the next character.
      from = end >= 0 ? end : at + 1;
      next.forEach((n, i) => n >= 0 && n < from && (next[i] = this.starts[i]!.next(text, from)));
    }
  }

  private matchHere(text: string, at: number): number {
    const list = this.byFirst.get(text[at]!);
    if (!list) return -1;
    let leftOk: boolean | undefined;
    for (const p of list) {
      if (p.spaced && !(leftOk ??= at === 0 || !isWordChar(codePointBefore(text, at)))) continue;
      const end = matchAt(p, text, at);
      if (end >= 0) return end;
    }
    return -1;
  }
}
