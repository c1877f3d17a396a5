import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useFirefox, tabIdFor } from '../harness/firefox.ts';

const env = useFirefox();

async function markCount(page: import('puppeteer-core').Page, min: number): Promise<number> {
  await page.waitForFunction((n: number) => document.querySelectorAll('mark.lpc-term[data-term-id]').length >= n, { timeout: 15_000 }, min);
  return page.evaluate(() => document.querySelectorAll('mark.lpc-term[data-term-id]').length);
}

test('Firefox: the demo article is highlighted and the popup lists its terms', async () => {
  const page = await env.ff.newPage();
  const url = `${env.server.origin}/fixtures/demo-article.html`;
  await page.goto(url);
  assert.ok((await markCount(page, 5)) >= 5);
  assert.equal(await page.evaluate(() => document.querySelectorAll('header mark, aside mark, footer mark').length), 0);

  const popup = await env.ff.openExtensionPage('popup/popup.html');
  const tabId = await tabIdFor(popup, url);
  assert.ok(tabId >= 0, 'the article tab is found');
  const popupForTab = await env.ff.openExtensionPage(`popup/popup.html?tabId=${tabId}`);
  await popupForTab.waitForSelector('[data-testid="terms"] li', { timeout: 10_000 });
  const detection = await popupForTab.$eval('[data-testid="detection"]', (el) => el.textContent ?? '');
  assert.match(detection, /^Detected/);
});

test('Firefox: hovering a highlight opens the card', async () => {
  const page = await env.ff.newPage();
  await page.goto(`${env.server.origin}/fixtures/demo-article.html`);
  await markCount(page, 5);
  await page.hover('mark.lpc-term[data-term-id="apl"]');
  await page.waitForFunction(() => !!document.querySelector('[data-lpc-card-host]')?.shadowRoot?.querySelector('[role="dialog"] a[rel="noopener noreferrer"]'), { timeout: 5_000 });
});

test('Firefox: a near-miss page gets no highlights', async () => {
  const page = await env.ff.newPage();
  const url = `${env.server.origin}/fixtures/near-miss-gold-mine.html`;
  await page.goto(url);
  // First proof that the extension is alive on this page: its detector answered with a verdict.
  const popup = await env.ff.openExtensionPage('popup/popup.html');
  const popupForTab = await env.ff.openExtensionPage(`popup/popup.html?tabId=${await tabIdFor(popup, url)}`);
  await popupForTab.waitForFunction(() => /^Not detected/.test(document.querySelector('[data-testid="detection"]')?.textContent ?? ''), { timeout: 10_000 });
  assert.equal(await page.evaluate(() => document.querySelectorAll('mark, [data-lpc-card-host]').length), 0);
});
