/**
 * Corrupt, foreign or old settings in storage: pages keep working with the valid parts, the
 * options page names each problem, and nothing is overwritten until the reader changes something.
 * Also a page too long to mark in full (review finding F11): marks are capped, counts are not.
 */
import assert from 'node:assert/strict';
import { MAX_MARKS } from '../../src/content/app/live-highlights.ts';
import { count, markCount, MARKS, pageState, setSettings, sleep, storedItem, waitFor, waitForMarks, waitForText, type Driver, type Scenario, type Tab } from '../harness/driver.ts';

async function openOptions(d: Driver): Promise<Tab> {
  const options = await d.openOptions();
  await waitFor(() => options.evaluate(() => !!document.querySelector('[data-testid="choice-defaultMode"]')), 'the options page');
  return options;
}

const checked = (tab: Tab, selector: string) => tab.evaluate((sel) => (document.querySelector(sel) as HTMLInputElement | null)?.checked ?? null, selector);

export const storedData: Scenario[] = [
  {
    name: 'garbage and a future version in stored settings: valid parts are honoured, problems are named, nothing is lost',
    async run(d) {
      const garbage = {
        version: 7,
        defaultMode: 'sometimes',
        occurrences: 'first',
        appearance: 'pink',
        sites: [{ host: '127.0.0.1', includeSubdomains: false, mode: 'always' }, 42, { host: 'not a host!', mode: 'off' }, { host: 'news.example.org', mode: 'loud' }],
        extra: { anything: [1, 2, 3] },
      };
      await setSettings(d, garbage);
      // The article page works: the kept rule for 127.0.0.1 ("always") and "first occurrence" apply.
      const page = await d.open('/fixtures/near-miss-gold-mine.html');
      await waitForMarks(page, 1);
      const ids = await page.evaluate((sel) => [...document.querySelectorAll(sel)].map((e) => e.getAttribute('data-term-id')), MARKS);
      assert.equal(new Set(ids).size, ids.length, 'first occurrence only');

      // The options page says what was wrong and shows what was kept.
      const options = await openOptions(d);
      for (const part of ['version', 'defaultMode', 'appearance', 'sites[1]', 'sites[2].host', 'sites[3].mode']) await waitForText(options, '[data-testid="stored-problems"]', part);
      assert.equal(await checked(options, '[data-testid="choice-occurrences"] input[value="first"]'), true);
      await waitForText(options, '[data-testid="rules"]', '127.0.0.1');
      await waitForText(options, '[data-testid="rules"]', 'news.example.org');
      await options.screenshot(`artifacts/bad-data-options-${d.browser}.png`);

      // Opening the options page changed nothing in storage; the reader decides when to repair.
      assert.deepEqual(await storedItem(d), garbage);
      assert.deepEqual(page.errors, []);
      assert.deepEqual(page.world?.exceptions ?? [], []);
    },
  },
  {
    name: 'settings that are not an object at all: defaults apply and the options page says so',
    async run(d) {
      await setSettings(d, 'garbage "{[');
      const page = await d.open('/fixtures/demo-article.html');
      await waitForMarks(page, 5);
      const options = await openOptions(d);
      await waitForText(options, '[data-testid="stored-problems"]', 'not an object; using the defaults');
      // (By position: a radio's value "on" is its default, so Preact sets no value attribute to select by.)
      const first = await options.evaluate(() => {
        const r = document.querySelector<HTMLInputElement>('[data-testid="choice-defaultMode"] input[type="radio"]')!;
        return { checked: r.checked, value: r.value };
      });
      assert.deepEqual(first, { checked: true, value: 'on' });
      assert.deepEqual(page.world?.exceptions ?? [], []);
      assert.deepEqual(page.world?.console ?? [], []);
    },
  },
  {
    name: 'old (version 0) settings are migrated: the disabled site stays off, without a complaint',
    async run(d) {
      await setSettings(d, { disabledSites: ['127.0.0.1'], occurrences: 'all' });
      const page = await d.open('/fixtures/demo-article.html');
      await sleep(1500);
      assert.equal(await count(page, 'mark.lpc-term'), 0);
      // Alive on the page all the same: its content script answers, with the site off.
      assert.equal((await pageState(d, await d.tabId(page)))?.siteOff, true);
      const options = await openOptions(d);
      await waitForText(options, '[data-testid="rules"]', '127.0.0.1');
      assert.equal(await count(options, '[data-testid="stored-problems"]'), 0);
    },
  },
  {
    name: 'a 40,000-word article: at most MAX_MARKS marks, and a term found only past them is still listed',
    async run(d) {
      const page = await d.open('/fixtures/hostile-huge.html?words=40000');
      const tabId = await d.tabId(page);
      const state = (await waitFor(async () => {
        const s = await pageState(d, tabId);
        return s?.highlightMs !== undefined ? s : undefined;
      }, 'a finished highlight pass', 20_000))!;
      assert.equal(await markCount(page), MAX_MARKS);
      assert.equal(await count(page, '#last mark'), 0);
      assert.equal(state.terms.find((t) => t.id === 'leahy')?.count, 1);
      // The counts cover every occurrence, marked or not.
      assert.ok(state.terms.reduce((n, t) => n + t.count, 0) > MAX_MARKS);
    },
  },
];
