/**
 * Corrupt, foreign or old settings in storage: pages keep working with the valid parts, the
 * options page names each problem, and nothing is overwritten until the reader changes something.
 */
import type { Worker } from '@playwright/test';
import { test, expect, waitForMarks } from '../harness/chromium.ts';
import { watchContentWorld } from '../harness/content-world.ts';

const stored = (worker: Worker) => worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
const store = (worker: Worker, value: unknown) => worker.evaluate((v) => chrome.storage.sync.set({ settings: v }), value);

test('garbage and a future version in stored settings: valid parts are honoured, problems are named, nothing is lost', async ({ context, page, worker, server, extensionId }) => {
  const garbage = {
    version: 7,
    defaultMode: 'sometimes',
    occurrences: 'first',
    appearance: 'pink',
    sites: [{ host: '127.0.0.1', includeSubdomains: false, mode: 'always' }, 42, { host: 'not a host!', mode: 'off' }, { host: 'news.example.org', mode: 'loud' }],
    extra: { anything: [1, 2, 3] },
  };
  await store(worker, garbage);

  // The article page works: the kept rule for 127.0.0.1 ("always") and "first occurrence" apply.
  const world = await watchContentWorld(context, page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.origin}/fixtures/near-miss-gold-mine.html`);
  await waitForMarks(page, 1);
  const ids = await page.$$eval('mark.lpc-term[data-term-id]', (els) => els.map((e) => e.getAttribute('data-term-id')));
  expect(new Set(ids).size).toBe(ids.length); // first occurrence only

  // The options page says what was wrong and shows what was kept.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options/options.html`);
  const notice = options.getByTestId('stored-problems');
  await expect(notice).toBeVisible();
  for (const part of ['version', 'defaultMode', 'appearance', 'sites[1]', 'sites[2].host', 'sites[3].mode']) await expect(notice).toContainText(part);
  await expect(options.getByTestId('choice-occurrences').locator('input[value="first"]')).toBeChecked();
  await expect(options.getByTestId('rules')).toContainText('127.0.0.1');
  await expect(options.getByTestId('rules')).toContainText('news.example.org');
  await options.screenshot({ path: 'artifacts/bad-data-options.png', fullPage: true });

  // Opening the options page changed nothing in storage; the reader decides when to repair.
  expect(await stored(worker)).toEqual(garbage);
  expect(errors).toEqual([]);
  expect(world.exceptions).toEqual([]);
});

test('settings that are not an object at all: defaults apply and the options page says so', async ({ context, page, worker, server, extensionId }) => {
  await store(worker, 'garbage "{[');
  const world = await watchContentWorld(context, page);
  await page.goto(`${server.origin}/fixtures/demo-article.html`);
  await waitForMarks(page, 5);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options/options.html`);
  await expect(options.getByTestId('stored-problems')).toContainText('not an object; using the defaults');
  // (By position: a radio's value "on" is its default, so Preact sets no value attribute to select by.)
  await expect(options.getByTestId('choice-defaultMode').getByRole('radio').first()).toBeChecked();
  await expect(options.getByTestId('choice-defaultMode').getByRole('radio').first()).toHaveJSProperty('value', 'on');
  expect(world.exceptions).toEqual([]);
  expect(world.console).toEqual([]);
});

test('old (version 0) settings are migrated: the disabled site stays off, without a complaint', async ({ context, page, worker, server, extensionId }) => {
  await store(worker, { disabledSites: ['127.0.0.1'], occurrences: 'all' });
  await page.goto(`${server.origin}/fixtures/demo-article.html`);
  await page.waitForTimeout(1500);
  expect(await page.locator('mark.lpc-term').count()).toBe(0);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options/options.html`);
  await expect(options.getByTestId('rules')).toContainText('127.0.0.1');
  await expect(options.getByTestId('stored-problems')).toHaveCount(0);
});
