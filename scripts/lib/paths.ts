/**
 * Where things are: the project, its build output and budgets, and the shared material beside it.
 * The one home of these paths for the build, the scripts, the unit tests and the e2e harness.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');
export const TARGETS = ['chrome', 'firefox'] as const;
export type Target = (typeof TARGETS)[number];
export const DEFAULT_PACK = path.join(ROOT, 'assets/topics/landmine-policy.json');

/** Size budgets in bytes (minified), checked on every build. */
// fullPack: 200 KB since the eighteen languages' names joined it; it loads only where its topic is detected.
export const BUDGETS = { boot: 16 * 1024, compact: 4 * 1024, fullPack: 200 * 1024 };

/** ../shared: the project's shared material (articles, corpus, research), never copied in. */
export const SHARED = process.env.SHARED_DIR ?? path.resolve(ROOT, '../shared');
export const SHARED_ARTICLES = path.join(SHARED, 'articles');
export const CORPUS = path.join(SHARED, 'corpus');

/**
 * The skip reason for a test that reads `../shared/<part>`, or false when it is there. A public
 * clone has no ../shared: its tests skip with this one line instead of failing.
 */
export function sharedMissing(part: 'articles' | 'corpus' | 'research'): string | false {
  const dir = path.join(SHARED, part);
  return existsSync(dir) ? false : `needs ${dir}: the project's shared material (put it beside the project as ../shared, or set SHARED_DIR)`;
}
