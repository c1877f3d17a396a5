/** The scenario driver over Playwright, in the persistent Chromium context of chromium.ts. */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { callSource, extensionPages, errorLog, fixtureUrl, navigation, type Driver, type Tab } from './driver.ts';
import { watchContentWorld } from './content-world.ts';
import type { FixtureServer } from './server.ts';

function tabOf(page: Page, world?: Tab['world']): Tab {
  const log = errorLog();
  page.on('console', log.console);
  page.on('pageerror', log.pageerror);
  return {
    page,
    errors: log.errors,
    world,
    ...navigation(page),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateSource: (source) => page.evaluate(source),
    hover: (sel) => page.locator(sel).first().hover(),
    click: (sel) => page.locator(sel).first().click(),
    focus: (sel) => page.locator(sel).first().focus(),
    select: async (sel, value) => void (await page.locator(sel).first().selectOption(value)),
    press: (key) => page.keyboard.press(key),
    type: (t) => page.keyboard.type(t),
    mouseMove: (x, y, steps) => page.mouse.move(x, y, { steps }),
    clickAt: (x, y) => page.mouse.click(x, y),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (path) => void (await page.screenshot({ path })),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  } as Tab & { page: Page };
}

/** The Playwright page behind a tab (for a Chromium-only step inside a shared scenario). */
export const pageOf = (tab: Tab): Page => (tab as Tab & { page: Page }).page;

export function chromiumDriver(opts: { context: BrowserContext; worker: Worker; extensionId: string; server: FixtureServer }): Driver {
  const { context, extensionId, server } = opts;
  // The MV3 worker may have been stopped and restarted since launch.
  const worker = () => context.serviceWorkers()[0] ?? opts.worker;
  const origin = `chrome-extension://${extensionId}`;
  const openExtensionPage = async (relative: string) => {
    const page = await context.newPage();
    await page.goto(`${origin}/${relative}`);
    return tabOf(page);
  };
  const ext: Driver['ext'] = (fn, arg) => worker().evaluate(callSource(fn, arg));
  const driver: Driver = {
    ...extensionPages(ext, openExtensionPage),
    ext,
    browser: 'chromium',
    server,
    extensionOrigin: origin,
    async open(target) {
      const page = await context.newPage();
      // Watched from the start: our world's exceptions are only seen from its creation on.
      const world = await watchContentWorld(context, page);
      const tab = tabOf(page, world);
      await page.goto(fixtureUrl(server, target));
      return tab;
    },
    async runCommand(command, target) {
      const tabIds = await Promise.all([target].flat().map((t) => driver.tabId(t)));
      await worker().evaluate(
        async ({ c, ids }) => {
          const run = (globalThis as unknown as { lpcRunCommand(c: string, t: chrome.tabs.Tab): Promise<void> }).lpcRunCommand;
          const tabs = await Promise.all(ids.map((id) => chrome.tabs.get(id)));
          await Promise.all(tabs.map((t) => run(c, t)));
        },
        { c: command, ids: tabIds },
      );
    },
    watchRequests() {
      const seen: string[] = [];
      context.on('request', (r) => seen.push(r.url()));
      return seen;
    },
    backgroundResources: () => worker().evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)),
    claimRequests: () => worker().evaluate(() => (globalThis as unknown as { lpcClaimRequests?: { answered: number } }).lpcClaimRequests?.answered ?? -1),
  };
  return driver;
}
