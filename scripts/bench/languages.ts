/**
 * The detector on non-English pages: our multilingual test set (test/data/languages, each text
 * as the body of a page) and the language fixtures, against the same floor as the corpus row.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchEnv } from '../bench.ts';
import { ROOT } from '../lib/paths.ts';
import { pageBundle } from './lib/page-bundle.ts';
import { detectorLines, measureDetector, type DetectorSample } from './lib/measure-detector.ts';

const DATA = path.join(ROOT, 'test/data/languages');

function testSetPages(): string[] {
  const pages: string[] = [];
  for (const lang of readdirSync(DATA).filter((d) => d !== 'en' && !d.includes('.'))) {
    for (const kind of ['pos', 'neg']) {
      const dir = path.join(DATA, lang, kind);
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
        const paras = readFileSync(path.join(dir, f), 'utf8').split('\n').map((p) => `<p>${p.replace(/[<&]/g, ' ')}</p>`);
        pages.push(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${lang}</title></head><body><main><article>${paras.join('')}</article></main></body></html>`);
      }
    }
  }
  return pages;
}

export default async function languages({ context, origin }: BenchEnv): Promise<string[]> {
  const bundle = await pageBundle();
  const page = await context.newPage();
  const samples: DetectorSample[] = [];
  for (const name of readdirSync(path.join(ROOT, 'e2e/fixtures')).filter((f) => f.startsWith('lang-'))) {
    await page.goto(`${origin}/fixtures/${name}`);
    samples.push(await measureDetector(page, bundle));
  }
  for (const html of testSetPages()) {
    await page.setContent(html);
    samples.push(await measureDetector(page, bundle));
  }
  await page.close();
  return detectorLines('non-English pages (test set + fixtures)', samples);
}
