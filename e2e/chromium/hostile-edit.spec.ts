/**
 * Editable content (review finding F2): nothing is highlighted where the page is editable, and
 * marks leave a region the moment it becomes editable, so a CMS never saves our markup.
 */
import type { Page } from '@playwright/test';
import { test, expect, waitForMarks } from '../harness/chromium.ts';

const MARKS = 'mark.lpc-term[data-term-id]';
const URL_PATH = '/fixtures/hostile-editable.html';

const saved = async (page: Page) => {
  await page.locator('#save').click();
  return page.evaluate(() => ({ saved: document.documentElement.dataset.saved, original: document.documentElement.dataset.original }));
};

test('an "edit article" button turns on contenteditable: our marks are gone before the page saves, its HTML is the original', async ({ page, server }) => {
  await page.goto(server.origin + URL_PATH);
  await waitForMarks(page, 4);
  await page.locator('#edit').click();
  const { saved: html, original } = await saved(page);
  expect(html).not.toContain('lpc-term');
  expect(html).toBe(original);
  // Typing into the editable article adds nothing of ours either.
  await page.locator('#body p').first().click();
  await page.keyboard.type(' More on the Ottawa Convention.');
  await page.waitForTimeout(600);
  expect(await page.locator(MARKS).count()).toBe(0);
});

test('designMode switched on after highlighting: the first interaction takes our marks out', async ({ page, server }) => {
  await page.goto(server.origin + URL_PATH);
  await waitForMarks(page, 4);
  await page.locator('#design').click();
  await page.locator('#body p').first().click();
  const { saved: html, original } = await saved(page);
  expect(html).toBe(original);
  expect(await page.locator(MARKS).count()).toBe(0);
});

test('a page in designMode from the start gets no marks', async ({ page, worker, server, tabIdOf }) => {
  await page.goto(`${server.origin + URL_PATH}?design`);
  const tabId = await tabIdOf(page);
  // The app is there and its pass finished (highlightMs is reported once it has), with nothing marked.
  await expect
    .poll(() => worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'ui-to-cs:get-state', payload: {} }).then((s: { highlightMs?: number }) => s?.highlightMs !== undefined, () => false), tabId), { timeout: 15_000 })
    .toBe(true);
  expect(await page.locator(MARKS).count()).toBe(0);
});
