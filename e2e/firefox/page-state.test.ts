/**
 * Firefox: the always-on script owns the page's state and pushes every change as
 * `cs-to-all:state-changed`; the open popup follows it without being reopened (the stale
 * "switched off" panel, architecture review §2.3 a), and so does the badge.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { DEFAULT_SETTINGS, type SiteMode } from '../../src/shared/settings/schema.ts';
import { tabIdFor, useFirefox } from '../harness/firefox.ts';

const env = useFirefox();
const MARKS = 'mark.lpc-term[data-term-id]';

type Api = { browser: typeof chrome };
const text = (page: Page, sel: string) => page.$eval(sel, (el) => el.textContent ?? '');
/** Stores a rule for the fixture server's host, as the options page would: the popup's own switch is not involved. */
const setSite = (ext: Page, mode: SiteMode) =>
  ext.evaluate((s) => (globalThis as unknown as Api).browser.storage.sync.set({ settings: s }), { ...DEFAULT_SETTINGS, sites: [{ host: '127.0.0.1', includeSubdomains: true, mode }] });
const badge = (ext: Page, tabId: number) => ext.evaluate((id: number) => (globalThis as unknown as Api).browser.action.getBadgeText({ tabId: id }), tabId);

async function waitFor(check: () => Promise<boolean>, what: string, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check().catch(() => false))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('Firefox: switching a non-detected site on: the open popup shows the detection at once, not "switched off"', async () => {
  const ext = await env.ff.openExtensionPage('options/options.html');
  await setSite(ext, 'off');
  const url = `${env.server.origin}/fixtures/near-miss-gold-mine.html`;
  const page = await env.ff.newPage();
  await page.goto(url);
  const tabId = await tabIdFor(ext, url);
  const popup = await env.ff.openExtensionPage(`popup/popup.html?tabId=${tabId}`);
  await waitFor(async () => (await text(popup, '[data-testid="detection"]')) === 'Not checked yet', 'the page answered: site off');
  assert.match(await text(popup, '[data-testid="why"]'), /The site is switched off, so the page was not read\./);
  assert.match(await text(popup, '[data-testid="terms"]'), /Highlighting is off for this site\./);

  await popup.click('label:has(> #site-mode-on)');
  await waitFor(async () => (await text(popup, '[data-testid="detection"]')) === 'Not detected as an article about U.S. landmine policy', 'the popup shows the detection');
  const why = await text(popup, '[data-testid="why"]');
  assert.match(why, /Score -?[\d.]+ \(needs [\d.]+\)/);
  assert.doesNotMatch(why, /switched off/);
  assert.doesNotMatch(await text(popup, '[data-testid="terms"]'), /off for this site/);
  assert.equal(await page.evaluate((sel: string) => document.querySelectorAll(sel).length, MARKS), 0);
  await popup.close();
  await page.close();
  await ext.close();
});

test('Firefox: on a detected page the badge and the open popup follow the state the page pushes', async () => {
  const ext = await env.ff.openExtensionPage('options/options.html');
  await setSite(ext, 'on');
  const url = `${env.server.origin}/fixtures/settings-article.html`;
  const page = await env.ff.newPage();
  await page.goto(url);
  await page.waitForFunction((sel: string) => document.querySelectorAll(sel).length >= 5, { timeout: 15_000 }, MARKS);
  const tabId = await tabIdFor(ext, url);
  const distinct = await page.evaluate((sel: string) => new Set([...document.querySelectorAll(sel)].map((e) => e.getAttribute('data-term-id'))).size, MARKS);
  await waitFor(async () => (await badge(ext, tabId)) === String(distinct), 'badge = distinct terms');
  const popup = await env.ff.openExtensionPage(`popup/popup.html?tabId=${tabId}`);
  const listed = () => popup.$$eval('[data-testid="terms"] li', (els) => els.length);
  await waitFor(async () => (await listed()) === distinct, 'the popup lists the terms');

  await setSite(ext, 'off');
  await waitFor(async () => /Highlighting is off for this site/.test(await text(popup, '[data-testid="terms"]')), 'the popup says the site is off');
  await waitFor(async () => (await badge(ext, tabId)) === '', 'badge cleared');

  await setSite(ext, 'on');
  await waitFor(async () => (await listed()) === distinct, 'the popup lists the terms again');
  await waitFor(async () => (await badge(ext, tabId)) === String(distinct), 'badge back');
  await popup.close();
  await page.close();
  await ext.close();
});
