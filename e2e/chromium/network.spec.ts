/**
 * No network: a whole session (detect, hover, popup, options, settings changes, reload) while
 * every request the browser makes is recorded — by the pages (the article, whose content script
 * would fetch through it, the popup, the options page), by the service worker (its own
 * resource timing), and by the fixture server. Nothing may go anywhere but the fixture pages.
 */
import { test, expect, waitForMarks } from '../harness/chromium.ts';

test('a whole session requests nothing but the fixture pages we open', async ({ context, page, server, worker, extensionId, openPopup }) => {
  const seen: string[] = [];
  context.on('request', (r) => seen.push(r.url()));
  const ours = `chrome-extension://${extensionId}/`;
  const article = `${server.origin}/fixtures/demo-article.html`;

  // Detect and highlight, hover a term until its card opens.
  await page.goto(article);
  await waitForMarks(page, 5);
  await page.locator('mark.lpc-term[data-term-id="apl"]').first().hover();
  await expect(page.locator('[data-lpc-card-host]').locator('[role="dialog"]')).toBeVisible();

  // The popup: jump to a term, switch the site off and on again.
  const popup = await openPopup(page);
  await popup.getByTestId('terms').locator('button[data-term-id]').first().click();
  await popup.getByText('Off', { exact: true }).click();
  await expect.poll(() => page.locator('mark.lpc-term').count()).toBe(0);
  await popup.locator('#site-mode-on').check();
  await waitForMarks(page, 5);

  // The options page: change appearance and occurrences.
  const options = await context.newPage();
  await options.goto(`${ours}options/options.html`);
  await options.getByTestId('choice-highlight').getByText('Coloured background').click();
  await options.getByTestId('choice-occurrences').getByText('The first occurrence of each term').click();
  await expect.poll(() => worker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { occurrences?: string } | undefined)?.occurrences)).toBe('first');

  await page.reload();
  await waitForMarks(page, 1);
  await page.waitForTimeout(500);

  expect(seen).toContain(article); // the recording works
  expect(seen.some((u) => u.startsWith(`${ours}popup/`))).toBe(true);
  const elsewhere = seen.filter((u) => !u.startsWith(ours) && !u.startsWith(`${server.origin}/fixtures/`));
  expect(elsewhere).toEqual([]);
  // The fixture server saw only the article itself (and the favicon the browser asks for on its own).
  expect([...new Set(server.requests)].filter((p) => p !== '/favicon.ico')).toEqual(['/fixtures/demo-article.html']);
  // The service worker fetched nothing at all (its resource timing lists every fetch it made).
  expect(await worker.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))).toEqual([]);
  // Extension pages loaded only their own files.
  for (const p of [popup, options]) {
    const names = await p.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(names.filter((n) => !n.startsWith(ours))).toEqual([]);
  }
  // A request from the page's content script would show here with the article as initiator; there were none.
  const articleResources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  expect(articleResources.filter((n) => !n.endsWith('/favicon.ico'))).toEqual([]);
});
