/**
 * Playwright fixtures: a persistent Chromium context with dist/chrome loaded, its extension id,
 * the fixture server, and helpers to open extension pages as tabs.
 */
import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension } from '../../scripts/lib/browsers.ts';
import { startServer, type FixtureServer } from './server.ts';


interface Fixtures {
  /** Load the build as shipped (closed card root) rather than the inspectable copy. */
  shippedBuild: boolean;
  launched: Awaited<ReturnType<typeof launchWithExtension>>;
  server: FixtureServer;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  page: Page;
  /** Opens popup.html?tabId=N for the tab showing `target` in a new tab. */
  openPopup(target: Page): Promise<Page>;
  tabIdOf(target: Page): Promise<number>;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await startServer();
    await use(server);
    await server.close();
  },
  shippedBuild: [false, { option: true }],
  launched: async ({ shippedBuild }, use) => {
    const launched = await launchWithExtension(shippedBuild ? EXTENSION_DIR : undefined);
    await use(launched);
    await launched.close();
  },
  context: async ({ launched }, use) => {
    await use(launched.context);
  },
  worker: async ({ launched, context }, use) => {
    // The MV3 worker may have been stopped and restarted since launch.
    await use(context.serviceWorkers()[0] ?? launched.worker);
  },
  extensionId: async ({ launched }, use) => {
    await use(launched.extensionId);
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },
  tabIdOf: async ({ worker }, use) => {
    await use(async (target: Page) => {
      const url = target.url();
      const id = await worker.evaluate(async (u: string) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? -1;
      }, url);
      if (id < 0) throw new Error(`no tab with url ${url}`);
      return id;
    });
  },
  openPopup: async ({ context, extensionId, tabIdOf }, use) => {
    await use(async (target: Page) => {
      const tabId = await tabIdOf(target);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup/popup.html?tabId=${tabId}`);
      return popup;
    });
  },
});

export { expect } from '@playwright/test';

/** Waits until the content script has highlighted at least `min` terms. */
export async function waitForMarks(page: Page, min = 1): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('mark.lpc-term[data-term-id]').length >= n, min, { timeout: 10_000 });
}
