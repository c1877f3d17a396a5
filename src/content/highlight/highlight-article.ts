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
  /** Marks, counts and ids go here (kept by the caller across passes) instead of a new result. */
  into?: HighlightResult;
}

/** Highlights `context`: an article, or everything a live page added since the last pass, as one run. */
export function highlightArticle(context: Element | Element[], matcher: AliasMatcher, options: ArticleOptions): ArticleRun {
  const result: HighlightResult = options.into ?? { marks: [], counts: new Map() };
  const opts = { firstOnly: options.firstOnly, seen: options.seen ?? new Set<string>(), maxMarks: options.maxMarks };
  const guard = options.guard ?? ((write: () => void) => write());
  const els = Array.isArray(context) ? context : [context];
  let chars = 0;
  for (const el of els) chars += el.textContent?.length ?? 0;
  if (chars <= SYNC_CHARS) {
    const started = performance.now();
    if (els.length) guard(() => highlight(els, matcher, opts, result));
    const ms = performance.now() - started;
    return { result, done: Promise.resolve(), cancel: () => undefined, workMs: () => ms, longestMs: () => ms };
  }
  const chunks = els.flatMap((el) => planChunks(el));
  const run = runSliced(chunks.length, (i) => {
    // The page may have removed a piece while we waited for idle time.
    const live = chunks[i]!.filter((el) => el.isConnected);
    if (live.length) guard(() => highlight(live, matcher, opts, result));
  });
  return { ...run, result };
}
