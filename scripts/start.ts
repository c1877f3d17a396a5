/**
 * `npm start`: builds, serves the bundled demo article on 127.0.0.1 and opens Chromium with the
 * extension loaded on it. With --headless, or on a machine without a display, it instead writes
 * artifacts/demo.png (the demo with highlights and an open card) and exits.
 */
import { chromium } from '@playwright/test';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS } from './lib/browsers.ts';
import { build, PackError } from './build.ts';
import { ROOT } from './lib/paths.ts';
import { type FixtureServer, startStaticServer } from './lib/static-server.ts';
import { ensureBrowsers } from './lib/ensure-browsers.ts';

const EXTENSION_DIR = path.join(ROOT, 'dist/chrome');
const DEMO = '/fixtures/demo-article.html';

async function main(): Promise<void> {
  const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const headless = process.argv.includes('--headless') || noDisplay;
  if (noDisplay && !process.argv.includes('--headless')) {
    console.log('No display (DISPLAY and WAYLAND_DISPLAY are unset): writing a screenshot instead of opening a window. For a window on such a machine: `xvfb-run -a npm start` and a VNC viewer, or run it where you have a desktop.');
  }
  await build();
  const { chromium: executablePath } = await ensureBrowsers({ chromium: true, firefox: false });
  const server = await startStaticServer();
  // A throwaway browser profile, removed on every way out (closing the browser, Ctrl+C, an error).
  const profile = await mkdtemp(path.join(os.tmpdir(), 'lpc-demo-'));
  const cleanUp = () => rm(profile, { recursive: true, force: true, maxRetries: 3 });
  process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));
  try {
    await showDemo(server, profile, headless, executablePath);
  } finally {
    await server.close();
    await cleanUp();
  }
}

async function showDemo(server: FixtureServer, profile: string, headless: boolean, executablePath?: string): Promise<void> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    viewport: headless ? { width: 1200, height: 900 } : null,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.origin}${DEMO}`);
  if (!headless) {
    console.log(`Chromium is open on ${server.origin}${DEMO} with the extension loaded. Close the browser to stop.`);
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
    return;
  }
  await page.waitForSelector('mark.lpc-term[data-term-id]', { timeout: 15_000 });
  const target = page.locator('mark.lpc-term[data-term-id]').nth(2);
  await target.scrollIntoViewIfNeeded();
  await target.hover();
  // The card's root is closed: its host appearing is all the page can see of it.
  await page.waitForFunction(() => !!document.querySelector('[data-lpc-card-host]'), undefined, { timeout: 5_000 });
  await page.waitForTimeout(300);
  await mkdir(path.join(ROOT, 'artifacts'), { recursive: true });
  const out = path.join(ROOT, 'artifacts/demo.png');
  await page.screenshot({ path: out });
  const marks = await page.locator('mark.lpc-term').count();
  console.log(`Headless demo: ${marks} highlights on the demo article; screenshot with an open card written to ${path.relative(ROOT, out)}`);
  await context.close();
}

main().catch((error) => {
  console.error(error instanceof PackError ? error.message : (error?.message ?? error));
  process.exit(1);
});
