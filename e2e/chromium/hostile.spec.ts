/**
 * The hostile page that only Chromium's automation can drive: loaded once with the site switched
 * off (the page as it is without us) and once as a reader would meet it; the page's own results
 * and console errors must be the same and nothing may be thrown from our isolated world. It
 * overrides DOM prototypes and globals, which breaks querySelectorAll and Promise.then in its own
 * world, where puppeteer's evaluate runs; Playwright's locators run in a utility world.
 * The other hostile pages, the 5 MB page among them, run in both browsers:
 * e2e/scenarios/hostile-pages.ts and big-page.ts.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect } from '../harness/chromium.ts';
import type { ContentWorld } from '../harness/content-world.ts';
import { visitWatched } from '../harness/visit.ts';

const MARKS = 'mark.lpc-term[data-term-id]';
// Colours are left out on purpose: in the automatic theme the card follows the page's background.
const CARD_STYLE = ['display', 'visibility', 'opacity', 'font-family', 'font-size', 'font-weight', 'line-height', 'letter-spacing', 'text-transform', 'position', 'z-index'] as const;

async function setSiteMode(worker: Worker, mode: 'on' | 'off'): Promise<void> {
  await worker.evaluate((m) => chrome.storage.sync.set({ settings: { version: 1, defaultMode: m, occurrences: 'all', appearance: { highlight: 'underline', theme: 'auto' }, sites: [] } }), mode);
}

interface Visit {
  page: Page;
  world: ContentWorld;
  errors: string[];
  pageResult(): Promise<string | null>;
}

async function visit(context: BrowserContext, url: string): Promise<Visit> {
  const v = await visitWatched(context, url);
  return { ...v, pageResult: () => v.page.locator('html').getAttribute('data-page-result') };
}

/** What the page is and says without us: its own result and console errors, with the site switched off. */
async function baseline(context: BrowserContext, worker: Worker, url: string, settleMs: number) {
  await setSiteMode(worker, 'off');
  const v = await visit(context, url);
  await v.page.waitForTimeout(settleMs);
  const result = { pageResult: await v.pageResult(), errors: [...v.errors] };
  await v.page.close();
  await setSiteMode(worker, 'on');
  return result;
}

async function openCard(page: Page) {
  await page.locator(MARKS).first().hover();
  const card = page.locator('[data-lpc-card-host]').locator('[role="dialog"]');
  await expect(card).toBeVisible();
  // Wait for the fade-in to end before reading styles.
  await expect.poll(() => card.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  const box = await card.boundingBox();
  expect(box && box.width > 200 && box.height > 80).toBe(true);
  return card.evaluate((el, props) => {
    const cs = getComputedStyle(el);
    return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
  }, CARD_STYLE);
}

async function expectClean(v: Visit, expected: { pageResult: string | null; errors: string[] }) {
  expect(await v.pageResult()).toBe(expected.pageResult);
  expect(v.errors).toEqual(expected.errors);
  expect(v.world.exceptions).toEqual([]);
  expect(v.world.console).toEqual([]);
  expect(await v.page.locator('[data-lpc-card-host]').count()).toBeLessThanOrEqual(1);
}

test('a page that overrides DOM prototypes and globals: neither side affects the other', async ({ context, worker, server }) => {
  const url = `${server.origin}/fixtures/hostile-globals.html`;
  const expected = await baseline(context, worker, url, 3000);
  expect(expected.pageResult).toContain('appendChild=3;'); // the page's own three appends

  const v = await visit(context, url);
  // The page counts calls for 2.5 s; the test keeps its hands off until then (Playwright's own
  // waiting helpers would run in the page's world and be counted), polling an attribute instead.
  await expect.poll(() => v.pageResult(), { timeout: 10_000 }).toContain('appendChild=');
  expect(await v.page.locator(MARKS).count()).toBeGreaterThan(3);
  await openCard(v.page);
  // Our appendChild, map, setTimeout, attachShadow, observers… never went through the page's
  // versions (the counts are the page's own), and the page's overrides are still in place.
  await expectClean(v, expected);
  expect(await v.page.evaluate(() => Node.prototype.appendChild.toString().includes('pageCalls'))).toBe(true);
});
