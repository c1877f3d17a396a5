/**
 * Load with and without the extension (review findings F1, F11), in the same run so the ratios
 * compare like with like:
 *   - a live page that appends 100 paragraphs every 100 ms for 30 s (e2e/fixtures/hostile-stream.html):
 *     paragraphs the page managed to add, and its longest task;
 *   - a 200,000-word article: long tasks and long animation frames (layout included) from navigation
 *     until our highlighting is done, the marks made, and then how fast the page removes nodes of
 *     its own.
 * BENCH_STREAM_SECONDS shortens the stream for a quick look.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension } from '../lib/browsers.ts';
import { offline } from './lib/page-bundle.ts';
import { longArticle } from './lib/pages.ts';

const STREAM_SECONDS = Number(process.env.BENCH_STREAM_SECONDS ?? 30);
const HUGE_WORDS = 200_000;
/** How long the huge page is watched after load: enough for our sliced pass to finish. */
const HUGE_WATCH_MS = 12_000;

/** Records long tasks and long animation frames (rendering included) from the start of the page. */
const WATCH_LONG_WORK = `(() => {
  const seen = (globalThis.__lpcLong = { tasks: [], frames: [] });
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) seen.tasks.push(e.duration); }).observe({ type: 'longtask', buffered: true }); } catch {}
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) seen.frames.push(e.duration); }).observe({ type: 'long-animation-frame', buffered: true }); } catch {}
})();`;

interface LongWork {
  tasks: number[];
  frames: number[];
}

const longWork = (page: Page) => page.evaluate(() => (globalThis as unknown as { __lpcLong: LongWork }).__lpcLong);
const worst = (xs: number[]) => Math.max(0, ...xs);
const over = (xs: number[], ms: number) => xs.filter((x) => x > ms).length;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

async function stream(context: BrowserContext, origin: string): Promise<{ added: number; longest: number }> {
  const page = await context.newPage();
  await page.goto(`${origin}/fixtures/hostile-stream.html`);
  await page.waitForTimeout(3_000);
  const r = await page.evaluate((s) => (window as unknown as { startStream(n: number, ms: number, s: number): Promise<{ added: number }> }).startStream(100, 100, s), STREAM_SECONDS);
  const work = await longWork(page);
  await page.close();
  return { added: r.added, longest: Math.max(worst(work.tasks), worst(work.frames)) };
}

/**
 * The page's own DOM work once we are done: it adds 5,000 nodes and removes them, timed in the
 * page (median of 5). A removal anywhere in a document costs a step per NodeIterator still
 * registered with it; mark.js used to leave one per element it marked (node-walker.ts).
 */
function pageRemovals(page: Page): Promise<number> {
  return page.evaluate(() => {
    const times: number[] = [];
    for (let k = 0; k < 5; k++) {
      const host = document.createElement('div');
      document.body.append(host);
      for (let i = 0; i < 5_000; i++) host.append(document.createElement('span'));
      const t = performance.now();
      while (host.firstChild) host.firstChild.remove();
      times.push(performance.now() - t);
      host.remove();
    }
    return times.sort((a, b) => a - b)[2]!;
  });
}

async function huge(context: BrowserContext, origin: string): Promise<{ work: LongWork; marks: number; removalsMs: number }> {
  const url = `${origin}/bench/load-${HUGE_WORDS}-words.html`;
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: longArticle(HUGE_WORDS) }));
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForTimeout(HUGE_WATCH_MS);
  const work = await longWork(page);
  const marks = await page.evaluate(() => document.querySelectorAll('mark.lpc-term').length);
  const removalsMs = await pageRemovals(page);
  await page.close();
  return { work, marks, removalsMs };
}

const ms = (x: number) => `${x.toFixed(0)} ms`;

export default async function loadBench(env: { context: BrowserContext; origin: string }): Promise<string[]> {
  const launched = await launchWithExtension();
  try {
    await offline(launched.context, env.origin);
    for (const c of [launched.context, env.context]) await c.addInitScript({ content: WATCH_LONG_WORK });
    const withStream = await stream(launched.context, env.origin);
    const withoutStream = await stream(env.context, env.origin);
    const withHuge = await huge(launched.context, env.origin);
    const withoutHuge = await huge(env.context, env.origin);
    const all = (w: LongWork) => [...w.tasks, ...w.frames];
    return [
      `live page, 100 paragraphs every 100 ms for ${STREAM_SECONDS} s:`,
      `  paragraphs added  with ${withStream.added} · without ${withoutStream.added} · ratio ${(withStream.added / withoutStream.added).toFixed(2)} (target ≥ 0.90)`,
      `  longest task/frame  with ${ms(withStream.longest)} · without ${ms(withoutStream.longest)} · ratio ${(withStream.longest / Math.max(1, withoutStream.longest)).toFixed(2)}`,
      `a ${HUGE_WORDS.toLocaleString('en')}-word article (${withHuge.marks} marks), first ${HUGE_WATCH_MS / 1000} s:`,
      `  long tasks  with ${withHuge.work.tasks.length} (longest ${ms(worst(withHuge.work.tasks))}) · without ${withoutHuge.work.tasks.length} (longest ${ms(worst(withoutHuge.work.tasks))})`,
      `  long frames (layout included)  with ${withHuge.work.frames.length} (longest ${ms(worst(withHuge.work.frames))}) · without ${withoutHuge.work.frames.length} (longest ${ms(worst(withoutHuge.work.frames))})`,
      `  over 100 ms  with ${over(all(withHuge.work), 100)} · without ${over(all(withoutHuge.work), 100)} (the page's own parse is one of them)`,
      `  time in long frames  with ${ms(sum(withHuge.work.frames))} · without ${ms(sum(withoutHuge.work.frames))} · ratio ${(sum(withHuge.work.frames) / Math.max(1, sum(withoutHuge.work.frames))).toFixed(2)}`,
      `  then the page removing 5,000 of its own nodes  with ${withHuge.removalsMs.toFixed(1)} ms · without ${withoutHuge.removalsMs.toFixed(1)} ms · ratio ${(withHuge.removalsMs / withoutHuge.removalsMs).toFixed(2)}`,
    ];
  } finally {
    await launched.close();
  }
}
