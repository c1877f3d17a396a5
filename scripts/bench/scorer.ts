/**
 * The scorer on pages that passed the gate: the 3,000-word and 50,000-word landmine articles, as
 * content/detect.js runs on a first visit (its phrase lists built, the page read and scored) and on
 * a re-detection (scored again). Compared in the same run with reading the page's text alone (the
 * floor any scorer pays) and, for the matching step, with the one combined regex per phrase list it
 * replaced: V8 compiled that regex's 163 Unicode property classes on first use, once per kind of
 * string, which made a first visit to a 3,000-word article a task of about 90 ms.
 */
import * as esbuild from 'esbuild';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { ROOT } from '../lib/paths.ts';
import { loadPacks } from '../lib/packs.ts';
import { compactModule } from '../../src/shared/pack/compact.ts';
import { longArticle } from './lib/pages.ts';
import type { ScorerRun } from './lib/scorer-api.ts';

/** Fresh pages per way and size: each loads the page and compiles everything again. */
const VISITS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const times = (x: number) => `${x.toFixed(2)}×`;

type Api = { __lpcScorerBench: { run(mod: unknown, way: string, again: number): Promise<ScorerRun> } };

async function bundle(): Promise<string> {
  const out = await esbuild.build({ entryPoints: [path.join(ROOT, 'scripts/bench/lib/scorer-api.ts')], bundle: true, format: 'iife', minify: true, write: false, target: ['chrome120'], logLevel: 'warning' });
  return out.outputFiles[0]!.text;
}

export default async function scorerBench({ context, origin }: { context: BrowserContext; origin: string }): Promise<string[]> {
  const code = await bundle();
  const mod = compactModule((await loadPacks()).map((p) => p.pack));
  const lines: string[] = [];
  for (const words of [3_000, 50_000]) {
    const html = longArticle(words);
    const again = words > 10_000 ? 3 : 9;
    const runs: Record<string, ScorerRun[]> = { scorer: [], ours: [], 'one-regex': [] };
    // The ways take turns on fresh pages, so a slow spell of the shared machine hits them alike.
    for (let i = 0; i < VISITS; i++) {
      for (const way of Object.keys(runs)) {
        const page = await context.newPage();
        const url = `${origin}/__scorer-bench-${i}.html`;
        await page.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
        await page.goto(url);
        await page.addScriptTag({ content: code });
        runs[way]!.push(await page.evaluate(([m, w, n]) => (window as unknown as Api).__lpcScorerBench.run(m, w, n), [mod, way, again] as const));
        await page.close();
      }
    }
    const s = runs.scorer!;
    const read = median(s.map((r) => r.readMs));
    const first = median(s.map((r) => r.firstMs));
    const reDetect = median(s.map((r) => r.againMs));
    const long = s.flatMap((r) => r.longTasks);
    const m = (way: string, k: 'matchFirstMs' | 'matchAgainMs') => median(runs[way]!.map((r) => r[k]));
    lines.push(
      `scorer, ${words.toLocaleString('en')}-word article (${s.every((r) => r.detected) ? 'detected' : 'NOT detected'}; median of ${VISITS} fresh pages):`,
      `  first visit (phrase lists built, page read and scored): ${ms(first)} of work, its longest task ${ms(median(s.map((r) => r.firstLongestTask)))} (most ${ms(Math.max(...s.map((r) => r.firstLongestTask)))}) · re-detection: ${ms(reDetect)} · floor, reading the text alone: ${ms(read)} (first visit ${times(first / read)}, re-detection ${times(reDetect / read)} of it) · long tasks (> 50 ms): ${long.map(ms).join(', ') || 'none'}`,
      `  matching the three phrase lists: first use ${ms(m('ours', 'matchFirstMs'))}, again ${ms(m('ours', 'matchAgainMs'))} · one combined regex per list (the old way): first use ${ms(m('one-regex', 'matchFirstMs'))}, again ${ms(m('one-regex', 'matchAgainMs'))} · first use ${times(m('one-regex', 'matchFirstMs') / m('ours', 'matchFirstMs'))} faster, again ${times(m('ours', 'matchAgainMs') / m('one-regex', 'matchAgainMs'))} of its time`,
    );
  }
  return lines;
}
