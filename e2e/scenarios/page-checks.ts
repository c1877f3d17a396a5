/**
 * Checks shared by the scenarios on awkward pages (hostile-pages.ts, big-page.ts,
 * react-hydration.ts): a page is loaded once with the site switched off (the page as it is
 * without us) and once as a reader would meet it; the page's own results and console errors must
 * be the same, and nothing may be thrown from our content scripts (`Tab.world`, see
 * e2e/harness/driver.ts for what each browser shows of it).
 */
import assert from 'node:assert/strict';
import { CARD_HOST, count, MARKS, setSettings, sleep, waitFor, waitForMarks, type Driver, type Tab } from '../harness/driver.ts';

// Colours are left out on purpose: in the automatic theme the card follows the page's background.
const CARD_STYLE = ['display', 'visibility', 'opacity', 'font-family', 'font-size', 'font-weight', 'line-height', 'letter-spacing', 'text-transform', 'position', 'z-index'];

export interface Seen {
  pageResult: string | null;
  errors: string[];
}

const setSiteMode = (d: Driver, mode: 'on' | 'off') => setSettings(d, { version: 1, defaultMode: mode, occurrences: 'all', appearance: { highlight: 'underline', theme: 'auto' }, sites: [] });
export const pageResult = (page: Tab) => page.evaluate(() => document.documentElement.getAttribute('data-page-result'));

/** What the page is and says without us: its own result and console errors, with the site switched off. */
export async function baseline(d: Driver, path: string, settleMs: number): Promise<Seen> {
  await setSiteMode(d, 'off');
  const page = await d.open(path);
  await sleep(settleMs);
  const seen = { pageResult: await pageResult(page), errors: [...page.errors] };
  await page.close();
  await setSiteMode(d, 'on');
  return seen;
}

/** The page without us (`baseline`), then with us, once we have marked it (within `marksTimeoutMs`). */
export async function withAndWithout(d: Driver, path: string, settleMs: number, marksTimeoutMs?: number): Promise<{ expected: Seen; page: Tab }> {
  const expected = await baseline(d, path, settleMs);
  const page = await d.open(path);
  await waitForMarks(page, 1, marksTimeoutMs);
  return { expected, page };
}

/** Opens the card on the first `selector` and returns its layout styles once the fade-in is over. */
export async function openCard(page: Tab, selector = MARKS): Promise<Record<string, string>> {
  await page.hover(selector);
  const style = () =>
    page.evaluate((props) => {
      const el = document.querySelector('[data-lpc-card-host]')?.shadowRoot?.querySelector('[role="dialog"]');
      if (!el) return undefined;
      const cs = getComputedStyle(el);
      const b = el.getBoundingClientRect();
      return { box: b.width > 200 && b.height > 80, style: Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)])) as Record<string, string> };
    }, CARD_STYLE);
  const open = (await waitFor(async () => ((await style())?.style.opacity === '1' ? style() : undefined), 'the card, faded in'))!;
  assert.equal(open.box, true, 'the card has its size');
  return open.style;
}

/** Counts, over `ms`, DOM changes that involve our marks: zero once we have settled. */
export const ourChurn = (page: Tab, ms: number) =>
  page.evaluate(
    ([sel, wait]) =>
      new Promise<number>((resolve) => {
        let n = 0;
        const mo = new MutationObserver((records) => {
          for (const r of records) if ([...r.addedNodes, ...r.removedNodes, r.target].some((node) => node instanceof Element && (node.matches(sel) || node.hasAttribute('data-lpc-card-host')))) n++;
        });
        mo.observe(document, { subtree: true, childList: true, attributes: true });
        setTimeout(() => (mo.disconnect(), resolve(n)), wait);
      }),
    [MARKS, ms] as const,
  );

/** Nothing thrown or logged by our content scripts, as far as the driver sees them (`Tab.world`). */
export function quietWorld(page: Tab): void {
  assert.deepEqual(page.world?.exceptions ?? [], []);
  assert.deepEqual(page.world?.console ?? [], []);
}

export async function expectClean(page: Tab, expected: Seen): Promise<void> {
  assert.equal(await pageResult(page), expected.pageResult);
  assert.deepEqual(page.errors, expected.errors);
  quietWorld(page);
  assert.ok((await count(page, CARD_HOST)) <= 1);
}
