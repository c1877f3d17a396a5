import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { useFirefox } from '../harness/firefox.ts';

const env = useFirefox();

const waitForMarks = (page: Page, min: number) =>
  page.waitForFunction((n: number) => document.querySelectorAll('mark.lpc-term[data-term-id]').length >= n, { timeout: 15_000 }, min);
const termIds = (page: Page) => page.evaluate(() => [...new Set([...document.querySelectorAll('mark.lpc-term')].map((m) => m.getAttribute('data-term-id')))]);
const compare = (page: Page) => page.evaluate(() => (window as unknown as { __compareWithSnapshot(): string[] }).__compareWithSnapshot());

/** The site switch, as the popup stores it. */
async function setSite(mode: 'on' | 'off') {
  const ext = await env.ff.openExtensionPage('popup/popup.html');
  await ext.evaluate(
    (m: string) =>
      (globalThis as unknown as { browser: typeof chrome }).browser.storage.sync.set({
        settings: { version: 1, defaultMode: 'on', occurrences: 'all', appearance: { highlight: 'underline', theme: 'auto' }, sites: [{ host: '127.0.0.1', includeSubdomains: false, mode: m }] },
      }),
    mode,
  );
  await ext.close();
}

test('Firefox: a positive article gets the expected terms, only in its body', async () => {
  const page = await env.ff.newPage();
  await page.goto(`${env.server.origin}/fixtures/live-article.html`);
  await waitForMarks(page, 6);
  const ids = await termIds(page);
  for (const id of ['ottawa', 'apl', 'monitor', 'self-destruct', 'hrw', 'korea', 'landmine']) assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
  const misplaced = await page.evaluate(() => document.querySelectorAll(':is(nav, header, footer, aside, .comments, a, code, textarea, [contenteditable], svg) mark').length);
  assert.equal(misplaced, 0);
  await page.close();
});

test('Firefox: our neighbouring-story fixtures are detected and the near-misses are not', async () => {
  const page = await env.ff.newPage();
  await page.goto(`${env.server.origin}/fixtures/detect-pos-demining-funding.html`);
  await waitForMarks(page, 3);
  for (const name of ['detect-neg-metaphor', 'detect-neg-video-game', 'detect-neg-passing-mention']) {
    await page.goto(`${env.server.origin}/fixtures/${name}.html`);
    await new Promise((r) => setTimeout(r, 900));
    assert.equal(await page.evaluate(() => document.querySelectorAll('mark, [data-lpc-card-host]').length), 0, name);
  }
  await page.close();
});

test('Firefox: a paragraph added later is highlighted', async () => {
  const page = await env.ff.newPage();
  await page.goto(`${env.server.origin}/fixtures/live-article.html`);
  await waitForMarks(page, 6);
  await page.click('#show-more');
  await page.waitForFunction(() => document.querySelectorAll('p.late mark.lpc-term[data-term-id="mine-action"]').length === 1, { timeout: 10_000 });
  await page.close();
});

test('Firefox: turning the site off gives back the same DOM', async () => {
  const page = await env.ff.newPage();
  await page.goto(`${env.server.origin}/fixtures/live-article.html`);
  await waitForMarks(page, 6);
  assert.notDeepEqual(await compare(page), []);
  await setSite('off');
  await page.waitForFunction(() => !document.querySelector('mark, #lpc-mark-style'), { timeout: 10_000 });
  assert.deepEqual(await compare(page), []);
  await setSite('on');
  await waitForMarks(page, 6);
  await page.close();
});
