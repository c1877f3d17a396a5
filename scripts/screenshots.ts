/**
 * `npm run screenshots`: the README's pictures (docs/*.png) and the store listing's screenshots
 * (store/screenshots/*.png, 1280×800 as both stores ask), taken from the built extension in real
 * Chromium on the bundled demo article. Run it after a visible change and commit the images.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { build } from './build.ts';
import { ROOT } from './lib/paths.ts';
import { startStaticServer } from './lib/static-server.ts';
import { ensureBrowsers } from './lib/ensure-browsers.ts';
import { launchWithExtension } from './lib/browsers.ts';

const DEMO = '/fixtures/demo-article.html';
const NOT_ABOUT_IT = '/fixtures/near-miss-gold-mine.html';
const MARKS = 'mark.lpc-term[data-term-id]';
const STORE = { width: 1280, height: 800 };

/** Hovers the first highlight of a term and waits out the dwell and the fade, so the card is fully shown. */
async function openCard(page: Page, termId: string): Promise<void> {
  await page.waitForSelector(MARKS, { timeout: 15_000 });
  const mark = page.locator(`mark.lpc-term[data-term-id="${termId}"]`).first();
  await mark.scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0);
  await mark.hover();
  await page.waitForTimeout(900);
}

async function setTheme(worker: Awaited<ReturnType<typeof launchWithExtension>>['worker'], theme: 'auto' | 'dark'): Promise<void> {
  await worker.evaluate(async (t) => {
    const key = 'settings';
    const stored = ((await chrome.storage.sync.get(key))[key] ?? {}) as { appearance?: Record<string, string> };
    await chrome.storage.sync.set({ [key]: { version: 1, ...stored, appearance: { highlight: 'underline', ...stored.appearance, theme: t } } });
  }, theme);
}

async function popupFor(context: BrowserContext, worker: Awaited<ReturnType<typeof launchWithExtension>>['worker'], extensionId: string, target: Page, size: { width: number; height: number }): Promise<Page> {
  const tabId = await worker.evaluate(async (u: string) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, target.url());
  const popup = await context.newPage();
  await popup.setViewportSize(size);
  await popup.goto(`chrome-extension://${extensionId}/popup/popup.html?tabId=${tabId}`);
  await popup.getByTestId('detection').filter({ hasNotText: 'Reading this page' }).waitFor();
  await popup.waitForTimeout(300);
  return popup;
}

async function main(): Promise<void> {
  await build();
  await ensureBrowsers({ chromium: true, firefox: false });
  const server = await startStaticServer();
  const { context, worker, extensionId, close } = await launchWithExtension();
  const docs = path.join(ROOT, 'docs');
  const store = path.join(ROOT, 'store/screenshots');
  await mkdir(docs, { recursive: true });
  await mkdir(store, { recursive: true });
  const written: string[] = [];
  const shot = async (page: Page, file: string) => {
    await page.screenshot({ path: file });
    written.push(path.relative(ROOT, file));
  };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(server.origin + DEMO);
    await openCard(page, 'ottawa');
    await shot(page, path.join(docs, 'demo.png'));
    await page.setViewportSize(STORE);
    await openCard(page, 'ottawa');
    await shot(page, path.join(store, '1-card-on-an-article.png'));

    await setTheme(worker, 'dark');
    await openCard(page, 'korea');
    await shot(page, path.join(store, '2-card-dark.png'));
    await setTheme(worker, 'auto');

    const popup = await popupFor(context, worker, extensionId, page, { width: 420, height: 590 });
    await shot(popup, path.join(docs, 'popup.png'));
    await popup.close();
    const wide = await popupFor(context, worker, extensionId, page, STORE);
    await shot(wide, path.join(store, '3-popup-on-an-article.png'));
    await wide.close();

    await page.goto(server.origin + NOT_ABOUT_IT);
    await page.waitForTimeout(1000);
    const elsewhere = await popupFor(context, worker, extensionId, page, STORE);
    await shot(elsewhere, path.join(store, '4-popup-elsewhere.png'));
    await elsewhere.close();

    const options = await context.newPage();
    await options.setViewportSize(STORE);
    await options.goto(`chrome-extension://${extensionId}/options/options.html`);
    await options.waitForTimeout(500);
    await shot(options, path.join(store, '5-settings.png'));
  } finally {
    await close();
    await server.close();
  }
  console.log(`wrote ${written.length} screenshots:\n  ${written.join('\n  ')}`);
}

main().catch((error) => {
  console.error(error?.message ?? error);
  process.exit(1);
});
