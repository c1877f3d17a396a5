/**
 * One e2e scenario, two browsers. A scenario (e2e/scenarios/) is written once against `Driver` and
 * `Tab`; Playwright drives it in Chromium (chromium-driver.ts) and puppeteer-core over WebDriver
 * BiDi in Firefox (firefox-driver.ts). What a scenario needs of the page and of the extension is
 * here, so a scenario can't be fixed in one browser and forgotten in the other.
 */
import { isDeepStrictEqual } from 'node:util';
import type { FixtureServer } from './server.ts';
import type { PageState } from '../../src/shared/messages.ts';
import type { Settings } from '../../src/shared/settings/schema.ts';
import { readItems } from '../../src/shared/settings/store.ts';

export const MARKS = 'mark.lpc-term[data-term-id]';
export const CARD_HOST = '[data-lpc-card-host]';

/** The messages scenarios send or listen for, named once: a rename is a one-line change here. */
export const MSG = {
  getState: 'ui-to-cs:get-state',
  stepTerm: 'bg-to-cs:step-term',
  stateChanged: 'cs-to-all:state-changed',
  updateSettings: 'ui-to-bg:update-settings',
} as const;

export type BrowserName = 'chromium' | 'firefox';

/** A tab or an extension page. Selectors are CSS; an action on a selector takes its first match. */
export interface Tab {
  url(): string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  goBack(): Promise<void>;
  goForward(): Promise<void>;
  /**
   * Runs `fn(arg)` in the page (serialised: it sees nothing of the test's scope). No named
   * function inside `fn` (`const f = () => …`): under tsx (the Firefox run) it would call a
   * `__name` helper the page does not have.
   */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Evaluates an expression in the page; for code that must carry its own helpers. */
  evaluateSource<T>(source: string): Promise<T>;
  hover(selector: string): Promise<void>;
  click(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  /** Chooses `value` in the first <select> matching `selector`. */
  select(selector: string, value: string): Promise<void>;
  /** A key or a chord, Playwright style: 'Escape', 'Shift+Tab'. */
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  mouseMove(x: number, y: number, steps?: number): Promise<void>;
  clickAt(x: number, y: number): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(file: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  /** The page's console errors and uncaught exceptions, in order (from when the tab was opened). */
  readonly errors: string[];
  /**
   * Exceptions and console output of our content scripts, on tabs showing web pages: Chromium's
   * isolated world over CDP; in Firefox, what the page reports with a file of ours on top of its stack.
   */
  readonly world?: { exceptions: string[]; console: string[] };
}

export interface Driver {
  readonly browser: BrowserName;
  readonly server: FixtureServer;
  /** 'chrome-extension://<id>' or 'moz-extension://<uuid>' */
  readonly extensionOrigin: string;
  /** A new tab showing `target`: a path on the fixture server ('/fixtures/…') or a full URL. */
  open(target: string): Promise<Tab>;
  openPopup(target: Tab): Promise<Tab>;
  openOptions(): Promise<Tab>;
  tabId(target: Tab): Promise<number>;
  /**
   * Runs `fn(api, arg)` with the extension's privileges (the service worker in Chromium, an
   * extension page in Firefox); `api` is `browser` where there is one, else `chrome`.
   */
  ext<T, A = undefined>(fn: (api: typeof chrome, arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Runs a keyboard command's handler for `target`'s tab, as the browser does for the shortcut; for several tabs, in the same moment. */
  runCommand(command: string, target: Tab | Tab[]): Promise<void>;
  /** Every URL the browser requests for `target` from now on (Chromium: the whole profile's). */
  watchRequests(target: Tab): string[];
  /** What the background fetched (its resource timing). */
  backgroundResources(): Promise<string[]>;
  /** How many claim-matching requests the background has answered (the test build counts them). */
  claimRequests(): Promise<number>;
}

/** A scenario, run once per browser that can drive it. */
export interface Scenario {
  name: string;
  run(d: Driver): Promise<void>;
  /** Load dist as shipped (closed card root) instead of the inspectable copy. */
  shipped?: boolean;
  /** A longer limit than the runner's default. */
  timeoutMs?: number;
  /** Why the scenario can't run here (missing shared material), or undefined when it can. */
  skipReason?: () => string | undefined;
}

/** `(${fn})(api, arg)` as an expression: how `ext` and `extOn` send a function with its argument. */
export function callSource(fn: (...args: never[]) => unknown, arg: unknown): string {
  return `(${fn.toString()})(globalThis.browser ?? globalThis.chrome, ${JSON.stringify(arg ?? null)})`;
}

/** `fn(api, arg)` in an extension page (popup, options), where `api` is the extension API. */
export function extOn<T, A = undefined>(page: Tab, fn: (api: typeof chrome, arg: A) => T | Promise<T>, arg?: A): Promise<T> {
  return page.evaluateSource<T>(callSource(fn, arg));
}

/** The driver parts that need only a way to open extension pages and `ext`, the same in any browser. */
export function extensionPages(ext: Driver['ext'], openExtensionPage: (relative: string) => Promise<Tab>): Pick<Driver, 'openPopup' | 'openOptions' | 'tabId'> {
  const tabId = async (target: Tab) => {
    const url = target.url();
    // A tab the extension may not read (about:blank) has no URL in its eyes.
    const id = await ext(async (api, u) => (await api.tabs.query({})).find((t) => t.url === u || (u === 'about:blank' && !t.url))?.id ?? -1, url);
    if (id < 0) throw new Error(`no tab with url ${url}`);
    return id;
  };
  return {
    tabId,
    openPopup: async (target) => openExtensionPage(`popup/popup.html?tabId=${await tabId(target)}`),
    openOptions: () => openExtensionPage('options/options.html'),
  };
}

/** A path on the fixture server ('/fixtures/…') as a URL; a full URL as it is. */
/** What Playwright's and puppeteer's pages both offer for navigation, called the same way. */
interface NavigablePage {
  url(): string;
  goto(url: string): Promise<unknown>;
  reload(): Promise<unknown>;
  goBack(): Promise<unknown>;
  goForward(): Promise<unknown>;
}

export function navigation(page: NavigablePage): Pick<Tab, 'url' | 'goto' | 'reload' | 'goBack' | 'goForward'> {
  return {
    url: () => page.url(),
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    goBack: async () => void (await page.goBack()),
    goForward: async () => void (await page.goForward()),
  };
}

/** A tab's console errors and uncaught exceptions, in order: a driver hands its page's `console` and `pageerror` events to these. */
export function errorLog(): { errors: string[]; console(m: { type(): string; text(): string }): void; pageerror(e: unknown): void } {
  const errors: string[] = [];
  return {
    errors,
    console: (m) => void (m.type() === 'error' && errors.push(m.text())),
    pageerror: (e) => void errors.push(`pageerror: ${(e as Error).message}`),
  };
}

export const fixtureUrl = (server: FixtureServer, target: string) => (target.startsWith('/') ? server.origin + target : target);

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it returns something truthy and returns that; throws naming `what` (and the last value) on timeout. */
export async function waitFor<T>(check: () => Promise<T>, what: string, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      last = await check();
      if (last) return last as T;
    } catch (error) {
      last = error instanceof Error ? error.message : error;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${JSON.stringify(last)?.slice(0, 300)})`);
    await sleep(100);
  }
}

/** Polls until `read()` deep-equals `want`; throws with the last value on timeout. */
export async function waitForValue<T>(read: () => Promise<T>, want: T, what: string, timeoutMs = 15_000): Promise<void> {
  await waitFor(async () => isDeepStrictEqual(await read(), want), `${what} = ${JSON.stringify(want)}`, timeoutMs).catch(async (error: Error) => {
    throw new Error(`${error.message}; now ${JSON.stringify(await read().catch(() => undefined))}`);
  });
}

export const count = (tab: Tab, selector: string) => tab.evaluate((sel) => document.querySelectorAll(sel).length, selector);
export const markCount = (tab: Tab) => count(tab, MARKS);
export const waitForMarks = (tab: Tab, min = 1, timeoutMs = 15_000) => waitFor(async () => (await markCount(tab)) >= min, `at least ${min} marks`, timeoutMs);
export const waitForCount = (tab: Tab, selector: string, n: number, timeoutMs?: number) => waitForValue(() => count(tab, selector), n, `count of ${selector}`, timeoutMs);
/** The distinct term ids marked on the page, in first-seen order. */
export const termIds = (tab: Tab) => tab.evaluate((sel) => [...new Set([...document.querySelectorAll(sel)].map((m) => m.getAttribute('data-term-id')!))], MARKS);
export const text = (tab: Tab, selector: string) => tab.evaluate((sel) => document.querySelector(sel)?.textContent ?? null, selector);
export const attribute = (tab: Tab, selector: string, name: string) => tab.evaluate(([sel, n]) => document.querySelector(sel)?.getAttribute(n) ?? null, [selector, name] as const);

/** Waits until the text of `selector` matches (a string: contains); returns it. */
export async function waitForText(tab: Tab, selector: string, want: string | RegExp, timeoutMs = 10_000): Promise<string> {
  const ok = (t: string | null) => t !== null && (typeof want === 'string' ? t.includes(want) : want.test(t));
  let last: string | null = null;
  await waitFor(async () => ok((last = await text(tab, selector))), `${selector} to show ${want}`, timeoutMs).catch((error: Error) => {
    throw new Error(`${error.message}; it shows ${JSON.stringify(last)}`);
  });
  return last!;
}

export const hoverTerm = (tab: Tab, id: string) => tab.hover(`mark.lpc-term[data-term-id="${id}"]`);

/** The open card (the inspectable build's open root): its term or claim id, or null when none is open. */
export const cardTermId = (tab: Tab) => tab.evaluate(() => document.querySelector('[data-lpc-card-host]')?.shadowRoot?.querySelector('[role="dialog"]')?.getAttribute('data-term-id') ?? null);
export const cardClaimId = (tab: Tab) => tab.evaluate(() => document.querySelector('[data-lpc-card-host]')?.shadowRoot?.querySelector('[role="dialog"]')?.getAttribute('data-claim-card') ?? null);
export const cardOpen = (tab: Tab) => tab.evaluate(() => !!document.querySelector('[data-lpc-card-host]')?.shadowRoot?.querySelector('[role="dialog"]'));
export const waitForCard = (tab: Tab, id: string | null, timeoutMs = 10_000) => waitForValue(() => cardTermId(tab), id, 'the card open', timeoutMs);
export const waitForCardClosed = (tab: Tab, timeoutMs = 10_000) => waitForValue(() => cardOpen(tab), false, 'no card', timeoutMs);

/** Hovers `id` and waits until its card is open. */
export async function hoverOpen(tab: Tab, id: string): Promise<void> {
  await hoverTerm(tab, id);
  await waitForCard(tab, id);
}

/** Moves the pointer onto the first `selector` (that has `containing` in its text), scrolled into view, inside its first line box. */
export async function pointAt(tab: Tab, selector: string, containing = ''): Promise<void> {
  const [x, y] = await tab.evaluate(
    ([sel, text]) => {
      const el = [...document.querySelectorAll(sel)].find((e) => e.textContent?.includes(text))!;
      el.scrollIntoView({ block: 'center' });
      const r = el.getClientRects()[0]!;
      return [Math.round(r.x + Math.min(12, r.width / 2)), Math.round(r.y + r.height / 2)];
    },
    [selector, containing] as const,
  );
  await tab.mouseMove(x!, y!, 3);
}

/** A real click (not a synthetic one) on the first `selector` inside the open card. */
export async function clickInCard(tab: Tab, selector: string): Promise<void> {
  const [x, y] = await tab.evaluate((sel) => {
    const el = document.querySelector('[data-lpc-card-host]')!.shadowRoot!.querySelector(sel)!;
    el.scrollIntoView({ block: 'nearest' });
    const r = el.getBoundingClientRect();
    return [r.x + r.width / 2, r.y + r.height / 2];
  }, selector);
  await tab.clickAt(x!, y!);
}

/** Picks a file in the options page's import input as a reader would (a DataTransfer stands in for the file picker). */
export function chooseImportFile(options: Tab, name: string, content: string): Promise<void> {
  return options.evaluate(
    ([n, c]) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="import"]')!;
      const files = new DataTransfer();
      files.items.add(new File([c], n, { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [name, content] as const,
  );
}

/** The settings as stored: the settings item and one item per rule (src/shared/settings/store.ts). */
export const storedSettings = async (d: Driver): Promise<Settings> => readItems(await d.ext((api) => api.storage.sync.get(null))).settings;
/** The `settings` item exactly as stored, unparsed (what a test wrote there, or what a save left). */
export const storedItem = (d: Driver) => d.ext(async (api) => (await api.storage.sync.get('settings')).settings) as Promise<unknown>;
export const setSettings = (d: Driver, settings: unknown) => d.ext((api, s) => api.storage.sync.set({ settings: s }), settings);
export const badge = (d: Driver, tabId: number) => d.ext((api, id) => api.action.getBadgeText({ tabId: id }), tabId);

/** Sends a message to the content script of `tabId`; undefined when nothing answers. */
export const sendToTab = <T>(d: Driver, tabId: number, type: string, payload: unknown = {}) =>
  d.ext((api, m) => api.tabs.sendMessage(m.tabId, { type: m.type, payload: m.payload }).catch(() => undefined), { tabId, type, payload }) as Promise<T | undefined>;
export const pageState = (d: Driver, tabId: number) => sendToTab<PageState>(d, tabId, MSG.getState);
export const stepTerm = (d: Driver, tabId: number, direction: 1 | -1) => sendToTab(d, tabId, MSG.stepTerm, { direction });
