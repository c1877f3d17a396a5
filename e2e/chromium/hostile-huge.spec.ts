/**
 * A very long article (review finding F11): marks are capped per page, so their layout cost is
 * bounded (the bench measures it), and what is found past the cap still reaches the popup.
 */
import { test, expect } from '../harness/chromium.ts';
import { MAX_MARKS } from '../../src/content/app/live-highlights.ts';

test('a 40,000-word article: at most MAX_MARKS marks, and a term found only past them is still listed', async ({ page, worker, server, tabIdOf }) => {
  await page.goto(`${server.origin}/fixtures/hostile-huge.html?words=40000`);
  const tabId = await tabIdOf(page);
  type State = { highlightMs?: number; terms: { id: string; count: number }[] };
  let state: State | undefined;
  await expect
    .poll(async () => {
      state = await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'ui-to-cs:get-state', payload: {} }).catch(() => undefined), tabId);
      return state?.highlightMs !== undefined;
    }, { timeout: 20_000 })
    .toBe(true);
  const marks = await page.locator('mark.lpc-term').count();
  expect(marks).toBe(MAX_MARKS);
  expect(await page.locator('#last mark').count()).toBe(0);
  expect(state!.terms.find((t) => t.id === 'leahy')?.count).toBe(1);
  // The counts cover every occurrence, marked or not.
  expect(state!.terms.reduce((n, t) => n + t.count, 0)).toBeGreaterThan(MAX_MARKS);
});
