/**
 * Firefox, with the build as shipped: forged marks and synthetic events open no card (F4) and the
 * card's root is closed; a squatted element name (F9) and our old style id (F15) change nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { useFirefox } from '../harness/firefox.ts';

const env = useFirefox({ shipped: true });
const OURS = 'mark.lpc-term[data-term-id]:not(#forged)';
const WAIT_FOR_CARD_MS = 800;
/** The card host is made at the first opening: while it is absent, no card has opened. */
const hostMade = (page: Page) => page.evaluate(() => !!document.querySelector('[data-lpc-card-host]'));
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('Firefox: forged marks and synthetic events open nothing; the reader opens a card on a squatting, clobbering page', async () => {
  const page = await env.ff.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(`${env.server.origin}/fixtures/hostile-spoof.html`);
  await page.waitForFunction((sel: string) => document.querySelectorAll(sel).length >= 4, { timeout: 15_000 }, OURS);
  await page.hover('#forged');
  await pause(WAIT_FOR_CARD_MS);
  assert.equal(await hostMade(page), false, 'a forged mark opened a card');
  await page.mouse.move(5, 5);
  await page.evaluate((sel: string) => (window as unknown as { synthesise(el: Element): void }).synthesise(document.querySelector(sel)!), OURS);
  await pause(WAIT_FOR_CARD_MS);
  assert.equal(await hostMade(page), false, 'synthetic events opened a card');
  await page.hover(OURS);
  await page.waitForFunction(() => !!document.querySelector('[data-lpc-card-host]'), { timeout: 5_000 });
  const state = await page.evaluate(() => ({
    closed: document.querySelector('[data-lpc-card-host]')!.shadowRoot === null,
    squatted: document.documentElement.dataset.squatted ?? null,
    own: document.getElementById('lpc-mark-style')?.className ?? null,
    styles: document.querySelectorAll('style').length,
  }));
  assert.deepEqual(state, { closed: true, squatted: null, own: 'lpc-active', styles: 1 });
  await page.close();
});
