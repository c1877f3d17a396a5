/**
 * The topic packs the build ships: every `*.json` in assets/topics (the schema aside), each
 * validated alone, then checked against the others. Tests add packs of their own with
 * `extraDirs` (or LPC_EXTRA_PACKS, a list of folders); the shipped build never does.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TopicPack } from '../../src/shared/pack/types.ts';
import { crossPackProblems } from '../../src/shared/pack/cross-pack.ts';
import { formatProblems, validatePack } from '../../src/shared/pack/validate.ts';
import { ROOT } from './paths.ts';

export const TOPICS_DIR = path.join(ROOT, 'assets/topics');

export class PackError extends Error {}

export interface LoadedPack {
  file: string;
  pack: TopicPack;
}

export async function loadPack(file: string): Promise<TopicPack> {
  let data: unknown;
  const text = await readFile(file, 'utf8');
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new PackError(`${path.relative(ROOT, file)}:${jsonErrorPlace(text, error as Error)}: not valid JSON: ${(error as Error).message}`);
  }
  const problems = validatePack(data);
  if (problems.length) throw new PackError(`${path.relative(ROOT, file)} is invalid:\n${formatProblems(problems)}`);
  return data as TopicPack;
}

/** "line:column" of a JSON.parse error, from the position V8 reports, so an editor can jump there. */
export function jsonErrorPlace(text: string, error: Error): string {
  const position = Number(/at position (\d+)/.exec(error.message)?.[1] ?? NaN);
  const lineColumn = /line (\d+) column (\d+)/.exec(error.message);
  if (lineColumn) return `${lineColumn[1]}:${lineColumn[2]}`;
  if (!text.trim()) return '1:1 (empty file)';
  // "Unexpected end of JSON input" has no position: the problem is where the text stops.
  if (Number.isNaN(position)) return jsonErrorPlace(text, new Error(`at position ${text.trimEnd().length}`));
  const before = text.slice(0, position).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

/** The folders the test builds add (LPC_EXTRA_PACKS, separated like PATH). */
export function extraPackDirs(): string[] {
  return (process.env.LPC_EXTRA_PACKS ?? '').split(path.delimiter).filter(Boolean);
}

export async function packFiles(dirs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const dir of dirs) {
    for (const name of (await readdir(dir)).sort()) if (name.endsWith('.json') && !name.endsWith('.schema.json')) files.push(path.join(dir, name));
  }
  return files;
}

/**
 * Every pack, validated, highest `meta.priority` first (the default pack has none and comes first
 * among equals: assets/topics before the extra folders, then by file name).
 */
export async function loadPacks(extraDirs: readonly string[] = extraPackDirs()): Promise<LoadedPack[]> {
  const files = await packFiles([TOPICS_DIR, ...extraDirs]);
  if (!files.length) throw new PackError(`no topic pack in ${path.relative(ROOT, TOPICS_DIR)}`);
  const loaded: LoadedPack[] = [];
  for (const file of files) loaded.push({ file, pack: await loadPack(file) });
  const problems = crossPackProblems(loaded.map((l) => ({ name: path.relative(ROOT, l.file), pack: l.pack })));
  if (problems.length) throw new PackError(`The topic packs disagree:\n- ${problems.join('\n- ')}`);
  return loaded.map((l, i) => ({ l, i })).sort((a, b) => (b.l.pack.meta.priority ?? 0) - (a.l.pack.meta.priority ?? 0) || a.i - b.i).map(({ l }) => l);
}
