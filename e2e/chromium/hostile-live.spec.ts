/**
 * Pages that keep adding content (review finding F1): what a flush brings is highlighted as one
 * batch, and the badge hears about it at most once a second, however fast the page grows.
 */
import type { BrowserContext } from '@playwright/test';
import { test, expect, waitForMarks } from '../harness/chromium.ts';
import { visitWatched } from '../harness/visit.ts';

const MARKS = 'mark.lpc-term[data-term-id]';

/** Counts `cs-to-all:state-changed` messages, heard from an extension page as the background hears them. */
async function listenForCounts(context: BrowserContext, extensionId: string) {
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options/options.html`);
  await ext.evaluate(() => {
    const g = globalThis as unknown as { heard: number };
    g.heard = 0;
    chrome.runtime.onMessage.addListener((m: { type?: string }) => {
      if (m?.type === 'cs-to-all:state-changed') g.heard++;
    });
  });
  return () => ext.evaluate(() => (globalThis as unknown as { heard: number }).heard);
}

test('a live page adding 20 paragraphs every 100 ms: every batch is highlighted, the badge hears at most once a second', async ({ context, extensionId, server }) => {
  const heard = await listenForCounts(context, extensionId);
  const v = await visitWatched(context, `${server.origin}/fixtures/hostile-stream.html`);
  await waitForMarks(v.page, 5);
  const before = await heard();
  const started = Date.now();
  const result = await v.page.evaluate(() => (window as unknown as { startStream(n: number, ms: number, s: number): Promise<{ added: number }> }).startStream(20, 100, 3));
  // The last paragraph the page added gets its mark within one flush of the watcher.
  await expect(v.page.locator(`p.streamed:nth-last-of-type(1) ${MARKS}, p.streamed:nth-last-of-type(2) ${MARKS}`).first()).toBeAttached({ timeout: 5_000 });
  const seconds = (Date.now() - started) / 1000;
  const messages = (await heard()) - before;
  expect(result.added).toBeGreaterThan(100);
  expect(messages).toBeGreaterThan(0);
  // One per second, plus the leading one: before batching this was one per added paragraph.
  expect(messages).toBeLessThanOrEqual(Math.ceil(seconds) + 1);
  // The counts are kept as marks are made: the popup's total equals the marks on the page.
  const marks = await v.page.locator(MARKS).count();
  const streamed = await v.page.locator(`p.streamed ${MARKS}`).count();
  expect(streamed).toBeGreaterThan(result.added / 2);
  expect(marks).toBeGreaterThan(streamed);
  expect(v.world.exceptions).toEqual([]);
});
