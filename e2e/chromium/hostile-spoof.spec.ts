/**
 * A page that tries to drive or break our card (review findings F4, F8, F9, F15): forged marks
 * and synthetic events open nothing; clobbering our API and hook names, squatting the old
 * custom-element name, or owning an element with our old style id changes nothing for us or it.
 */
import { test, expect, waitForMarks } from '../harness/chromium.ts';
import { visitWatched } from '../harness/visit.ts';

const OURS = 'mark.lpc-term[data-term-id]:not(#forged)';
const DIALOG = '[data-lpc-card-host] [role="dialog"]';
const URL_PATH = '/fixtures/hostile-spoof.html';
/** Longer than the dwell (200 ms) and grace (300 ms) together: a card that would open has. */
const WAIT_FOR_CARD_MS = 800;

test('clobbered API and hook names, a squatted element name, our old style id: highlights and the card work, the page keeps its elements', async ({ server, context }) => {
  const v = await visitWatched(context, server.origin + URL_PATH);
  await waitForMarks(v.page, 4);
  await v.page.locator(OURS).first().hover();
  await expect(v.page.locator(DIALOG)).toBeVisible();
  expect(await v.page.evaluate(() => document.documentElement.dataset.squatted)).toBeUndefined();
  // The page's element with our old style id and "active" class is untouched.
  const own = v.page.locator('#lpc-mark-style');
  await expect(own).toHaveCount(1);
  await expect(own).toHaveClass('lpc-active');
  await v.page.mouse.move(5, 5);
  await expect(v.page.locator(DIALOG)).toHaveCount(0);
  await expect(own).toHaveClass('lpc-active');
  // No <style> of ours in the page (the sheet is adopted), and no exception in our world.
  expect(await v.page.evaluate(() => document.querySelectorAll('style').length)).toBe(1);
  expect(v.world.exceptions).toEqual([]);
  expect(v.world.console).toEqual([]);
});

test.describe('the build as shipped', () => {
  test.use({ shippedBuild: true });

  test('a forged mark and synthetic pointer, touch and focus events open no card; the reader’s card is in a closed root', async ({ page, server }) => {
    await page.goto(server.origin + URL_PATH);
    await waitForMarks(page, 4);
    // The card host is made at the first opening: while it is absent, no card has opened.
    const hosts = () => page.locator('[data-lpc-card-host]').count();
    await page.locator('#forged').hover();
    await page.waitForTimeout(WAIT_FOR_CARD_MS);
    expect(await hosts()).toBe(0);
    await page.locator('#forged').focus();
    await page.waitForTimeout(WAIT_FOR_CARD_MS);
    expect(await hosts()).toBe(0);
    await page.mouse.move(5, 5);
    await page.evaluate((sel) => (window as unknown as { synthesise(el: Element): void }).synthesise(document.querySelector(sel)!), OURS);
    await page.waitForTimeout(WAIT_FOR_CARD_MS);
    expect(await hosts()).toBe(0);
    await page.locator(OURS).first().hover();
    await expect.poll(hosts).toBe(1);
    // The page cannot read the card or rewrite its links: it gets no root, and what it hits is the host.
    const seen = await page.evaluate(() => {
      const host = document.querySelector('[data-lpc-card-host]')!;
      return { root: host.shadowRoot === null, text: host.textContent };
    });
    expect(seen).toEqual({ root: true, text: '' });
  });
});
