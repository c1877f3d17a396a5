/** Which pages are detected (our fixtures, the shared news articles) and which are not. */
import assert from 'node:assert/strict';
import { sharedMissing } from '../../scripts/lib/paths.ts';
import { sharedArticleNames } from '../../scripts/lib/shared-material.ts';
import { CARD_HOST, count, sleep, waitFor, waitForMarks, type Driver, type Scenario, type Tab } from '../harness/driver.ts';

const POSITIVES = ['detect-pos-ottawa-withdrawal', 'detect-pos-monitor-casualties', 'detect-pos-ukraine-transfer', 'detect-pos-demining-funding'];
const NEAR_MISSES = [
  'near-miss-gold-mine',
  'detect-neg-crypto-mining',
  'detect-neg-ottawa-city',
  'detect-neg-video-game',
  'detect-neg-metaphor',
  'detect-neg-korea-missile',
  'detect-neg-hegseth-other',
  'detect-neg-passing-mention',
];

/** The popup's detection line for the tab, as a reader sees it once the page has answered. */
export async function detectionLine(d: Driver, page: Tab): Promise<string> {
  const popup = await d.openPopup(page);
  const line = await waitFor(async () => {
    const t = await popup.evaluate(() => document.querySelector('[data-testid="detection"]')?.textContent ?? '');
    return t && !/Reading this page/.test(t) ? t : '';
  }, 'the popup to read the page');
  await popup.close();
  return line;
}

export const detection: Scenario[] = [
  {
    name: 'our positive fixtures are detected and highlighted, with the reason in the popup',
    async run(d) {
      const page = await d.open('about:blank');
      for (const name of POSITIVES) {
        await page.goto(`${d.server.origin}/fixtures/${name}.html`);
        await waitForMarks(page, 3);
        assert.match(await detectionLine(d, page), /^Detected/, name);
      }
    },
  },
  {
    name: 'near-miss pages are not detected: no marks, no app part',
    async run(d) {
      const page = await d.open('about:blank');
      for (const name of NEAR_MISSES) {
        await page.goto(`${d.server.origin}/fixtures/${name}.html`);
        await sleep(900);
        assert.equal(await count(page, `mark, ${CARD_HOST}`), 0, name);
        assert.doesNotMatch(await detectionLine(d, page), /^Detected/, name);
      }
    },
  },
  {
    name: 'the five shared news articles are detected',
    skipReason: () => sharedMissing('articles') || undefined,
    async run(d) {
      const names = await sharedArticleNames();
      assert.equal(names.length, 5, 'the articles in ../shared/articles');
      const page = await d.open('about:blank');
      for (const name of names) {
        await page.goto(`${d.server.origin}/shared-article/${name}`);
        await waitForMarks(page, 3);
      }
    },
  },
];
