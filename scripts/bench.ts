/**
 * `npm run bench`: performance of the detector and the highlighter in real Chromium, with the
 * extension's own modules bundled for the page (scripts/bench/lib/page-api.ts), and then every
 * module in scripts/bench/*.ts. Such a module default-exports
 *   async function (env: { context: BrowserContext; origin: string }): Promise<string[]>
 * and returns the lines to print. Prints figures; asserts nothing (timings are noisy).
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, chromiumExecutable } from './lib/browsers.ts';
import { CORPUS, ROOT } from './lib/paths.ts';
import { startStaticServer } from './lib/static-server.ts';
import { htmlFiles, longArticle } from './bench/lib/pages.ts';
import { installApi, offline, pageBundle, type Api } from './bench/lib/page-bundle.ts';
import { detectorLines, measureDetector, median, ms, ratio, type DetectorSample } from './bench/lib/measure-detector.ts';

export interface BenchEnv {
  context: BrowserContext;
  origin: string;
}
export type BenchModule = (env: BenchEnv) => Promise<string[]>;


async function benchDetector(context: BrowserContext, origin: string, bundle: string): Promise<string[]> {
  const files = htmlFiles(CORPUS);
  if (!files.length) return [`detector: no corpus at ${CORPUS}; skipped`];
  const samples: DetectorSample[] = [];
  const page = await context.newPage();
  for (const rel of files) {
    try {
      await page.goto(`${origin}/corpus/${rel.split('/').map(encodeURIComponent).join('/')}`, { waitUntil: 'load', timeout: 15_000 });
      samples.push(await measureDetector(page, bundle));
    } catch {
      // A page that does not load in time is left out of the figures.
    }
  }
  await page.close();
  return detectorLines('corpus pages', samples);
}

type ChunkedResult = { workMs: number; wallMs: number; marks: number; longTasks: number[]; firstMs: number; longestMs: number };

async function benchHighlight(context: BrowserContext, bundle: string, words: number, label: string): Promise<string[]> {
  const page = await context.newPage();
  await page.setContent(longArticle(words));
  await installApi(page, bundle);
  const lines: string[] = [];
  const long = words > 10_000;
  // Each measurement in its own evaluate (its own task), so none is counted in another's long tasks.
  const floors: number[] = [];
  const ours: number[] = [];
  // Chunked runs of the long page: interleaved with the floor, the median run reported.
  const chunkedRuns: ChunkedResult[] = [];
  for (let i = 0; i < (long ? 5 : 7); i++) {
    floors.push(await page.evaluate(() => (window as unknown as { __lpcBench: Api }).__lpcBench.floorMark()).then((x) => (x as { ms: number }).ms));
    if (!long) ours.push((await page.evaluate(() => (window as unknown as { __lpcBench: Api }).__lpcBench.ours())) as number);
    else chunkedRuns.push((await page.evaluate(() => (window as unknown as { __lpcBench: Api }).__lpcBench.oursChunked())) as ChunkedResult);
  }
  chunkedRuns.sort((a, b) => a.workMs - b.workMs);
  const chunked = long ? { ...chunkedRuns[Math.floor(chunkedRuns.length / 2)]!, longTasks: chunkedRuns.flatMap((c) => c.longTasks) } : null;
  const common = (await page.evaluate(() => (window as unknown as { __lpcBench: Api }).__lpcBench.common())) as { ms: number; marks: number };
  const r = {
    w: (await page.evaluate(() => (window as unknown as { __lpcBench: Api }).__lpcBench.words())) as number,
    floor: median(floors),
    ours: chunked ? chunked.workMs : median(ours),
    chunked,
    common,
    marks: chunked ? chunked.marks : ((await page.evaluate(() => (window as unknown as { __lpcBench: Api }).__lpcBench.marksOf())) as number),
  };
  lines.push(`highlighting, ${label} (${r.w} words, ${r.marks} marks):`);
  if (r.chunked) {
    lines.push(`  ours    ${ms(r.ours)} of work in idle-time chunks, median of 5 (${ms(r.chunked.wallMs)} wall; planning ${ms(r.chunked.firstMs)}, longest slice ${ms(r.chunked.longestMs)}) · long tasks during the 5 runs: ${r.chunked.longTasks.length ? r.chunked.longTasks.map((d) => ms(d)).join(', ') : 'none'}`);
  } else lines.push(`  ours    ${ms(r.ours)} (one synchronous pass; median of 7)`);
  lines.push(`  common  ${ms(r.common.ms)} (one mark() call with ${'all'} alias strings, separateWordSearch: false) → ours is ${(r.common.ms / r.ours).toFixed(0)}× faster`);
  lines.push(`  floor   ${ms(r.floor)} (one bare markRegExp pass of the same pattern) → ours is ${ratio(r.ours, r.floor)} the floor`);
  await page.close();
  return lines;
}

async function main(): Promise<void> {
  const server = await startStaticServer();
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext();
  try {
    await offline(context, server.origin);
    const bundle = await pageBundle();
    const print = (lines: string[]) => console.log(lines.join('\n'));
    // `--only NAME`: that module of scripts/bench/ alone (e.g. `--only claims`), nothing else.
    const at = process.argv.indexOf('--only');
    const only = at >= 0 ? process.argv[at + 1] : undefined;
    // `--skip-corpus` for a quick run of the highlighting figures only.
    if (!only && !process.argv.includes('--skip-corpus')) print(await benchDetector(context, server.origin, bundle));
    // `--detector-only`: the detector rows alone (corpus and non-English pages), no highlighting or card figures.
    const detectorOnly = process.argv.includes('--detector-only');
    if (!detectorOnly && !only) {
      print(await benchHighlight(context, bundle, 3_000, 'a 3,000-word article'));
      print(await benchHighlight(context, bundle, 50_000, 'a 50,000-word page'));
    }
    const dir = path.join(ROOT, 'scripts/bench');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && (!detectorOnly || f === 'languages.ts') && (!only || f === `${only}.ts`)).sort()) {
      const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default?: BenchModule };
      if (typeof mod.default !== 'function') continue;
      try {
        print(await mod.default({ context, origin: server.origin }));
      } catch (error) {
        console.log(`${file}: failed: ${(error as Error).message}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
