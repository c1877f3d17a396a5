/**
 * Hostile pages (e2e/fixtures/hostile-*.html): each is loaded once with the site switched off (the
 * page as it is without us) and once as a reader would meet it. The page's own script results
 * and console errors must be the same, our card must open intact, nothing may be thrown from our
 * isolated world (where the browser shows it), and once settled we must stop touching the page.
 */
import assert from 'node:assert/strict';
import { CARD_HOST, count, MARKS, sleep, waitFor, waitForMarks, type Scenario } from '../harness/driver.ts';
import { baseline, expectClean, openCard, ourChurn, pageResult, quietWorld, withAndWithout } from './page-checks.ts';

export const hostilePages: Scenario[] = [
  {
    name: 'CSS that restyles mark, *, div and custom elements with !important leaves our marks and card intact',
    async run(d) {
      // The card as it looks on a plain page, to compare with.
      const plain = await d.open('/fixtures/demo-article.html');
      await waitForMarks(plain, 1);
      const reference = await openCard(plain);
      await plain.close();

      const { expected, page } = await withAndWithout(d, '/fixtures/hostile-css.html', 500);
      assert.equal(await page.evaluate((sel) => getComputedStyle(document.querySelector(sel)!).display, MARKS), 'inline');
      assert.deepEqual(await openCard(page), reference);
      await page.screenshot(`artifacts/hostile-css-${d.browser}.png`);
      await expectClean(page, expected);
    },
  },
  {
    name: 'a page that mutates its DOM forever: we settle and stop touching it',
    async run(d) {
      const { expected, page } = await withAndWithout(d, '/fixtures/hostile-mutating.html', 1000);
      await sleep(1500);
      const before = await count(page, MARKS);
      assert.equal(await ourChurn(page, 2000), 0);
      assert.equal(await count(page, MARKS), before);
      // The page's own ticker kept running all along.
      assert.ok(Number(await pageResult(page)) > 40);
      await openCard(page);
      assert.deepEqual(page.errors, expected.errors);
      quietWorld(page);
    },
  },
  {
    name: 'a server-rendered page that hydrates just after load: we wait, so hydration sees its own DOM',
    async run(d) {
      const url = '/fixtures/hostile-hydrate.html?hydrate=load';
      const expected = await baseline(d, url, 1000);
      assert.equal(expected.pageResult, 'hydrated');
      const page = await d.open(url);
      await waitFor(() => pageResult(page), 'the page to hydrate', 10_000);
      await waitFor(async () => (await count(page, `#root article ${MARKS}`)) > 0, 'marks on the hydrated article');
      await openCard(page);
      await expectClean(page, expected);
    },
  },
  {
    name: 'a server-rendered page that hydrates 1.5 s after it was quiet: we wait for it, hydration sees its own DOM',
    async run(d) {
      // Server-rendered pages are quiet before their bundle hydrates them; the settle step waits for
      // load plus a grace period there (src/content/app/live-settle.ts), so no mismatch is caused.
      const page = await d.open('/fixtures/hostile-hydrate.html');
      assert.equal(await waitFor(() => pageResult(page), 'the page to hydrate', 10_000), 'hydrated');
      await waitFor(async () => (await count(page, `#root article ${MARKS}`)) > 2, 'marks on the hydrated article');
      // Every mark of ours is on the hydrated article: none was left behind in a detached copy or doubled up.
      assert.equal(await count(page, MARKS), await count(page, `#root article ${MARKS}`));
      assert.equal(await count(page, '#root article'), 1);
      assert.equal(await count(page, `#root ${MARKS} ${MARKS}`), 0);
      await openCard(page);
      assert.equal(await count(page, CARD_HOST), 1);
      quietWorld(page);
      assert.deepEqual(page.errors, []);
    },
  },
  {
    name: 'iframes, shadow DOM and contenteditable: none of them is touched, editing works',
    async run(d) {
      const { expected, page } = await withAndWithout(d, '/fixtures/hostile-frames.html', 500);
      assert.equal(await count(page, `#editor ${MARKS}, textarea ${MARKS}`), 0);
      assert.equal(await page.evaluate(() => document.getElementById('quote')!.shadowRoot?.querySelectorAll('mark').length), 0);
      // The frame's document (srcdoc, so the test can look in), loaded and untouched.
      const inFrame = () => page.evaluate(() => {
        const doc = (document.getElementById('frame') as HTMLIFrameElement).contentDocument;
        return doc?.body?.textContent?.includes('Embedded') ? doc.querySelectorAll('mark').length : null;
      });
      assert.equal(await waitFor(async () => ((await inFrame()) === 0 ? 'none' : undefined), 'the frame loaded, without marks'), 'none');
      await page.click('#editor p');
      await page.press('End');
      await page.type(' Edited.');
      assert.equal(await page.evaluate(() => document.getElementById('editor')!.textContent!.replace(/\s+/g, ' ').trim()), 'Draft: the Ottawa Convention bans antipersonnel mines. Edited.');
      assert.equal(await page.evaluate(() => (document.getElementById('comment') as HTMLTextAreaElement).value), 'A comment on landmines and the Mine Ban Treaty.');
      await openCard(page);
      await expectClean(page, expected);
    },
  },
];
