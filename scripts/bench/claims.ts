/**
 * Claim matching on top of term highlighting, on the 3,000-word and 50,000-word pages: the main
 * thread time of the claim pass against the term pass (budget: at most 25% on top), and the
 * longest task (budget: none over 50 ms). A few sentences that make known claims (our own
 * wording, from the unit test set) are added to the page so notes are actually made.
 *
 * The app matches in its background (src/background/claim-match.ts). The budget is read on the
 * last rows: the built extension itself, timed by the app (its page state's `highlightMs` and
 * `claimsMs`), its claim pass asking the real background over the real port. The rows before
 * take the passes apart, with microsecond timers the extension's content world does not get: a
 * worker running the background's code (its matching time printed beside), and the pass matching
 * in the page, as the app does when the background cannot answer.
 */
import * as esbuild from 'esbuild';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { loadPack } from '../build.ts';
import { ROOT } from '../lib/paths.ts';
import { bundledPack } from '../../src/shared/claims/bundle.ts';
import { WRONG } from '../../test/unit/claims/claim-set.ts';
import { longArticle } from './lib/pages.ts';
import type { ClaimsRun, MatchWhere } from './lib/claims-api.ts';
import { markjsPatch } from '../lib/markjs-patch.ts';
import { launchWithExtension } from '../lib/browsers.ts';
import { offline } from './lib/page-bundle.ts';
import type { PageState } from '../../src/shared/messages.ts';

/**
 * The app itself, in Chromium with the built extension: the same pages (the claim sentences in
 * the served HTML), first visits in fresh tabs, then warm passes on one tab by switching the site
 * off and on. The app reports its own main-thread time for the article's term pass (`highlightMs`)
 * and claim pass (`claimsMs`: reading, sending over the claims port, wrapping) in the page state.
 */
async function inExtension(origin: string): Promise<string[]> {
  const launched = await launchWithExtension();
  const worker = () => launched.context.serviceWorkers()[0] ?? launched.worker;
  const host = new URL(origin).hostname;
  const setSite = (mode: 'on' | 'off') =>
    worker().evaluate(
      ([h, m]) => chrome.storage.sync.set({ settings: { version: 1, defaultMode: 'on', occurrences: 'all', appearance: { highlight: 'underline', theme: 'auto' }, sites: m === 'off' ? [{ host: h, includeSubdomains: false, mode: 'off' }] : [] } }),
      [host, mode] as const,
    );
  const state = (url: string) =>
    worker().evaluate(async (u) => {
      const [tab] = await chrome.tabs.query({ url: u });
      if (tab?.id === undefined) return null;
      return (await chrome.tabs.sendMessage(tab.id, { type: 'ui-to-cs:get-state', payload: {} }, { frameId: 0 }).catch(() => null)) as PageState | null;
    }, url);
  /** The next state with both passes timed and notes made (the app resets both times when it clears). */
  const settled = async (url: string): Promise<PageState> => {
    const end = Date.now() + 60_000;
    for (;;) {
      const s = await state(url);
      if (s?.highlightMs !== undefined && s.claimsMs !== undefined && s.claims?.length) return s;
      if (Date.now() > end) throw new Error(`${url}: no timed claim pass in 60 s (${JSON.stringify(s)?.slice(0, 200)})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  // Every main-thread task over 50 ms in the page, with when it started: ours are the ones after
  // the page's load (the bench page runs no script of its own), or after a warm pass was asked for.
  await launched.context.addInitScript(() => {
    const seen: { start: number; duration: number }[] = ((window as unknown as LongTasks).__lpcLongTasks = []);
    new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
  });
  const longTasksSince = (page: Page, since: number | 'load') =>
    page.evaluate((from) => {
      const t = from === 'load' ? (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd : from;
      return (window as unknown as LongTasks).__lpcLongTasks.filter((e) => e.start >= t).map((e) => e.duration);
    }, since);
  const lines: string[] = [];
  try {
    await offline(launched.context, origin);
    await setSite('on');
    for (const words of [3_000, 50_000]) {
      for (const present of [5, 'all'] as const) {
        const url = `${origin}/bench/claims-in-extension-${words}-${present}.html`;
        const html = withClaims(longArticle(words), WRONG.map((w) => w[0]).slice(0, present === 'all' ? undefined : present));
        await launched.context.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8', headers: ISOLATED }));
        const visits: ClaimsRun[] = [];
        for (let i = 0; i < visitsFor(words); i++) {
          const page = await launched.context.newPage();
          await page.goto(url);
          visits.push({ ...fromState(await settled(url)), longTasks: await longTasksSince(page, 'load') });
          await page.close();
        }
        const page = await launched.context.newPage();
        await page.goto(url);
        const first = await settled(url);
        const runs: ClaimsRun[] = [];
        // As many as the rows above: the app's clock counts tenths of a millisecond, a tenth of a short page's claim pass.
        for (let i = 0; i < runsFor(words); i++) {
          await setSite('off');
          while ((await state(url))?.siteOff !== true) await new Promise((r) => setTimeout(r, 50));
          const asked = await page.evaluate(() => performance.now());
          await setSite('on');
          runs.push({ ...fromState(await settled(url)), longTasks: await longTasksSince(page, asked) });
        }
        await page.close();
        lines.push(
          `claims in the extension (Chromium; the app's own timings, matched by its background), ${words.toLocaleString('en')}-word page, ${present === 'all' ? 'every claim of the pack present' : '5 distinct claims present'} (${first.terms.reduce((n, t) => n + t.count, 0)} marks, ${first.claims!.length} notes):`,
          `  first visits (${visits.length} fresh tabs): ${summary(visits, true)}`,
          `    ${longTasks(visits, 'after the page loaded')}`,
          `  warm (${runs.length} more passes: the site switched off and on): ${summary(runs, true)}`,
          `    ${longTasks(runs, 'from switching the site on until both passes were done')}`,
        );
      }
    }
  } finally {
    await setSite('on').catch(() => undefined);
    await launched.close();
  }
  return lines;
}

