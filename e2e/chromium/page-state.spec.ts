/**
 * The page's state has one owner, the always-on script, which pushes every change as
 * `cs-to-all:state-changed`: the popup follows it without being reopened (the stale "switched off"
 * panel, architecture review §2.3 a), the badge follows it, and a failed injection is reported.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect, waitForMarks } from '../harness/chromium.ts';
import { DEFAULT_SETTINGS, type SiteMode } from '../../src/shared/settings/schema.ts';
import type { PageState } from '../../src/shared/messages.ts';

const ARTICLE = '/fixtures/settings-article.html';
const NEAR_MISS = '/fixtures/near-miss-gold-mine.html';

/** Stores a rule for the fixture server's host, as the options page would: the popup's own switch is not involved. */
const setSite = (worker: Worker, mode: SiteMode) =>
  worker.evaluate((s) => chrome.storage.sync.set({ settings: s }), { ...DEFAULT_SETTINGS, sites: [{ host: '127.0.0.1', includeSubdomains: true, mode }] });
const badge = (worker: Worker, tabId: number) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
const distinctTerms = (page: Page) => page.$$eval('mark.lpc-term[data-term-id]', (els) => new Set(els.map((e) => e.getAttribute('data-term-id'))).size);

/** Every state-changed message, heard from an extension page as the popup hears them. */
async function listenForStates(context: BrowserContext, extensionId: string): Promise<() => Promise<PageState[]>> {
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options/options.html`);
  await ext.evaluate(() => {
    const g = globalThis as unknown as { states: unknown[] };
    g.states = [];
    chrome.runtime.onMessage.addListener((m: { type?: string; payload?: { state: unknown } }) => {
      if (m?.type === 'cs-to-all:state-changed') g.states.push(m.payload?.state);
    });
  });
  return () => ext.evaluate(() => (globalThis as unknown as { states: PageState[] }).states);
}

test('switching a non-detected site on: the open popup shows the detection at once, not "switched off"', async ({ page, server, worker, openPopup }) => {
  await setSite(worker, 'off');
  await page.goto(server.origin + NEAR_MISS);
  const popup = await openPopup(page);
  await expect(popup.getByTestId('detection')).toHaveText('Not checked yet');
  await expect(popup.getByTestId('why')).toContainText('The site is switched off, so the page was not read.');
  await expect(popup.getByTestId('terms')).toContainText('Highlighting is off for this site.');

  await popup.getByText('On when detected', { exact: true }).click();
  await expect(popup.getByTestId('detection')).toHaveText('Not detected as an article about U.S. landmine policy');
  await expect(popup.getByTestId('why')).toContainText(/Score -?[\d.]+ \(needs [\d.]+\)/);
  await expect(popup.getByTestId('why')).not.toContainText('switched off');
  await expect(popup.getByTestId('terms')).not.toContainText('off for this site');
  expect(await page.locator('mark.lpc-term').count()).toBe(0);
});

test('on a detected page the badge and the open popup follow the state the page pushes', async ({ page, server, worker, context, extensionId, openPopup, tabIdOf }) => {
  const states = await listenForStates(context, extensionId);
  await page.goto(server.origin + ARTICLE);
  await waitForMarks(page, 5);
  const tabId = await tabIdOf(page);
  const distinct = await distinctTerms(page);
  await expect.poll(() => badge(worker, tabId)).toBe(String(distinct));
  await expect.poll(async () => (await states()).at(-1)?.terms.length).toBe(distinct);
  const popup = await openPopup(page);
  await expect(popup.getByTestId('terms').locator('li')).toHaveCount(distinct);

  await setSite(worker, 'off');
  await expect(popup.getByTestId('terms')).toContainText('Highlighting is off for this site.');
  await expect.poll(() => badge(worker, tabId)).toBe('');
  expect((await states()).at(-1)).toMatchObject({ siteOff: true, terms: [] });

  await setSite(worker, 'on');
  await expect(popup.getByTestId('terms').locator('li')).toHaveCount(distinct);
  await expect.poll(() => badge(worker, tabId)).toBe(String(distinct));
  expect((await states()).at(-1)).toMatchObject({ siteOff: false, detection: { detected: true } });
});

test('an injection the browser refuses is tried twice, then reported in the state and the popup', async ({ page, server, worker, openPopup, tabIdOf }) => {
  // No page on the fixture server makes Chromium refuse executeScript where the content script
  // runs, so the background's own call is made to fail the way the browser fails it (for the
  // app only: the scorer, injected first, must run for the page to be detected).
  await worker.evaluate(() => {
    const g = globalThis as unknown as { refusals: number; browser?: typeof chrome };
    g.refusals = 0;
    for (const api of [chrome, g.browser]) {
      if (!api?.scripting) continue;
      const inject = api.scripting.executeScript.bind(api.scripting) as (injection: { files?: string[] }) => Promise<unknown>;
      const refuse = async (injection: { files?: string[] }) => {
        if (!injection.files?.includes('content/app.js')) return inject(injection);
        g.refusals++;
        throw new Error('Cannot access contents of the page (refused by the test)');
      };
      (api.scripting as { executeScript: unknown }).executeScript = refuse;
    }
  });
  await page.goto(server.origin + ARTICLE);
  const popup = await openPopup(page);
  await expect(popup.getByTestId('start-error')).toHaveText('Could not start on this page.');
  await expect(popup.getByTestId('start-error')).toHaveAttribute('title', /refused by the test/);
  await expect(popup.getByTestId('detection')).toContainText('Detected');
  expect(await worker.evaluate(() => (globalThis as unknown as { refusals: number }).refusals)).toBe(2);
  const state = (await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'ui-to-cs:get-state', payload: {} }), await tabIdOf(page))) as PageState;
  expect(state.error).toContain('refused by the test');
  expect(await page.locator('mark.lpc-term').count()).toBe(0);
});
