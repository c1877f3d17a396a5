/** The detector against its floor on one loaded page, and the summary lines over many pages. */
import type { Page } from '@playwright/test';
import { installApi, type Api } from './page-bundle.ts';

export interface DetectorSample {
  floor: number;
  ours: number;
  detected: boolean;
}

export async function measureDetector(page: Page, bundle: string): Promise<DetectorSample> {
  await installApi(page, bundle);
  return page.evaluate(() => {
    const b = (window as unknown as { __lpcBench: Api }).__lpcBench;
    const f: number[] = [];
    const o: number[] = [];
    // Interleaved rounds, averaged over 5 calls each (the page clock is coarse).
    for (let i = 0; i < 5; i++) {
      f.push(b.floor(5) as number);
      o.push(b.detector(5) as number);
    }
    const m = (xs: number[]) => xs.sort((a, b2) => a - b2)[2]!;
    return { floor: m(f), ours: m(o), detected: (b.detected() as { detected: boolean }).detected };
  });
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;
export const ms = (x: number) => `${x.toFixed(x < 1 ? 3 : 1)} ms`;
/** Below the page clock's resolution a ratio means nothing. */
export const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a (floor under the clock resolution)');

export function detectorLines(label: string, samples: DetectorSample[]): string[] {
  const ours = samples.map((s) => s.ours);
  const floor = samples.map((s) => s.floor);
  return [
    `detector on ${samples.length} ${label} (${samples.filter((s) => s.detected).length} detected):`,
    `  ours   median ${ms(median(ours))} · p95 ${ms(pct(ours, 0.95))} · max ${ms(Math.max(...ours))}`,
    `  floor  median ${ms(median(floor))} · p95 ${ms(pct(floor, 0.95))} · max ${ms(Math.max(...floor))}   (body.textContent + one regex test)`,
    `  ratio  median ${ratio(median(ours), median(floor))} · p95 ${ratio(pct(ours, 0.95), pct(floor, 0.95))}   (target: median ≤ 1.5× and ≤ 2 ms)`,
  ];
}
