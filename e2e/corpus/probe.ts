/**
 * Checks corpus pages in real Chromium with the extension loaded, a few tabs at a time:
 *   1. load it with highlighting off for every site, let it settle, and snapshot the DOM
 *      (serialisation and the list of text nodes) and the page's own console errors;
 *   2. switch to "always highlight" in storage, as the settings UI would: the content script
 *      detects, the background injects the app, the app highlights;
 *   3. check that no mark sits where marks are forbidden, take our own timings;
 *   4. switch off again and check the document is exactly what it was: same serialisation,
 *      the very same text node objects;
 * while counting exceptions and console output from our isolated world and new page errors.
 * Doing it in one document (rather than comparing two loads) makes "exactly" meaningful even
 * on pages whose markup differs from load to load.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { EXCLUDED, MARK_ATTR, MARK_CLASS } from '../../src/content/highlight/highlighter.ts';
import { MARK_STYLE_ID } from '../../src/content/highlight/mark-css.ts';
import { HOST_TAG } from '../../src/content/popover/shadow-host.ts';
import { APP_HOOK, BOOT_MARK } from '../../src/content/app-contract.ts';
import type { PageState } from '../../src/shared/messages.ts';
import { watchContentWorld, type ContentWorld } from '../harness/content-world.ts';

export interface PageResult {
  page: string;
  marks: number;
  detected: boolean;
  /** The detector's own time (from the content script). */
  detectionMs: number;
  /** A fresh start of the app's highlighting, timed in the content script's world (for a long
   *  article, its first slice: the rest runs in idle time). */
  highlightMs: number;
  /** The page changed its own DOM while we ran, so only "nothing of ours is left" could be checked. */
  volatile: boolean;
  /** The page navigated itself away while we ran (a script redirect), so removal could not be compared. */
  navigated: boolean;
  /** Page errors first seen after we switched on; `confirmNewErrors` checks them against a load without us. */
  laterErrors: string[];
  /** How long the page was open, so the control load can wait as long. */
  openMs: number;
  failures: string[];
}

/** A corpus page's path under ../shared/corpus, or a path on the fixture server starting with "/". */
function pageUrl(origin: string, page: string): string {
  return page.startsWith('/') ? origin + page : `${origin}/corpus/${page.split('/').map(encodeURIComponent).join('/')}`;
}

/** Subresource failures we cause ourselves by blocking every request but the document. */
const BLOCKED_RESOURCE = /^Failed to load resource/;

/**
 * Writes the default site mode, as the options page would. storage.sync allows 120 writes a
 * minute per profile, so writes are paced (and pages are checked in batches of tabs that share
 * one switch-on and one switch-off).
 */
export class ModeSwitch {
  private writes: number[] = [];
  constructor(private readonly context: BrowserContext) {}

  async set(mode: 'on' | 'off' | 'always'): Promise<void> {
    const now = Date.now();
    this.writes = this.writes.filter((t) => now - t < 60_000);
    if (this.writes.length >= 100) await new Promise((r) => setTimeout(r, 60_000 - (now - this.writes[0]!) + 50));
    this.writes.push(Date.now());
    // MV3 may have stopped the service worker and started a new one.
    const worker = this.context.serviceWorkers()[0] ?? (await this.context.waitForEvent('serviceworker', { timeout: 10_000 }));
    await worker.evaluate(
      (m) => chrome.storage.sync.set({ settings: { version: 1, defaultMode: m, occurrences: 'all', appearance: { highlight: 'underline', theme: 'auto' }, sites: [] } }),
      mode,
    );
  }
}

/** What the content script says about its page, asked as the popup asks. */
async function pageState(context: BrowserContext, page: Page): Promise<PageState | undefined> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  return worker.evaluate(async (url) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    return tab?.id === undefined ? undefined : chrome.tabs.sendMessage(tab.id, { type: 'ui-to-cs:get-state', payload: {} }, { frameId: 0 }).catch(() => undefined);
  }, page.url()) as Promise<PageState | undefined>;
}

interface Tab {
  result: PageResult;
  page: Page;
  world: ContentWorld;
  errors: { baseline: Set<string>; ours: Set<string> };
  phase: 'baseline' | 'ours';
}

