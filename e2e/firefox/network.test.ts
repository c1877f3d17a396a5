/**
 * No network, in Firefox: a whole session (detect, hover, popup, options, settings changes,
 * reload) with every request of the article tab recorded over WebDriver BiDi, the resource
 * timing of the popup, options and background pages, and the fixture server's log.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { useFirefox, tabIdFor } from '../harness/firefox.ts';

const env = useFirefox();

async function waitFor(check: () => Promise<boolean>, what: string, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check().catch(() => false))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const marks = (page: Page) => page.evaluate(() => document.querySelectorAll('mark.lpc-term[data-term-id]').length);
const resources = (page: Page) => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));

test('Firefox: a whole session requests nothing but the fixture page', async () => {
  const page = await env.ff.newPage();
  const seen: string[] = [];
  page.on('request', (r) => seen.push(r.url()));
  const url = `${env.server.origin}/fixtures/demo-article.html`;
  await page.goto(url);
  await waitFor(async () => (await marks(page)) >= 5, 'highlights');
  await page.hover('mark.lpc-term[data-term-id="apl"]');
  await waitFor(() => page.evaluate(() => !!document.querySelector('[data-lpc-card-host]')?.shadowRoot?.querySelector('[role="dialog"]')), 'the card');

  const options = await env.ff.openExtensionPage('options/options.html');
  const tabId = await tabIdFor(options, url);
  const popup = await env.ff.openExtensionPage(`popup/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-testid="terms"] li', { timeout: 10_000 });
  await popup.click('[data-testid="terms"] button[data-term-id]');
  await popup.click('#site-mode-off');
  await waitFor(async () => (await marks(page)) === 0, 'highlights removed');
  await popup.click('#site-mode-on');
  await waitFor(async () => (await marks(page)) >= 5, 'highlights back');
  await options.click('[data-testid="choice-highlight"] input[value="background"]');
  await options.click('[data-testid="choice-occurrences"] input[value="first"]');
  await page.reload();
  await waitFor(async () => (await marks(page)) >= 1, 'highlights after reload');
  await new Promise((r) => setTimeout(r, 500));

  assert.ok(seen.includes(url), 'the recording works');
  // data: URLs never leave the browser (Firefox itself loads a data: font into pages); the favicon is the browser's own request.
  assert.deepEqual(seen.filter((u) => !u.startsWith(`${env.server.origin}/fixtures/`) && !u.startsWith('data:') && u !== `${env.server.origin}/favicon.ico`), []);
  assert.deepEqual([...new Set(env.server.requests)].filter((p) => p !== '/favicon.ico'), ['/fixtures/demo-article.html']);
  assert.deepEqual((await resources(page)).filter((n) => !n.endsWith('/favicon.ico')), []);
  for (const p of [options, popup]) assert.deepEqual((await resources(p)).filter((n) => !n.startsWith(env.ff.extensionOrigin)), []);
  // The background page fetched nothing.
  const background = await options.evaluate(async () => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    const bg = (await api.runtime.getBackgroundPage()) as Window | null;
    return bg ? bg.performance.getEntriesByType('resource').map((e) => e.name) : null;
  });
  assert.deepEqual(background, []);
});
