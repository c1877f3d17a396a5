/**
 * The popup and options page where only Chromium's automation reaches (axe, emulated colour
 * schemes, screenshots, downloads, role and label locators). The popup and settings scenarios
 * run in both browsers are in e2e/scenarios/popup.ts and settings.ts.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, waitForMarks } from '../harness/chromium.ts';
import { DEFAULT_SETTINGS } from '../../src/shared/settings/schema.ts';

const ARTICLE = '/fixtures/settings-article.html';


async function expectNoSeriousViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

// The editing itself is a shared scenario (e2e/scenarios/rule-edit.ts); axe and emulated colour schemes are Chromium's.
test('options: a rule showing a problem has no serious axe violations, light and dark', async ({ context, extensionId, worker }) => {
  await worker.evaluate(() => chrome.storage.sync.set({ settings: { version: 1, sites: [{ host: 'other.example', includeSubdomains: true, mode: 'off' }] } }));
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options/options.html`);
  const host = options.getByRole('textbox', { name: 'Site of the rule for other.example and its subdomains' });
  await host.focus();
  await options.keyboard.press('ControlOrMeta+A');
  await options.keyboard.type('not a host!');
  await options.keyboard.press('Enter');
  await expect(options.getByTestId('rule-problem')).toContainText('is not a host name');
  for (const colorScheme of ['light', 'dark'] as const) {
    await options.emulateMedia({ colorScheme });
    await expectNoSeriousViolations(options);
    await options.getByTestId('sites').screenshot({ path: `artifacts/options-rule-edit-${colorScheme}.png` });
  }
});

// The import's checks run in both browsers (e2e/scenarios/settings.ts); the download is Playwright's.
test('options: export gives back the stored settings as JSON', async ({ context, extensionId, worker }) => {
  const good = { ...DEFAULT_SETTINGS, defaultMode: 'off', appearance: { highlight: 'background', theme: 'light' }, sites: [{ host: 'a.example', includeSubdomains: true, mode: 'always' }] };
  await worker.evaluate((s) => chrome.storage.sync.set({ settings: s }), good);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options/options.html`);
  await expect(options.locator('html')).toHaveAttribute('data-theme', 'light');
  const download = options.waitForEvent('download');
  await options.getByTestId('export').click();
  const file = await (await download).path();
  const { readFile } = await import('node:fs/promises');
  expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(good);
});

test('options shows shortcuts and the pack; popup and options have no serious axe violations, light and dark', async ({ page, server, context, extensionId, openPopup }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options/options.html`);
  const shortcuts = options.getByTestId('shortcut-table');
  for (const text of ['Open the toolbar popup', 'Go to the next highlighted term', 'Go to the previous highlighted term', 'Turn highlighting on or off for the current site']) {
    await expect(shortcuts).toContainText(text);
  }
  await expect(shortcuts.locator('tbody tr', { hasText: 'Turn highlighting' }).locator('kbd')).toHaveText('Alt+Shift+L');
  await expect(options.getByTestId('pack-version')).toContainText(/version \d+\.\d+\.\d+, updated/);
  expect(await options.getByTestId('sources').locator('li a[href^="https://"]').count()).toBeGreaterThan(20);

  await page.goto(server.origin + ARTICLE);
  await waitForMarks(page, 5);
  const popup = await openPopup(page);
  await expect(popup.getByTestId('terms').locator('li').first()).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await options.emulateMedia({ colorScheme });
    await popup.emulateMedia({ colorScheme });
    await expectNoSeriousViolations(options);
    await expectNoSeriousViolations(popup);
    await popup.screenshot({ path: `artifacts/popup-${colorScheme}.png` });
    await options.screenshot({ path: `artifacts/options-${colorScheme}.png` });
  }
});
