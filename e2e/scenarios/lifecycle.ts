/** The back/forward cache: going away and back shows one set of highlights and one card host. */
import assert from 'node:assert/strict';
import { CARD_HOST, MARKS, sleep, waitFor, waitForMarks, waitForValue, type Scenario, type Tab } from '../harness/driver.ts';

/** Everything of ours in the page: marks, mark stylesheets (adopted, or elements), card hosts. */
const ourNodes = (page: Tab) =>
  page.evaluate(
    (sel) => ({
      marks: document.querySelectorAll(sel).length,
      nested: document.querySelectorAll(`${sel} mark`).length,
      styles: document.querySelectorAll('#lpc-mark-style').length + document.adoptedStyleSheets.length,
      hosts: document.querySelectorAll('[data-lpc-card-host]').length,
    }),
    MARKS,
  );

async function hoverForCard(page: Tab): Promise<void> {
  // From off the term: a pointer still resting where it was before the navigation moves nowhere.
  await page.mouseMove(5, 5);
  await page.hover(MARKS);
  await waitFor(() => page.evaluate(() => !!document.querySelector('[data-lpc-card-host]')?.shadowRoot?.querySelector('[role="dialog"]')), 'the card');
}

export const lifecycle: Scenario[] = [
  {
    name: 'back/forward cache: going away and back shows one set of highlights and one card host',
    async run(d) {
      const page = await d.open('/fixtures/demo-article.html');
      await waitForMarks(page, 5);
      await hoverForCard(page);
      const before = await ourNodes(page);

      await page.goto(`${d.server.origin}/fixtures/near-miss-gold-mine.html`);
      await page.goBack();
      await waitForMarks(page, 5);
      await sleep(1000);
      const after = await ourNodes(page);
      assert.equal(after.marks, before.marks);
      assert.equal(after.nested, 0);
      assert.equal(after.styles, 1);
      assert.ok(after.hosts <= 1);
      await hoverForCard(page);
      assert.equal(await page.evaluate((sel) => document.querySelectorAll(sel).length, CARD_HOST), 1);
      await page.goForward();
      await page.goBack();
      // Restored from the cache or loaded again (Firefox may do either), it ends with one set.
      await waitForValue(async () => (await ourNodes(page)).marks, before.marks, 'the marks after a second back');
      await sleep(500);
      assert.deepEqual(await ourNodes(page), { ...before, hosts: (await ourNodes(page)).hosts });
      assert.deepEqual(page.errors, []);
      assert.deepEqual(page.world?.exceptions ?? [], []);
    },
  },
];
