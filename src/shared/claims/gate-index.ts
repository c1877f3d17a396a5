/**
 * One scan per paragraph (or per short article, its paragraphs joined) instead of one test per
 * claim: the literals of every claim's rarest concept group in a single regex, restarted just
 * after each hit so overlaps count. A claim can only be made in a sentence that holds one of its
 * literals, so the hits' positions also say which sentences to test for it; the rest of the
 * paragraph is never matched against it.
 *
 * Most literals can only start a word (the matcher's concepts begin at a word boundary): they are
 * looked for only after a non-word character, which lets the regex skip from word to word instead
 * of trying every position (about 2.3× faster on a news page). The few that may start inside a
 * word ("000" in "6,000") have a scan of their own; the two scans' hits are merged in text order.
 */
import { literalTreeSource } from '../text-pattern.ts';
import { WORD_CHAR } from './gate.ts';
import type { CompiledClaim } from './matcher.ts';
import type { TopicPack } from '../pack/types.ts';

/** The literals of one scan, and for each the claims it may begin (its own and its prefixes'). */
interface Scan {
  re: RegExp;
  claimsAt: Map<string, number[]>;
  /** The literal is the regex's first group (after the non-word character it needs before it). */
  grouped: boolean;
}

/**
 * A pack's gate index as the build works it out (bundle.ts): building it in the page took 4 ms
 * of a first visit (the literal tree, run cold). `ids`: the claims it was built for, in order;
 * it stands for no other list (a page with two topics' claims builds its own).
 */
export interface BundledGateIndex {
  ids: string[];
  scans: { source: string; grouped: boolean; lits: string[]; claims: number[][] }[];
}

function scanFor(owners: Map<string, Set<number>>, anchored: boolean): Scan | null {
  const lits = [...owners.keys()].sort((a, b) => b.length - a.length);
  if (!lits.length) return null;
  // At a position the regex reports the longest literal; every shorter one that starts there is its prefix.
  const claimsAt = new Map(lits.map((lit) => [lit, [...new Set(lits.filter((l) => lit.startsWith(l)).flatMap((l) => [...owners.get(l)!]))]]));
  // Not a lookaround: plain characters let V8 skip ahead to where a match can start.
  const tree = literalTreeSource(lits);
  const re = new RegExp(anchored ? `(?:^|[^${WORD_CHAR}])(${tree})` : tree, 'g');
  return { re, claimsAt, grouped: anchored };
}

/** The anchored scan (literals that start a word) and the loose one, for those there are literals for. */
function scansOf(claims: readonly CompiledClaim[]): Scan[] {
  const owners = [new Map<string, Set<number>>(), new Map<string, Set<number>>()];
  claims.forEach((c, i) => {
    for (const { lit, anchored } of c.indexGate ?? []) {
      const map = owners[anchored ? 0 : 1]!;
      (map.get(lit) ?? map.set(lit, new Set()).get(lit)!).add(i);
    }
  });
  return [scanFor(owners[0]!, true), scanFor(owners[1]!, false)].filter((s): s is Scan => s !== null);
}

/** A registered pack's gate index, when the build made one (bundle.ts). */
export const claimIndexOf = (pack: TopicPack): BundledGateIndex | undefined => (pack as { claimIndex?: BundledGateIndex }).claimIndex;

/** Whether a bundled index was made for exactly these claims, in this order. */
export const fitsIndex = (claims: readonly CompiledClaim[], { ids }: BundledGateIndex) => claims.length === ids.length && claims.every((c, i) => c.id === ids[i]);

export class GateIndex {
  private readonly scans: Scan[];
  /** Claims without a cheap test: candidates in every sentence. */
  private readonly always: number[] = [];
  /** A flag per claim, not a Set sorted afterwards: this runs for every sentence of a page. */
  private readonly flag: Uint8Array;
  /** The last scan's hits, in text order: where each starts and the claims it may begin. */
  private hitAt: number[] = [];
  private hitClaims: number[][] = [];
  private hits = 0;

