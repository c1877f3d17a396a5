/**
 * Finds the browsers the e2e tests drive. Order: the environment variable, the Debian package,
 * then Playwright's own download (Chromium only). Fails with a message naming what to install.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

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
