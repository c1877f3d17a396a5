/**
 * The claim engine: compiles the pack's matchers once and finds, in a piece of running text,
 * the sentences that make a known claim. Pure (no DOM), so it runs the same in the page, in the
 * build's example check and in unit tests.
 */
import { hasArrived } from '../pack/dates.ts';
import type { Entry } from '../pack/types.ts';
import { passesGate, WORD_CHAR, type GateLiteral } from './gate.ts';
import { DEFAULT_WINDOW, indexGateOf, precompileMatcher, type BundledMisstatement, type PrecompiledMatcher } from './precompiled.ts';
import { GateIndex } from './gate-index.ts';
import { splitSentences } from './sentences.ts';
import type { ClaimHit, ClaimMatcher } from './types.ts';
import { voiceOf } from './voice.ts';

export interface CompiledClaim {
  id: string;
  entry: string;
  groups: RegExp[];
  /** Per group, literals one of which must occur (see gate.ts); null: no cheap test. */
  gates: (string[] | null)[];
  /** The first of `gates` with which of its literals can only start a word: what the gate index scans for. */
  indexGate: GateLiteral[] | null;
  none: RegExp | null;
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
/** Words that deny what follows them in the same clause ("was never signed", "did not sign"). */
const NEGATION = /(?:(?<![\p{L}])(?:not|never|no|neither|nor|nobody|none|cannot|without|rather than|instead of)|n['’]t)(?![\p{L}])/iu;
/** Sentences that present a claim in order to correct it. */
const DEBUNK = /(?<![\p{L}])(?:myths?|misconceptions?|wrongly|erroneously|falsely|mistakenly|incorrectly|contrary to|is untrue|is false|not true|often (?:said|claimed|reported)|misreport\w*)(?![\p{L}])/iu;
const CLAUSE_BREAK = /[,;:()—–]|\s-\s/g;
/** Negations further back than this many words belong to another part of the sentence. */
const NEGATION_REACH = 4;

export function compileMatcher(id: string, entry: string, m: ClaimMatcher, since?: string): CompiledClaim {
  return claimFrom(id, entry, precompileMatcher(m), since);
}

/** A claim from its matcher as the build worked it out: only the RegExp objects are made here. */
export function claimFrom(id: string, entry: string, p: PrecompiledMatcher, since?: string): CompiledClaim {
  return {
    id,
    entry,
    groups: p.groups.map(bounded),
    gates: p.gates,
    indexGate: indexGateOf(p),
    none: p.none === undefined ? null : bounded(p.none),
    predicate: p.predicate,
    negated: !!p.negated,
    outletVoice: !!p.outletVoice,
    ordered: !!p.ordered,
    window: p.window ?? DEFAULT_WINDOW,
    ...(since ? { since } : {}),
  };
}

/** Every misstatement of the pack that has an id and a matcher (worked out by the build in the bundled pack). */
export function compileClaims(entries: readonly Entry[]): CompiledClaim[] {
  return entries.flatMap((e) =>
    e.misstatements.flatMap((m: BundledMisstatement) => {
      const since = m.verdict === 'outdated' ? m.since : undefined;
      if (!m.id) return [];
      if (m.compiled) return [claimFrom(m.id, e.id, m.compiled, since)];
      return m.matcher ? [compileMatcher(m.id, e.id, m.matcher, since)] : [];
    }),
  );
}

const wordsIn = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** True when a negation sits in the same clause just before `at`. */
function negatedAt(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  let clauseStart = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) clauseStart = m.index + m[0].length;
  const words = before.slice(clauseStart).match(/[\p{L}\p{N}'’]+/gu) ?? [];
  return NEGATION.test(words.slice(-NEGATION_REACH).join(' '));
}

/**
 * Where the claim's predicate sits in `sentence`, or -1 when the sentence does not make the claim.
 * `lowered` is the sentence lower-cased (callers that test many claims lower-case it once).
 */
export function claimAt(claim: CompiledClaim, sentence: string, lowered = sentence.toLowerCase()): number {
  let first = Infinity;
  let last = -1;
  let predicateAt = -1;
  for (let i = 0; i < claim.groups.length; i++) {
    const m = claim.groups[i]!.exec(lowered);
    if (!m || (claim.ordered && m.index < last)) return -1;
    first = Math.min(first, m.index);
    last = Math.max(last, m.index + m[0].length);
    if (i === claim.predicate) predicateAt = m.index;
  }
  if (claim.none?.test(lowered) || DEBUNK.test(lowered)) return -1;
  if (wordsIn(sentence.slice(first, last)) > claim.window) return -1;
  if (!claim.negated && negatedAt(lowered, predicateAt)) return -1;
  return predicateAt;
}

/**
 * The claims (at most `claims.length`) a sentence makes, first the one whose predicate comes first.
 * `lowered`: the sentence lower-cased, when the caller already has it. `from` 1: every claim's first
 * gate is known to pass (the gate index found its literal in the sentence).
 */
export function matchSentence(claims: readonly CompiledClaim[], sentence: string, today: string, lowered = sentence.toLowerCase(), from = 0): { claim: CompiledClaim; at: number }[] {
  const found: { claim: CompiledClaim; at: number }[] = [];
  for (const claim of claims) {
    if ((claim.since && !hasArrived(claim.since, today)) || !passesGates(claim, lowered, from)) continue;
    const at = claimAt(claim, sentence, lowered);
    if (at >= 0) found.push({ claim, at });
  }
  return found.sort((a, b) => a.at - b.at);
}

export function passesGates(claim: CompiledClaim, lowered: string, from = 0): boolean {
  for (let i = from; i < claim.gates.length; i++) if (!passesGate(claim.gates[i]!, lowered)) return false;
  return true;
}

const indexes = new WeakMap<readonly CompiledClaim[], GateIndex>();
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
  const aligned = lowered.length === text.length;
  const hits: ClaimHit[] = [];
  let next = 0;
  for (const { start, end } of splitSentences(text)) {
    const here = aligned ? index.claimsBetween(start, end, next) : index.claimsBetween(0, Infinity);
    next = here.next;
    if (!here.claims.length) continue;
    const sentence = text.slice(start, end);
    const found = matchSentence(here.claims, sentence, today, aligned ? lowered.slice(start, end) : sentence.toLowerCase(), aligned ? 1 : 0);
    if (found.length) hits.push({ claimIds: found.map((f) => f.claim.id), start, end, ...voiceOf(sentence, found[0]!.at, found[0]!.claim.outletVoice) });
  }
  return hits;
}
