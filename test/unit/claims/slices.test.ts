/** The claim pass's idle slices: their size is the caller's, not the term pass's 6 ms. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inNextTask, runUntil, SLICE_MS, type SlicedRun } from '../../../src/content/highlight/idle.ts';
import { CLAIM_SLICE_MS } from '../../../src/content/claims/pass.ts';

/**
 * Runs `count` steps of exactly 1 ms on a virtual clock (a loaded machine would stretch real
 * ones); returns how many slices they took and the longest slice.
 */
async function slicesFor(count: number, sliceMs?: number): Promise<{ slices: number; longest: number }> {
  const realNow = performance.now.bind(performance);
  let clock = 0;
  performance.now = () => clock;
  let left = count;
  let slices = 0;
  let inSlice = false;
  try {
    const run = runUntil(
      () => {
        // A slice's steps run in one task: the first step of a task starts a slice.
        if (!inSlice) {
          slices++;
          inSlice = true;
          queueMicrotask(() => (inSlice = false));
        }
        clock += 1;
        return --left <= 0;
      },
      false,
      sliceMs,
    );
    await run.done;
    return { slices, longest: run.longestMs() };
  } finally {
    performance.now = realNow;
  }
}

test('the claim pass slices are larger than the term pass slices and stay far under a long task', () => {
  assert.ok(CLAIM_SLICE_MS > SLICE_MS);
  assert.ok(CLAIM_SLICE_MS <= 12);
});

test('runUntil keeps to the slice size it is given, the term pass size by default', async () => {
  assert.deepEqual(await slicesFor(48), { slices: 48 / SLICE_MS, longest: SLICE_MS });
  assert.deepEqual(await slicesFor(48, CLAIM_SLICE_MS), { slices: 48 / CLAIM_SLICE_MS, longest: CLAIM_SLICE_MS });
});

test('a run put off to the next task starts after the current one, not at all once cancelled, and ends even if its start throws', async () => {
  const order: string[] = [];
  const done: SlicedRun = { done: Promise.resolve(), cancel: () => undefined, workMs: () => 3, longestMs: () => 2 };
  const later = inNextTask(() => (order.push('started'), done));
  order.push('caller');
  await later.done;
  assert.deepEqual(order, ['caller', 'started']);
  assert.equal(later.workMs(), 3);
  let started = false;
  const cancelled = inNextTask(() => ((started = true), done));
  cancelled.cancel();
  await cancelled.done;
  await new Promise((r) => setTimeout(r, 5));
  assert.equal(started, false);
  const debug = console.debug;
  const reported: unknown[] = [];
  console.debug = (...args: unknown[]) => void reported.push(args);
  try {
    await inNextTask(() => {
      throw new Error('boom');
    }).done;
  } finally {
    console.debug = debug;
  }
  assert.equal(reported.length, 1);
});
