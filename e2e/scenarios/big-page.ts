/**
 * A page of 5 MB of text (e2e/fixtures/hostile-big.html, built by its own script): loaded once with
 * the site switched off and once as a reader meets it, as the other hostile pages (page-checks.ts).
 */
import assert from 'node:assert/strict';
import { markCount, sleep, waitFor, waitForValue, type Scenario } from '../harness/driver.ts';
import { expectClean, openCard, ourChurn, withAndWithout } from './page-checks.ts';

export const bigPage: Scenario[] = [
  {
    name: 'a page of 5 MB of text is highlighted without breaking it and stays usable',
    // What is asserted is behaviour (usable while we work, we finish, removal restores the page),
    // not speed: a slow machine gets the time, and every wait below fits inside this limit.
    timeoutMs: 180_000,
    async run(d) {
      const { expected, page } = await withAndWithout(d, '/fixtures/hostile-big.html', 500, 40_000);
      // Typed while we may still be marking: the page's own field takes every key.
      await page.focus('#notes');
      await page.type('still typing');
      await waitForValue(() => page.evaluate(() => (document.getElementById('notes') as HTMLTextAreaElement).value), 'still typing', 'the notes field', 10_000);
      await openCard(page);
      assert.ok((await page.evaluate(() => document.body.textContent!.length)) > 5 * 1024 * 1024);
      // Highlighting a page this size goes on in idle-time slices; once it is done, we stop.
      await waitFor(
        async () => {
          const n = await markCount(page);
          await sleep(1000);
          return n === (await markCount(page));
        },
        'the mark count to hold for 1 s',
        110_000,
      );
      assert.equal(await ourChurn(page, 1500), 0);
      await expectClean(page, expected);
    },
  },
];