async function withTimeout<T>(what: string, ms: number, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs `step` on every tab that has not failed outright, recording a thrown error as that page's failure. */
async function eachTab(tabs: Tab[], what: string, step: (tab: Tab) => Promise<void>): Promise<void> {
  await Promise.all(
    tabs.map((tab) =>
      withTimeout(what, 30_000, step(tab)).catch((error: Error) => {
        tab.result.failures.push(`${what} failed: ${error.message.split('\n')[0]}`);
      }),
    ),
  );
}

/** Checks a batch of pages, each in its own tab, sharing one switch-on and one switch-off. Expects the mode to be "off". */
export async function checkPages(context: BrowserContext, modes: ModeSwitch, origin: string, rels: string[]): Promise<PageResult[]> {
  const tabs: Tab[] = [];
  const opened = Date.now();
  for (const rel of rels) {
    const page = await context.newPage();
    const tab: Tab = {
      result: { page: rel, marks: 0, detected: false, detectionMs: 0, highlightMs: 0, volatile: false, navigated: false, laterErrors: [], openMs: 0, failures: [] },
      page,
      world: await watchContentWorld(context, page),
      errors: { baseline: new Set(), ours: new Set() },
      phase: 'baseline',
    };
    page.on('console', (m) => {
      if (m.type() === 'error' && !BLOCKED_RESOURCE.test(m.text())) tab.errors[tab.phase].add(m.text());
    });
    page.on('pageerror', (e) => tab.errors[tab.phase].add(`pageerror: ${e.message}`));
    tabs.push(tab);
  }
  try {
    await eachTab(tabs, 'loading', async ({ page, world, result }) => {
      await page.goto(pageUrl(origin, result.page), { waitUntil: 'domcontentloaded', timeout: 20_000 });
      page.on('framenavigated', (f) => {
        if (f === page.mainFrame()) result.navigated = true;
      });
      if (!(await world.waitFor((mark) => !!(globalThis as any)[mark], BOOT_MARK, 10_000))) throw new Error('the content script did not start');
      await snapshot(page);
    });
    const live = () => tabs.filter((t) => !t.result.failures.length && !t.result.navigated);

    for (const t of tabs) t.phase = 'ours';
    await modes.set('always');
    await eachTab(live(), 'highlighting', async ({ world, page, result }) => {
      if (!(await world.waitFor((hook) => !!(globalThis as any)[hook], APP_HOOK, 10_000))) throw new Error('the app part was not injected');
      // The app's own account of its main-thread time for its first complete pass (idle-time
      // slices of long articles included), once that pass has finished.
      let timing: Pick<PageResult, 'highlightMs' | 'detectionMs' | 'detected'> | undefined;
      for (const end = Date.now() + 15_000; !timing && Date.now() < end; await page.waitForTimeout(50)) {
        const state = await pageState(context, page);
        if (state?.highlightMs !== undefined) timing = { highlightMs: state.highlightMs, detectionMs: state.detection?.ms ?? 0, detected: !!state.detection?.detected };
      }
      if (!timing) throw new Error('the highlight pass did not finish within 15 s');
      Object.assign(result, timing);
      // Long articles go on in idle-time slices: wait until the marks stop changing.
      let count = -1;
      for (let n = await markCount(page); n !== count; n = await markCount(page)) {
        count = n;
        await page.waitForTimeout(250);
      }
      const placement = await page.evaluate(
        ({ excluded, cls, attr }) => {
          const marks = [...document.querySelectorAll(`mark.${cls}[${attr}]`)];
          const bad = marks.filter((m) => m.parentElement?.closest(excluded.join(',')));
          return { count: marks.length, bad: bad.slice(0, 3).map((m) => `${m.parentElement?.closest(excluded.join(','))?.tagName}>${m.textContent}`) };
        },
        { excluded: EXCLUDED, cls: MARK_CLASS, attr: MARK_ATTR },
      );
      result.marks = placement.count;
      if (placement.bad.length) throw new Error(`marks in forbidden places: ${placement.bad.join(', ')}`);
    });

    await modes.set('off');
    await eachTab(live(), 'removal', async ({ page, result }) => {
      await page.waitForFunction(({ cls, style }) => !document.querySelector(`mark.${cls}, #${style}`), { cls: MARK_CLASS, style: MARK_STYLE_ID }, { timeout: 10_000 });
      await page.waitForTimeout(100);
      const restored = await compareWithSnapshot(page);
      result.volatile = restored.volatile;
      if (restored.problem) throw new Error(restored.problem);
    });
  } finally {
    for (const { world, errors, result, page } of tabs) {
      for (const e of world.exceptions) result.failures.push(`exception in our content script: ${e}`);
      for (const c of world.console) result.failures.push(`our content script logged: ${c}`);
      result.laterErrors = [...errors.ours].filter((e) => !errors.baseline.has(e));
      result.openMs = Date.now() - opened;
      // A page that navigated itself away cannot be compared; everything else still counts.
      if (result.navigated) result.failures = result.failures.filter((f) => !/^(highlighting|removal) failed/.test(f));
      await page.close().catch(() => undefined);
    }
  }
  return tabs.map((t) => t.result);
}

/**
 * A page error first seen after we switched on may still be the page's own (a timer, a late
 * script): load the page again with highlighting off, keep it open as long, and fail only on
 * errors that this control load does not show.
 */
export async function confirmNewErrors(context: BrowserContext, origin: string, result: PageResult): Promise<void> {
  if (!result.laterErrors.length) return;
  const page = await context.newPage();
  const seen = new Set<string>();
  page.on('console', (m) => {
    if (m.type() === 'error') seen.add(m.text());
  });
  page.on('pageerror', (e) => seen.add(`pageerror: ${e.message}`));
  try {
    await page.goto(pageUrl(origin, result.page), { waitUntil: 'domcontentloaded', timeout: 20_000 });
    await page.waitForTimeout(Math.min(result.openMs, 15_000));
  } catch {
    // The control load only adds evidence; a failed one leaves every later error counted.
  } finally {
    await page.close().catch(() => undefined);
  }
  for (const e of result.laterErrors) if (!seen.has(e)) result.failures.push(`new page error: ${e}`);
}

function markCount(page: Page): Promise<number> {
  return page.evaluate((sel) => document.querySelectorAll(sel).length, `mark.${MARK_CLASS}`);
}

type Snap = { html: string; texts: Text[]; pageMutations: number };
const SNAP_KEY = '__lpcCorpusSnapshot';

/**
 * Waits until the page stops changing itself (up to 2 s), then records its document and starts
 * counting the page's own later mutations (anything that is not a mark, our style, our host or a
 * text split), so a page that rewrites itself is not mistaken for a failed removal.
 */
function snapshot(page: Page): Promise<void> {
  return page.evaluate(
    async ({ key, cls, style, hostTag }) => {
      let last = performance.now();
      const quiet = new MutationObserver(() => (last = performance.now()));
      quiet.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      const start = performance.now();
      while (performance.now() - last < 200 && performance.now() - start < 2000) await new Promise((r) => setTimeout(r, 50));
      quiet.disconnect();
      const texts: Text[] = [];
      const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) texts.push(walker.currentNode as Text);
      const snap: Snap = { html: document.documentElement.outerHTML, texts, pageMutations: 0 };
      (window as unknown as Record<string, Snap>)[key] = snap;
      // (No named helper functions in here: the test runner's transpiler would wrap them in a helper the page lacks.)
      const oursSelector = `mark.${cls}, #${style}, ${hostTag}`;
      new MutationObserver((records) => {
        for (const r of records) {
          const nodes = r.type === 'childList' ? [...r.addedNodes, ...r.removedNodes] : r.type === 'attributes' ? [r.target] : [];
          if (!nodes.every((n) => n.nodeType === Node.TEXT_NODE || (n instanceof Element && n.matches(oursSelector)))) snap.pageMutations++;
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    },
    { key: SNAP_KEY, cls: MARK_CLASS, style: MARK_STYLE_ID, hostTag: HOST_TAG },
  );
}

/** null when the document is as it was; else what differs. `volatile` when the page changed itself meanwhile. */
function compareWithSnapshot(page: Page): Promise<{ problem: string | null; volatile: boolean }> {
  return page.evaluate(
    ({ key, hostTag, cls, style }) => {
      const before = (window as unknown as Record<string, Snap>)[key];
      if (!before) return { problem: 'no snapshot', volatile: false };
      if (document.querySelector(`${hostTag}, mark.${cls}, #${style}`)) return { problem: 'something of ours is still in the page', volatile: false };
      const html = document.documentElement.outerHTML;
      if (html !== before.html) {
        // The page rewrote itself while we ran: nothing of ours is left (checked above), and an
        // exact comparison is not possible.
        if (before.pageMutations > 0) return { problem: null, volatile: true };
        let i = 0;
        while (i < html.length && html[i] === before.html[i]) i++;
        return { problem: `the document differs after removal at ${i}: before …${before.html.slice(Math.max(0, i - 60), i + 60)}… after …${html.slice(Math.max(0, i - 60), i + 60)}…`, volatile: false };
      }
      const texts: Text[] = [];
      const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) texts.push(walker.currentNode as Text);
      if (texts.length !== before.texts.length || texts.some((t, i) => t !== before.texts[i])) return { problem: 'the text nodes are not the original objects after removal', volatile: false };
      return { problem: null, volatile: before.pageMutations > 0 };
    },
    { key: SNAP_KEY, hostTag: HOST_TAG, cls: MARK_CLASS, style: MARK_STYLE_ID },
  );
}
