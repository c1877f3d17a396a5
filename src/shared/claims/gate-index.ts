/**
 * One scan per paragraph instead of one test per claim: the literals of every claim's rarest
 * concept group in a single regex, restarted one character after each hit so overlaps count.
 * A claim can only be made in a sentence that holds one of its literals, so the hits' positions
 * also say which sentences to test for it; the rest of the paragraph is never matched against it.
 */
import { literalTreeSource } from '../text-pattern.ts';
import type { CompiledClaim } from './matcher.ts';

export class GateIndex {
  private readonly scan: RegExp | null;
  /** Literal → the claims (indices) whose first gate it belongs to, for it and every literal it starts with. */
  private readonly claimsAt = new Map<string, number[]>();
  /** Claims without a cheap test: candidates in every sentence. */
  private readonly always: number[] = [];
  /** A flag per claim, not a Set sorted afterwards: this runs for every sentence of a page. */
  private readonly flag: Uint8Array;
  /** The last scan's hits, in text order: where each starts and the claims it may begin. */
  private readonly hitAt: number[] = [];
  private readonly hitClaims: number[][] = [];
  private hits = 0;

  constructor(private readonly claims: readonly CompiledClaim[]) {
    this.flag = new Uint8Array(claims.length);
    const owners = new Map<string, Set<number>>();
    claims.forEach((c, i) => {
      const first = c.gates[0];
      if (!first) return void this.always.push(i);
      for (const lit of first) (owners.get(lit) ?? owners.set(lit, new Set()).get(lit)!).add(i);
    });
    const lits = [...owners.keys()].sort((a, b) => b.length - a.length);
    // At a position the regex reports the longest literal; every shorter one that starts there is its prefix.
    for (const lit of lits) this.claimsAt.set(lit, [...new Set(lits.filter((l) => lit.startsWith(l)).flatMap((l) => [...owners.get(l)!]))]);
    // Not a lookahead: plain literals let V8 skip ahead to where one can start.
    this.scan = lits.length ? new RegExp(literalTreeSource(lits), 'g') : null;
  }

  /** Scans a lower-cased paragraph; false when no claim can be made anywhere in it. */
  scanText(lowered: string): boolean {
    this.hits = 0;
    const re = this.scan;
    if (re) {
      re.lastIndex = 0;
      for (let m = re.exec(lowered); m; m = re.exec(lowered)) {
        this.hitAt[this.hits] = m.index;
        this.hitClaims[this.hits++] = this.claimsAt.get(m[0])!;
        re.lastIndex = m.index + 1;
      }
    }
    return this.hits > 0 || this.always.length > 0;
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
