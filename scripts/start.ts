/**
 * `npm start`: builds, serves the bundled demo article on 127.0.0.1 and opens Chromium with the
 * extension loaded on it. With --headless, or on a machine without a display, it instead writes
 * artifacts/demo.png (the demo with highlights and an open card) and exits.
 */
import { chromium } from '@playwright/test';
import { mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build, PackError, ROOT } from './build.ts';
import { ensureBrowsers } from './lib/ensure-browsers.ts';
import { CHROMIUM_ARGS } from '../e2e/harness/browsers.ts';
import { startServer } from '../e2e/harness/server.ts';

const EXTENSION_DIR = path.join(ROOT, 'dist/chrome');
const DEMO = '/fixtures/demo-article.html';

async function main(): Promise<void> {
  const headless = process.argv.includes('--headless') || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
  await build();
  const { chromium: executablePath } = await ensureBrowsers({ chromium: true, firefox: false });
  const server = await startServer();
  const context = await chromium.launchPersistentContext(await mkdtemp(path.join(os.tmpdir(), 'lpc-demo-')), {
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
    await server.close();
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
  await server.close();
}

main().catch((error) => {
  console.error(error instanceof PackError ? error.message : (error?.message ?? error));
  process.exit(1);
});
