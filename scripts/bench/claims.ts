/**
 * Claim matching on top of term highlighting, on the 3,000-word and 50,000-word pages: the main
 * thread time of the claim pass against the term pass (budget: at most 25% on top), and the
 * longest task (budget: none over 50 ms). A few sentences that make known claims (our own
 * wording, from the unit test set) are added to the page so notes are actually made.
 *
 * The app matches in its background (src/background/claim-match.ts); here a worker runs that
 * same code, and the page reads, asks, takes the answer and wraps: that main-thread work is what
 * the budget reads. The worker's matching time is printed beside it, and the pass matching in the
 * page (the app's fallback when the background cannot answer) is measured too, for reference.
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
function summary(runs: ClaimsRun[], where: MatchWhere): string {
  const ratios = runs.map((r) => r.claimsMs / r.termsMs).sort((a, b) => a - b);
  const at = (q: number) => ratios[Math.round((ratios.length - 1) * q)]!;
  const termsMin = Math.min(...runs.map((r) => r.termsMs));
  const claimsMin = Math.min(...runs.map((r) => r.claimsMs));
  const off = median(runs.map((r) => r.offThreadMs / r.termsMs));
  const offThread = off > 0 ? ` · matching off the main thread: median ${ms(median(runs.map((r) => r.offThreadMs)))} (${pct(off)} of terms)` : '';
  return `claims on top of terms: median ${pct(at(0.5))} (middle half ${pct(at(0.25))} to ${pct(at(0.75))}${where === 'background' ? '; budget ≤ 25%' : ''}) · median times: terms ${ms(median(runs.map((r) => r.termsMs)))}, claims ${ms(median(runs.map((r) => r.claimsMs)))} · fastest: terms ${ms(termsMin)}, claims ${ms(claimsMin)} (${pct(claimsMin / termsMin)})${offThread}`;
}

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
    `claims, ${words.toLocaleString('en')}-word page, ${claimsOnPage === 'all' ? 'every claim of the pack present' : '5 distinct claims present'}, ${at === 'background' ? 'matched in the background (a worker), as the app does' : 'matched in the page (the fallback; for reference, no budget)'} (${runs[0]!.marks} marks, notes in ${runs[0]!.notes} paragraphs)${isolated ? '' : '; timers coarsened to 0.1 ms'}:`,
    `  first visits (${visits.length} fresh pages; each side builds its patterns and runs once): ${summary(visits, at)}`,
    `    ${longest(visits)}`,
    `  warm (${RUNS} more passes on one page): ${summary(runs, at)}`,
    `    ${longest(runs)}`,
  ];
}

export default async function claimsBench({ context, origin }: { context: BrowserContext; origin: string }): Promise<string[]> {
  const code = { page: await bundle('scripts/bench/lib/claims-api.ts'), worker: await bundle('scripts/bench/lib/claims-worker.ts') };
  const lines: string[] = [];
  for (const at of ['background', 'page'] as const) for (const words of [3_000, 50_000]) for (const present of [5, 'all'] as const) lines.push(...(await measure(context, origin, code, words, present, at)));
  return lines;
}
