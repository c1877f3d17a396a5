/** The shortest path through the extension: a detected article, a near-miss, a card. */
import assert from 'node:assert/strict';
import { CARD_HOST, count, hoverOpen, termIds, waitForMarks, waitForText, type Scenario } from '../harness/driver.ts';

export const smoke: Scenario[] = [
  {
    name: 'the demo article is highlighted and the popup reports it',
    async run(d) {
      const page = await d.open('/fixtures/demo-article.html');
      await waitForMarks(page, 5);
      assert.ok((await termIds(page)).includes('ottawa'));
      // Nothing in navigation, headers or the related-links box.
      assert.equal(await count(page, 'header mark, aside mark, footer mark'), 0);
      const popup = await d.openPopup(page);
      await waitForText(popup, '[data-testid="detection"]', /^Detected/);
      await waitForText(popup, '[data-testid="terms"] li', /\S/);
    },
  },
  {
    name: 'a near-miss page gets no highlights and no app part',
    async run(d) {
      const page = await d.open('/fixtures/near-miss-gold-mine.html');
      // First proof that the extension is alive on this page: its detector answered with a verdict.
      const popup = await d.openPopup(page);
      await waitForText(popup, '[data-testid="detection"]', /^Not detected/);
      await waitForText(popup, '[data-testid="why"]', 'Score');
      assert.equal(await count(page, `mark, ${CARD_HOST}`), 0);
    },
  },
  {
    name: 'hovering a highlight opens a sourced card in a shadow root',
    async run(d) {
      const page = await d.open('/fixtures/demo-article.html');
      await waitForMarks(page, 5);
      await hoverOpen(page, 'apl');
      const rel = await page.evaluate(() => document.querySelector('[data-lpc-card-host]')!.shadowRoot!.querySelector('[role="dialog"] a[target="_blank"]')?.getAttribute('rel'));
      assert.equal(rel, 'noopener noreferrer');
    },
  },
];
