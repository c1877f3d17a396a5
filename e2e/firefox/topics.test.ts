/**
 * Firefox: a build with the test pack (test/data/topics, never shipped) detects, highlights and
 * cards that topic on its own page, and only the landmine topic on a landmine page.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { launchFirefox, tabIdFor, type FirefoxSession } from '../harness/firefox.ts';
import { startServer, type FixtureServer } from '../harness/server.ts';
import { testPackBuild, type TestPackBuild } from '../../scripts/lib/test-pack-build.ts';

const BEE = 'honeybee-colony-collapse';
const LANDMINE = 'landmine-policy';
let built: TestPackBuild;
let ff: FirefoxSession;
let server: FixtureServer;

before(async () => {
  built = await testPackBuild();
  server = await startServer();
  ff = await launchFirefox({ from: built });
});

after(async () => {
  await ff?.close();
  await server?.close();
  await built?.remove();
});

async function marked(page: Page, min: number): Promise<string[]> {
  await page.waitForFunction((n: number) => document.querySelectorAll('mark.lpc-term[data-term-id]').length >= n, { timeout: 15_000 }, min);
  return page.evaluate(() => [...new Set([...document.querySelectorAll('mark.lpc-term[data-term-id]')].map((m) => m.getAttribute('data-topic') ?? ''))]);
}

const cardText = (page: Page) =>
  page.waitForFunction(() => document.querySelector('[data-lpc-card-host]')?.shadowRoot?.querySelector('[role="dialog"]')?.textContent ?? '', { timeout: 5_000 }).then((h) => h.jsonValue() as Promise<string>);

test('Firefox: the test pack is detected, highlighted with its topic and carded from its pack', async () => {
  const page = await ff.newPage();
  const url = `${server.origin}/fixtures/topic-test-honeybee.html`;
  await page.goto(url);
  assert.deepEqual(await marked(page, 4), [BEE]);
  await page.hover(`mark.lpc-term[data-topic="${BEE}"][data-term-id="varroa"]`);
  const text = await cardText(page);
  assert.match(text, /Varroa mite/);
  assert.match(text, /Honeybee colony collapse \(test pack\)/);

  const popup = await ff.openExtensionPage('popup/popup.html');
  const forTab = await ff.openExtensionPage(`popup/popup.html?tabId=${await tabIdFor(popup, url)}`);
  await forTab.waitForFunction(() => /Why hives fail/.test(document.querySelector('[data-testid="summary"]')?.textContent ?? ''), { timeout: 10_000 });
  await page.close();
});

test('Firefox: on a landmine page in the same build only landmine terms are marked; the bee term mentioned once is not', async () => {
  const page = await ff.newPage();
  await page.goto(`${server.origin}/fixtures/topic-test-landmine-with-bee-mention.html`);
  assert.deepEqual(await marked(page, 3), [LANDMINE]);
  const beeMarks = await page.evaluate(() => [...document.querySelectorAll('p')].filter((p) => p.textContent?.includes('varroa mite')).flatMap((p) => [...p.querySelectorAll('mark')]).length);
  assert.equal(beeMarks, 0);
  await page.hover('mark.lpc-term[data-term-id="ottawa"]');
  assert.match(await cardText(page), /U\.S\. landmine policy/);
  await page.close();
});

test('Firefox: a client-side navigation from the bee article to a landmine article injects the landmine pack then and highlights its terms', async () => {
  const page = await ff.newPage();
  await page.goto(`${server.origin}/fixtures/topic-test-honeybee.html`);
  assert.deepEqual(await marked(page, 4), [BEE]);
  // The site swaps in the next article and its address, as a single-page app does.
  await page.evaluate(async (url: string) => {
    const next = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
    history.pushState({}, '', '/spa/landmine-article');
    document.body.replaceChildren(...[...next.body.childNodes].map((n) => document.importNode(n, true)));
  }, `${server.origin}/fixtures/topic-test-landmine-with-bee-mention.html`);
  await page.waitForFunction((topic: string) => document.querySelector(`mark.lpc-term[data-topic="${topic}"]`) !== null, { timeout: 15_000 }, LANDMINE);
  assert.deepEqual(await marked(page, 3), [LANDMINE]);
  await page.hover('mark.lpc-term[data-term-id="ottawa"]');
  assert.match(await cardText(page), /U\.S\. landmine policy/);
  await page.close();
});
