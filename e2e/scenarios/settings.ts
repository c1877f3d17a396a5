/**
 * Settings files and limits (review findings F5, F6, F14): an import that is broken, of the wrong
 * shape, too large, too deep or with unknown keys changes nothing and says why; a valid one asks
 * first, applies, and can be undone; over the storage.sync quota nothing changes.
 */
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, type Settings, type SiteRule } from '../../src/shared/settings/schema.ts';
import { chooseImportFile, count, setSettings, storedSettings, waitFor, waitForText, waitForValue, type Driver, type Scenario, type Tab } from '../harness/driver.ts';

const base = (sites: SiteRule[]): Settings => ({ ...DEFAULT_SETTINGS, sites });
const rules = (n: number, host: (i: number) => string): SiteRule[] => Array.from({ length: n }, (_, i) => ({ host: host(i), includeSubdomains: true, mode: 'off' }));
const MESSAGE = '[data-testid="import-message"]';
const RULE_ROWS = '[data-testid="rules"] tbody tr';

async function openOptions(d: Driver): Promise<Tab> {
  const options = await d.openOptions();
  await waitFor(() => options.evaluate(() => !!document.querySelector('[data-testid="import"]')), 'the options page');
  return options;
}

const dataTheme = (options: Tab) => options.evaluate(() => document.documentElement.getAttribute('data-theme'));

export const settings: Scenario[] = [
  {
    name: 'options: an invalid or too large import changes nothing and says why; a valid one applies',
    async run(d) {
      const options = await openOptions(d);
      await options.click('[data-testid="choice-theme"] input[value="dark"]');
      await waitFor(async () => (await storedSettings(d))?.appearance.theme === 'dark', 'the dark theme stored');
      const before = await storedSettings(d);

      await chooseImportFile(options, 'broken.json', '{"version": 1, "sites": [');
      await waitForText(options, MESSAGE, 'not valid JSON');
      await waitForText(options, MESSAGE, '“broken.json” was not imported; nothing was changed.');
      await chooseImportFile(options, 'shape.json', JSON.stringify({ version: 1, defaultMode: 'sometimes', sites: 'all' }));
      await waitForText(options, MESSAGE, 'defaultMode: "sometimes"');
      await waitForText(options, MESSAGE, 'sites: not a list');
      await chooseImportFile(options, 'occurrences.json', JSON.stringify({ version: 1, occurrences: 'some' }));
      await waitForText(options, MESSAGE, 'occurrences: "some"');
      await chooseImportFile(options, 'big.json', ' '.repeat(150 * 1024));
      await waitForText(options, MESSAGE, 'a settings file is at most 100 KB');
      assert.deepEqual(await storedSettings(d), before);
      assert.equal(await dataTheme(options), 'dark');

      const good = { ...DEFAULT_SETTINGS, defaultMode: 'off', appearance: { highlight: 'background', theme: 'light' }, sites: [{ host: 'a.example', includeSubdomains: true, mode: 'always' }] };
      await chooseImportFile(options, 'good.json', JSON.stringify(good));
      // A valid file replaces everything: it waits for the reader's go-ahead.
      await options.click('[data-testid="import-apply"]');
      await waitForText(options, MESSAGE, 'Imported “good.json”: 1 site rule');
      await waitForValue(() => storedSettings(d), good as Settings, 'the imported settings');
      await waitForValue(() => dataTheme(options), 'light', 'the light theme');
    },
  },
  {
    name: 'import: unknown keys are refused; a valid file asks first, and one click undoes it; over the synced item quota, nothing changes and the page says why',
    async run(d) {
      const three = base(rules(3, (i) => `site${i}.example`));
      await setSettings(d, three);
      const options = await openOptions(d);
      await waitForValue(() => count(options, RULE_ROWS), 3, 'three rules');

      await chooseImportFile(options, 'typo.json', JSON.stringify({ version: 1, sitez: [{ host: 'a.example', mode: 'off' }] }));
      await waitForText(options, MESSAGE, '"sitez" is not a setting this extension knows');
      assert.deepEqual(await storedSettings(d), three);

      const one = base(rules(1, () => 'a.example'));
      await chooseImportFile(options, 'one.json', JSON.stringify(one));
      await waitForText(options, '[data-testid="import-confirm"]', 'replaces all your settings, including your 3 site rules');
      await options.click('[data-testid="import-apply"]');
      await waitForValue(() => storedSettings(d), one, 'the imported settings');
      await waitForValue(() => count(options, RULE_ROWS), 1, 'one rule');
      await options.click('[data-testid="import-undo"]');
      await waitForValue(() => storedSettings(d), three, 'the settings before');
      await waitForValue(() => count(options, RULE_ROWS), 3, 'three rules again');

      // 100 sites without claim notes on 90-character hosts: about 9.5 KB in the settings item, over the
      // 8 KB a synced item may hold. (Rules, one item each, no longer reach it.)
      const offHosts = Array.from({ length: 100 }, (_, i) => `${String(i).padStart(3, '0')}-${'x'.repeat(74)}.example.com`);
      await chooseImportFile(options, 'long.json', JSON.stringify({ ...three, claimNotes: { enabled: true, offHosts } }));
      await options.click('[data-testid="import-apply"]');
      await waitForText(options, MESSAGE, /need [\d,]+ bytes in one synced item; synced storage keeps 8,192/);
      assert.equal(await count(options, RULE_ROWS), 3);
      assert.deepEqual(await storedSettings(d), three);
      // The page is not stuck: the next change saves.
      await options.click('[data-testid="choice-theme"] input[value="dark"]');
      await waitFor(async () => (await storedSettings(d))?.appearance.theme === 'dark', 'the dark theme stored');
    },
  },
  {
    name: 'a file nested 5,000 levels deep, or with unknown keys, is refused with a short message',
    async run(d) {
      const options = await openOptions(d);
      await chooseImportFile(options, 'deep.json', `{"version":1,"defaultMode":${'['.repeat(5_000)}${']'.repeat(5_000)}}`);
      const deep = await waitForText(options, MESSAGE, '“deep.json” was not imported');
      assert.ok(deep.length < 400, deep.slice(0, 400));
      assert.match(deep, /a list of 1 items/);
      await chooseImportFile(options, 'typo.json', JSON.stringify({ version: 1, sitez: [] }));
      await waitForText(options, MESSAGE, '"sitez" is not a setting this extension knows');
    },
  },
];
