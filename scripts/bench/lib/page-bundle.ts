/** The page API (page-api.ts) bundled with esbuild for pages, and the helpers to put it in one. */
import * as esbuild from 'esbuild';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { loadPack } from '../../build.ts';
import { ROOT } from '../../lib/paths.ts';

export type { BenchApi as Api } from './page-api.ts';
import type { BenchApi as Api } from './page-api.ts';
import { markjsPatch } from '../../lib/markjs-patch.ts';

export async function pageBundle(): Promise<string> {
  const out = await esbuild.build({
    entryPoints: [path.join(ROOT, 'scripts/bench/lib/page-api.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: ['chrome120'],
    logLevel: 'warning',
    plugins: [markjsPatch()],
  });
  return out.outputFiles[0]!.text;
}

/** Loads the page API into the page and gives it the pack's vocabulary and entries. */
export async function installApi(page: Page, bundle: string): Promise<void> {
  const pack = await packData();
  await page.addScriptTag({ content: bundle });
  await page.evaluate(([d, e]) => (window as unknown as { __lpcBench: Api }).__lpcBench.init(d, e), [pack.detection, pack.entries] as const);
}

let packCache: Awaited<ReturnType<typeof loadPack>> | undefined;
async function packData() {
  packCache ??= await loadPack();
  return packCache;
}

/** Only our fixture server: corpus pages must not reach the network. */
export async function offline(context: BrowserContext, origin: string): Promise<void> {
  // tsx compiles the callbacks we pass to page.evaluate with a `__name` helper the page lacks.
  await context.addInitScript('globalThis.__name = (f) => f;');
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
}

