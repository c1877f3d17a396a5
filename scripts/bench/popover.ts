/**
 * The context card's speed in real Chromium with the built extension (dist/chrome) loaded: from
 * the end of the dwell (the card's `lpc-card:dwell-end` User Timing mark) to the card being
 * painted, on a 3,000-word article. "Painted" is taken in the page as the first task after the
 * animation frame that follows the card's DOM change (rAF, then a message-channel task), which is
 * when the browser has produced that frame.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension } from '../lib/browsers.ts';
import { longArticle } from './lib/pages.ts';

const WORDS = 3_000;
const OPENINGS = 24;
const FRAME_MS = 1000 / 60;

interface Sample {
  script: number;
  painted: number;
}

/** Hovers `selector` and resolves with the card's timings for that opening. */
async function measureOpening(page: Page, termId: string, index: number): Promise<Sample> {
  await page.mouse.move(2, 2);
  await page.waitForFunction(() => !document.querySelector('[data-lpc-card-host]')?.shadowRoot?.querySelector('[role="dialog"]'), null, { timeout: 5_000 });
  const target = page.locator(`mark.lpc-term[data-term-id="${termId}"]`).nth(index);
  await target.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const result = page.evaluate(
    (id) =>
      new Promise<{ dwellEnd: number; shown: number; painted: number }>((resolve, reject) => {
        const done = () => {
          const card = document.querySelector('[data-lpc-card-host]')?.shadowRoot?.querySelector('[role="dialog"]');
          if (card?.getAttribute('data-term-id') !== id) return false;
          observer.disconnect();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              const painted = performance.now();
              const last = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
              resolve({ dwellEnd: last('lpc-card:dwell-end'), shown: last('lpc-card:shown'), painted });
            };
            channel.port2.postMessage(0);
          });
          return true;
        };
        const observer = new MutationObserver(() => void done());
        const watch = () => {
          const host = document.querySelector('[data-lpc-card-host]');
          if (host?.shadowRoot) observer.observe(host.shadowRoot, { subtree: true, childList: true, attributes: true });
          observer.observe(document.documentElement, { childList: true });
        };
        watch();
        // The host appears on the first opening only; watch its root as soon as it exists.
        new MutationObserver((_, self) => {
          if (document.querySelector('[data-lpc-card-host]')?.shadowRoot) {
            self.disconnect();
            watch();
            void done();
          }
        }).observe(document.documentElement, { childList: true });
        setTimeout(() => reject(new Error(`no card for ${id}`)), 5_000);
      }),
    termId,
  );
  await target.hover();
  const r = await result;
  return { script: r.shown - r.dwellEnd, painted: r.painted - r.dwellEnd };
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const pct = (xs: number[], p: number) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;
const ms = (x: number) => `${x.toFixed(1)} ms`;

export default async function popoverBench(env: { context: BrowserContext; origin: string }): Promise<string[]> {
  const launched = await launchWithExtension();
  try {
    const url = `${env.origin}/bench/popover-${WORDS}-words.html`;
    await launched.context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: longArticle(WORDS) }));
    // tsx (esbuild keepNames) wraps named functions in page.evaluate callbacks with a __name helper.
    await launched.context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    const page = launched.context.pages()[0] ?? (await launched.context.newPage());
    await page.goto(url);
    await page.waitForFunction(() => document.querySelectorAll('mark.lpc-term').length >= 10, null, { timeout: 15_000 });
    const words = await page.evaluate(() => document.querySelector('article')?.textContent?.split(/\s+/).filter(Boolean).length ?? 0);
    const marks = await page.$$eval('mark.lpc-term', (els) => els.map((e) => e.getAttribute('data-term-id')!));
    // Alternate between different terms, spread through the article, so every opening swaps the card.
    const seen = new Map<string, number>();
    const plan = marks.map((id) => ({ id, n: (seen.set(id, (seen.get(id) ?? -1) + 1), seen.get(id)!) }));
    const step = Math.max(1, Math.floor(plan.length / OPENINGS));
    const picks = plan.filter((_, i) => i % step === 0).slice(0, OPENINGS);

    const samples: Sample[] = [];
    for (const p of picks) samples.push(await measureOpening(page, p.id, p.n));
    const [cold, ...warm] = samples;
    const painted = warm.map((s) => s.painted);
    const script = warm.map((s) => s.script);
    const injections = await page.evaluate(() => document.querySelectorAll('[data-lpc-card-host]').length);
    return [
      `context card, a ${words.toLocaleString('en')}-word article (${marks.length} highlights), ${warm.length} hovers after the first:`,
      `  dwell end → card painted   median ${ms(pct(painted, 0.5))} · p95 ${ms(pct(painted, 0.95))} · max ${ms(Math.max(...painted))} (one frame at 60 Hz = ${ms(FRAME_MS)}; ${painted.filter((x) => x <= FRAME_MS).length}/${painted.length} within it)`,
      `  of which our script        median ${ms(pct(script, 0.5))} · p95 ${ms(pct(script, 0.95))} (render, place, top layer)`,
      `  first hover (creates the shadow root and stylesheet): script ${ms(cold!.script)} · painted ${ms(cold!.painted)}`,
      `  card hosts in the page after all hovers: ${injections}`,
    ];
  } finally {
    await launched.close();
  }
}
