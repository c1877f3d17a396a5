/**
 * Less for a page to probe (review findings F3, F13): detection reads rendered text only, so a
 * page that hides an article (display:none, visibility:hidden, `hidden`, a JSON script) learns
 * nothing; on a highlighted page the mark style is an adopted sheet: no element, no CSP violation.
 */
import type { Page, Worker } from '@playwright/test';
import { test, expect, waitForMarks } from '../harness/chromium.ts';

/** The content script's own account of the page, once it has run detection. */
async function detectedState(worker: Worker, tabId: number) {
  let state: { siteOff: boolean; detection: { detected: boolean; verdict: unknown } | null } | undefined;
  await expect
    .poll(async () => {
      state = await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'ui-to-cs:get-state', payload: {} }).catch(() => undefined), tabId);
      return !!state?.detection;
    }, { timeout: 10_000 })
    .toBe(true);
  return state!;
}

const added = (page: Page) => page.evaluate(() => document.documentElement.dataset.pageResult ?? '');

for (const hide of ['display', 'visibility', 'hidden', 'script'] as const) {
  test(`an article hidden by ${hide} on a weather page is not detected, and nothing of ours enters the page`, async ({ page, worker, server, tabIdOf }) => {
    await page.goto(`${server.origin}/fixtures/hostile-probe.html?hide=${hide}`);
    const state = await detectedState(worker, await tabIdOf(page));
    expect(state.detection?.detected, JSON.stringify(state.detection?.verdict)).toBe(false);
    expect(state.siteOff).toBe(false);
    expect(await added(page)).toBe('');
    expect(await page.evaluate(() => document.adoptedStyleSheets.length + document.querySelectorAll('mark, style').length)).toBe(0);
  });
}

test('a page with a strict style-src: marks are styled by an adopted sheet, no <style> is added, no violation', async ({ page, server }) => {
  await page.goto(`${server.origin}/fixtures/hostile-csp.html`);
  await waitForMarks(page, 4);
  const state = await page.evaluate(() => ({
    decoration: getComputedStyle(document.querySelector('mark.lpc-term')!).textDecorationStyle,
    styles: document.querySelectorAll('style').length,
    violations: document.documentElement.dataset.violations ?? '',
  }));
  expect(state).toEqual({ decoration: 'dotted', styles: 0, violations: '' });
});
