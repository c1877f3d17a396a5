/**
 * The claim engine: compiles the pack's matchers once and finds, in a piece of running text,
 * the sentences that make a known claim. Pure (no DOM), so it runs the same in the page, in the
 * build's example check and in unit tests.
 */
import { hasArrived } from '../pack/dates.ts';
import type { Entry } from '../pack/types.ts';
import { passesGate, WORD_CHAR, type GateLiteral } from './gate.ts';
import { DEFAULT_WINDOW, indexGateOf, precompileMatcher, type BundledMisstatement, type PrecompiledMatcher } from './precompiled.ts';
import { fitsIndex, GateIndex, type BundledGateIndex } from './gate-index.ts';
import { splitSentences } from './sentences.ts';
import type { ClaimHit, ClaimMatcher } from './types.ts';
import { voiceOf } from './voice.ts';
import { byScript, isPlainText } from './letter-classes.ts';

export interface CompiledClaim {
  id: string;
  entry: string;
  /** Made on first use (as `none`): most claims never get past the gates on a page, and a RegExp is parsed when made. */
  readonly groups: RegExp[];
  /** Per group, literals one of which must occur (see gate.ts); null: no cheap test. */
  gates: (string[] | null)[];
  /** The first of `gates` with which of its literals can only start a word: what the gate index scans for. */
  indexGate: GateLiteral[] | null;
  readonly none: RegExp | null;
  predicate: number;
  negated: boolean;
  outletVoice: boolean;
  ordered: boolean;
  window: number;
  /** outdated claims count only from this day */
  since?: string;
}

/**
 * A concept group's joined alternatives (lower-cased, precompiled.ts), matched as whole words on
 * lower-cased text with ASCII-style boundaries and without the `i` and `u` flags: an `iu` regex
 * with Unicode lookarounds was 10–50× slower in V8 on the same sentences. The word characters are
 * the gate index's, which relies on a match having a non-word character before it.
 */
const bounded = (alternatives: string) => new RegExp(`(?<![${WORD_CHAR}])(?:${alternatives})(?![${WORD_CHAR}])`);
/**
 * Words that deny what follows them in the same clause ("was never signed", "did not sign").
 * This and DEBUNK run on lower-cased text, so without the `i` flag: with it, V8 works out the
 * case closure of every letter when it compiles them, about 0.7 ms of a first visit.
 */
const NEGATION = byScript(String.raw`(?:(?<![{L}])(?:not|never|no|neither|nor|nobody|none|cannot|without|rather than|instead of)|n['’]t)(?![{L}])`, 'u');
/** Sentences that present a claim in order to correct it. */
const DEBUNK = byScript(String.raw`(?<![{L}])(?:myths?|misconceptions?|wrongly|erroneously|falsely|mistakenly|incorrectly|contrary to|is untrue|is false|not true|often (?:said|claimed|reported)|misreport\w*)(?![{L}])`, 'u');
const WORDS = byScript('[{L}{N}]+', 'gu');
/** Words with their apostrophes ("didn't" is one). */
const WORDS_APOSTROPHE = byScript("[{L}{N}'’]+", 'gu');
const CLAUSE_BREAK = /[,;:()—–]|\s-\s/g;
/** Negations further back than this many words belong to another part of the sentence. */
const NEGATION_REACH = 4;

const indexes = new WeakMap<readonly CompiledClaim[], GateIndex>();

export function compileMatcher(id: string, entry: string, m: ClaimMatcher, since?: string): CompiledClaim {
  return claimFrom(id, entry, precompileMatcher(m), since);
}

/** A claim from its matcher as the build worked it out: only the RegExp objects are left to make, on first use. */
export function claimFrom(id: string, entry: string, p: PrecompiledMatcher, since?: string): CompiledClaim {
  let groups: RegExp[] | undefined;
  let none: RegExp | null | undefined;
  return {
    id,
    entry,
    get groups() {
      return (groups ??= p.groups.map(bounded));
    },
    gates: p.gates,
    indexGate: indexGateOf(p),
    get none() {
      return none === undefined ? (none = p.none === undefined ? null : bounded(p.none)) : none;
    },
    predicate: p.predicate,
    negated: !!p.negated,
    outletVoice: !!p.outletVoice,
    ordered: !!p.ordered,
    window: p.window ?? DEFAULT_WINDOW,
    ...(since ? { since } : {}),
  };
}

