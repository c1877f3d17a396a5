/**
 * The scenario driver over puppeteer-core and WebDriver BiDi, in the Firefox of firefox.ts. One
 * browser serves a whole file of scenarios: `reset()` between them closes their tabs and clears
 * the stored settings, which is all the state a scenario leaves.
 */
import type { KeyInput, Page } from 'puppeteer-core';
import { callSource, extensionPages, errorLog, fixtureUrl, navigation, type Driver, type Tab } from './driver.ts';
import type { FirefoxSession } from './firefox.ts';
import type { FixtureServer } from './server.ts';

/** Chromium's window in chromium.ts, so a scenario sees the same layout in both browsers. */
const VIEWPORT = { width: 1200, height: 900 };

/** Presses a Playwright-style chord ('Shift+Tab', 'ControlOrMeta+A') with puppeteer's keyboard. */
async function chord(page: Page, key: string): Promise<void> {
  const names: Record<string, string> = { ControlOrMeta: 'Control', Space: ' ' };
  const parts = key.split('+').map((k) => names[k] ?? k) as KeyInput[];
  const main = parts.pop()!;
  for (const m of parts) await page.keyboard.down(m);
  await page.keyboard.press(main);
  for (const m of parts.reverse()) await page.keyboard.up(m);
}

/** How long an action waits for its element to appear (Playwright's wait up to the test's limit). */
const ACTION_WAIT_MS = 10_000;

/**
 * Runs a selector action again when its element was replaced between puppeteer finding it and
 * acting on it (a page or our highlighting re-rendering), as Playwright's actions do: the action
 * is on "the first match", whichever node that is by then.
 */
async function onFreshMatch(action: () => Promise<void>, page: Page, selector: string): Promise<void> {
  // Playwright's actions wait for their element; puppeteer's fail at once if it is not there yet
  // (a confirmation the page shows after reading a file under load).
  await page.waitForSelector(selector, { timeout: ACTION_WAIT_MS });
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      if (attempt >= 5 || !(error instanceof Error && /detached/i.test(error.message))) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * Firefox reports our content scripts' console calls and uncaught exceptions as the page's (same
 * realm, so they stay in `errors` too); their stack's top frame is a file of ours, which is how
 * `world` tells them apart. An unhandled rejection comes without a stack: it is in `errors` only.
 */
function watchWorld(page: Page, extensionOrigin: string): NonNullable<Tab['world']> {
  const world = { exceptions: [] as string[], console: [] as string[] };
  const ours = (url: string | undefined) => !!url?.startsWith(`${extensionOrigin}/`);
  page.on('console', (m) => ours(m.stackTrace()[0]?.url) && world.console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => {
    const top = (e as Error).stack?.split('\n').find((line) => /^\s+at /.test(line));
    if (top?.includes(`(${extensionOrigin}/`)) world.exceptions.push((e as Error).message);
  });
  return world;
}

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
    evaluateSource: (source) => page.evaluate(source) as never,
    hover: (sel) => onFreshMatch(() => page.hover(sel), page, sel),
    click: (sel) => onFreshMatch(() => page.click(sel), page, sel),
    focus: (sel) => page.focus(sel),
    select: async (sel, value) => void (await page.select(sel, value)),
    press: (key) => chord(page, key),
    type: (t) => page.keyboard.type(t),
    mouseMove: (x, y, steps) => page.mouse.move(x, y, { steps }),
    clickAt: (x, y) => page.mouse.click(x, y),
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  } as Tab & { page: Page };
}

export interface FirefoxDriver extends Driver {
  /** Closes what the last scenario opened and clears the stored settings. */
  reset(): Promise<void>;
}

export function firefoxDriver(ff: FirefoxSession, server: FixtureServer): FirefoxDriver {
  const opened: Page[] = [];
  let probe: Page | undefined;
  /** An extension page kept open to run privileged code in (Firefox has no worker to evaluate in). */
  const privileged = async () => (probe ??= await ff.openExtensionPage('options/options.html'));
  const track = (page: Page) => (opened.push(page), page);
  const openExtensionPage = async (relative: string) => tabOf(track(await ff.openExtensionPage(relative)));

  const ext: Driver['ext'] = async (fn, arg) => (await privileged()).evaluate(callSource(fn, arg)) as never;
  const driver: FirefoxDriver = {
    ...extensionPages(ext, openExtensionPage),
    ext,
    browser: 'firefox',
    server,
    extensionOrigin: ff.extensionOrigin,
    async open(target) {
      const page = track(await ff.newPage());
      await page.setViewport(VIEWPORT);
      const tab = tabOf(page, watchWorld(page, ff.extensionOrigin));
      await page.goto(fixtureUrl(server, target));
      return tab;
    },
    async runCommand(command, target) {
      // No automation can press an extension shortcut: run the handler the shortcut calls
      // (lpcRunCommand on the background page's global, src/background/index.ts).
      const tabIds = await Promise.all([target].flat().map((t) => driver.tabId(t)));
      await driver.ext(
        async (api, { c, ids }) => {
          const background = (await api.runtime.getBackgroundPage()) as unknown as { lpcRunCommand?(c: string, t: chrome.tabs.Tab): Promise<void> } | null;
          if (typeof background?.lpcRunCommand !== 'function') throw new Error('the background page has no lpcRunCommand');
          const tabs = await Promise.all(ids.map((id) => api.tabs.get(id)));
          await Promise.all(tabs.map((t) => background.lpcRunCommand!(c, t)));
        },
        { c: command, ids: tabIds },
      );
    },
    watchRequests(target) {
      const seen: string[] = [];
      (target as Tab & { page: Page }).page.on('request', (r) => seen.push(r.url()));
      return seen;
    },
    backgroundResources: () =>
      driver.ext(async (api) => {
        const bg = (await api.runtime.getBackgroundPage()) as Window | null;
        return bg ? bg.performance.getEntriesByType('resource').map((e) => e.name) : ['(no background page)'];
      }),
    claimRequests: () =>
      driver.ext(async (api) => {
        const bg = (await api.runtime.getBackgroundPage()) as unknown as { lpcClaimRequests?: { answered: number } } | null;
        return bg?.lpcClaimRequests?.answered ?? -1;
      }),
    async reset() {
      for (const page of opened.splice(0)) await page.close().catch(() => undefined);
      await driver.ext((api) => api.storage.sync.clear());
    },
  };
  return driver;
}
