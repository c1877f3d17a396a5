/**
 * Claim matching on top of term highlighting, on the 3,000-word and 50,000-word pages: the main
 * thread time of the claim pass against the term pass (budget: at most 25% on top), and the
 * longest task (budget: none over 50 ms). A few sentences that make known claims (our own
 * wording, from the unit test set) are added to the page so notes are actually made.
 */
import * as esbuild from 'esbuild';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { loadPack } from '../build.ts';
import { ROOT } from '../lib/paths.ts';
import { bundledPack } from '../../src/shared/claims/bundle.ts';
import { WRONG } from '../../test/unit/claims/claim-set.ts';
import { longArticle } from './lib/pages.ts';
import type { ClaimsRun } from './lib/claims-api.ts';

/** Runs per page: a short page's pass is about a millisecond, so one descheduling weighs a lot and more runs find an undisturbed one. */
const runsFor = (words: number) => (words > 10_000 ? 7 : 15);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;

async function bundle(): Promise<string> {
  const out = await esbuild.build({ entryPoints: [path.join(ROOT, 'scripts/bench/lib/claims-api.ts')], bundle: true, format: 'iife', minify: true, write: false, target: ['chrome120'], logLevel: 'warning' });
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

/** A known claim in every 8th paragraph: all 34 claims (the worst case), or 5 (a typical article). */
async function measure(context: BrowserContext, origin: string, code: string, words: number, claimsOnPage: 'all' | 5): Promise<string[]> {
  const page = await isolatedPage(context, origin, longArticle(words));
  const isolated = await page.evaluate(() => crossOriginIsolated);
  const sentences = WRONG.map((w) => w[0]).slice(0, claimsOnPage === 'all' ? undefined : claimsOnPage);
  await page.evaluate((list) => document.querySelectorAll('article p').forEach((p, i) => i % 8 === 0 && p.append(` ${list[(i / 8) % list.length]}`)), sentences);
  await page.addScriptTag({ content: code });
  const entries = bundledPack(await loadPack()).entries;
  await page.evaluate((e) => (window as unknown as { __lpcClaimsBench: { init(x: unknown): void } }).__lpcClaimsBench.init(e), entries);
  const runs: ClaimsRun[] = [];
  const RUNS = runsFor(words);
  for (let i = 0; i < RUNS; i++) runs.push(await page.evaluate(() => (window as unknown as { __lpcClaimsBench: { run(): Promise<ClaimsRun> } }).__lpcClaimsBench.run()));
  await page.close();
  const terms = median(runs.map((r) => r.termsMs));
  const claims = median(runs.map((r) => r.claimsMs));
  // The least disturbed run of each: the machine may be shared, and noise only ever adds time.
  const termsMin = Math.min(...runs.map((r) => r.termsMs));
  const claimsMin = Math.min(...runs.map((r) => r.claimsMs));
  const longTasks = runs.flatMap((r) => r.longTasks);
  return [
    `claims, ${words.toLocaleString('en')}-word page, ${claimsOnPage === 'all' ? 'every claim of the pack present' : '5 distinct claims present'} (${runs[0]!.marks} marks, notes in ${runs[0]!.notes} paragraphs), median of ${RUNS}${isolated ? '' : '; timers coarsened to 0.1 ms'}:`,
    `  median: terms ${ms(terms)} · claims ${ms(claims)} → +${((claims / terms) * 100).toFixed(0)}% · fastest run: terms ${ms(termsMin)} · claims ${ms(claimsMin)} → +${((claimsMin / termsMin) * 100).toFixed(0)}% on top of term highlighting (budget ≤ 25%)`,
    `  longest slice: terms ${ms(Math.max(...runs.map((r) => r.longestTermSlice)))}, claims ${ms(Math.max(...runs.map((r) => r.longestClaimSlice)))} · long tasks (> 50 ms) in ${RUNS} runs: ${longTasks.length ? longTasks.map(ms).join(', ') : 'none'}`,
  ];
}

export default async function claimsBench({ context, origin }: { context: BrowserContext; origin: string }): Promise<string[]> {
  const code = await bundle();
  const lines: string[] = [];
  for (const words of [3_000, 50_000]) for (const present of [5, 'all'] as const) lines.push(...(await measure(context, origin, code, words, present)));
  return lines;
}
