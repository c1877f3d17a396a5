/** The UI in German, whatever the browser's language: it reads German, and no box clips the longer words. */
import { test as base, expect, waitForMarks } from '../harness/chromium.ts';
import { launchWithExtension } from '../../scripts/lib/browsers.ts';
import { localeBuild } from '../../scripts/lib/inspectable-build.ts';
import { getMessage, readMessages } from '../../scripts/lib/messages.ts';
import { seenInShadow, seenOnPage } from '../harness/pseudo-check.ts';

const german = readMessages('de');

const test = base.extend({
  // eslint-disable-next-line no-empty-pattern
  launched: async ({}, use) => {
    const build = await localeBuild(() => german);
    const launched = await launchWithExtension(build.dir);
    await use(launched);
    await launched.close();
    await build.remove();
  },
});

test('popup, options page and card in German, nothing clipped', async ({ page, server, openPopup, context, extensionId }) => {
  await page.goto(`${server.origin}/fixtures/settings-article.html`);
  await waitForMarks(page, 5);
  const popup = await openPopup(page);
  await expect(popup.getByTestId('detection')).toHaveText(getMessage(german, 'popupDetected', ['U.S. landmine policy']));
  await expect(popup.getByRole('button', { name: getMessage(german, 'popupSettings') })).toBeVisible();
  await expect(popup.locator('html')).toHaveAttribute('lang', 'de');
  await expect(popup).toHaveTitle(getMessage(german, 'extName'));
  expect((await seenOnPage(popup)).overflows).toEqual([]);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options/options.html`);
  await expect(options.getByRole('heading', { name: getMessage(german, 'optionsSiteRules') })).toBeVisible();
  await expect(options).toHaveTitle(getMessage(german, 'optionsTitle', [getMessage(german, 'extName')]));
  expect((await seenOnPage(options)).overflows).toEqual([]);

  await page.bringToFront();
  await page.locator('mark.lpc-term[data-term-id]').first().hover();
  const host = page.locator('[data-lpc-card-host]');
  await expect(host.locator('[role="dialog"] h3').first()).toBeVisible();
  await expect(host.locator('button.close')).toHaveAttribute('aria-label', getMessage(german, 'cardClose'));
  expect((await seenInShadow(host)).overflows).toEqual([]);
});
