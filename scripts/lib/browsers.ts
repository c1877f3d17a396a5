/**
 * Finds the browsers the e2e tests, the demo and the bench drive, and launches Chromium with the
 * extension loaded. Order: the environment variable, the Debian package,
 * then Playwright's own download (Chromium only). Fails with a message naming what to install.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { inspectableBuild } from './inspectable-build.ts';
import { DIST } from './paths.ts';

export class MissingBrowserError extends Error {}

function firstExisting(candidates: (string | undefined)[]): string | undefined {
  return candidates.find((c): c is string => !!c && existsSync(c));
}

export function chromiumExecutable(): string {
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  const found = firstExisting([process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', bundled]);
  if (!found)
    throw new MissingBrowserError(
      'No Chromium found. Set CHROMIUM_PATH, or install it: `sudo apt-get install chromium` (Debian/Ubuntu) or `npx playwright install chromium`.',
    );
  return found;
}

export function firefoxExecutable(): string {
  const found = firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
  if (!found) throw new MissingBrowserError('No Firefox found. Set FIREFOX_PATH, or install it: `sudo apt-get install firefox-esr`.');
  return found;
}

/** Flags that keep Chromium off the network and quiet on a machine without a sandbox or GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

export const EXTENSION_DIR = path.join(DIST, 'chrome');

type Launched = { context: BrowserContext; worker: Worker; extensionId: string; close(): Promise<void> };

/**
 * `extensionDir`: the build to load, e.g. EXTENSION_DIR (as shipped) or a copy for long runs that
 * must not see a rebuild halfway. Without it, a copy whose card can be inspected (inspectable-build.ts).
 */
export async function launchWithExtension(extensionDir?: string): Promise<Launched> {
  const copy = extensionDir ? undefined : await inspectableBuild('chrome');
  return launchDir(extensionDir ?? copy!.dir, () => copy?.remove());
}

async function launchDir(extensionDir: string, cleanUp: () => Promise<void> | undefined): Promise<Launched> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'lpc-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumExecutable(),
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(async () => {
      await context.close();
      throw new Error(`The extension in ${extensionDir} did not start (no service worker). Run \`npm run build\`; check the manifest.`);
    }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
      await cleanUp();
    },
  };
}
