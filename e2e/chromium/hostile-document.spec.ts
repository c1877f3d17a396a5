/**
 * Documents that are not what they were (review findings F16, F17): content written with
 * document.open() after load is checked again; fallback content of <object> and <video> gets no
 * marks; an SVG document, even with "always highlight", gets nothing of ours.
 */
import { test, expect, waitForMarks } from '../harness/chromium.ts';

test('a page rewritten with document.open() after load is detected and highlighted; fallback content is not', async ({ page, server }) => {
  await page.goto(`${server.origin}/fixtures/hostile-document-open.html`);
  await waitForMarks(page, 4);
  expect(await page.locator('#fallback-object mark, #fallback-video mark').count()).toBe(0);
});

test('an SVG document set to "always highlight" gets no app, no style and no marks', async ({ page, worker, server, tabIdOf }) => {
  await worker.evaluate(() => chrome.storage.sync.set({ settings: { version: 1, defaultMode: 'always', occurrences: 'all', appearance: { highlight: 'underline', theme: 'auto' }, sites: [] } }));
  // A positive control first: "always" does highlight an HTML page that is not about the topic.
  await page.goto(`${server.origin}/fixtures/near-miss-gold-mine.html`);
  await waitForMarks(page, 1);
  await page.goto(`${server.origin}/fixtures/hostile-doc.svg`);
  const tabId = await tabIdOf(page);
  // As long as the HTML page took to be highlighted, and then some.
  await page.waitForTimeout(1500);
  // No content script answers in a document we leave alone.
  const answer = await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'ui-to-cs:get-state', payload: {} }).then(() => 'answered', () => 'no answer'), tabId);
  expect(answer).toBe('no answer');
  expect(await page.evaluate(() => document.adoptedStyleSheets.length + document.querySelectorAll('style, mark').length)).toBe(0);
});
