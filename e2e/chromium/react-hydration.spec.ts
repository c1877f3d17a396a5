/**
 * A page server-rendered with real React 18 (renderToString: a plain <div id="root">, no
 * data-reactroot) whose bundle arrives late and hydrates it with hydrateRoot (development build,
 * so React reports every mismatch). See e2e/harness/react-ssr.ts and e2e/fixtures/react-ssr/.
 * Marks placed before hydration would split React's text nodes: React would report a mismatch,
 * throw the server DOM away and render again. The settle step (src/content/app/live-settle.ts)
 * must recognise the page as server-rendered and wait for the bundle.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../harness/chromium.ts';
import { visitWatched as visit } from '../harness/visit.ts';

const MARKS = 'mark.lpc-term[data-term-id]';
const ARTICLE_MARKS = `#root article ${MARKS}`;

const hydrated = (page: Page) => page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', undefined, { timeout: 30_000 });
const recoverableErrors = (page: Page) => page.evaluate(() => (window as unknown as { __hydrationErrors?: string[] }).__hydrationErrors);

const LATE_BUNDLES = [
  { name: 'an async bundle that arrives 1.5 s after the HTML', query: 'delay=1500' },
  { name: 'an async bundle that arrives 4 s after the HTML', query: 'delay=4000' },
  { name: 'a bundle the page adds after load that arrives 4 s later', query: 'delay=4000&after-load' },
];

for (const { name, query } of LATE_BUNDLES) {
  test(`React 18 SSR page, ${name}: we wait for it, so hydration matches; our marks are on the hydrated article; the page stays interactive`, async ({ context, server }) => {
    const v = await visit(context, `${server.origin}/react/article?${query}`);
    await hydrated(v.page);
    await expect.poll(() => v.page.locator(ARTICLE_MARKS).count(), { timeout: 20_000 }).toBeGreaterThan(2);
    // Our highlighting came after hydration: React met its own server DOM and recovered from nothing.
    expect(await recoverableErrors(v.page)).toEqual([]);
    expect(v.errors).toEqual([]);
    // Every mark is on the live article (none in a discarded copy, none nested), and there is one article.
    expect(await v.page.locator(MARKS).count()).toBe(await v.page.locator(ARTICLE_MARKS).count());
    expect(await v.page.locator('#root article').count()).toBe(1);
    expect(await v.page.locator(`${MARKS} ${MARKS}`).count()).toBe(0);
    // React's event handlers are attached: the Like counter is state, updated on click.
    const like = v.page.locator('#like');
    await expect(like).toHaveText('Like (0)');
    await like.click();
    await like.click();
    await expect(like).toHaveText('Like (2)');
    await v.page.locator(ARTICLE_MARKS).first().hover();
    await expect(v.page.locator('[data-lpc-card-host]').locator('[role="dialog"]')).toBeVisible();
    expect(await v.page.locator('[data-lpc-card-host]').count()).toBe(1);
    await v.page.screenshot({ path: `artifacts/react-hydration-${query.replace(/\W+/g, '-')}.png` });
    // Re-rendering after the click did not cost us our marks, and no error came late.
    expect(await v.page.locator(ARTICLE_MARKS).count()).toBeGreaterThan(2);
    expect(await recoverableErrors(v.page)).toEqual([]);
    expect(v.errors).toEqual([]);
    expect(v.world.exceptions).toEqual([]);
    expect(v.world.console).toEqual([]);
  });
}

test('React 18 SSR page whose bundle comes after our wait is over (12 s after load): React discards the server DOM and our marks with it; the highlights come back', async ({ context, server }) => {
  // Our wait is capped (live-settle.ts), so a bundle this late meets our marks: React reports the
  // mismatch and renders the article again on the client. The page must still work, and the live
  // watcher puts the highlights back on the new article (a bounded number of times).
  const v = await visit(context, `${server.origin}/react/article?delay=12000&after-load`);
  await expect.poll(() => v.page.locator(ARTICLE_MARKS).count(), { timeout: 15_000 }).toBeGreaterThan(2);
  await hydrated(v.page);
  expect((await recoverableErrors(v.page))?.join('\n')).toContain('Hydration failed');
  await expect.poll(() => v.page.locator(ARTICLE_MARKS).count(), { timeout: 15_000 }).toBeGreaterThan(2);
  expect(await v.page.locator(MARKS).count()).toBe(await v.page.locator(ARTICLE_MARKS).count());
  expect(await v.page.locator('#root article').count()).toBe(1);
  const like = v.page.locator('#like');
  await like.click();
  await expect(like).toHaveText('Like (1)');
  await v.page.locator(ARTICLE_MARKS).first().hover();
  await expect(v.page.locator('[data-lpc-card-host]').locator('[role="dialog"]')).toBeVisible();
  expect(await v.page.locator('[data-lpc-card-host]').count()).toBe(1);
  expect(v.world.exceptions).toEqual([]);
  expect(v.world.console).toEqual([]);
});
