/**
 * Finds Chromium and Firefox for the tests, installing them when possible: apt-get when run as
 * root on Debian/Ubuntu, Playwright's own Chromium download elsewhere. Otherwise it stops with a
 * message saying exactly what to install.
 */
import { existsSync } from 'node:fs';
import { chromiumExecutable, firefoxExecutable, MissingBrowserError } from './browsers.ts';
import { isRoot, run } from './proc.ts';

function found(fn: () => string): string | null {
  try {
    return fn();
  } catch (error) {
    if (error instanceof MissingBrowserError) return null;
    throw error;
  }
}

export async function ensureBrowsers(need: { chromium: boolean; firefox: boolean }): Promise<{ chromium?: string; firefox?: string }> {
  let chromium = need.chromium ? found(chromiumExecutable) : null;
  let firefox = need.firefox ? found(firefoxExecutable) : null;
  const missing = [need.chromium && !chromium && 'chromium', need.firefox && !firefox && 'firefox-esr'].filter(Boolean) as string[];
  if (missing.length && isRoot() && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing ${missing.join(' and ')} with apt-get…`);
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    await run('apt-get', ['update', '-qq'], { env, quiet: true });
    const r = await run('apt-get', ['install', '-y', '-qq', ...missing, 'fonts-dejavu-core'], { env, quiet: true });
    if (r.code !== 0) console.error(r.output.split('\n').slice(-15).join('\n'));
  }
  if (need.chromium && !found(chromiumExecutable)) {
    console.log('Trying Playwright’s own Chromium download…');
    await run('npx', ['playwright', 'install', 'chromium'], { quiet: true });
  }
  chromium = need.chromium ? found(chromiumExecutable) : null;
  firefox = need.firefox ? found(firefoxExecutable) : null;
  const problems: string[] = [];
  if (need.chromium && !chromium) problems.push('Chromium: install it (`sudo apt-get install chromium`, or `npx playwright install chromium`) or set CHROMIUM_PATH.');
  if (need.firefox && !firefox) problems.push('Firefox: install Firefox ESR (`sudo apt-get install firefox-esr`) or set FIREFOX_PATH to a Firefox 128+ binary.');
  if (problems.length) throw new MissingBrowserError(`Browsers needed for the end-to-end tests are missing:\n- ${problems.join('\n- ')}`);
  return { chromium: chromium ?? undefined, firefox: firefox ?? undefined };
}