const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

/** A page's article with a known claim added to every 8th paragraph, in the HTML as served. */
function withClaims(html: string, sentences: readonly string[]): string {
  const end = html.indexOf('</article>');
  let i = 0;
  let added = 0;
  const article = html.slice(0, end).replace(/<\/p>/g, () => (i++ % 8 === 0 ? ` ${sentences[added++ % sentences.length]}</p>` : '</p>'));
  return article + html.slice(end);
}

const fromState = (s: PageState): ClaimsRun => ({ termsMs: s.highlightMs!, claimsMs: s.claimsMs!, offThreadMs: 0, longestTermSlice: 0, longestClaimSlice: 0, marks: 0, notes: s.claims!.length, longTasks: [] });

/** Runs per page: a short page's pass is about a millisecond, so one descheduling weighs a lot and more runs find an undisturbed one. */
const runsFor = (words: number) => (words > 10_000 ? 7 : 21);
/** Fresh pages per size: each loads the page and compiles the code again. */
const visitsFor = (words: number) => (words > 10_000 ? 3 : 9);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;

async function bundle(entry: string): Promise<string> {
  const out = await esbuild.build({ entryPoints: [path.join(ROOT, entry)], bundle: true, format: 'iife', minify: true, write: false, target: ['chrome120'], logLevel: 'warning', plugins: [markjsPatch()] });
  return out.outputFiles[0]!.text;
}

/**
 * The page served cross-origin isolated: there performance.now() counts in microseconds, not in
 * the tenths of a millisecond it is coarsened to elsewhere — a tenth is a tenth of a short page's pass.
 */
async function isolatedPage(context: BrowserContext, origin: string, html: string): Promise<Page> {
  const page = await context.newPage();
  const url = `${origin}/__claims-bench.html`;
  await page.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8', headers: { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } }));
  await page.goto(url);
  return page;
}

type Bench = { __lpcClaimsBench: { init(x: unknown, at: MatchWhere, worker: string): void; run(): Promise<ClaimsRun>; firstVisit(x: unknown, at: MatchWhere, worker: string): Promise<ClaimsRun> } };

/** The page with a known claim in every 8th paragraph (all 34 claims, the worst case, or 5: a typical article) and our code in it. */
async function benchPage(context: BrowserContext, origin: string, code: string, words: number, claimsOnPage: 'all' | 5): Promise<Page> {
  const page = await isolatedPage(context, origin, longArticle(words));
  const sentences = WRONG.map((w) => w[0]).slice(0, claimsOnPage === 'all' ? undefined : claimsOnPage);
  await page.evaluate((list) => document.querySelectorAll('article p').forEach((p, i) => i % 8 === 0 && p.append(` ${list[(i / 8) % list.length]}`)), sentences);
  await page.addScriptTag({ content: code });
  return page;
}

const pct = (x: number) => `+${(x * 100).toFixed(0)}%`;

/**
 * Each run's claim pass against its own term pass (both see the same state of a shared machine,
 * so the ratio is steadier than either time): the median and middle half of those ratios, which
 * the budget is read on, the median times, and the fastest run of each for reference.
 */
