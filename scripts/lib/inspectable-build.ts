/**
 * The built extension as most tests load it: a copy of dist/<target> whose card shadow root is
 * open, so Playwright locators, axe and page.evaluate can look inside the card (none of them can
 * reach a closed root), and whose background has the test seams (`__TEST_HOOKS__`: the keyboard
 * commands' handler as `lpcRunCommand`, as no automation can press an extension shortcut; the
 * claim requests it answered as `lpcClaimRequests`).
 * Everything else is the shipped build, byte for byte. The tests of what a page can reach
 * (hostile-spoof) load the shipped build itself, closed root and all.
 */
import * as esbuild from 'esbuild';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DIST, ROOT, type Target } from './paths.ts';
import type { Messages } from './messages.ts';
import { esbuildOptions } from '../build.ts';
import { loadPacks } from './packs.ts';

const CLOSED = 'mode:"closed"';

export interface TestBuild {
  dir: string;
  remove(): Promise<void>;
}

/** A build folder holding chrome/ and firefox/, and the extra pack folders it was built with. */
export interface BuildSource {
  dist: string;
  packDirs: readonly string[];
}

/**
 * `from`: the build to copy (default dist/; the topic tests build with the test pack elsewhere,
 * and its background must be rebuilt with the same packs).
 */
export async function inspectableBuild(target: 'chrome' | 'firefox', from: BuildSource = { dist: DIST, packDirs: [] }): Promise<TestBuild> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `lpc-${target}-inspectable-`));
  await cp(path.join(from.dist, target), dir, { recursive: true });
  const app = path.join(dir, 'content/app.js');
  const code = await readFile(app, 'utf8');
  const found = code.split(CLOSED).length - 1;
  // Exactly the card's root: anything else would mean the build changed under this copy.
  if (found !== 1) throw new Error(`expected one closed shadow root in ${app}, found ${found}; run \`npm run build\``);
  await writeFile(app, code.replace(CLOSED, 'mode:"open"'));
  await writeFile(path.join(dir, 'background.js'), await testBackground(target, from.packDirs));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The background built with `__TEST_HOOKS__` on: once per process and target (a test file launches many browsers). */
const testBackgrounds = new Map<string, Promise<Uint8Array>>();
function testBackground(target: Target, packDirs: readonly string[]): Promise<Uint8Array> {
  const key = [target, ...packDirs].join('\n');
  let built = testBackgrounds.get(key);
  if (!built) testBackgrounds.set(key, (built = buildTestBackground(target, packDirs)));
  return built;
}

async function buildTestBackground(target: Target, packDirs: readonly string[]): Promise<Uint8Array> {
  const packs = (await loadPacks(packDirs)).map((l) => l.pack);
  const options = esbuildOptions(target, packs, path.join(os.tmpdir(), 'lpc-test-background'), true);
  const result = await esbuild.build({ ...options, absWorkingDir: ROOT, entryPoints: { background: 'src/background/index.ts' }, write: false, metafile: false });
  const file = result.outputFiles.find((f) => path.basename(f.path) === 'background.js');
  if (!file) throw new Error('the test build of background.js produced no file');
  return file.contents;
}

/**
 * The inspectable build speaking one language whatever the browser's: `messages` (from a locale
 * or made up) replace _locales/en and the other locales are removed. With the pseudo-locale, any
 * plain English left on screen was not looked up, and any box too small for longer text shows.
 */
export async function localeBuild(messages: (english: Messages) => Messages, target: 'chrome' | 'firefox' = 'chrome'): Promise<TestBuild> {
  const build = await inspectableBuild(target);
  const locales = path.join(build.dir, '_locales');
  for (const locale of await readdir(locales)) if (locale !== 'en') await rm(path.join(locales, locale), { recursive: true });
  const file = path.join(locales, 'en/messages.json');
  await writeFile(file, JSON.stringify(messages(JSON.parse(await readFile(file, 'utf8')) as Messages)));
  return build;
}