/** What compiling an entry's claims reads of it: the entry's id and its misstatements' matching fields (bundle.ts ClaimPack). */
export interface ClaimSource {
  id: Entry['id'];
  misstatements: readonly Pick<BundledMisstatement, 'id' | 'verdict' | 'since' | 'matcher' | 'compiled'>[];
}

/** The misstatements that are claims (an id and a matcher), each with its entry, in pack order. */
function claimSources(entries: readonly ClaimSource[]) {
  return entries.flatMap((e) => e.misstatements.flatMap((m) => (m.id && (m.compiled || m.matcher) ? [{ entry: e.id, id: m.id, m }] : [])));
}

/** The ids of the claims compileClaims makes, in its order, without compiling them (what a request to the background names). */
export const claimIdsOf = (entries: readonly ClaimSource[]): string[] => claimSources(entries).map((c) => c.id);

/**
 * Every misstatement of the pack that has an id and a matcher (worked out by the build in the
 * bundled pack). `index`: the bundled packs' gate indexes; one made for exactly these claims is used.
 */
export function compileClaims(entries: readonly ClaimSource[], index: readonly (BundledGateIndex | undefined)[] = []): CompiledClaim[] {
  const claims = claimSources(entries).map(({ entry, id, m }) => {
    const since = m.verdict === 'outdated' ? m.since : undefined;
    return m.compiled ? claimFrom(id, entry, m.compiled, since) : compileMatcher(id, entry, m.matcher!, since);
  });
  const bundled = index.find((b) => b && fitsIndex(claims, b));
  if (bundled) indexes.set(claims, new GateIndex(claims, bundled));
  return claims;
}

const wordsIn = (s: string, plain: boolean) => (s.match(WORDS(plain)) ?? []).length;

/** True when a negation sits in the same clause just before `at`. */
function negatedAt(sentence: string, at: number, plain: boolean): boolean {
  const before = sentence.slice(0, at);
  let clauseStart = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) clauseStart = m.index + m[0].length;
  const clause = before.slice(clauseStart);
  const last = (clause.match(WORDS_APOSTROPHE(plain)) ?? []).slice(-NEGATION_REACH).join(' ');
  return NEGATION(plain).test(last);
}

/**
 * Where the claim's predicate sits in `sentence`, or -1 when the sentence does not make the claim.
 * `lowered` is the sentence lower-cased (callers that test many claims lower-case it once).
 */
export function claimAt(claim: CompiledClaim, sentence: string, lowered = sentence.toLowerCase(), plain = isPlainText(sentence)): number {
  let first = Infinity;
  let last = -1;
  let predicateAt = -1;
  const groups = claim.groups;
  for (let i = 0; i < groups.length; i++) {
    const m = groups[i]!.exec(lowered);
    if (!m || (claim.ordered && m.index < last)) return -1;
    first = Math.min(first, m.index);
    last = Math.max(last, m.index + m[0].length);
    if (i === claim.predicate) predicateAt = m.index;
  }
  if (claim.none?.test(lowered) || DEBUNK(plain).test(lowered)) return -1;
  // Words need a character between them: a span of up to twice the window is within it uncounted.
  if ((last - first + 1) >> 1 > claim.window && wordsIn(sentence.slice(first, last), plain) > claim.window) return -1;
  if (!claim.negated && negatedAt(lowered, predicateAt, plain)) return -1;
  return predicateAt;
}

/**
 * The claims (at most `claims.length`) a sentence makes, first the one whose predicate comes first.
 * `lowered`: the sentence lower-cased, when the caller already has it. `from` 1: every claim's first
 * gate is known to pass (the gate index found its literal in the sentence).
 */
