import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { useFirefox } from '../harness/firefox.ts';

const env = useFirefox();

const waitForMarks = (page: Page, min: number) =>
  page.waitForFunction((n: number) => document.querySelectorAll('mark.lpc-term[data-term-id]').length >= n, { timeout: 15_000 }, min);
const marks = (page: Page) => page.evaluate(() => [...document.querySelectorAll('mark.lpc-term')].map((m) => [m.textContent ?? '', m.getAttribute('data-term-id') ?? '']));

const ARTICLES = [
  { name: 'lang-de-pos-austritt', found: ['Ottawa-Konvention', 'Antipersonenminen'] },
  { name: 'lang-uk-pos-vykhid', found: ['Оттавської конвенції', 'протипіхотних мін'] },
  { name: 'lang-ja-pos-dattai', found: ['オタワ条約', '対人地雷禁止条約'] },
];

test('Firefox: German, Ukrainian and Japanese articles are detected and their inflected terms highlighted', async () => {
  const page = await env.ff.newPage();
  for (const { name, found } of ARTICLES) {
    await page.goto(`${env.server.origin}/fixtures/${name}.html`);
    await waitForMarks(page, 3);
    const got = await marks(page);
    for (const text of found) assert.ok(got.some(([t]) => t === text), `${name}: ${text} in ${got.map(([t]) => t).join(', ')}`);
    for (const id of ['ottawa', 'apl']) assert.ok(got.some(([, i]) => i === id), `${name}: ${id}`);
  }
  await page.close();
});

test('Firefox: a Polish mining-industry page is not detected', async () => {
  const page = await env.ff.newPage();
  await page.goto(`${env.server.origin}/fixtures/lang-pl-neg-kopalnia.html`);
  await new Promise((r) => setTimeout(r, 900));
  assert.equal(await page.evaluate(() => document.querySelectorAll('mark, [data-lpc-card-host]').length), 0);
  await page.close();
});
