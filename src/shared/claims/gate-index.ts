/**
 * One scan per paragraph instead of one test per claim: the literals of every claim's rarest
 * concept group in a single regex, restarted one character after each hit so overlaps count. The claims it names are the only ones a paragraph
 * can make; the rest are ruled out without touching their own patterns.
 */
import { literalTreeSource } from '../text-pattern.ts';
import type { CompiledClaim } from './matcher.ts';

export class GateIndex {
  private readonly scan: RegExp | null;
  /** Literal → the claims (indices) whose first gate it belongs to, for it and every literal it starts with. */
  private readonly claimsAt = new Map<string, number[]>();
  /** Claims without a cheap test: always candidates. */
  private readonly always: number[] = [];
  /** A flag per claim, not a Set sorted afterwards: this runs for every paragraph of a page. */
  private readonly hit: Uint8Array;

  constructor(private readonly claims: readonly CompiledClaim[]) {
    this.hit = new Uint8Array(claims.length);
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

  /** The claims whose rarest concept may occur in `lowered`, in pack order. */
  candidatesIn(lowered: string): CompiledClaim[] {
    const hit = this.hit.fill(0);
    for (const i of this.always) hit[i] = 1;
    const re = this.scan;
    if (re) {
      re.lastIndex = 0;
      for (let m = re.exec(lowered); m; m = re.exec(lowered)) {
        for (const i of this.claimsAt.get(m[0])!) hit[i] = 1;
        re.lastIndex = m.index + 1;
      }
    }
    const out: CompiledClaim[] = [];
    for (let i = 0; i < hit.length; i++) if (hit[i]) out.push(this.claims[i]!);
    return out;
  }
}
