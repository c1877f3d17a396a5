/** Highlighting on an article: where marks go, live pages, the site switch, occurrence modes, pages that fight back. */
import assert from 'node:assert/strict';
import { count, MARKS, setSettings, sleep, termIds, waitForCount, waitForMarks, type Driver, type Scenario, type Tab } from '../harness/driver.ts';

const LIVE_ARTICLE = '/fixtures/live-article.html';

/** What a reader does with the site switch, written straight to storage. */
const setSite = (d: Driver, mode: 'on' | 'off', occurrences: 'all' | 'first' = 'all') =>
  setSettings(d, { version: 1, defaultMode: 'on', occurrences, appearance: { highlight: 'underline', theme: 'auto' }, sites: [{ host: '127.0.0.1', includeSubdomains: false, mode }] });

const compareWithSnapshot = (page: Tab) => page.evaluate(() => (window as unknown as { __compareWithSnapshot(): string[] }).__compareWithSnapshot());

export const highlight: Scenario[] = [
  {
    name: 'a positive article gets highlights for the expected terms, only in the article body',
    async run(d) {
      const page = await d.open(LIVE_ARTICLE);
      await waitForMarks(page, 6);
      const ids = await termIds(page);
      for (const id of ['ottawa', 'apl', 'monitor', 'self-destruct', 'hrw', 'korea', 'landmine']) assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
      // Never in navigation, the related box, comments, footer, links, code, form fields, editable text or SVG.
      const misplaced = await page.evaluate(() =>
        [...document.querySelectorAll('mark')].filter((m) => m.closest('nav, header, footer, aside, .comments, a, code, textarea, [contenteditable], svg')).map((m) => m.textContent),
      );
      assert.deepEqual(misplaced, []);
      assert.equal(await page.evaluate(() => document.querySelector('textarea')!.value), 'What do landmines cost to clear?');
      // Every mark is ours: our class, an entry id, and our styles won over the page's.
      const style = await page.evaluate(() => {
        const m = document.querySelector('mark.lpc-term')!;
        const cs = getComputedStyle(m);
        return { line: cs.textDecorationLine, color: cs.color, parentColor: getComputedStyle(m.parentElement!).color };
      });
      assert.match(style.line, /underline/);
      assert.equal(style.color, style.parentColor);
      await page.screenshot(`artifacts/highlight-live-article-${d.browser}.png`);
    },
  },
  {
    name: 'a paragraph added later is highlighted too',
    async run(d) {
      const page = await d.open(LIVE_ARTICLE);
      await waitForMarks(page, 6);
      await page.click('#show-more');
      await waitForCount(page, 'p.late mark.lpc-term[data-term-id="mine-action"]', 1);
      await waitForCount(page, 'p.late mark.lpc-term[data-term-id="ottawa"]', 1);
    },
  },
  {
    name: 'turning the site off removes every highlight and gives back the same DOM',
    async run(d) {
      const page = await d.open(LIVE_ARTICLE);
      await waitForMarks(page, 6);
      assert.notDeepEqual(await compareWithSnapshot(page), []);
      await setSite(d, 'off');
      await waitForCount(page, 'mark', 0);
      await waitForCount(page, '#lpc-mark-style', 0);
      assert.deepEqual(await compareWithSnapshot(page), []);
      // And back on: highlighted again.
      await setSite(d, 'on');
      await waitForMarks(page, 6);
    },
  },
  {
    name: 'first-occurrence mode marks each term once',
    async run(d) {
      await setSite(d, 'on', 'first');
      const page = await d.open(LIVE_ARTICLE);
      await waitForMarks(page, 6);
      const ids = await page.evaluate((sel) => [...document.querySelectorAll(sel)].map((e) => e.getAttribute('data-term-id')), MARKS);
      assert.equal(ids.length, new Set(ids).size);
      assert.ok(ids.includes('landmine'));
    },
  },
  {
    name: 'client-side navigation to an article is detected and highlighted',
    async run(d) {
      const page = await d.open('/fixtures/live-spa.html');
      await sleep(800);
      assert.equal(await count(page, 'mark'), 0);
      await page.click('#go-mines');
      await waitForMarks(page, 3);
      assert.match(page.url(), /story=mines/);
      // "withdraw from the Ottawa Convention" is one longer alias of its own.
      const ids = await termIds(page);
      for (const id of ['apl', 'withdrawals', 'monitor']) assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
      await page.click('#go-library');
      await sleep(1500);
      assert.equal(await count(page, 'mark'), 0);
    },
  },
  {
    name: 'a page that keeps throwing our marks away is left alone after a bounded number of tries',
    timeoutMs: 90_000,
    async run(d) {
      const page = await d.open('/fixtures/live-rerender.html');
      // The page re-renders only in reaction to our marks: wait until it has been quiet for 4 s in a
      // row (on a loaded machine one of our retries can come more than a second after the last).
      const renders = () => page.evaluate(() => (window as unknown as { __renders: number }).__renders);
      let last = -1;
      let quietFor = 0;
      for (let waited = 0; quietFor < 4000 && waited < 40_000; waited += 1000) {
        await sleep(1000);
        const now = await renders();
        quietFor = now === last ? quietFor + 1000 : 0;
        last = now;
      }
      assert.ok(quietFor >= 4000, 'the page kept re-rendering: we never gave up');
      assert.ok(last > 1, `we did highlight it at least once (${last} renders)`);
      assert.ok(last <= 8, `${last} renders`);
    },
  },
];
