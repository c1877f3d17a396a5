/** Runs small pieces of work when the main thread is idle, a few milliseconds at a time. */
import { reportError } from '../report-error.ts';

/** Work per idle slice: far below the 50 ms that counts as a long task. */
export const SLICE_MS = 6;

type IdleCallback = (deadline: { timeRemaining(): number; didTimeout: boolean }) => void;

export function whenIdle(callback: IdleCallback, timeout = 500): () => void {
  const ric = (globalThis as { requestIdleCallback?: (cb: IdleCallback, o?: { timeout: number }) => number }).requestIdleCallback;
  if (ric) {
    const id = ric(callback, { timeout });
    return () => (globalThis as { cancelIdleCallback?: (id: number) => void }).cancelIdleCallback?.(id);
  }
  // The longest idle period a browser grants: the caller's own slice size then decides.
  const id = setTimeout(() => callback({ timeRemaining: () => 50, didTimeout: true }), 1);
  return () => clearTimeout(id);
}

export interface SlicedRun {
  done: Promise<void>;
  cancel(): void;
  /** Milliseconds spent in our own slices (not waiting for idle time). */
  workMs(): number;
  /** The longest single slice, in ms. */
  longestMs(): number;
}

/** Calls `step(i)` for i = 0…count-1, as many as fit in each idle slice (at least one). */
export function runSliced(count: number, step: (i: number) => void): SlicedRun {
  let i = 0;
  return runUntil(
    () => {
      step(i++);
      return i >= count;
    },
    count === 0,
  );
}

/**
 * Calls `step` as often as fits in each idle slice (at least once) until it returns true, for at
 * most `sliceMs` per slice. A pass whose steps are cheap but start cold in each slice (the claim
 * pass) does better with fewer, larger slices; still far under the 50 ms long-task line.
 */
export function runUntil(step: () => boolean, alreadyDone = false, sliceMs = SLICE_MS): SlicedRun {
  let cancelled = false;
  let cancelIdle: () => void = () => undefined;
  let work = 0;
  let longest = 0;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
    const slice: IdleCallback = (deadline) => {
      if (cancelled) return resolve();
      const started = performance.now();
      const budget = Math.min(sliceMs, Math.max(deadline.timeRemaining(), 2));
      let finished = false;
      do finished = step();
      while (!finished && performance.now() - started < budget);
      const took = performance.now() - started;
      work += took;
      longest = Math.max(longest, took);
      if (finished) resolve();
      else cancelIdle = whenIdle(slice);
    };
    if (alreadyDone) resolve();
    else cancelIdle = whenIdle(slice);
  });
  return {
    done,
    cancel() {
      cancelled = true;
      cancelIdle();
      finish();
    },
    workMs: () => work,
    longestMs: () => longest,
  };
}

/**
 * A run started in a task of its own, right after the current one (a timer, not an idle
 * callback, which may wait for frames to be rendered first). Cancelling before it starts means it
 * never starts; a start that throws is reported, not thrown into the page's event loop.
 */
export function inNextTask(start: () => SlicedRun): SlicedRun {
  let run: SlicedRun | null = null;
  let cancelled = false;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const timer = setTimeout(() => {
    if (cancelled) return;
    try {
      run = start();
      void run.done.then(finish);
    } catch (error) {
      reportError('a deferred run', error);
      finish();
    }
  }, 0);
  return {
    done,
    cancel() {
      cancelled = true;
      clearTimeout(timer);
      run?.cancel();
      finish();
    },
    workMs: () => run?.workMs() ?? 0,
    longestMs: () => run?.longestMs() ?? 0,
  };
}
