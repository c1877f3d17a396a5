/** Firefox: with a page's modal <dialog> open (F10), a card opened by keyboard takes focus and the pointer; Escape leaves the dialog open. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tabIdFor, useFirefox } from '../harness/firefox.ts';

const env = useFirefox();

test('Firefox: with a modal <dialog> open, the keyboard command opens a usable card', async () => {
  const url = `${env.server.origin}/fixtures/hostile-dialog.html`;
  const page = await env.ff.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(url);
  await page.waitForFunction(() => document.querySelectorAll('mark.lpc-term[data-term-id]').length >= 4, { timeout: 15_000 });
  await page.evaluate(() => (document.getElementById('d') as HTMLDialogElement).showModal());
  const ext = await env.ff.openExtensionPage('options/options.html');
  const tabId = await tabIdFor(ext, url);
  await ext.evaluate(
    (id: number) => (globalThis as unknown as { browser: typeof chrome }).browser.tabs.sendMessage(id, { type: 'bg-to-cs:step-term', payload: { direction: 1 } }),
    tabId,
  );
  await ext.close();
  await page.bringToFront();
  await page.waitForFunction(() => !!document.querySelector('[data-lpc-card-host]')?.shadowRoot?.activeElement, { timeout: 5_000 });
  const hit = await page.evaluate(() => {
    const r = document.querySelector('[data-lpc-card-host]')!.shadowRoot!.querySelector('[role="dialog"]')!.getBoundingClientRect();
    return document.elementFromPoint(r.left + r.width / 2, r.top + 20)?.hasAttribute('data-lpc-card-host') ?? false;
  });
  assert.equal(hit, true, 'the pointer reaches the card');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('[data-lpc-card-host]')?.shadowRoot?.querySelector('[role="dialog"]'), { timeout: 5_000 });
  assert.equal(await page.evaluate(() => (document.getElementById('d') as HTMLDialogElement).open), true);
  await page.close();
});
