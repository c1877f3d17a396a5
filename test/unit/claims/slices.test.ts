/** The claim pass's idle slices: their size is the caller's, not the term pass's 6 ms. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runUntil, SLICE_MS } from '../../../src/content/highlight/idle.ts';
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
