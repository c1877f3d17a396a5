import type { Page } from '@playwright/test';
import { test, expect, waitForMarks } from '../harness/chromium.ts';
import { sharedMissing } from '../../scripts/lib/paths.ts';
import { sharedArticleNames } from '../../scripts/lib/shared-material.ts';

const POSITIVES = ['detect-pos-ottawa-withdrawal', 'detect-pos-monitor-casualties', 'detect-pos-ukraine-transfer', 'detect-pos-demining-funding'];
const NEAR_MISSES = [
  'near-miss-gold-mine',
  'detect-neg-crypto-mining',
  'detect-neg-ottawa-city',
  'detect-neg-video-game',
  'detect-neg-metaphor',
  'detect-neg-korea-missile',
  'detect-neg-hegseth-other',
  'detect-neg-passing-mention',
];

/** The popup's detection line for the tab, as a reader sees it. */
async function detectionLine(page: Page, openPopup: (p: Page) => Promise<Page>): Promise<string> {
  const popup = await openPopup(page);
  const line = popup.getByTestId('detection');
  await expect(line).not.toHaveText(/Reading this page/);
  const text = (await line.textContent()) ?? '';
  await popup.close();
  return text;
}

test('our positive fixtures are detected and highlighted, with the reason in the popup', async ({ page, server, openPopup }) => {
  for (const name of POSITIVES) {
    await page.goto(`${server.origin}/fixtures/${name}.html`);
    await waitForMarks(page, 3);
    expect(await detectionLine(page, openPopup), name).toMatch(/^Detected/);
  }
});

test('near-miss pages are not detected: no marks, no app part', async ({ page, server, openPopup }) => {
  for (const name of NEAR_MISSES) {
    await page.goto(`${server.origin}/fixtures/${name}.html`);
    await page.waitForTimeout(900);
    expect(await page.locator('mark, [data-lpc-card-host]').count(), name).toBe(0);
    expect(await detectionLine(page, openPopup), name).not.toMatch(/^Detected/);
  }
});

test('the five shared news articles are detected', async ({ page, server }) => {
  const missing = sharedMissing('articles');
  test.info().skip(Boolean(missing), missing || undefined);
  const names = await sharedArticleNames();
  expect(names, 'the articles in ../shared/articles').toHaveLength(5);
  for (const name of names) {
    await page.goto(`${server.origin}/shared-article/${name}`);
    await waitForMarks(page, 3);
  }
});
