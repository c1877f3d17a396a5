/** Which corpus pages a run checks: the default sample, and the shared articles as fixture-server paths. */
import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { CORPUS } from '../../scripts/lib/paths.ts';
import { sharedArticleNames } from '../../scripts/lib/shared-material.ts';

/** Pages per source folder in the default (sampled) corpus run. */
export const SAMPLE_PER_FOLDER = 20;

/** Corpus pages that name the topic at all: the nearest misses, always in the sample. */
function mentionsTopic(page: string): boolean {
  const raw = readFileSync(path.join(CORPUS, page));
  return /land[\s-]?mines?|mine ban/i.test((page.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8'));
}

/**
 * A fixed, representative subset for the default run: from each source folder (the first path
 * segment), the pages that mention the topic, its two largest pages (the costliest for us), and
 * evenly spaced pages in name order up to SAMPLE_PER_FOLDER. The same corpus always gives the
 * same sample, and every folder is in it.
 */
export function corpusSample(pages: string[], perFolder = SAMPLE_PER_FOLDER): string[] {
  const folders = new Map<string, string[]>();
  for (const p of pages) {
    const folder = p.split('/')[0]!;
    folders.set(folder, [...(folders.get(folder) ?? []), p]);
  }
  const chosen: string[] = [];
  for (const list of folders.values()) {
    const bySize = [...list].sort((a, b) => statSync(path.join(CORPUS, b)).size - statSync(path.join(CORPUS, a)).size);
    const picked = new Set([...list.filter(mentionsTopic), ...bySize.slice(0, 2)]);
    const step = list.length / perFolder;
    const spaced = Array.from({ length: perFolder }, (_, i) => list[Math.floor(i * step)]!);
    for (const p of [...spaced, ...list]) if (picked.size < Math.min(perFolder, list.length)) picked.add(p);
    chosen.push(...list.filter((p) => picked.has(p)));
  }
  return chosen;
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
