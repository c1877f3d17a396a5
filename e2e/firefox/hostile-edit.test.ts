/** Firefox: content that becomes editable (review finding F2) loses our marks before the page saves it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { useFirefox } from '../harness/firefox.ts';

const env = useFirefox();
const MARKS = 'mark.lpc-term[data-term-id]';

async function openHighlighted(): Promise<Page> {
  const page = await env.ff.newPage();
  await page.goto(`${env.server.origin}/fixtures/hostile-editable.html`);
  await page.waitForFunction((sel: string) => document.querySelectorAll(sel).length >= 4, { timeout: 15_000 }, MARKS);
  return page;
}

async function save(page: Page) {
  await page.click('#save');
  return page.evaluate(() => ({ saved: document.documentElement.dataset.saved, original: document.documentElement.dataset.original }));
}

test('Firefox: "edit article" turns on contenteditable: the saved HTML is the original', async () => {
  const page = await openHighlighted();
  await page.click('#edit');
  const { saved, original } = await save(page);
  assert.ok(!saved?.includes('lpc-term'));
  assert.equal(saved, original);
  await page.close();
});

test('Firefox: designMode switched on after highlighting: the first interaction takes our marks out', async () => {
  const page = await openHighlighted();
  await page.click('#design');
  await page.click('#body p');
  const { saved, original } = await save(page);
  assert.equal(saved, original);
  assert.equal(await page.evaluate((sel: string) => document.querySelectorAll(sel).length, MARKS), 0);
  await page.close();
});
