/**
 * Claim matching for the pages' claim passes (src/content/claims/pass.ts), here so a page's main
 * thread only reads its blocks and wraps the notes. Each answer depends on the request alone; the
 * only thing kept between requests is the compiled claims, which the worker may lose whenever it
 * stops (the next request compiles them again).
 */
import type { ClaimPack } from '../shared/claims/bundle.ts';
import { compileClaims, findClaimsInBlocks, type CompiledClaim } from '../shared/claims/matcher.ts';
import type { Req, Res } from '../shared/messages.ts';

/** More text than a page's claim pass sends at once (its whole article stops at 1,000,000 characters). */
export const MAX_MATCH_CHARS = 1_100_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

type Request = Req<'cs-to-bg:match-claims'>;

function problemWith(req: Request): string | null {
  if (!Array.isArray(req?.claims) || !req.claims.every((id) => typeof id === 'string')) return 'claims must be a list of claim ids';
  if (!Array.isArray(req.texts) || !req.texts.every((t) => typeof t === 'string')) return 'texts must be a list of strings';
  if (typeof req.today !== 'string' || !DAY.test(req.today)) return 'today must be a date (YYYY-MM-DD)';
  if (req.texts.reduce((n, t) => n + t.length, 0) > MAX_MATCH_CHARS) return `more than ${MAX_MATCH_CHARS} characters at once`;
  return null;
}

export function claimMatching(packs: readonly ClaimPack[]): (req: Request) => Res<'cs-to-bg:match-claims'> {
  // Compiled on the first request: a page without claims to check never pays for it.
  let byPack: CompiledClaim[][] | null = null;
  let byId: Map<string, CompiledClaim> | null = null;
  /** A page's claim list (ids joined) → its claims, the same objects in the page's order: the gate index is built once per list. */
  const lists = new Map<string, CompiledClaim[]>();

  function listFor(ids: readonly string[]): CompiledClaim[] {
    byPack ??= packs.map((p) => compileClaims(p.entries, [p.claimIndex]));
    byId ??= new Map(byPack.flat().map((c) => [c.id, c]));
    const key = ids.join(' ');
    let list = lists.get(key) ?? byPack.find((l) => l.length === ids.length && l.every((c, i) => c.id === ids[i]));
    if (!list) {
      const unknown = ids.find((id) => !byId!.has(id));
      if (unknown) throw new Error(`no claim ${JSON.stringify(unknown)} in this version's packs`);
      list = ids.map((id) => byId!.get(id)!);
    }
    lists.set(key, list);
    return list;
  }

  return (req) => {
    const problem = problemWith(req);
    if (problem) throw new Error(`match-claims: ${problem}`);
    return { hits: findClaimsInBlocks(listFor(req.claims), req.texts, req.today) };
  };
}
