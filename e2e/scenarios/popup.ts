/** The popup and the site switch: what it explains, its term list, the switch, the keyboard command, "always", occurrences. */
import assert from 'node:assert/strict';
import { badge, cardOpen, count, markCount, sleep, storedSettings, termIds, waitFor, waitForMarks, waitForText, waitForValue, type Driver, type Scenario, type Tab } from '../harness/driver.ts';

export const ARTICLE = '/fixtures/settings-article.html';
const PASSING_MENTION = '/fixtures/settings-passing-mention.html';
/** The popup's site switch: its radios are inside their labels, which are what a reader clicks. */
export const siteMode = (mode: 'on' | 'off' | 'always') => `label:has(> #site-mode-${mode})`;

const waitForBadge = (d: Driver, tabId: number, want: string) => waitForValue(() => badge(d, tabId), want, 'the badge');
const waitForMarkCount = (page: Tab, n: number) => waitForValue(() => markCount(page), n, 'the mark count');

async function openArticle(d: Driver) {
  const page = await d.open(ARTICLE);
  await waitForMarks(page, 5);
  return { page, tabId: await d.tabId(page), before: await markCount(page), distinct: (await termIds(page)).length };
}

export const popup: Scenario[] = [
  {
    name: 'the popup explains the detection, lists the terms by kind and shows each next occurrence',
    async run(d) {
      const { page, tabId, distinct } = await openArticle(d);
      await waitForBadge(d, tabId, String(distinct));
      const popup = await d.openPopup(page);
      await waitForText(popup, '[data-testid="detection"]', 'Detected');
      await waitForText(popup, '[data-testid="why"]', /Score \d+ \(needs [\d.]+\)/);
      await waitForValue(() => count(popup, '[data-testid="terms"] li'), distinct, 'the terms listed');
      assert.ok(await popup.evaluate(() => [...document.querySelectorAll('[data-testid="terms"] h3')].some((h) => h.textContent?.includes('Treaties'))));
      await waitForText(popup, '[data-testid="terms"] button[data-term-id="ottawa"]', '×4');
      // Each click goes to the next occurrence: the 4th Ottawa mark is far below the first screen.
      for (const n of [1, 2, 3, 4]) {
        await popup.click('[data-testid="terms"] button[data-term-id="ottawa"]');
        await waitForText(popup, '[data-testid="focus-status"]', new RegExp(`^Ottawa Convention \\(Mine Ban Treaty\\): showing ${n} of 4$`));
      }
      const inView = await page.evaluate(() => ({
        marks: [...document.querySelectorAll('mark.lpc-term[data-term-id="ottawa"]')].map((e) => {
          const r = e.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        }),
        scrollY,
      }));
      assert.equal(inView.marks[3], true, JSON.stringify(inView));
      assert.equal(inView.marks[0], false, JSON.stringify(inView));
      assert.ok(inView.scrollY > 2000, JSON.stringify(inView));
      assert.equal(await cardOpen(page), true);
      await popup.click('[data-testid="terms"] button[data-term-id="ottawa"]');
      await waitForText(popup, '[data-testid="focus-status"]', /showing 1 of 4/);
      // On a detected page the topic summary is open, with sources.
      assert.equal(await popup.evaluate(() => (document.querySelector('[data-testid="summary-box"]') as HTMLDetailsElement).open), true);
      await waitForText(popup, '[data-testid="summary"]', 'What the December 2025 memo changes');
      assert.ok((await count(popup, '[data-testid="timeline"] li')) > 5);
      assert.ok((await count(popup, '[data-testid="numbers"] .refs a[href^="https://"]')) > 3);
    },
  },
  {
    name: 'the site switch removes highlights at once and after reload, and brings them back',
    async run(d) {
      const { page, tabId, before, distinct } = await openArticle(d);
      const popup = await d.openPopup(page);
      await waitForText(popup, '[data-testid="scope"]', 'No rule yet');
      await popup.click(siteMode('off'));
      await waitForMarkCount(page, 0);
      await waitForBadge(d, tabId, '');
      await waitForText(popup, '[data-testid="terms"]', 'Highlighting is off for this site.');
      await waitForText(popup, '[data-testid="scope"]', 'Your rule covers 127.0.0.1 and its subdomains');
      assert.deepEqual((await storedSettings(d))?.sites, [{ host: '127.0.0.1', includeSubdomains: true, mode: 'off' }]);

      await page.reload();
      await sleep(1000);
      assert.equal(await markCount(page), 0);
      assert.equal(await badge(d, tabId), '');

      await popup.close();
      const again = await d.openPopup(page);
      await waitFor(() => again.evaluate(() => !!document.querySelector('#site-mode-off:checked')), 'the switch to show off');
      await again.click(siteMode('on'));
      await waitForMarkCount(page, before);
      await waitForBadge(d, tabId, String(distinct));
      await waitForValue(() => count(again, '[data-testid="terms"] li'), distinct, 'the terms listed');
    },
  },
  {
    name: 'the keyboard command toggles the current site, through the same handler as the shortcut',
    async run(d) {
      const { page, tabId, before } = await openArticle(d);
      await d.runCommand('toggle-site', page);
      await waitForMarkCount(page, 0);
      await waitForBadge(d, tabId, '');
      assert.deepEqual((await storedSettings(d))?.sites, [{ host: '127.0.0.1', includeSubdomains: true, mode: 'off' }]);
      await d.runCommand('toggle-site', page);
      await waitForMarkCount(page, before);
      assert.deepEqual((await storedSettings(d))?.sites, [{ host: '127.0.0.1', includeSubdomains: true, mode: 'on' }]);
    },
  },
  {
    name: '"always" highlights a page that was not detected; first-occurrence mode and style apply without reload',
    async run(d) {
      const page = await d.open(PASSING_MENTION);
      await sleep(1000);
      assert.equal(await markCount(page), 0);
      const popup = await d.openPopup(page);
      await waitForText(popup, '[data-testid="detection"]', 'Not detected');
      await waitForText(popup, '[data-testid="reason"]', 'Mentioned in passing');
      // Not about the topic: the popup leads with the verdict; the topic summary is one click away.
      const summaryShown = () => popup.evaluate(() => (document.querySelector('[data-testid="summary"]') as HTMLElement).checkVisibility());
      assert.equal(await summaryShown(), false);
      await popup.click('[data-testid="summary-box"] > summary');
      await waitFor(summaryShown, 'the summary to open');
      await waitForText(popup, '[data-testid="summary"]', 'Key numbers');
      await popup.click(siteMode('always'));
      await waitForMarks(page, 1);
      await waitFor(() => popup.evaluate(() => !!document.querySelector('[data-testid="terms"] button[data-term-id="ottawa"]')), 'ottawa in the popup');
      const tabId = await d.tabId(page);
      await waitFor(async () => (await badge(d, tabId)) !== '', 'a badge');

      // Occurrences all → first, from the options page, in the open tab.
      await page.goto(d.server.origin + ARTICLE);
      await waitForMarks(page, 5);
      const all = await markCount(page);
      const distinct = (await termIds(page)).length;
      assert.ok(all > distinct);
      const options = await d.openOptions();
      await options.click('[data-testid="choice-occurrences"] input[value="first"]');
      await waitForMarkCount(page, distinct);
      await options.click('[data-testid="choice-highlight"] input[value="background"]');
      // The mark style is an adopted sheet (no element in the page): read its effect on a mark.
      await waitFor(async () => /rgba\(255, 196, 0/.test(await page.evaluate(() => getComputedStyle(document.querySelector('mark.lpc-term')!).backgroundColor)), 'the background style');
      await options.click('[data-testid="choice-occurrences"] input[value="all"]');
      await waitForMarkCount(page, all);
    },
  },
];
