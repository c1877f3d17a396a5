/**
 * The app's claim matching: the background finds the claims (src/background/claim-match.ts), so
 * the matching runs off the page's main thread and the page only reads its blocks and wraps the
 * notes. When the background cannot answer (the extension was just reloaded, the worker failed)
 * the page matches itself: a messaging failure never costs the reader a note.
 */
import type { CompiledClaim } from '../../shared/claims/matcher.ts';
import type { ClaimHit } from '../../shared/claims/types.ts';
import { nativeApi } from '../../shared/ext-api.ts';
import { request } from '../../shared/messages.ts';
import { reportError } from '../report-error.ts';
import { matchHere, type BlockMatch } from './pass.ts';

/** An answer with one list of hits per text sent; anything else is not one of ours. */
const answers = (hits: unknown, texts: readonly string[]): hits is ClaimHit[][] => Array.isArray(hits) && hits.length === texts.length && hits.every(Array.isArray);

/** `send`: runtime.sendMessage (a test may pass its own); without one, matching stays in the page. */
export function matchInBackground(claims: readonly CompiledClaim[], send = sender()): (today: string) => BlockMatch {
  const ids = claims.map((c) => c.id);
  return (today) => {
    const here = matchHere(claims, today);
    if (!send || !ids.length) return here;
    return async (texts) => {
      try {
        // Undefined when nobody answered (a background of another version, with no such handler).
        const hits = (await request(send, 'cs-to-bg:match-claims', { claims: ids, texts, today }))?.hits;
        if (answers(hits, texts)) return hits;
        throw new Error('an answer that does not fit the request');
      } catch (error) {
        reportError('claim matching in the background', error);
        return here(texts);
      }
    };
  };
}

function sender(): ((message: unknown) => Promise<unknown>) | undefined {
  const api = nativeApi();
  return api ? (message) => api.runtime.sendMessage(message) : undefined;
}
