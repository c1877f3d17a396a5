/**
 * `npm run eval:corpus -- DIR...`: runs the detector on every page (.html, .htm, .html.gz) under
 * the given folders in real Chromium and prints, per page, detected or not with its score, then
 * totals. Labels, when given, add a precision/recall line:
 *   - a `labels.json` in a folder: { "relative/path.html": true | false, … } (true = about the topic);
 *   - otherwise a folder named `pos` or `neg` anywhere in a page's path labels it.
 * Pages are served from memory on a fake origin; nothing reaches the network.
 */
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { CHROMIUM_ARGS, chromiumExecutable } from './lib/browsers.ts';
import { htmlFiles } from './bench/lib/pages.ts';
import { installApi, pageBundle } from './bench/lib/page-bundle.ts';
import { describeVerdict } from '../src/shared/detection-text.ts';
import type { DetectionReport } from '../src/shared/detection.ts';
import { installEnglishMessages } from './lib/messages.ts';

// The reasons are printed in the words the popup shows an English reader.
installEnglishMessages();

const ORIGIN = 'http://eval.invalid';

interface Row {
  file: string;
  label: boolean | undefined;
  /** The page could not be loaded or checked: it has no verdict and is counted apart. */
  failed: boolean;
  detected: boolean;
  score: number;
  reason: string;
}

function labelsFor(dir: string): (rel: string) => boolean | undefined {
  const file = path.join(dir, 'labels.json');
  const json: Record<string, boolean> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  return (rel) => {
    if (rel in json) return !!json[rel];
    const parts = rel.split(/[\\/]/);
    if (parts.includes('pos')) return true;
    if (parts.includes('neg')) return false;
    return undefined;
  };
}

async function main(): Promise<number> {
  const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!dirs.length) {
    console.error('usage: npm run eval:corpus -- DIR...   (labels: DIR/labels.json or pos/ and neg/ folders)');
    return 2;
  }
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ javaScriptEnabled: true });
  await context.addInitScript('globalThis.__name = (f) => f;');
  const pages = new Map<string, Buffer>();
  await context.route('**/*', (route) => {
    const body = pages.get(new URL(route.request().url()).pathname);
    return body ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }) : route.abort();
  });
  const bundle = await pageBundle();
  const rows: Row[] = [];
  const page = await context.newPage();
  for (const dir of dirs) {
    const label = labelsFor(dir);
    for (const rel of htmlFiles(dir)) {
      const raw = readFileSync(path.join(dir, rel));
      const key = `/${rows.length}.html`;
      pages.set(key, rel.endsWith('.gz') ? gunzipSync(raw) : raw);
      try {
        await page.goto(ORIGIN + key, { waitUntil: 'load', timeout: 15_000 });
        await installApi(page, bundle);
        const r = (await page.evaluate(() => (window as unknown as { __lpcBench: { detected(): DetectionReport } }).__lpcBench.detected())) as DetectionReport;
        rows.push({ file: path.join(dir, rel), label: label(rel), failed: false, detected: r.detected, score: r.score, reason: describeVerdict(r) });
      } catch (error) {
        rows.push({ file: path.join(dir, rel), label: label(rel), failed: true, detected: false, score: NaN, reason: (error as Error).message.split('\n')[0]! });
      }
      pages.delete(key);
      const row = rows[rows.length - 1]!;
      const tag = row.label === undefined || row.failed ? '' : row.label === row.detected ? ' ✓' : ' ✗';
      const verdict = row.failed ? 'NOT LOADED  ' : row.detected ? 'DETECTED    ' : 'not detected';
      console.log(`${verdict}  ${String(row.failed ? '–' : row.score).padStart(6)}  ${row.file}${tag}  · ${row.reason}`);
    }
  }
  await browser.close();
  const checked = rows.filter((r) => !r.failed);
  const failed = rows.length - checked.length;
  const detected = checked.filter((r) => r.detected).length;
  console.log(`\n${rows.length} pages: ${detected} detected, ${checked.length - detected} not detected, ${failed} failed to load (no verdict)`);
  const labelled = checked.filter((r) => r.label !== undefined);
  if (labelled.length) {
    const tp = labelled.filter((r) => r.label && r.detected).length;
    const fp = labelled.filter((r) => !r.label && r.detected).length;
    const fn = labelled.filter((r) => r.label && !r.detected).length;
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    console.log(`${labelled.length} labelled: precision ${(precision * 100).toFixed(1)}% (${tp}/${tp + fp}) · recall ${(recall * 100).toFixed(1)}% (${tp}/${tp + fn}) · ${fp} false positives, ${fn} missed`);
  }
  if (failed) console.log(`${failed} pages failed to load: they are left out of every figure above.`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
