/**
 * A page's modal dialog is open (review finding F10): a card opened by keyboard is usable: it is
 * hit by the pointer, focus goes into it and stays there, Escape closes the card, not the dialog.
 */
import { test, expect, waitForMarks } from '../harness/chromium.ts';

const DIALOG = '[data-lpc-card-host] [role="dialog"]';

test('with a modal <dialog> open, the keyboard command opens a card that takes focus and clicks', async ({ page, worker, server, tabIdOf }) => {
  await page.goto(`${server.origin}/fixtures/hostile-dialog.html`);
  await waitForMarks(page, 4);
  await page.evaluate(() => (document.getElementById('d') as HTMLDialogElement).showModal());
  const tabId = await tabIdOf(page);
  await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'bg-to-cs:step-term', payload: { direction: 1 } }), tabId);
  await expect(page.locator(DIALOG)).toBeVisible();
  const focusInCard = () => page.evaluate(() => !!document.querySelector('[data-lpc-card-host]')?.shadowRoot?.activeElement);
  await expect.poll(focusInCard).toBe(true);
  await page.keyboard.press('Tab');
  expect(await focusInCard()).toBe(true);
  // The pointer reaches the card, not the dialog or its backdrop under it.
  const hit = await page.locator(DIALOG).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return document.elementFromPoint(r.left + r.width / 2, r.top + 20)?.hasAttribute('data-lpc-card-host') ?? false;
  });
  expect(hit).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.locator(DIALOG)).toHaveCount(0);
  expect(await page.evaluate(() => (document.getElementById('d') as HTMLDialogElement).open)).toBe(true);
});
