/**
 * Lifecycle where only Chromium's automation reaches: the extension reloaded (or updated) under an
 * open tab (chrome.runtime.reload in a --load-extension profile; CDP to watch the orphaned
 * world), and a tab that comes back after the browser was closed (--restore-last-session). No
 * errors, no duplicate UI, highlights consistent with what the page shows. The back/forward cache
 * runs in both browsers: e2e/scenarios/lifecycle.ts.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test, expect, waitForMarks } from '../harness/chromium.ts';
import { inspectableBuild } from '../../scripts/lib/inspectable-build.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../scripts/lib/browsers.ts';
import { watchContentWorld } from '../harness/content-world.ts';

const MARKS = 'mark.lpc-term[data-term-id]';
const ARTICLE = '/fixtures/demo-article.html';

/** Everything of ours in the page: marks, mark stylesheets (adopted, or elements), card hosts. */
const ourNodes = (page: Page) =>
  page.evaluate((sel) => ({ marks: document.querySelectorAll(sel).length, nested: document.querySelectorAll(`${sel} mark`).length, styles: document.querySelectorAll('#lpc-mark-style').length + document.adoptedStyleSheets.length, hosts: document.querySelectorAll('[data-lpc-card-host]').length }), MARKS);

async function hoverForCard(page: Page) {
  await page.locator(MARKS).first().hover();
  await expect(page.locator('[data-lpc-card-host]').locator('[role="dialog"]')).toBeVisible();
}

/** Opens the demo article, watching page errors and our world, and opens one card. */
async function openArticleWithCard(context: BrowserContext, page: Page, origin: string) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const world = await watchContentWorld(context, page);
  await page.goto(origin + ARTICLE);
  await waitForMarks(page, 5);
  await hoverForCard(page);
  return { errors, world, before: await ourNodes(page) };
}

test('the extension is reloaded under an open tab: the orphaned content script throws nothing and removes its highlights and card', async ({ context, page, worker, server }) => {
  // In headless Chromium with --load-extension, chrome.runtime.reload() unloads the extension and
  // does not bring it back, which is the harsher case: every API call of the old copy now fails.
  const { errors, world, before } = await openArticleWithCard(context, page, server.origin);

  await worker.evaluate(() => setTimeout(() => chrome.runtime.reload(), 50)).catch(() => undefined);
  await page.waitForTimeout(1500);
  // Reader actions on the orphaned copy: close the card, hover another term, scroll.
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page.locator('article p').nth(1).hover();
  await page.waitForTimeout(800);
  await page.mouse.wheel(0, 600);
  await page.waitForTimeout(300);
  expect(errors).toEqual([]);
  expect(world.exceptions).toEqual([]);
  expect(before.marks).toBeGreaterThan(0);
  // The orphan noticed (its port to the background disconnected) and restored the page.
  expect(await ourNodes(page)).toEqual({ marks: 0, nested: 0, styles: 0, hosts: 0 });

  // A reload of the page leaves nothing of the old copy behind.
  await page.reload();
  await page.waitForTimeout(1500);
  const after = await ourNodes(page);
  expect(after).toEqual({ marks: 0, nested: 0, styles: 0, hosts: 0 });
  expect(errors).toEqual([]);
});

test('a tab restored after the browser was closed gets one fresh set of highlights', async ({ server }) => {
  test.setTimeout(90_000);
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'lpc-session-'));
  // The copy whose card the test can look into (the shipped card root is closed).
  const build = await inspectableBuild('chrome');
  const launch = () =>
    chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumExecutable(),
      headless: true,
      args: [...CHROMIUM_ARGS, `--disable-extensions-except=${build.dir}`, `--load-extension=${build.dir}`, '--restore-last-session'],
    });
  let context: BrowserContext | undefined;
  try {
    context = await launch();
    const first = context.pages()[0] ?? (await context.newPage());
    await first.goto(server.origin + ARTICLE);
    await waitForMarks(first, 5);
    const marks = (await ourNodes(first)).marks;
    await context.close();

    context = await launch();
    const tab = await expect
      .poll(() => context!.pages().find((p) => p.url().endsWith(ARTICLE)), { timeout: 15_000 })
      .toBeTruthy()
      .then(() => context!.pages().find((p) => p.url().endsWith(ARTICLE))!);
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await waitForMarks(tab, 5);
    await tab.waitForTimeout(1000);
    const after = await ourNodes(tab);
    expect(after.marks).toBe(marks);
    expect(after.nested).toBe(0);
    expect(after.styles).toBe(1);
    await hoverForCard(tab);
    expect(await tab.locator('[data-lpc-card-host]').count()).toBe(1);
    expect(errors).toEqual([]);
  } finally {
    await context?.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true });
    await build.remove();
  }
});
