/** Firefox: a live page that keeps adding paragraphs (review finding F1) is highlighted in batches, the badge told at most once a second. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useFirefox } from '../harness/firefox.ts';

const env = useFirefox();
const MARKS = 'mark.lpc-term[data-term-id]';

test('Firefox: a live page adding 20 paragraphs every 100 ms: every batch is highlighted, at most one count message a second', async () => {
  const ext = await env.ff.openExtensionPage('options/options.html');
  await ext.evaluate(() => {
    const g = globalThis as unknown as { heard: number; browser: typeof chrome };
    g.heard = 0;
    g.browser.runtime.onMessage.addListener((m: { type?: string }) => {
      if (m?.type === 'cs-to-all:state-changed') g.heard++;
    });
  });
  const heard = () => ext.evaluate(() => (globalThis as unknown as { heard: number }).heard);
  const page = await env.ff.newPage();
  await page.goto(`${env.server.origin}/fixtures/hostile-stream.html`);
  await page.waitForFunction((sel: string) => document.querySelectorAll(sel).length >= 5, { timeout: 15_000 }, MARKS);
  const before = await heard();
  const started = Date.now();
  const result = await page.evaluate(() => (window as unknown as { startStream(n: number, ms: number, s: number): Promise<{ added: number }> }).startStream(20, 100, 3));
  await page.waitForFunction((sel: string) => [...document.querySelectorAll('p.streamed')].slice(-2).some((p) => p.querySelector(sel)), { timeout: 5_000 }, MARKS);
  const seconds = (Date.now() - started) / 1000;
  const messages = (await heard()) - before;
  assert.ok(result.added > 100, `the page added ${result.added}`);
  assert.ok(messages > 0);
  assert.ok(messages <= Math.ceil(seconds) + 1, `${messages} messages in ${seconds.toFixed(1)} s`);
  const streamed = await page.evaluate((sel: string) => document.querySelectorAll(`p.streamed ${sel}`).length, MARKS);
  assert.ok(streamed > result.added / 2, `${streamed} marks in ${result.added} streamed paragraphs`);
  await page.close();
  await ext.close();
});
