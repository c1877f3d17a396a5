/** Our own articles in German, Ukrainian and Japanese, and a Polish mining-industry page (e2e/fixtures/lang-*). */
import assert from 'node:assert/strict';
import { CARD_HOST, count, MARKS, pointAt, sleep, waitForMarks, waitForText, waitForValue, cardTermId, type Scenario } from '../harness/driver.ts';
import { detectionLine } from './detection.ts';

const ARTICLES = [
  { name: 'lang-de-pos-austritt', found: ['Ottawa-Konvention', 'Antipersonenminen'] },
  { name: 'lang-uk-pos-vykhid', found: ['Оттавської конвенції', 'протипіхотних мін'] },
  { name: 'lang-ja-pos-dattai', found: ['オタワ条約', '対人地雷禁止条約'] },
];

export const languages: Scenario[] = [
  ...ARTICLES.map(({ name, found }) => ({
    name: `${name}: detected, and its inflected terms highlighted as found`,
    async run(d) {
      const page = await d.open(`/fixtures/${name}.html`);
      await waitForMarks(page, 3);
      const marks = await page.evaluate((sel) => [...document.querySelectorAll(sel)].map((el) => [el.textContent ?? '', el.getAttribute('data-term-id') ?? '']), MARKS);
      for (const text of found) assert.ok(marks.some(([t]) => t === text), `${name}: ${text} in ${marks.map(([t]) => t).join(', ')}`);
      for (const id of ['ottawa', 'apl']) assert.ok(marks.some(([, i]) => i === id), `${name}: ${id}`);
      assert.match(await detectionLine(d, page), /^Detected/);
    },
  }) satisfies Scenario),
  {
    name: 'a Polish mining-industry page is not detected',
    async run(d) {
      const page = await d.open('/fixtures/lang-pl-neg-kopalnia.html');
      await sleep(900);
      assert.equal(await count(page, `mark, ${CARD_HOST}`), 0);
      // The popup's verdict proves the extension is alive on the page.
      assert.doesNotMatch(await detectionLine(d, page), /^Detected/);
    },
  },
  {
    name: 'on a German page the card and the popup say the term as found, its English name, and that the context is in English',
    async run(d) {
      const page = await d.open('/fixtures/lang-de-pos-austritt.html');
      await waitForMarks(page, 3);
      await pointAt(page, MARKS, 'Antipersonenminen');
      await waitForValue(() => cardTermId(page), 'apl', 'the card for the German term');
      const card = await page.evaluate(() => {
        const c = document.querySelector('[data-lpc-card-host]')!.shadowRoot!.querySelector('[role="dialog"]')!;
        return { title: c.querySelector('h2')?.textContent ?? '', found: c.querySelector('[data-testid="found-as"]')?.textContent ?? '' };
      });
      assert.match(card.title, /antipersonnel/i);
      assert.equal(card.found, 'Found on this page as “Antipersonenminen” (German). Context in English.');
      const popup = await d.openPopup(page);
      await waitForText(popup, 'button.term[data-term-id="apl"] [data-testid="found-as"]', 'Antipersonenminen (German)');
      await waitForText(popup, 'button.term[data-term-id="apl"]', 'context in English');
    },
  },
];
