/**
 * The hits of the block texts this page has had matched, so a pass over text it has seen asks
 * nothing and wraps in the task that read it: the site switched off and on, claim notes turned
 * back on, a page that renders its article again. A block's hits depend only on its text, the
 * claims and the day (findClaimsInBlocks matches each text on its own), so a text's hits are
 * kept until the reader's day changes.
 */
import type { ClaimHit } from '../../shared/claims/types.ts';
import { MAX_CLAIM_CHARS } from './controller.ts';
import { isPromise, type BlockMatch } from './pass.ts';

/** Twice the text of the longest article that gets notes: past it, forget and start again. */
export const MAX_KNOWN_CHARS = 2 * MAX_CLAIM_CHARS;

const NONE: readonly ClaimHit[] = Object.freeze([]);

export function knownHits(matcher: (today: string) => BlockMatch, maxChars = MAX_KNOWN_CHARS): (today: string) => BlockMatch {
  let day = '';
  let known = new Map<string, readonly ClaimHit[]>();
  let chars = 0;
  return (today) => {
    if (today !== day) {
      day = today;
      known = new Map();
      chars = 0;
    }
    const match = matcher(today);
    // An answer that comes after the day changed fills this pass, not the new day's store.
    const store = known;
    const remember = (text: string, hits: readonly ClaimHit[]) => {
      if (store !== known) return;
      if ((chars += text.length) > maxChars) {
        store.clear();
        chars = text.length;
      }
      store.set(text, hits.length ? hits : NONE);
    };
    return (texts) => {
      const hits = texts.map((t) => store.get(t));
      const missing: number[] = [];
      hits.forEach((h, i) => h || missing.push(i));
      if (!missing.length) return hits as ClaimHit[][];
      const fill = (found: ClaimHit[][]): ClaimHit[][] => {
        missing.forEach((i, k) => remember(texts[i]!, (hits[i] = found[k]!)));
        return hits as ClaimHit[][];
      };
      const answer = match(missing.map((i) => texts[i]!));
      return isPromise(answer) ? answer.then(fill) : fill(answer);
    };
  };
}