function summary(runs: ClaimsRun[], budget: boolean): string {
  const ratios = runs.map((r) => r.claimsMs / r.termsMs).sort((a, b) => a - b);
  const at = (q: number) => ratios[Math.round((ratios.length - 1) * q)]!;
  const termsMin = Math.min(...runs.map((r) => r.termsMs));
  const claimsMin = Math.min(...runs.map((r) => r.claimsMs));
  const off = median(runs.map((r) => r.offThreadMs / r.termsMs));
  const offThread = off > 0 ? ` · matching off the main thread: median ${ms(median(runs.map((r) => r.offThreadMs)))} (${pct(off)} of terms)` : '';
  return `claims on top of terms: median ${pct(at(0.5))} (middle half ${pct(at(0.25))} to ${pct(at(0.75))}${budget ? '; budget ≤ 25%' : ''}) · median times: terms ${ms(median(runs.map((r) => r.termsMs)))}, claims ${ms(median(runs.map((r) => r.claimsMs)))} · fastest: terms ${ms(termsMin)}, claims ${ms(claimsMin)} (${pct(claimsMin / termsMin)})${offThread}`;
}

type LongTasks = { __lpcLongTasks: { start: number; duration: number }[] };
const longTasks = (runs: ClaimsRun[], when: string) => `long tasks (> 50 ms) ${when}, any part of the page's: ${runs.flatMap((r) => r.longTasks).map(ms).join(', ') || 'none'}`;

const longest = (runs: ClaimsRun[]) =>
  `longest slice: terms ${ms(Math.max(...runs.map((r) => r.longestTermSlice)))}, claims ${ms(Math.max(...runs.map((r) => r.longestClaimSlice)))} · long tasks (> 50 ms): ${runs.flatMap((r) => r.longTasks).map(ms).join(', ') || 'none'}`;

interface Code {
  page: string;
  worker: string;
}

async function measure(context: BrowserContext, origin: string, code: Code, words: number, claimsOnPage: 'all' | 5, at: MatchWhere): Promise<string[]> {
  const { entries, claimIndex } = bundledPack(await loadPack());
  const pack = { entries, claimIndex };
  // First visits: a fresh page each time, as a reader's browser meets it. Both sides build their
  // patterns and run cold once; that is what every page with claims pays.
  const visits: ClaimsRun[] = [];
  for (let i = 0; i < visitsFor(words); i++) {
    const page = await benchPage(context, origin, code.page, words, claimsOnPage);
    visits.push(await page.evaluate(([p, w, c]) => (window as unknown as Bench).__lpcClaimsBench.firstVisit(p, w, c), [pack, at, code.worker] as const));
    await page.close();
  }
  // The same page again and again, the code warm: the steady state of a live page's later passes.
  const page = await benchPage(context, origin, code.page, words, claimsOnPage);
  const isolated = await page.evaluate(() => crossOriginIsolated);
  await page.evaluate(([p, w, c]) => (window as unknown as Bench).__lpcClaimsBench.init(p, w, c), [pack, at, code.worker] as const);
  const runs: ClaimsRun[] = [];
  const RUNS = runsFor(words);
  // One run first, not counted: it is a first visit's pass without the pattern building.
  for (let i = -1; i < RUNS; i++) {
    const run = await page.evaluate(() => (window as unknown as Bench).__lpcClaimsBench.run());
    if (i >= 0) runs.push(run);
  }
  await page.close();
  return [
    `claims, ${words.toLocaleString('en')}-word page, ${claimsOnPage === 'all' ? 'every claim of the pack present' : '5 distinct claims present'}, ${at === 'background' ? 'matched in a worker standing for the background (postMessage: cheaper than the extension\'s messaging, see the extension rows)' : 'matched in the page, the app\'s fallback'} (${runs[0]!.marks} marks, notes in ${runs[0]!.notes} paragraphs)${isolated ? '' : '; timers coarsened to 0.1 ms'}:`,
    `  first visits (${visits.length} fresh pages; each side builds its patterns and runs once): ${summary(visits, false)}`,
    `    ${longest(visits)}`,
    `  warm (${RUNS} more passes on one page): ${summary(runs, false)}`,
    `    ${longest(runs)}`,
  ];
}

export default async function claimsBench({ context, origin }: { context: BrowserContext; origin: string }): Promise<string[]> {
  const code = { page: await bundle('scripts/bench/lib/claims-api.ts'), worker: await bundle('scripts/bench/lib/claims-worker.ts') };
  const lines: string[] = [];
  for (const at of ['background', 'page'] as const) for (const words of [3_000, 50_000]) for (const present of [5, 'all'] as const) lines.push(...(await measure(context, origin, code, words, present, at)));
  lines.push(...(await inExtension(origin)));
  return lines;
}
