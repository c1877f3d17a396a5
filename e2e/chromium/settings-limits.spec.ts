/**
 * A host with an underscore (review finding F7), which needs a browser launched with a host
 * resolver rule (a Chromium flag). The other settings-limit scenarios run in both browsers
 * (e2e/scenarios/settings.ts, options.ts).
 */
import { chromium, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../scripts/lib/browsers.ts';
import { inspectableBuild } from '../../scripts/lib/inspectable-build.ts';
import { readItems } from '../../src/shared/settings/store.ts';
import { test, expect, waitForMarks } from '../harness/chromium.ts';
import type { Settings } from '../../src/shared/settings/schema.ts';

/** The settings as stored: the settings item and one item per rule (src/shared/settings/store.ts). */
const stored = async (worker: Worker): Promise<Settings> => readItems(await worker.evaluate(() => chrome.storage.sync.get(null))).settings;

test('a host with an underscore (which browsers use): the popup switch turns it off, the shortcut back on', async ({ server }) => {
  // The browser's own resolver maps the name to our fixture server, as DNS would.
  // The test build: its background has the shortcut's handler as lpcRunCommand.
  const build = await inspectableBuild('chrome');
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'lpc-underscore-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumExecutable(),
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${build.dir}`, `--load-extension=${build.dir}`, '--host-resolver-rules=MAP ex_ample.com 127.0.0.1'],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const url = `http://ex_ample.com:${new URL(server.origin).port}/fixtures/settings-article.html`;
    const page = await context.newPage();
    await page.goto(url);
    await waitForMarks(page, 5);
    const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, url);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup/popup.html?tabId=${tabId}`);
    await popup.locator('#site-mode-off').click();
    await expect.poll(() => page.locator('mark.lpc-term').count()).toBe(0);
    expect((await stored(worker))?.sites).toEqual([{ host: 'ex_ample.com', includeSubdomains: true, mode: 'off' }]);
    await worker.evaluate(async (id) => {
      const run = (globalThis as unknown as { lpcRunCommand(c: string, t: chrome.tabs.Tab): Promise<void> }).lpcRunCommand;
      await run('toggle-site', await chrome.tabs.get(id));
    }, tabId);
    await expect.poll(() => page.locator('mark.lpc-term').count()).toBeGreaterThan(4);
  } finally {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
    await build.remove();
  }
});
