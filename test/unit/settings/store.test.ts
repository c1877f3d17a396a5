import { test } from 'node:test';
import '../i18n/install.ts';
import assert from 'node:assert/strict';
import { SETTINGS_KEY, loadSettings, onSettingsChanged } from '../../../src/shared/settings/store.ts';
import { saveSettings, updateSettings } from '../../../src/shared/settings/save.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings/schema.ts';
import { fakeSync as fakeStorage } from './fake-sync.ts';

test('loading with nothing stored gives the defaults', async () => {
  const { api } = fakeStorage();
  assert.deepEqual(await loadSettings(api), { settings: DEFAULT_SETTINGS, problems: [] });
});

test('loading corrupt stored data repairs it and reports the problems, without writing', async () => {
  const stored = { version: 1, defaultMode: 'always', occurrences: 12, sites: [{ host: 'a.example', mode: 'off' }, null] };
  const { api, data } = fakeStorage({ [SETTINGS_KEY]: stored });
  const { settings, problems } = await loadSettings(api);
  assert.equal(settings.defaultMode, 'always');
  assert.equal(settings.occurrences, 'all');
  assert.deepEqual(settings.sites, [{ host: 'a.example', includeSubdomains: true, mode: 'off' }]);
  assert.equal(problems.length, 2);
  assert.deepEqual(data[SETTINGS_KEY], stored, 'reading never rewrites what is stored');
});

test('saving writes the settings item without rules and one item per rule, and they load back equal', async () => {
  const { api, data } = fakeStorage();
  const settings: Settings = {
    ...structuredClone(DEFAULT_SETTINGS),
    occurrences: 'first',
    sites: [
      { host: 'b.example', includeSubdomains: false, mode: 'always' },
      { host: 'a.example', includeSubdomains: true, mode: 'off' },
    ],
  };
  assert.ok((await saveSettings(api, settings)).ok);
  assert.deepEqual(data, {
    [SETTINGS_KEY]: { version: 1, defaultMode: 'on', occurrences: 'first', appearance: DEFAULT_SETTINGS.appearance },
    'site:b.example': { mode: 'always', at: 1 },
    'site:*.a.example': { mode: 'off', at: 2 },
  });
  assert.deepEqual(await loadSettings(api), { settings, problems: [] }, 'in the order they were added');
});

test('settings stored as one item (before rule items) load as they are and move to rule items at the next save', async () => {
  const old = { version: 1, defaultMode: 'off', sites: [{ host: 'x.example', mode: 'always' }, { host: 'y.example', includeSubdomains: false, mode: 'off' }] };
  // A rule item left by an earlier save on another device: the one item's list is what counts.
  const { api, data } = fakeStorage({ [SETTINGS_KEY]: old, 'site:*.stale.example': { mode: 'off', at: 1 } });
  const before = await loadSettings(api);
  assert.deepEqual(before.settings.sites.map((r) => r.host), ['x.example', 'y.example']);
  assert.ok((await updateSettings(api, (s) => ({ ...s, occurrences: 'first' }))).ok);
  assert.deepEqual(Object.keys(data).sort(), [SETTINGS_KEY, 'site:*.x.example', 'site:y.example']);
  assert.ok(!('sites' in (data[SETTINGS_KEY] as object)));
  assert.deepEqual((await loadSettings(api)).settings, { ...before.settings, occurrences: 'first' });
});

test('stored rule items are parsed like rules: a bad one is named and dropped, the rest kept', async () => {
  const { api } = fakeStorage({ [SETTINGS_KEY]: { version: 1 }, 'site:*.ok.example': { mode: 'off', at: 2 }, 'site:not a host': { mode: 'off', at: 1 }, 'site:*.loud.example': { mode: 'loud', at: 3 } });
  const { settings, problems } = await loadSettings(api);
  assert.deepEqual(settings.sites, [
    { host: 'ok.example', includeSubdomains: true, mode: 'off' },
    { host: 'loud.example', includeSubdomains: true, mode: 'on' },
  ]);
  assert.equal(problems.length, 2);
  assert.match(problems.join('\n'), /sites\[0\]\.host: "not a host" is not a host name/);
});

test('onSettingsChanged reads the settings again after a change in storage.sync (all of it is settings), not in other areas', async () => {
  const { api, listeners, emit } = fakeStorage();
  const seen: Settings[] = [];
  const stop = onSettingsChanged(api, ({ settings }) => seen.push(settings));
  const settle = () => new Promise((r) => setTimeout(r, 20));
  await saveSettings(api, { ...structuredClone(DEFAULT_SETTINGS), defaultMode: 'off', sites: [{ host: 'a.example', includeSubdomains: true, mode: 'always' }] });
  await settle();
  assert.deepEqual(seen.map((s) => [s.defaultMode, s.sites.length]), [['off', 1]], 'one write of two items: one reading');
  emit({ [SETTINGS_KEY]: { newValue: { version: 1, defaultMode: 'always' } } }, 'local');
  emit({ other: { newValue: 1 } }, 'managed');
  await settle();
  assert.equal(seen.length, 1);
  await updateSettings(api, (s) => ({ ...s, sites: [] }));
  await settle();
  assert.deepEqual(seen.at(-1)?.sites, [], 'a removed rule item is a change too');
  stop();
  assert.equal(listeners.size, 0);
});
