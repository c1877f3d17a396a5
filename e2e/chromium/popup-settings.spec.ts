/**
 * The popup and options page where only Chromium's automation reaches (axe, emulated colour
 * schemes, screenshots, downloads, role and label locators). The popup and settings scenarios
 * run in both browsers are in e2e/scenarios/popup.ts and settings.ts.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { test, expect, waitForMarks } from '../harness/chromium.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings/schema.ts';

const ARTICLE = '/fixtures/settings-article.html';

const markCount = (page: Page) => page.locator('mark.lpc-term[data-term-id]').count();
const stored = (worker: Worker) => worker.evaluate(() => chrome.storage.sync.get('settings')) as Promise<{ settings?: Settings }>;

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('options: a rule is edited in place by keyboard (host, scope, mode); bad or duplicate hosts save nothing; open tabs follow', async ({ page, server, context, extensionId, worker }) => {
  const seeded = [
    { host: 'other.example', includeSubdomains: true, mode: 'off' },
    { host: 'keep.example', includeSubdomains: true, mode: 'always' },
    { host: 'keep.example', includeSubdomains: false, mode: 'on' },
  ] as const;
  await worker.evaluate((sites) => chrome.storage.sync.set({ settings: { version: 1, sites } }), seeded);
  await page.goto(server.origin + ARTICLE);
  await waitForMarks(page, 5);
  const before = await markCount(page);
  const sites = async () => (await stored(worker)).settings?.sites;

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options/options.html`);
  const host = options.getByRole('textbox', { name: 'Site of the rule for other.example and its subdomains' });
  const problem = options.getByTestId('rule-problem');
  const retype = async (text: string, key: 'Enter' | 'Tab') => {
    await host.focus();
    await options.keyboard.press('ControlOrMeta+A');
    await options.keyboard.type(text);
    await options.keyboard.press(key);
  };

  // Not a host: the row names the problem, the field is marked invalid, nothing is stored.
  await retype('not a host!', 'Enter');
  await expect(problem).toHaveText('“not a host!” is not a host name: it has a space in it. Nothing was saved; correct the site, or press Esc to go back to other.example.');
  await expect(host).toHaveAttribute('aria-invalid', 'true');
  await expect(host).toHaveAttribute('aria-describedby', (await problem.getAttribute('id'))!);
  // (An underscore is fine: browsers use such hosts, review finding F7.)
  await retype('news$desk.example', 'Enter');
  await expect(problem).toContainText('“$” cannot be part of one');
  // A host that another rule with the same scope already has.
  await retype('https://KEEP.example/world', 'Enter');
  await expect(problem).toContainText('There is already a rule for keep.example and its subdomains; change or remove that one instead.');
  expect(await sites()).toEqual(seeded);
  expect(await markCount(page)).toBe(before);
  for (const colorScheme of ['light', 'dark'] as const) {
    await options.emulateMedia({ colorScheme });
    await expectNoSeriousViolations(options);
    await options.getByTestId('sites').screenshot({ path: `artifacts/options-rule-edit-${colorScheme}.png` });
  }
  await options.emulateMedia({ colorScheme: 'light' });
  // Esc goes back to the saved host.
  await options.keyboard.press('Escape');
  await expect(host).toHaveValue('other.example');
  await expect(problem).toHaveCount(0);
  await expect(host).not.toHaveAttribute('aria-invalid', 'true');

  // A pasted address becomes its host; Tab saves and moves on to the same rule's checkbox.
  await retype(`${server.origin}/fixtures/settings-article.html`, 'Tab');
  await expect(options.getByTestId('rule-message')).toHaveText('Changed the rule for other.example to 127.0.0.1 and its subdomains: Off.');
  await expect.poll(sites).toEqual([{ host: '127.0.0.1', includeSubdomains: true, mode: 'off' }, seeded[1], seeded[2]]);
  await expect.poll(() => markCount(page)).toBe(0);
  const subdomains = options.getByRole('checkbox', { name: 'Rule for 127.0.0.1 also covers its subdomains' });
  await expect(subdomains).toBeFocused();
  await options.keyboard.press('Space');
  await expect.poll(sites).toEqual([{ host: '127.0.0.1', includeSubdomains: false, mode: 'off' }, seeded[1], seeded[2]]);
  expect(await markCount(page)).toBe(0);

  // Mode, then the host again: the open tab follows each change without reload.
  await options.getByRole('combobox', { name: 'Highlighting on 127.0.0.1' }).selectOption('always');
  await waitForMarks(page, before);
  await options.getByRole('combobox', { name: 'Highlighting on 127.0.0.1' }).selectOption('off');
  await expect.poll(() => markCount(page)).toBe(0);
  await options.getByRole('textbox', { name: 'Site of the rule for 127.0.0.1 only, not its subdomains' }).fill('elsewhere.example');
  await options.keyboard.press('Enter');
  await waitForMarks(page, before);
  await expect.poll(sites).toEqual([{ host: 'elsewhere.example', includeSubdomains: false, mode: 'off' }, seeded[1], seeded[2]]);

  // Ticking "subdomains" on the second keep.example rule would make it the same as the first: refused, box unticked.
  const keepOnly = options.getByRole('checkbox', { name: 'Rule for keep.example also covers its subdomains' }).nth(1);
  await keepOnly.focus();
  await options.keyboard.press('Space');
  await expect(problem).toContainText('There is already a rule for keep.example and its subdomains');
  await expect(keepOnly).not.toBeChecked();
  expect((await sites())?.[2]).toEqual(seeded[2]);
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