export function matchSentence(claims: readonly CompiledClaim[], sentence: string, today: string, lowered = sentence.toLowerCase(), from = 0): { claim: CompiledClaim; at: number }[] {
  const found: { claim: CompiledClaim; at: number }[] = [];
  let plain: boolean | undefined;
  for (const claim of claims) {
    if ((claim.since && !hasArrived(claim.since, today)) || !passesGates(claim, lowered, from)) continue;
    const at = claimAt(claim, sentence, lowered, (plain ??= isPlainText(sentence)));
    if (at >= 0) found.push({ claim, at });
  }
  return found.sort((a, b) => a.at - b.at);
}

export function passesGates(claim: CompiledClaim, lowered: string, from = 0): boolean {
  for (let i = from; i < claim.gates.length; i++) if (!passesGate(claim.gates[i]!, lowered)) return false;
  return true;
}

/** The gate index of a claim list, built once per list. */
export function gateIndex(claims: readonly CompiledClaim[]): GateIndex {
  let index = indexes.get(claims);
  if (!index) indexes.set(claims, (index = new GateIndex(claims)));
  return index;
}

/**
 * The claims made in running text (one block of a page). A sentence that makes several claims
 * gives one hit listing them all. Only the sentences that hold a literal of a claim's rarest
 * concept are tested for it: most paragraphs are ruled out by one scan, without being split.
 */
export function findClaims(claims: readonly CompiledClaim[], text: string, today: string): ClaimHit[] {
  const lowered = text.toLowerCase();
  const index = gateIndex(claims);
  if (!index.scanText(lowered)) return [];
  // Lower-casing keeps offsets in all but rare scripts; where it does not, every candidate is tried on every sentence.
  if (lowered.length !== text.length) return claimsIn(text, null, 0, index, 0, today);
  return claimsIn(text, lowered, 0, index, 0, today);
}

/**
 * The claims made in each of a short article's blocks: the same hits as `findClaims` on each,
 * from one lower-casing and one gate scan over their texts joined by line breaks (a literal never
 * holds one, and one counts as the non-word character an anchored literal needs before it). On
 * the 3,000-word page that is a tenth of the claim pass less than 77 scans of 77 new strings.
 */
export function findClaimsInBlocks(claims: readonly CompiledClaim[], texts: readonly string[], today: string): ClaimHit[][] {
  const lowered = texts.join('\n').toLowerCase();
  if (lowered.length !== texts.reduce((n, t) => n + t.length + 1, -1)) return texts.map((t) => findClaims(claims, t, today));
  const index = gateIndex(claims);
  if (!index.scanText(lowered)) return texts.map(() => []);
  let offset = 0;
  let next = 0;
  return texts.map((text) => {
    const from = next;
    const end = offset + text.length;
    const any = index.claimsBetween(offset, end, next);
    next = any.next;
    const hits = any.claims.length ? claimsIn(text, lowered, offset, index, from, today) : [];
    offset = end + 1;
    return hits;
  });
}

/**
 * The claims in `text`, whose lower-cased form is `lowered` from `offset` on (null: lower-casing
 * moved offsets, so every candidate is tried on every sentence); the index has scanned `lowered`,
 * and its hits in this text start at `first`.
 */
function claimsIn(text: string, lowered: string | null, offset: number, index: GateIndex, first: number, today: string): ClaimHit[] {
  const hits: ClaimHit[] = [];
  let next = first;
  for (const { start, end } of splitSentences(text)) {
    const here = lowered ? index.claimsBetween(offset + start, offset + end, next) : index.claimsBetween(0, Infinity);
    next = here.next;
    if (!here.claims.length) continue;
    const sentence = text.slice(start, end);
    const found = matchSentence(here.claims, sentence, today, lowered ? lowered.slice(offset + start, offset + end) : sentence.toLowerCase(), lowered ? 1 : 0);
    if (found.length) hits.push({ claimIds: found.map((f) => f.claim.id), start, end, ...voiceOf(sentence, found[0]!.at, found[0]!.claim.outletVoice) });
  }
  return hits;
}
