/**
 * A claim matcher as the build leaves it in the bundled pack: its concept groups lower-cased and
 * joined, its literal pre-checks worked out and ordered. Working these out from the pack's
 * patterns took 8–26 ms of a first visit to a detected page (character-by-character parsing,
 * run cold); a page now only makes RegExp objects from strings.
 */
import { groupLiterals, type GateLiteral } from './gate.ts';
import type { ClaimMatcher } from './types.ts';
import type { Misstatement } from '../pack/types.ts';

/** Defaults are left out: the bundled pack carries 34 of these. */
export interface PrecompiledMatcher {
  /** Per concept group, its alternatives lower-cased and joined by `|` (no word boundaries yet). */
  groups: string[];
  none?: string;
  /** Per group, rarest first, the literals one of which must occur; null: no cheap test. */
  gates: (string[] | null)[];
  /** The literals of the first gate that may start inside a word (the others start one). */
  loose?: string[];
  predicate: number;
  negated?: true;
  outletVoice?: true;
  ordered?: true;
  window?: number;
}

/** A misstatement as bundled: `compiled` in place of `matcher` (the pack's JSON never holds it). */
export type BundledMisstatement = Misstatement & { compiled?: PrecompiledMatcher };

export const DEFAULT_WINDOW = 28;

/**
 * Patterns run on lower-cased text (see matcher.ts): letters in a pattern are lower-cased;
 * escapes such as \d, \w and \. are kept as written.
 */
export const lowerPattern = (source: string) => source.replace(/\\.|[A-Z]/g, (m) => (m.length === 2 ? m : m.toLowerCase()));

/**
 * Rarer literals first, so most claims fail on their first cheap test: digits (years, counts)
 * and long phrases are rarer in news text than short common words. Ungated groups go last.
 */
function orderGates(gates: (GateLiteral[] | null)[]): (GateLiteral[] | null)[] {
  const rarity = (g: GateLiteral[] | null) => (g ? Math.min(...g.map(({ lit }) => lit.length + (/\d/.test(lit) ? 20 : 0))) : -1);
  return [...gates].sort((a, b) => rarity(b) - rarity(a));
}

export function precompileMatcher(m: ClaimMatcher): PrecompiledMatcher {
  const groups = m.all.map((alts) => alts.map(lowerPattern));
  const gates = orderGates(groups.map((alts) => groupLiterals(alts)));
  const loose = gates[0]?.filter((l) => !l.anchored).map((l) => l.lit) ?? [];
  return {
    groups: groups.map((alts) => alts.join('|')),
    ...(m.none?.length ? { none: m.none.map(lowerPattern).join('|') } : {}),
    gates: gates.map((g) => g?.map((l) => l.lit) ?? null),
    ...(loose.length ? { loose } : {}),
    predicate: m.predicate ?? (m.all.length > 1 ? 1 : 0),
    ...(m.negated ? { negated: true as const } : {}),
    ...(m.outletVoice ? { outletVoice: true as const } : {}),
    ...(m.ordered ? { ordered: true as const } : {}),
    ...(m.window !== undefined && m.window !== DEFAULT_WINDOW ? { window: m.window } : {}),
  };
}

/** The first gate with which of its literals start a word, as the gate index scans for them. */
export function indexGateOf(p: PrecompiledMatcher): GateLiteral[] | null {
  return p.gates[0]?.map((lit) => ({ lit, anchored: !p.loose?.includes(lit) })) ?? null;
}
