/** Firefox: hidden-article probes learn nothing (F3, F13); on a strict style-src page our mark style raises no violation (F3). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tabIdFor, useFirefox } from '../harness/firefox.ts';

const env = useFirefox();

test('Firefox: an article hidden by display:none, visibility:hidden, `hidden` or a JSON script is not detected; nothing of ours enters the page', async () => {
  const ext = await env.ff.openExtensionPage('options/options.html');
  for (const hide of ['display', 'visibility', 'hidden', 'script']) {
    const url = `${env.server.origin}/fixtures/hostile-probe.html?hide=${hide}`;
    const page = await env.ff.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(ext, url);
    let state: { siteOff: boolean; detection: { detected: boolean } | null } | undefined;
    for (let i = 0; i < 100 && !state?.detection; i++) {
      state = await ext.evaluate(
        (id: number) => (globalThis as unknown as { browser: typeof chrome }).browser.tabs.sendMessage(id, { type: 'ui-to-cs:get-state', payload: {} }).catch(() => undefined),
        tabId,
      );
      if (!state?.detection) await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(state?.detection?.detected, false, hide);
    assert.equal(state?.siteOff, false, hide);
    const trace = await page.evaluate(() => `${document.documentElement.dataset.pageResult ?? ''}|${document.adoptedStyleSheets.length + document.querySelectorAll('mark, style').length}`);
    assert.equal(trace, '|0', hide);
    await page.close();
  }
  await ext.close();
});

test('Firefox: a page with a strict style-src: marks are styled, no <style> added, no violation (so no report to the site)', async () => {
  const page = await env.ff.newPage();
  await page.goto(`${env.server.origin}/fixtures/hostile-csp.html`);
  await page.waitForFunction(() => document.querySelectorAll('mark.lpc-term[data-term-id]').length >= 4, { timeout: 15_000 });
  const state = await page.evaluate(() => ({
    decoration: getComputedStyle(document.querySelector('mark.lpc-term')!).textDecorationStyle,
    styles: document.querySelectorAll('style').length,
    violations: document.documentElement.dataset.violations ?? '',
  }));
  assert.deepEqual(state, { decoration: 'dotted', styles: 0, violations: '' });
  await page.close();
});
