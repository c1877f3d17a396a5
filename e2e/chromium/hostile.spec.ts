/**
 * Hostile pages (e2e/fixtures/hostile-*.html): each is loaded once with the site switched off (the
 * page as it is without us) and once as a reader would meet it. The page's own script results
 * and console errors must be the same, our card must open intact, nothing may be thrown from our
 * isolated world, and once settled we must stop touching the page (bounded observers).
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

test('CSS that restyles mark, *, div and custom elements with !important leaves our marks and card intact', async ({ context, worker, server }) => {
  const url = `${server.origin}/fixtures/hostile-css.html`;
  const expected = await baseline(context, worker, url, 500);
  // The card as it looks on a plain page, to compare with.
  const plain = await visit(context, `${server.origin}/fixtures/demo-article.html`);
  await plain.page.waitForSelector(MARKS);
  const reference = await openCard(plain.page);
  await plain.page.close();

  const v = await visit(context, url);
  await v.page.waitForSelector(MARKS);
  const mark = v.page.locator(MARKS).first();
  await expect(mark).toBeVisible();
  expect(await mark.evaluate((m) => getComputedStyle(m).display)).toBe('inline');
  expect(await openCard(v.page)).toEqual(reference);
  await v.page.screenshot({ path: 'artifacts/hostile-css.png' });
  await expectClean(v, expected);
});

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

test('a page that mutates its DOM forever: we settle and stop touching it', async ({ context, worker, server }) => {
  const url = `${server.origin}/fixtures/hostile-mutating.html`;
  const expected = await baseline(context, worker, url, 1000);
  const v = await visit(context, url);
  await v.page.waitForSelector(MARKS, { timeout: 15_000 });
  await v.page.waitForTimeout(1500);
  const before = await v.page.$$eval(MARKS, (els) => els.length);
  expect(await ourChurn(v.page, 2000)).toBe(0);
  expect(await v.page.$$eval(MARKS, (els) => els.length)).toBe(before);
  // The page's own ticker kept running all along.
  const ticks = Number(await v.pageResult());
  expect(ticks).toBeGreaterThan(40);
  await openCard(v.page);
  expect(v.errors).toEqual(expected.errors);
  expect(v.world.exceptions).toEqual([]);
  expect(v.world.console).toEqual([]);
});

test('a server-rendered page that hydrates just after load: we wait, so hydration sees its own DOM', async ({ context, worker, server }) => {
  const url = `${server.origin}/fixtures/hostile-hydrate.html?hydrate=load`;
  const expected = await baseline(context, worker, url, 1000);
  expect(expected.pageResult).toBe('hydrated');
  const v = await visit(context, url);
  await v.page.waitForFunction(() => document.documentElement.dataset.pageResult, undefined, { timeout: 10_000 });
  await v.page.waitForSelector(`#root article ${MARKS}`, { timeout: 15_000 });
  await openCard(v.page);
  await expectClean(v, expected);
});

test('a server-rendered page that hydrates 1.5 s after it was quiet: we wait for it, hydration sees its own DOM', async ({ context, server }) => {
  // Server-rendered pages are quiet before their bundle hydrates them; the settle step waits for
  // load plus a grace period there (src/content/app/live-settle.ts), so no mismatch is caused.
  const url = `${server.origin}/fixtures/hostile-hydrate.html`;
  const v = await visit(context, url);
  await v.page.waitForFunction(() => document.documentElement.dataset.pageResult, undefined, { timeout: 10_000 });
  expect(await v.page.evaluate(() => document.documentElement.dataset.pageResult)).toBe('hydrated');
  await expect.poll(() => v.page.locator(`#root article ${MARKS}`).count(), { timeout: 15_000 }).toBeGreaterThan(2);
  // Every mark of ours is on the hydrated article: none was left behind in a detached copy or doubled up.
  expect(await v.page.locator(MARKS).count()).toBe(await v.page.locator(`#root article ${MARKS}`).count());
  expect(await v.page.locator('#root article').count()).toBe(1);
  expect(await v.page.locator(`#root ${MARKS} ${MARKS}`).count()).toBe(0);
  await openCard(v.page);
  expect(await v.page.locator('[data-lpc-card-host]').count()).toBe(1);
  expect(v.world.exceptions).toEqual([]);
  expect(v.world.console).toEqual([]);
  expect(v.errors).toEqual([]);
});

test('iframes, shadow DOM and contenteditable: none of them is touched, editing works', async ({ context, worker, server }) => {
  const url = `${server.origin}/fixtures/hostile-frames.html`;
  const expected = await baseline(context, worker, url, 500);
  const v = await visit(context, url);
  await v.page.waitForSelector(MARKS);
  expect(await v.page.locator(`#editor ${MARKS}, textarea ${MARKS}`).count()).toBe(0);
  expect(await v.page.locator('#quote').evaluate((el) => el.shadowRoot?.querySelectorAll('mark').length)).toBe(0);
  expect(await v.page.frameLocator('#frame').locator('mark').count()).toBe(0);
  await v.page.locator('#editor p').click();
  await v.page.keyboard.press('End');
  await v.page.keyboard.type(' Edited.');
  await expect(v.page.locator('#editor')).toHaveText('Draft: the Ottawa Convention bans antipersonnel mines. Edited.');
  await expect(v.page.locator('#comment')).toHaveValue('A comment on landmines and the Mine Ban Treaty.');
  await openCard(v.page);
  await expectClean(v, expected);
});
