/** The shared material beside the project, read at run time and never copied in. */
import { existsSync, readdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { CORPUS, SHARED_ARTICLES } from './paths.ts';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** Wraps a plain-text article (first non-empty line = headline) in a minimal news page. */
export function articlePage(text: string): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const [headline = 'Article', ...paras] = lines;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(headline)}</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>${escapeHtml(headline)}</h1>${paras.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</article></main>
<footer><p>Fixture page wrapping a shared article for tests.</p></footer></body></html>`;
}

/** The five shared news articles' file names, sorted; none when ../shared is absent. */
export async function sharedArticleNames(): Promise<string[]> {
  if (!existsSync(SHARED_ARTICLES)) return [];
  return (await readdir(SHARED_ARTICLES)).filter((f) => f.endsWith('.txt')).sort();
}

/** The corpus pages: every .html / .html.gz under ../shared/corpus (the .json files are expected outputs, not pages). */
export function corpusPages(): string[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.html?(\.gz)?$/i.test(f))
    .map((f) => f.split('\\').join('/'))
    .sort();
}
