/**
 * The built extension as most tests load it: a copy of dist/<target> whose card shadow root is
 * open, so Playwright locators, axe and page.evaluate can look inside the card (none of them can
 * reach a closed root). Everything else is the shipped build, byte for byte. The tests of what a
 * page can reach (hostile-spoof) load the shipped build itself, closed root and all.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DIST } from './paths.ts';
import type { Messages } from './messages.ts';

const CLOSED = 'mode:"closed"';

export interface TestBuild {
  dir: string;
  remove(): Promise<void>;
}

/** `from`: the build folder to copy (default dist/; the topic tests build with the test pack elsewhere). */
export async function inspectableBuild(target: 'chrome' | 'firefox', from = DIST): Promise<TestBuild> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `lpc-${target}-inspectable-`));
  await cp(path.join(from, target), dir, { recursive: true });
  const app = path.join(dir, 'content/app.js');
  const code = await readFile(app, 'utf8');
  const found = code.split(CLOSED).length - 1;
  // Exactly the card's root: anything else would mean the build changed under this copy.
  if (found !== 1) throw new Error(`expected one closed shadow root in ${app}, found ${found}; run \`npm run build\``);
  await writeFile(app, code.replace(CLOSED, 'mode:"open"'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The inspectable build speaking one language whatever the browser's: `messages` (from a locale
 * or made up) replace _locales/en and the other locales are removed. With the pseudo-locale, any
 * plain English left on screen was not looked up, and any box too small for longer text shows.
 */
export async function localeBuild(messages: (english: Messages) => Messages): Promise<TestBuild> {
  const build = await inspectableBuild('chrome');
  const locales = path.join(build.dir, '_locales');
  for (const locale of await readdir(locales)) if (locale !== 'en') await rm(path.join(locales, locale), { recursive: true });
  const file = path.join(locales, 'en/messages.json');
  await writeFile(file, JSON.stringify(messages(JSON.parse(await readFile(file, 'utf8')) as Messages)));
  return build;
}
