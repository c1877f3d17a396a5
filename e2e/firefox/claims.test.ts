/**
 * Claim notes in Firefox: the fixture article (two known errors, two correct statements) gets
 * exactly two notes; hovering each opens its claim card with a source; turning notes off
 * restores the article exactly.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { useFirefox } from '../harness/firefox.ts';

const env = useFirefox();

const cardOf = (page: Page) =>
  page.evaluate(() => {
    const d = document.querySelector('[data-lpc-card-host]')?.shadowRoot?.querySelector('[role="dialog"]');
    return d ? { id: d.getAttribute('data-claim-card'), source: d.querySelector('.sources a')?.getAttribute('href') ?? null, said: d.querySelector('.said')?.textContent ?? '' } : null;
  });

/** Puts the pointer on the first word of the note in `#para` (its middle may be a term). */
async function hoverNote(page: Page, para: string): Promise<void> {
  const [x, y] = await page.evaluate((sel: string) => {
    const r = document.querySelector(`${sel} lpc-claim`)!.getClientRects()[0]!;
    return [Math.round(r.x + 12), Math.round(r.y + r.height / 2)];
  }, para);
  await page.mouse.move(x!, y!, { steps: 3 });
}

test('Firefox: exactly two notes, each opens its card with a source, and turning notes off restores the article', async () => {
  const page = await env.ff.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(`${env.server.origin}/fixtures/claims-article.html`);
  await page.waitForFunction(() => document.querySelectorAll('lpc-claim[data-claim-id]').length >= 2, { timeout: 15_000 });

  const notes = await page.evaluate(() => [...new Set([...document.querySelectorAll('lpc-claim')].map((n) => `${n.getAttribute('data-claim-id')}@${n.closest('p')?.id}`))].sort());
  assert.deepEqual(notes, ['ottawa-signed-1999@p-wrong1', 'ukraine-withdrew@p-wrong2']);

  for (const [para, id] of [['#p-wrong2', 'ukraine-withdrew'], ['#p-wrong1', 'ottawa-signed-1999']] as const) {
    // The previous card may cover this note: close it first.
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 890);
    await page.waitForFunction(() => !document.querySelector('[data-lpc-card-host]')?.shadowRoot?.querySelector('[role="dialog"]'), { timeout: 5_000 });
    await hoverNote(page, para);
    await page.waitForFunction((want: string) => document.querySelector('[data-lpc-card-host]')?.shadowRoot?.querySelector('[role="dialog"]')?.getAttribute('data-claim-card') === want, { timeout: 5_000 }, id);
    const card = await cardOf(page);
    assert.match(card?.source ?? '', /^https:\/\//);
    assert.ok(card!.said.length > 20);
  }

  const served = await page.evaluate(async () => new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html').getElementById('story')!.innerHTML);
  const ext = await env.ff.openExtensionPage('options/options.html');
  await ext.evaluate(async () => {
    const b = (globalThis as unknown as { browser: typeof chrome }).browser;
    const { settings = {} } = (await b.storage.sync.get('settings')) as { settings?: Record<string, unknown> };
    await b.storage.sync.set({ settings: { version: 1, ...settings, defaultMode: 'off' } });
  });
  await page.waitForFunction(() => document.querySelectorAll('lpc-claim, mark.lpc-term').length === 0, { timeout: 10_000 });
  assert.equal(await page.evaluate(() => document.getElementById('story')!.innerHTML), served);
  await ext.close();
  await page.close();
});
