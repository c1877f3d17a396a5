/**
 * The app's claim matching: the background finds the claims (src/background/claim-match.ts), so
 * the matching runs off the page's main thread and the page only reads its blocks, sends their
 * text and wraps the notes. Requests go over one port (CLAIMS_PORT), opened on the first. When
 * the background cannot answer (the extension was just reloaded, the worker stopped mid-request)
 * the page matches itself: a messaging failure never costs the reader a note.
 */
import type { CompiledClaim } from '../../shared/claims/matcher.ts';
import type { ClaimHit } from '../../shared/claims/types.ts';
import { nativeApi } from '../../shared/ext-api.ts';
import { CLAIMS_PORT, request, type PortAnswer, type PortRequest } from '../../shared/messages.ts';
import { reportError } from '../report-error.ts';
import { matchHere, type BlockMatch } from './pass.ts';

/** Sends a message and resolves with its answer (an envelope in, whatever `dispatch` gave out). */
export type Post = (message: PortRequest['message']) => Promise<unknown>;

/** An answer with one list of hits per text sent; anything else is not one of ours. */
const answers = (hits: unknown, texts: readonly string[]): hits is ClaimHit[][] => Array.isArray(hits) && hits.length === texts.length && hits.every(Array.isArray);

/**
 * `claims`: the page's claims, compiled only when the page matches itself (0.6 ms of a first
 * visit's claim pass in the extension, for a background that has its own). `post`: the way to
 * the background (a test may pass its own); without one, matching stays in the page. `claimIds`:
 * the claims' ids, in their order, without compiling them (by default, from the compiled claims).
 */
export function matchInBackground(
  claims: () => readonly CompiledClaim[],
  post: Post | undefined = portToBackground(),
  claimIds: () => string[] = () => claims().map((c) => c.id),
): (today: string) => BlockMatch {
  return (today) => {
    const here: BlockMatch = (texts) => matchHere(claims(), today)(texts);
    const ids = claimIds();
    if (!post || !ids.length) return here;
    return async (texts) => {
      try {
        // Undefined when nobody answered (a background of another version, with no such handler).
        const hits = (await request(post, 'cs-to-bg:match-claims', { claims: ids, texts, today }))?.hits;
        if (answers(hits, texts)) return hits;
        throw new Error('an answer that does not fit the request');
      } catch (error) {
        reportError('claim matching in the background', error);
        return here(texts);
      }
    };
  };
}

/** Requests over one port, opened when first needed and again after it disconnects (the worker stopped). */
export function portToBackground(): Post | undefined {
  const api = nativeApi();
  if (!api) return undefined;
  type Port = ReturnType<typeof api.runtime.connect>;
  let port: Port | null = null;
  let next = 0;
  const waiting = new Map<number, { resolve(answer: unknown): void; reject(error: Error): void }>();
  const open = (): Port => {
    const p = api.runtime.connect({ name: CLAIMS_PORT });
    p.onMessage.addListener((raw: unknown) => {
      const { id, answer } = (raw ?? {}) as Partial<PortAnswer>;
      if (typeof id !== 'number') return;
      waiting.get(id)?.resolve(answer);
      waiting.delete(id);
    });
    p.onDisconnect.addListener(() => {
      port = null;
      for (const w of waiting.values()) w.reject(new Error('the background closed the port'));
      waiting.clear();
    });
    return p;
  };
  return (message) =>
    new Promise((resolve, reject) => {
      const id = ++next;
      waiting.set(id, { resolve, reject });
      try {
        (port ??= open()).postMessage({ id, message } satisfies PortRequest);
      } catch (error) {
        waiting.delete(id);
        port = null;
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
}
