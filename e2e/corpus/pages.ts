/** The corpus pages: every .html / .html.gz under ../shared/corpus (the .json files are expected outputs, not pages). */
import { existsSync, readdirSync } from 'node:fs';
import { CORPUS, sharedArticleNames } from '../harness/server.ts';

export function corpusPages(): string[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.html?(\.gz)?$/i.test(f))
    .map((f) => f.split('\\').join('/'))
    .sort();
}

/** The five shared news articles, as the fixture server serves them: real landmine text, so real highlights. */
export async function sharedArticlePages(): Promise<string[]> {
  return (await sharedArticleNames()).map((n) => `/shared-article/${n.replace(/\.txt$/, '')}`);
}

/** Nearest-rank percentile of already-sorted numbers. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
