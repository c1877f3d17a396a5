import type { Page, Worker } from '@playwright/test';
import { test, expect, waitForMarks } from '../harness/chromium.ts';

const termIds = (page: Page) => page.$$eval('mark.lpc-term[data-term-id]', (els) => [...new Set(els.map((e) => e.getAttribute('data-term-id')))].sort());

/** What a reader does with the site switch, written straight to storage. */
async function setSite(worker: Worker, mode: 'on' | 'off', occurrences: 'all' | 'first' = 'all') {
  await worker.evaluate(
    ([m, o]) =>
      chrome.storage.sync.set({
        settings: { version: 1, defaultMode: 'on', occurrences: o, appearance: { highlight: 'underline', theme: 'auto' }, sites: [{ host: '127.0.0.1', includeSubdomains: false, mode: m }] },
      }),
    [mode, occurrences] as const,
  );
}

test('a positive article gets highlights for the expected terms, only in the article body', async ({ page, server }) => {
  await page.goto(`${server.origin}/fixtures/live-article.html`);
  await waitForMarks(page, 6);
  const ids = await termIds(page);
  for (const id of ['ottawa', 'apl', 'monitor', 'self-destruct', 'hrw', 'korea', 'landmine']) expect(ids).toContain(id);
  // Never in navigation, the related box, comments, footer, links, code, form fields, editable text or SVG.
  const misplaced = await page.$$eval('mark', (els) =>
    els.filter((m) => m.closest('nav, header, footer, aside, .comments, a, code, textarea, [contenteditable], svg')).map((m) => m.textContent),
  );
  expect(misplaced).toEqual([]);
  expect(await page.inputValue('textarea')).toBe('What do landmines cost to clear?');
  // Every mark is ours: our class, an entry id, and our styles won over the page's.
  const style = await page.$eval('mark.lpc-term', (m) => {
    const cs = getComputedStyle(m);
    return { line: cs.textDecorationLine, bg: cs.backgroundColor, color: cs.color, parentColor: getComputedStyle(m.parentElement!).color };
  });
  expect(style.line).toContain('underline');
  expect(style.color).toBe(style.parentColor);
  await page.screenshot({ path: 'artifacts/highlight-live-article.png' });
});

test('a paragraph added later is highlighted too', async ({ page, server }) => {
  await page.goto(`${server.origin}/fixtures/live-article.html`);
  await waitForMarks(page, 6);
  await page.click('#show-more');
  await expect(page.locator('p.late mark.lpc-term[data-term-id="mine-action"]')).toHaveCount(1);
  await expect(page.locator('p.late mark.lpc-term[data-term-id="ottawa"]')).toHaveCount(1);
});

test('turning the site off removes every highlight and gives back the same DOM', async ({ page, server, worker }) => {
  await page.goto(`${server.origin}/fixtures/live-article.html`);
  await waitForMarks(page, 6);
  expect(await page.evaluate(() => (window as unknown as { __compareWithSnapshot(): string[] }).__compareWithSnapshot())).not.toEqual([]);
  await setSite(worker, 'off');
  await expect(page.locator('mark')).toHaveCount(0);
  await expect(page.locator('#lpc-mark-style')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __compareWithSnapshot(): string[] }).__compareWithSnapshot())).toEqual([]);
  // And back on: highlighted again.
  await setSite(worker, 'on');
  await waitForMarks(page, 6);
});

test('first-occurrence mode marks each term once', async ({ page, server, worker }) => {
  await setSite(worker, 'on', 'first');
  await page.goto(`${server.origin}/fixtures/live-article.html`);
  await waitForMarks(page, 6);
  const ids = await page.$$eval('mark.lpc-term', (els) => els.map((e) => e.getAttribute('data-term-id')));
  expect(ids.length).toBe(new Set(ids).size);
  expect(ids).toContain('landmine');
});

test('client-side navigation to an article is detected and highlighted', async ({ page, server }) => {
  await page.goto(`${server.origin}/fixtures/live-spa.html`);
  await page.waitForTimeout(800);
  expect(await page.locator('mark').count()).toBe(0);
  await page.click('#go-mines');
  await waitForMarks(page, 3);
  expect(page.url()).toContain('story=mines');
  // "withdraw from the Ottawa Convention" is one longer alias of its own.
  expect(await termIds(page)).toEqual(expect.arrayContaining(['apl', 'withdrawals', 'monitor']));
  await page.click('#go-library');
  await page.waitForTimeout(1500);
  expect(await page.locator('mark').count()).toBe(0);
});

test('a page that keeps throwing our marks away is left alone after a bounded number of tries', async ({ page, server }) => {
  await page.goto(`${server.origin}/fixtures/live-rerender.html`);
  // The page re-renders only in reaction to our marks: wait until it has been quiet for 4 s in a
  // row (on a loaded machine one of our retries can come more than a second after the last).
  const renders = () => page.evaluate(() => (window as unknown as { __renders: number }).__renders);
  let last = -1;
  let quietFor = 0;
  for (let waited = 0; quietFor < 4000 && waited < 40_000; waited += 1000) {
    await page.waitForTimeout(1000);
    const now = await renders();
    quietFor = now === last ? quietFor + 1000 : 0;
    last = now;
  }
  expect(quietFor, 'the page kept re-rendering: we never gave up').toBeGreaterThanOrEqual(4000);
  expect(last).toBeGreaterThan(1); // we did highlight it at least once
  expect(last).toBeLessThanOrEqual(8);
});
