/**
 * A second topic as data: the extension built with the test pack (test/data/topics, never
 * shipped) detects, highlights and cards that topic on its own page, the landmine pack on
 * another, and each page gets only its own topic's pack.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { launchWithExtension } from '../../scripts/lib/browsers.ts';
import { inspectableBuild, type TestBuild } from '../../scripts/lib/inspectable-build.ts';
import { testPackBuild, type TestPackBuild } from '../../scripts/lib/test-pack-build.ts';
import { startServer, type FixtureServer } from '../harness/server.ts';
import { waitForMarks } from '../harness/chromium.ts';

const BEE = 'honeybee-colony-collapse';
const LANDMINE = 'landmine-policy';

let built: TestPackBuild;
let copy: TestBuild;
let launched: Awaited<ReturnType<typeof launchWithExtension>>;
let server: FixtureServer;

const test = base;
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  built = await testPackBuild();
  copy = await inspectableBuild('chrome', built);
  launched = await launchWithExtension(copy.dir);
  server = await startServer();
});

test.afterAll(async () => {
  await launched?.close();
  await server?.close();
  await copy?.remove();
  await built?.remove();
});

async function openPopupFor(target: Page): Promise<Page> {
  const url = target.url();
  const worker = launched.context.serviceWorkers()[0] ?? launched.worker;
  const tabId = await worker.evaluate(async (u: string) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, url);
  const popup = await launched.context.newPage();
  await popup.goto(`chrome-extension://${launched.extensionId}/popup/popup.html?tabId=${tabId}`);
  return popup;
}

const topicsOfMarks = (page: Page) => page.$$eval('mark.lpc-term[data-term-id]', (els) => [...new Set(els.map((e) => e.getAttribute('data-topic')))]);

test('the test pack: its page is detected, highlighted with its topic, carded from its pack, summed up in the popup', async () => {
  const page = await launched.context.newPage();
  await page.goto(`${server.origin}/fixtures/topic-test-honeybee.html`);
  await waitForMarks(page, 4);
  expect(await topicsOfMarks(page)).toEqual([BEE]);
  await page.locator(`mark.lpc-term[data-topic="${BEE}"][data-term-id="varroa"]`).first().hover();
  const card = page.locator('[data-lpc-card-host]').locator('[role="dialog"]');
  await expect(card).toBeVisible();
  await expect(card).toContainText('Varroa mite');
  await expect(card).toContainText('Honeybee colony collapse (test pack)');
  await expect(card).toContainText('Example Extension Service');

  const popup = await openPopupFor(page);
  await expect(popup.getByTestId('detection')).toHaveText('Detected: an article about Honeybee colony collapse (test pack)');
  await expect(popup.getByTestId('summary-box')).toContainText('Honeybee colony collapse (test pack)');
  await expect(popup.getByTestId('summary')).toContainText('Why hives fail (test pack)');
  await expect(popup.getByTestId('terms')).toContainText('Pests');
  await page.close();
  await popup.close();
});

test('the landmine pack, in the same build: a bee term mentioned once is not highlighted, as its pack is not injected', async () => {
  const page = await launched.context.newPage();
  await page.goto(`${server.origin}/fixtures/topic-test-landmine-with-bee-mention.html`);
  await waitForMarks(page, 3);
  expect(await topicsOfMarks(page)).toEqual([LANDMINE]);
  await expect(page.locator('p', { hasText: 'varroa mite' }).locator('mark')).toHaveCount(0);
  await page.locator('mark.lpc-term[data-term-id="ottawa"]').first().hover();
  const card = page.locator('[data-lpc-card-host]').locator('[role="dialog"]');
  await expect(card).toContainText('U.S. landmine policy');

  const popup = await openPopupFor(page);
  await expect(popup.getByTestId('summary-box')).toContainText('U.S. landmine policy');
  await page.close();
  await popup.close();
});

test('a client-side navigation from the bee article to a landmine article: the landmine pack is injected then, and its terms highlighted', async () => {
  const page = await launched.context.newPage();
  await page.goto(`${server.origin}/fixtures/topic-test-honeybee.html`);
  await waitForMarks(page, 4);
  expect(await topicsOfMarks(page)).toEqual([BEE]);
  // The site swaps in the next article and its address, as a single-page app does.
  await page.evaluate(async (url) => {
    const next = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
    history.pushState({}, '', '/spa/landmine-article');
    document.body.replaceChildren(...[...next.body.childNodes].map((n) => document.importNode(n, true)));
  }, `${server.origin}/fixtures/topic-test-landmine-with-bee-mention.html`);
  await expect.poll(() => topicsOfMarks(page), { timeout: 15_000 }).toEqual([LANDMINE]);
  await page.locator('mark.lpc-term[data-term-id="ottawa"]').first().hover();
  await expect(page.locator('[data-lpc-card-host]').locator('[role="dialog"]')).toContainText('U.S. landmine policy');
  const popup = await openPopupFor(page);
  await expect(popup.getByTestId('detection')).toHaveText('Detected: an article about U.S. landmine policy');
  await page.close();
  await popup.close();
});

test('the options page lists every pack of the build', async () => {
  const options = await launched.context.newPage();
  await options.goto(`chrome-extension://${launched.extensionId}/options/options.html`);
  await expect(options.getByTestId('pack-version')).toHaveCount(2);
  await expect(options.locator(`[data-topic="${LANDMINE}"]`)).toContainText('U.S. landmine policy');
  await expect(options.locator(`[data-topic="${BEE}"]`)).toContainText('Honeybee colony collapse (test pack)');
  await options.close();
});
