/**
 * Opens a page as a reader would, watching what the page itself reports (console errors, uncaught
 * exceptions) and what our content script's isolated world throws or logs.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { watchContentWorld, type ContentWorld } from './content-world.ts';

export interface WatchedPage {
  page: Page;
  world: ContentWorld;
  /** The page's console errors and uncaught exceptions, in order. */
  errors: string[];
}

export async function visitWatched(context: BrowserContext, url: string): Promise<WatchedPage> {
  const page = await context.newPage();
  const world = await watchContentWorld(context, page);
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(url);
  return { page, world, errors };
}
