/** Pages the benchmark and the corpus evaluation load: corpus files, and long articles built from our own fixture prose. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../lib/paths.ts';

/** Every .html / .html.gz file under `dir`, as paths relative to it, sorted. */
export function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.html?(\.gz)?$/i.test(f))
    .sort();
}

/** The paragraphs of our positive fixtures (our own words), in order. */
function ourParagraphs(): string[] {
  const dir = path.join(ROOT, 'e2e/fixtures');
  const files = readdirSync(dir).filter((f) => /^detect-pos-.*\.html$/.test(f)).sort();
  const paras: string[] = [];
  for (const f of files) {
    const html = readFileSync(path.join(dir, f), 'utf8');
    for (const m of html.matchAll(/<p>([^<]{80,})<\/p>/g)) paras.push(m[1]!);
  }
  return paras;
}

/** A news page whose article has about `words` words, with navigation, a related box and a footer around it. */
export function longArticle(words: number): string {
  const paras = ourParagraphs();
  const body: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paras[i % paras.length]!;
    body.push(i % 12 === 11 ? `<h2>Part ${(i + 1) / 12 + 1}</h2><p>${p}</p>` : `<p>${p}</p>`);
    count += p.split(/\s+/).length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Landmine policy: a long read</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>Landmine policy: a long read</h1>${body.join('\n')}</article>
<aside class="related"><h2>More</h2><p>Other stories about the Ottawa Convention.</p></aside></main>
<footer><p>Benchmark page built from our own fixture text.</p></footer></body></html>`;
}
