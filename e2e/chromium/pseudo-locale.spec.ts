/**
 * The UI in the pseudo-locale ("[Šéţţîñĝš~~~~]": every message accented and ~40% longer): no plain
 * English may be left in the popup, the options page or the cards (only the pack's own text, which
 * is data), and no box may clip the longer text. A string written into a component instead of
 * looked up shows here as plain English; a box sized for English shows as an overflow.
 */
import { test as base, expect, waitForMarks } from '../harness/chromium.ts';
import { launchWithExtension } from '../../scripts/lib/browsers.ts';
import { localeBuild } from '../../scripts/lib/inspectable-build.ts';
import { pseudoMessages } from '../../scripts/lib/messages.ts';
import { englishLeft, seenInShadow, seenOnPage, type Seen } from '../harness/pseudo-check.ts';

const test = base.extend({
  // eslint-disable-next-line no-empty-pattern
  launched: async ({}, use) => {
    const build = await localeBuild(pseudoMessages);
    const launched = await launchWithExtension(build.dir);
    await use(launched);
    await launched.close();
    await build.remove();
  },
});

function expectPseudo(seen: Seen, hosts: string[], pageText = ''): void {
  expect(seen.texts.length).toBeGreaterThan(5);
  expect(englishLeft(seen.texts, hosts, pageText)).toEqual([]);
  expect(seen.overflows).toEqual([]);
}

test('popup and options page: every text is looked up, none overflows', async ({ page, server, openPopup, context, extensionId }) => {
  const hosts = [new URL(server.origin).host, new URL(server.origin).hostname];
  await page.goto(`${server.origin}/fixtures/settings-article.html`);
  await waitForMarks(page, 5);
  const popup = await openPopup(page);
  await expect(popup.getByTestId('terms').locator('li').first()).toBeVisible();
  await expect(popup.locator('h1')).toHaveText(/^\[.+~\]$/);
  expectPseudo(await seenOnPage(popup), hosts);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options/options.html`);
  await expect(options.getByTestId('sources')).toBeVisible();
  // A rule, so the rule table and its labels are on the page too.
  await options.locator('input[name="host"]').fill('news.example.com');
  await options.locator('form.add-rule button[type="submit"]').click();
  await expect(options.getByTestId('rules').locator('tr[data-host]')).toHaveCount(1);
  expectPseudo(await seenOnPage(options), [...hosts, 'news.example.com']);
});

test('the term card and the claim card: every text is looked up, none overflows', async ({ page, server }) => {
  const host = page.locator('[data-lpc-card-host]');
  await page.goto(`${server.origin}/fixtures/card-page.html`);
  await waitForMarks(page, 8);
  await page.locator('mark.lpc-term[data-term-id="apl"]').first().hover();
  await expect(host.locator('[role="dialog"]')).toHaveAttribute('data-term-id', 'apl');
  expectPseudo(await seenInShadow(host), []);

  await page.goto(`${server.origin}/fixtures/claims-article.html`);
  await page.waitForFunction(() => document.querySelectorAll('lpc-claim[data-claim-id]').length >= 2, null, { timeout: 10_000 });
  const [x, y] = await page.locator('#p-wrong2 lpc-claim').first().evaluate((n) => {
    const r = n.getClientRects()[0]!;
    return [r.x + 12, r.y + r.height / 2];
  });
  await page.mouse.move(x!, y!);
  await expect(host.locator('[role="dialog"]')).toHaveAttribute('data-claim-card', /\S/);
  expectPseudo(await seenInShadow(host), [], await page.locator('article, body').first().innerText());
});
