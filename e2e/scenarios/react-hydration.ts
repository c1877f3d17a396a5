/**
 * A page server-rendered with real React 18 (renderToString: a plain <div id="root">, no
 * data-reactroot) whose bundle arrives late and hydrates it with hydrateRoot (development build,
 * so React reports every mismatch). See e2e/harness/react-ssr.ts and e2e/fixtures/react-ssr/.
 * Marks placed before hydration would split React's text nodes: React would report a mismatch,
 * throw the server DOM away and render again. The settle step (src/content/app/live-settle.ts)
 * must recognise the page as server-rendered and wait for the bundle.
 */
import assert from 'node:assert/strict';
import { CARD_HOST, count, MARKS, text, waitFor, waitForValue, type Scenario, type Tab } from '../harness/driver.ts';
import { openCard, quietWorld } from './page-checks.ts';

const ARTICLE_MARKS = `#root article ${MARKS}`;

const hydrated = (page: Tab) => waitFor(() => page.evaluate(() => document.documentElement.dataset.hydrated === 'true'), 'React to hydrate', 30_000);
const recoverableErrors = (page: Tab) => page.evaluate(() => (window as unknown as { __hydrationErrors?: string[] }).__hydrationErrors);
const articleMarks = (page: Tab, timeoutMs: number) => waitFor(async () => (await count(page, ARTICLE_MARKS)) > 2, 'more than 2 marks on the article', timeoutMs);
const likeShows = (page: Tab, n: number) => waitForValue(() => text(page, '#like'), `Like (${n})`, 'the Like button');

/** Every mark is on the live article (none in a discarded copy, none nested), and there is one article. */
async function marksOnLiveArticle(page: Tab): Promise<void> {
  assert.equal(await count(page, MARKS), await count(page, ARTICLE_MARKS));
  assert.equal(await count(page, '#root article'), 1);
  assert.equal(await count(page, `${MARKS} ${MARKS}`), 0);
}

const LATE_BUNDLES = [
  { name: 'an async bundle that arrives 1.5 s after the HTML', query: 'delay=1500' },
  { name: 'an async bundle that arrives 4 s after the HTML', query: 'delay=4000' },
  { name: 'a bundle the page adds after load that arrives 4 s later', query: 'delay=4000&after-load' },
];

const inTime: Scenario[] = LATE_BUNDLES.map(({ name, query }) => ({
  name: `React 18 SSR page, ${name}: we wait for it, so hydration matches; our marks are on the hydrated article; the page stays interactive`,
  async run(d) {
    const page = await d.open(`/react/article?${query}`);
    await hydrated(page);
    await articleMarks(page, 20_000);
    // Our highlighting came after hydration: React met its own server DOM and recovered from nothing.
    assert.deepEqual(await recoverableErrors(page), []);
    assert.deepEqual(page.errors, []);
    await marksOnLiveArticle(page);
    // React's event handlers are attached: the Like counter is state, updated on click.
    await likeShows(page, 0);
    await page.click('#like');
    await page.click('#like');
    await likeShows(page, 2);
    await openCard(page, ARTICLE_MARKS);
    assert.equal(await count(page, CARD_HOST), 1);
    await page.screenshot(`artifacts/react-hydration-${d.browser}-${query.replace(/\W+/g, '-')}.png`);
    // Re-rendering after the click did not cost us our marks, and no error came late.
    assert.ok((await count(page, ARTICLE_MARKS)) > 2);
    assert.deepEqual(await recoverableErrors(page), []);
    assert.deepEqual(page.errors, []);
    quietWorld(page);
  },
}));

const tooLate: Scenario = {
  name: 'React 18 SSR page whose bundle comes after our wait is over (12 s after load): React discards the server DOM and our marks with it; the highlights come back',
  async run(d) {
    // Our wait is capped (live-settle.ts), so a bundle this late meets our marks: React reports the
    // mismatch and renders the article again on the client. The page must still work, and the live
    // watcher puts the highlights back on the new article (a bounded number of times).
    const page = await d.open('/react/article?delay=12000&after-load');
    await articleMarks(page, 15_000);
    await hydrated(page);
    assert.match((await recoverableErrors(page))?.join('\n') ?? '', /Hydration failed/);
    await articleMarks(page, 15_000);
    await marksOnLiveArticle(page);
    await page.click('#like');
    await likeShows(page, 1);
    await openCard(page, ARTICLE_MARKS);
    assert.equal(await count(page, CARD_HOST), 1);
    quietWorld(page);
  },
};

export const reactHydration: Scenario[] = [...inTime, tooLate];
