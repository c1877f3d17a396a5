import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import type { Settings } from '../../src/shared/settings/schema.ts';
import { readItems } from '../../src/shared/settings/store.ts';
import { chooseImportFile, useFirefox, tabIdFor } from '../harness/firefox.ts';

const env = useFirefox();

const MARKS = 'mark.lpc-term[data-term-id]';
const markCount = (page: Page) => page.evaluate((sel: string) => document.querySelectorAll(sel).length, MARKS);
const distinctTerms = (page: Page) => page.evaluate((sel: string) => new Set([...document.querySelectorAll(sel)].map((e) => e.getAttribute('data-term-id'))).size, MARKS);
const waitMarks = (page: Page, test: (n: number) => boolean) => waitFor(async () => test(await markCount(page)), 'mark count');

async function waitFor(check: () => Promise<boolean>, what: string, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check().catch(() => false))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const text = (page: Page, sel: string) => page.$eval(sel, (el) => el.textContent ?? '');
/** The settings as stored: the settings item and one item per rule (src/shared/settings/store.ts). */
const storedSettings = async (ext: Page): Promise<Settings> => readItems(await ext.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.storage.sync.get(null))).settings;
const badge = (ext: Page, tabId: number) => ext.evaluate((id: number) => (globalThis as unknown as { browser: typeof chrome }).browser.action.getBadgeText({ tabId: id }), tabId);

async function openArticle(): Promise<{ page: Page; url: string }> {
  const page = await env.ff.newPage();
  const url = `${env.server.origin}/fixtures/settings-article.html`;
  await page.goto(url);
  await waitMarks(page, (n) => n >= 5);
  return { page, url };
}

test('Firefox: the popup lists the terms by kind and each click shows the next occurrence', async () => {
  const { page, url } = await openArticle();
  const probe = await env.ff.openExtensionPage('options/options.html');
  const tabId = await tabIdFor(probe, url);
  const distinct = await distinctTerms(page);
  await waitFor(async () => (await badge(probe, tabId)) === String(distinct), 'badge = distinct terms');

  const popup = await env.ff.openExtensionPage(`popup/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-testid="terms"] li', { timeout: 10_000 });
  assert.match(await text(popup, '[data-testid="detection"]'), /^Detected/);
  assert.equal(await popup.$$eval('[data-testid="terms"] li', (els) => els.length), distinct);
  for (const n of [1, 2, 3]) {
    await popup.click('button[data-term-id="ottawa"]');
    await waitFor(async () => (await text(popup, '[data-testid="focus-status"]')).endsWith(`showing ${n} of 4`), `occurrence ${n}`);
  }
  const third = await page.evaluate(() => {
    const r = document.querySelectorAll('mark.lpc-term[data-term-id="ottawa"]')[2]!.getBoundingClientRect();
    return { inView: r.top >= 0 && r.bottom <= innerHeight, scrollY };
  });
  assert.ok(third.inView && third.scrollY > 1000, `the third occurrence is scrolled into view (${JSON.stringify(third)})`);
  await page.close();
  await popup.close();
  await probe.close();
});

test('Firefox: switching the site off removes highlights at once and after reload; on brings them back', async () => {
  const { page, url } = await openArticle();
  const before = await markCount(page);
  const distinct = await distinctTerms(page);
  const probe = await env.ff.openExtensionPage('options/options.html');
  const tabId = await tabIdFor(probe, url);
  const popup = await env.ff.openExtensionPage(`popup/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-testid="terms"] li', { timeout: 10_000 });

  await popup.click('label:has(> #site-mode-off)');
  await waitMarks(page, (n) => n === 0);
  await waitFor(async () => (await badge(probe, tabId)) === '', 'badge cleared');
  assert.deepEqual((await storedSettings(probe))?.sites, [{ host: '127.0.0.1', includeSubdomains: true, mode: 'off' }]);

  await page.reload();
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(await markCount(page), 0);
  assert.equal(await badge(probe, tabId), '');

  await popup.close();
  const popupAgain = await env.ff.openExtensionPage(`popup/popup.html?tabId=${tabId}`);
  await popupAgain.waitForSelector('#site-mode-off:checked', { timeout: 10_000 });
  assert.match(await text(popupAgain, '[data-testid="terms"]'), /Highlighting is off for this site/);
  await popupAgain.click('label:has(> #site-mode-on)');
  await waitMarks(page, (n) => n === before);
  await waitFor(async () => (await badge(probe, tabId)) === String(distinct), 'badge back');
  await page.close();
  await popupAgain.close();
  await probe.close();
});

test('Firefox: an invalid import changes nothing and names the problem', async () => {
  const options = await env.ff.openExtensionPage('options/options.html');
  await options.waitForSelector('[data-testid="import"]');
  const before = await storedSettings(options);
  const pick = (name: string, content: string) => chooseImportFile(options, name, content);
  await pick('broken.json', '{"version": 1, "sites": [');
  await waitFor(async () => (await text(options, '[data-testid="import-message"]')).includes('not valid JSON'), 'JSON error');
  assert.match(await text(options, '[data-testid="import-message"]'), /“broken\.json” was not imported; nothing was changed\./);
  await pick('shape.json', JSON.stringify({ version: 1, occurrences: 'some' }));
  await waitFor(async () => (await text(options, '[data-testid="import-message"]')).includes('occurrences: "some"'), 'shape error');
  assert.deepEqual(await storedSettings(options), before);
  await options.close();
});

test('Firefox: the keyboard command toggles the current site, through the same handler as the shortcut', async () => {
  const { page, url } = await openArticle();
  const before = await markCount(page);
  const probe = await env.ff.openExtensionPage('options/options.html');
  const tabId = await tabIdFor(probe, url);
  // No automation can press an extension shortcut, so run the handler the shortcut calls
  // (lpcRunCommand on the background page's global, see src/background/index.ts) with the article's tab.
  const runToggle = () =>
    probe.evaluate(async (id: number) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const background = (await api.runtime.getBackgroundPage()) as unknown as { lpcRunCommand?(c: string, t: chrome.tabs.Tab): Promise<void> } | null;
      if (typeof background?.lpcRunCommand !== 'function') throw new Error('the background page has no lpcRunCommand');
      await background.lpcRunCommand('toggle-site', await api.tabs.get(id));
    }, tabId);

  await runToggle();
  await waitMarks(page, (n) => n === 0);
  await waitFor(async () => (await badge(probe, tabId)) === '', 'badge cleared');
  assert.deepEqual((await storedSettings(probe))?.sites, [{ host: '127.0.0.1', includeSubdomains: true, mode: 'off' }]);

  await runToggle();
  await waitMarks(page, (n) => n === before);
  assert.deepEqual((await storedSettings(probe))?.sites, [{ host: '127.0.0.1', includeSubdomains: true, mode: 'on' }]);
  await page.close();
  await probe.close();
});
