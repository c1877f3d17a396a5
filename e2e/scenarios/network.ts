/**
 * No network: a whole session (detect, hover, popup, options, settings changes, reload) while
 * the requests the browser makes are recorded (Chromium: every page and the worker; Firefox: the
 * article tab), with the resource timing of the article, the popup, the options page and the
 * background, and the fixture server's log. Nothing may go anywhere but the fixture page.
 */
import assert from 'node:assert/strict';
import { hoverOpen, markCount, sleep, storedSettings, waitFor, waitForMarks, waitForValue, type Scenario, type Tab } from '../harness/driver.ts';
import { siteMode } from './popup.ts';

const resources = (tab: Tab) => tab.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));

export const network: Scenario[] = [
  {
    name: 'a whole session requests nothing but the fixture pages we open',
    async run(d) {
      const served = d.server.requests.length;
      const ours = `${d.extensionOrigin}/`;
      const article = `${d.server.origin}/fixtures/demo-article.html`;
      const page = await d.open('about:blank');
      const seen = d.watchRequests(page);

      // Detect and highlight, hover a term until its card opens.
      await page.goto(article);
      await waitForMarks(page, 5);
      await hoverOpen(page, 'apl');

      // The popup: jump to a term, switch the site off and on again.
      const popup = await d.openPopup(page);
      await waitFor(() => popup.evaluate(() => !!document.querySelector('[data-testid="terms"] li')), 'the terms in the popup');
      await popup.click('[data-testid="terms"] button[data-term-id]');
      await popup.click(siteMode('off'));
      await waitForValue(() => markCount(page), 0, 'no marks');
      await popup.click(siteMode('on'));
      await waitForMarks(page, 5);

      // The options page: change appearance and occurrences.
      const options = await d.openOptions();
      await options.click('[data-testid="choice-highlight"] input[value="background"]');
      await options.click('[data-testid="choice-occurrences"] input[value="first"]');
      await waitFor(async () => (await storedSettings(d))?.occurrences === 'first', 'occurrences stored');

      await page.reload();
      await waitForMarks(page, 1);
      await sleep(500);

      assert.ok(seen.includes(article), 'the recording works');
      // (Chromium records the whole profile, so it sees the popup load; Firefox records the article's tab.)
      if (d.browser === 'chromium') assert.ok(seen.some((u) => u.startsWith(`${ours}popup/`)));
      // data: URLs never leave the browser (Firefox itself loads a data: font into pages); the favicon is the browser's own request.
      const elsewhere = seen.filter((u) => !u.startsWith(ours) && !u.startsWith(`${d.server.origin}/fixtures/`) && !u.startsWith('data:') && u !== `${d.server.origin}/favicon.ico`);
      assert.deepEqual(elsewhere, []);
      // The fixture server saw only the article itself (and the favicon the browser asks for on its own).
      assert.deepEqual([...new Set(d.server.requests.slice(served))].filter((p) => p !== '/favicon.ico'), ['/fixtures/demo-article.html']);
      // The background fetched nothing at all (its resource timing lists every fetch it made).
      assert.deepEqual(await d.backgroundResources(), []);
      // Extension pages loaded only their own files.
      for (const p of [popup, options]) assert.deepEqual((await resources(p)).filter((n) => !n.startsWith(ours)), []);
      // A request from the page's content script would show here with the article as initiator; there were none.
      assert.deepEqual((await resources(page)).filter((n) => !n.endsWith('/favicon.ico')), []);
    },
  },
];
