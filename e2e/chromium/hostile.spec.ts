/**
 * Hostile pages that only Chromium's automation can drive: each is loaded once with the site
 * switched off (the page as it is without us) and once as a reader would meet it; the page's own
 * results and console errors must be the same and nothing may be thrown from our isolated world.
 * - the page that overrides DOM prototypes and globals breaks querySelectorAll and Promise.then in
 *   its own world, where puppeteer's evaluate runs; Playwright's locators run in a utility world;
 * - the 5 MB page, kept to the Chromium lane for its time (180 s limit).
 * The other hostile pages run in both browsers: e2e/scenarios/hostile-pages.ts.
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

/** Counts, over `ms`, DOM changes that involve our marks: zero once we have settled. */
function ourChurn(page: Page, ms: number): Promise<number> {
  return page.evaluate(
    ({ sel, ms }) =>
      new Promise<number>((resolve) => {
        let n = 0;
        const ours = (node: Node) => node instanceof Element && (node.matches(sel) || node.hasAttribute('data-lpc-card-host'));
        const mo = new MutationObserver((records) => {
          for (const r of records) if ([...r.addedNodes, ...r.removedNodes].some(ours) || ours(r.target)) n++;
        });
        mo.observe(document, { subtree: true, childList: true, attributes: true });
        setTimeout(() => (mo.disconnect(), resolve(n)), ms);
      }),
    { sel: MARKS, ms },
  );
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

test('a page of 5 MB of text is highlighted without breaking it and stays usable', async ({ context, worker, server }) => {
  // What is asserted is behaviour (usable while we work, we finish, removal restores the page),
  // not speed: a slow machine gets the time, and every wait below fits inside this limit.
  test.setTimeout(180_000);
  const url = `${server.origin}/fixtures/hostile-big.html`;
  const expected = await baseline(context, worker, url, 500);
  const v = await visit(context, url);
  await v.page.waitForSelector(MARKS, { timeout: 40_000 });
  await v.page.locator('#notes').fill('still typing');
  await expect(v.page.locator('#notes')).toHaveValue('still typing');
  await openCard(v.page);
  expect(await v.page.evaluate(() => document.body.textContent!.length)).toBeGreaterThan(5 * 1024 * 1024);
  // Highlighting a page this size goes on in idle-time slices; once it is done, we stop.
  await expect.poll(async () => {
    const n = await v.page.$$eval(MARKS, (els) => els.length);
    await v.page.waitForTimeout(1000);
    return n === (await v.page.$$eval(MARKS, (els) => els.length));
  }, { timeout: 110_000, intervals: [0] }).toBe(true);
  expect(await ourChurn(v.page, 1500)).toBe(0);
  await expectClean(v, expected);
});
