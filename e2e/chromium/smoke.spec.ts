import { test, expect, waitForMarks } from '../harness/chromium.ts';

test('the demo article is highlighted and the popup reports it', async ({ page, server, openPopup }) => {
  await page.goto(`${server.origin}/fixtures/demo-article.html`);
  await waitForMarks(page, 5);
  const ids = await page.$$eval('mark.lpc-term', (els) => [...new Set(els.map((e) => e.getAttribute('data-term-id')))]);
  expect(ids).toContain('ottawa');
  // Nothing in navigation, headers or the related-links box.
  expect(await page.locator('header mark, aside mark, footer mark').count()).toBe(0);

  const popup = await openPopup(page);
  await expect(popup.getByTestId('detection')).toContainText('Detected');
  await expect(popup.getByTestId('terms').locator('li').first()).toBeVisible();
});

test('a near-miss page gets no highlights and no app part', async ({ page, server, openPopup }) => {
  await page.goto(`${server.origin}/fixtures/near-miss-gold-mine.html`);
  // First proof that the extension is alive on this page: its detector answered with a verdict.
  const popup = await openPopup(page);
  await expect(popup.getByTestId('detection')).toHaveText(/^Not detected/);
  await expect(popup.getByTestId('why')).toContainText('Score');
  expect(await page.locator('mark').count()).toBe(0);
  expect(await page.locator('[data-lpc-card-host]').count()).toBe(0);
});

test('hovering a highlight opens a sourced card in a shadow root', async ({ page, server }) => {
  await page.goto(`${server.origin}/fixtures/demo-article.html`);
  await waitForMarks(page, 5);
  await page.locator('mark.lpc-term[data-term-id="apl"]').first().hover();
  const card = page.locator('[data-lpc-card-host]').locator('[role="dialog"]');
  await expect(card).toBeVisible();
  await expect(card.locator('a[target="_blank"]').first()).toHaveAttribute('rel', 'noopener noreferrer');
});