  /** `bundled`: the build's index, used when it was made for exactly these claims. */
  constructor(private readonly claims: readonly CompiledClaim[], bundled?: BundledGateIndex) {
    this.flag = new Uint8Array(claims.length);
    claims.forEach((c, i) => c.indexGate || this.always.push(i));
    this.scans = bundled && fitsIndex(claims, bundled)
      ? bundled.scans.map((s) => ({ re: new RegExp(s.source, 'g'), grouped: s.grouped, claimsAt: new Map(s.lits.map((lit, i) => [lit, s.claims[i]!])) }))
      : scansOf(claims);
  }

  /** What the build bundles: this index, for these claims only. */
  bundled(): BundledGateIndex {
    return {
      ids: this.claims.map((c) => c.id),
      scans: this.scans.map(({ re, grouped, claimsAt }) => ({ source: re.source, grouped, lits: [...claimsAt.keys()], claims: [...claimsAt.values()] })),
    };
  }

  /** Scans a lower-cased paragraph; false when no claim can be made anywhere in it. */
  scanText(lowered: string): boolean {
    this.hits = 0;
    const found = this.scans.map((scan) => this.scanOne(scan, lowered));
    if (found.length === 2 && found[0]!.at.length && found[1]!.at.length) this.merge(found[0]!, found[1]!);
    else {
      const only = found.find((f) => f.at.length) ?? { at: [], claims: [] };
      this.hitAt = only.at;
      this.hitClaims = only.claims;
      this.hits = only.at.length;
    }
    return this.hits > 0 || this.always.length > 0;
  }

  private scanOne({ re, claimsAt, grouped }: Scan, lowered: string): { at: number[]; claims: number[][] } {
    const at: number[] = [];
    const claims: number[][] = [];
    re.lastIndex = 0;
    for (let m = re.exec(lowered); m; m = re.exec(lowered)) {
      const lit = grouped ? m[1]! : m[0];
      const start = m.index + m[0].length - lit.length;
      at.push(start);
      claims.push(claimsAt.get(lit)!);
      // Overlaps count: the next match may begin one character on (led by this literal's first character, when anchored).
      re.lastIndex = m.index + 1;
    }
    return { at, claims };
  }

  private merge(a: { at: number[]; claims: number[][] }, b: { at: number[]; claims: number[][] }): void {
    const at: number[] = [];
    const claims: number[][] = [];
    let i = 0;
    let j = 0;
    while (i < a.at.length || j < b.at.length) {
      const fromA = j >= b.at.length || (i < a.at.length && a.at[i]! <= b.at[j]!);
      at.push(fromA ? a.at[i]! : b.at[j]!);
      claims.push(fromA ? a.claims[i++]! : b.claims[j++]!);
    }
    this.hitAt = at;
    this.hitClaims = claims;
    this.hits = at.length;
  }

  /**
   * The claims, in pack order, whose literal starts in [from, to) of the last scanned text (a
   * literal inside a sentence starts inside it), and those without a cheap test. `first` is the
   * first hit to look at; hits before `from` are skipped. Returns the claims and the next hit.
   */
  claimsBetween(from: number, to: number, first = 0): { claims: CompiledClaim[]; next: number } {
    const flag = this.flag;
    let i = first;
    while (i < this.hits && this.hitAt[i]! < from) i++;
    const out: CompiledClaim[] = [];
    const start = i;
    for (; i < this.hits && this.hitAt[i]! < to; i++) for (const c of this.hitClaims[i]!) flag[c] = 1;
    if (i === start && !this.always.length) return { claims: out, next: i };
    for (const c of this.always) flag[c] = 1;
    for (let c = 0; c < flag.length; c++) {
      if (!flag[c]) continue;
      out.push(this.claims[c]!);
      flag[c] = 0;
    }
    return { claims: out, next: i };
  }
}
