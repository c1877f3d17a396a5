/**
 * The corpus run: every page in ../shared/corpus, in real Chromium with the extension, switched
 * to "always highlight" and back off (see probe.ts for what is checked on each page). Requests
 * for anything but the document itself are aborted, so the run is fast and offline.
 * Prints progress every 10 s, one summary line, and writes artifacts/corpus-report.json (figures
 * for the README). By default a fixed sample of each source folder (`corpusSample`) is checked.
 *   CORPUS_FULL=1      every page (`npm run test:corpus -- --full`; for a nightly-style run)
 *   CORPUS_WORKERS=n   browsers in parallel (default 2)
 *   CORPUS_TABS=n      tabs per batch in each browser (default 4)
 *   CORPUS_LIMIT=n     only the first n pages (for a quick local look)
 *   CORPUS_ONLY=text   only the pages whose path contains text
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EXTENSION_DIR, launchWithExtension } from '../../scripts/lib/browsers.ts';
import { startServer } from '../harness/server.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { corpusPages } from '../../scripts/lib/shared-material.ts';
import { corpusSample, percentile, sharedArticlePages } from './pages.ts';
import { checkPages, confirmNewErrors, ModeSwitch, type PageResult } from './probe.ts';

test('every corpus page: no exception, no new page error, marks only where allowed, removal restores the DOM', { timeout: 30 * 60_000 }, async () => {
  // The corpus is not about landmines; the five shared articles are, so marks are checked on real text too.
  const full = process.env.CORPUS_FULL === '1';
  const corpus = corpusPages();
  const chosenCorpus = full ? corpus : corpusSample(corpus);
  const all = [...chosenCorpus, ...(await sharedArticlePages())];
  console.log(full ? `corpus: every page (${corpus.length}) and the shared articles` : `corpus: a fixed sample of ${chosenCorpus.length} of ${corpus.length} pages, from every source folder, and the shared articles (CORPUS_FULL=1 for all)`);
  const only = process.env.CORPUS_ONLY;
  const chosen = only ? all.filter((p) => p.includes(only)) : all;
  const pages = process.env.CORPUS_LIMIT ? chosen.slice(0, Number(process.env.CORPUS_LIMIT)) : chosen;
  assert.ok(pages.length > 0, 'the corpus has pages');
  // A private copy of the build: other work may rebuild dist/ during a run of several minutes.
  const extensionDir = await mkdtemp(path.join(os.tmpdir(), 'lpc-corpus-ext-'));
  await cp(EXTENSION_DIR, extensionDir, { recursive: true });
  const server = await startServer();
  const started = Date.now();
  const results: PageResult[] = [];
  const progress = setInterval(() => console.log(`corpus: ${results.length}/${pages.length} pages · ${Math.round((Date.now() - started) / 1000)} s`), 10_000);
  let next = 0;

  const batchSize = Math.max(1, Number(process.env.CORPUS_TABS ?? 4));
  const runWorker = async () => {
    const browser = await launchWithExtension(extensionDir);
    await browser.context.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
    const modes = new ModeSwitch(browser.context);
    await modes.set('off');
    try {
      while (next < pages.length) {
        const batch = pages.slice(next, next + batchSize);
        next += batch.length;
        for (const r of await checkPages(browser.context, modes, server.origin, batch)) {
          await confirmNewErrors(browser.context, server.origin, r);
          results.push(r);
          if (r.failures.length) console.log(`✗ ${r.page}\n    ${r.failures.join('\n    ')}`);
        }
      }
    } finally {
      await browser.close();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Number(process.env.CORPUS_WORKERS ?? 2)) }, runWorker)).finally(() => clearInterval(progress));
  await server.close();
  await rm(extensionDir, { recursive: true, force: true });

  const failed = results.filter((r) => r.failures.length);
  const ours = results.map((r) => r.detectionMs + r.highlightMs).sort((a, b) => a - b);
  const summary = {
    pages: results.length,
    sampled: !full,
    corpusPagesInFolder: corpus.length,
    corpusPages: results.filter((r) => !r.page.startsWith('/')).length,
    sharedArticles: results.filter((r) => r.page.startsWith('/')).length,
    pagesWithHighlights: results.filter((r) => r.marks > 0).length,
    marks: results.reduce((n, r) => n + r.marks, 0),
    detected: results.filter((r) => r.detected).length,
    failures: failed.length,
    volatile: results.filter((r) => r.volatile).length,
    navigated: results.filter((r) => r.navigated).length,
    ourMs: { median: percentile(ours, 50), p95: percentile(ours, 95), max: percentile(ours, 100) },
    seconds: Math.round((Date.now() - started) / 1000),
  };
  await mkdir(path.join(ROOT, 'artifacts'), { recursive: true });
  await writeFile(path.join(ROOT, 'artifacts/corpus-report.json'), `${JSON.stringify({ summary, results }, null, 2)}\n`);
  const ms = (n: number) => n.toFixed(1);
  console.log(
    `corpus: ${summary.pages} pages (${summary.corpusPages}${full ? '' : ` sampled of ${corpus.length}`} corpus pages + ${summary.sharedArticles} shared articles), ${summary.pagesWithHighlights} with highlights (${summary.marks} marks), ${summary.detected} detected as landmine articles, ${summary.failures} failures (${summary.volatile} pages changed their own DOM and ${summary.navigated} navigated away while we ran) · our time per page median ${ms(summary.ourMs.median)} ms, p95 ${ms(summary.ourMs.p95)} ms, max ${ms(summary.ourMs.max)} ms · ${summary.seconds} s`,
  );
  assert.deepEqual(failed.map((r) => `${r.page}: ${r.failures.join('; ')}`), []);
});
