/**
 * Documents that are not what they were, or not HTML at all (review findings F16, F17; issue #14):
 * content written with document.open() after load is checked again; fallback content of <object>
 * and <video> gets no marks; an SVG document and a plain-text file, even with "always highlight"
 * and about the topic, get nothing of ours: no script that answers, no style, no marks.
 */
import assert from 'node:assert/strict';
import { count, pageState, setSettings, sleep, waitForMarks, type Driver, type Scenario, type Tab } from '../harness/driver.ts';

/** "Always highlight" everywhere, then a positive control: an HTML page is highlighted in this very run. */
async function alwaysWithControl(d: Driver, control: string): Promise<void> {
  await setSettings(d, { version: 1, defaultMode: 'always', occurrences: 'all', appearance: { highlight: 'underline', theme: 'auto' }, sites: [] });
  const html = await d.open(control);
  await waitForMarks(html, 1);
  await html.close();
}

/** Nothing of ours in a document we leave alone: no content script answers, no style, no mark. */
async function leftAlone(d: Driver, path: string): Promise<Tab> {
  const page = await d.open(path);
  const tabId = await d.tabId(page);
  // As long as the HTML page took to be highlighted, and then some.
  await sleep(1500);
  assert.equal(await pageState(d, tabId), undefined, 'a content script answered');
  assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length + document.querySelectorAll('style, mark').length), 0);
  return page;
}

export const documents: Scenario[] = [
  {
    name: 'a page rewritten with document.open() after load is detected and highlighted; fallback content is not',
    async run(d) {
      const page = await d.open('/fixtures/hostile-document-open.html');
      await waitForMarks(page, 4);
      assert.equal(await count(page, '#fallback-object mark, #fallback-video mark'), 0);
    },
  },
  {
    name: 'an SVG document set to "always highlight" gets no app, no style and no marks',
    async run(d) {
      // A positive control first: "always" does highlight an HTML page that is not about the topic.
      await alwaysWithControl(d, '/fixtures/near-miss-gold-mine.html');
      await leftAlone(d, '/fixtures/hostile-doc.svg');
    },
  },
  {
    name: 'a plain-text file about the topic, set to "always highlight", gets nothing injected',
    async run(d) {
      // The control is the same article as HTML (topic-text.txt is its text).
      await alwaysWithControl(d, '/fixtures/detect-pos-ottawa-withdrawal.html');
      const page = await leftAlone(d, '/fixtures/topic-text.txt');
      // The browser showed the file as text, and the text is about the topic.
      assert.equal(await page.evaluate(() => document.contentType), 'text/plain');
      assert.match(await page.evaluate(() => document.body.textContent ?? ''), /Ottawa Convention/);
    },
  },
];
