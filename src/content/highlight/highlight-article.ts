/**
 * Highlights an article: in one pass when it is short (a 3,000-word article takes a few ms), in
 * chunks over idle callbacks when it is long, so no task of ours comes near 50 ms.
 */
import type { AliasMatcher } from './alias-pattern.ts';
import { planChunks } from './chunks.ts';
import { highlight, type HighlightOptions, type HighlightResult } from './highlighter.ts';
import { runSliced, type SlicedRun } from './idle.ts';

/** Up to this many characters (≈ 6,000 words) one synchronous pass is well under a frame. */
export const SYNC_CHARS = 40_000;

export interface ArticleRun extends SlicedRun {
  /** Filled in as the work proceeds; complete once `done` resolves. */
  result: HighlightResult;
}

export interface ArticleOptions extends HighlightOptions {
  /** Wraps each DOM write of ours (so a MutationObserver of ours can ignore it). */
  guard?: (write: () => void) => void;
  /** Marks go here (an array the caller keeps) instead of a new one. */
  marks?: HTMLElement[];
}

export function highlightArticle(root: Element, matcher: AliasMatcher, options: ArticleOptions): ArticleRun {
  const result: HighlightResult = { marks: options.marks ?? [], counts: new Map() };
  const opts = { firstOnly: options.firstOnly, seen: options.seen ?? new Set<string>() };
  const guard = options.guard ?? ((write: () => void) => write());
  if ((root.textContent?.length ?? 0) <= SYNC_CHARS) {
    const started = performance.now();
    guard(() => highlight(root, matcher, opts, result));
    const ms = performance.now() - started;
    return { result, done: Promise.resolve(), cancel: () => undefined, workMs: () => ms, longestMs: () => ms };
  }
  const chunks = planChunks(root);
  const run = runSliced(chunks.length, (i) => {
    // The page may have removed a piece while we waited for idle time.
    const live = chunks[i]!.filter((el) => el.isConnected);
    if (live.length) guard(() => highlight(live, matcher, opts, result));
  });
  return { ...run, result };
}
