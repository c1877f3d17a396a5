/**
 * The options page's switch for claim notes everywhere (issue #13 item 4): turned off, the notes
 * leave an open article at once, without a reload; turned on again, they come back. The popup has
 * the same switch and one per site (claims.spec.ts).
 */
import type { Page } from '@playwright/test';
import { test, expect, waitForMarks } from '../harness/chromium.ts';

/** The claims noted on the page (a note that runs across a link is several elements with one id). */
const noted = (page: Page) => page.locator('lpc-claim[data-claim-id]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-claim-id')))].sort());
const BOTH = ['ottawa-signed-1999', 'ukraine-withdrew'];

test('claim notes off on the options page leave an open article live, and come back when turned on', async ({ context, page, extensionId, server, worker }) => {
  await page.goto(`${server.origin}/fixtures/claims-article.html`);
  await waitForMarks(page, 3);
  await expect.poll(() => noted(page)).toEqual(BOTH);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options/options.html`);
  const group = options.getByTestId('choice-claimNotes');
  await expect(group.getByRole('radio', { name: /^On/ })).toBeChecked();

  await group.getByRole('radio', { name: 'Off everywhere' }).check();
  await expect.poll(() => noted(page)).toEqual([]);
  const stored = () => worker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { claimNotes?: unknown } | undefined)?.claimNotes);
  expect(await stored()).toEqual({ enabled: false, offHosts: [] });
  // Terms stay: only the notes were switched off.
  expect(await page.locator('mark.lpc-term').count()).toBeGreaterThan(2);

  await group.getByRole('radio', { name: /^On/ }).check();
  await expect.poll(() => noted(page)).toEqual(BOTH);
  await expect(group.getByRole('radio', { name: /^On/ })).toBeChecked();
  // Back to the default, which is not stored at all.
  expect(await stored()).toBeUndefined();
});
