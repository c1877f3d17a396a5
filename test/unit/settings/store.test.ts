import { test } from 'node:test';
import '../i18n/install.ts';
import assert from 'node:assert/strict';
import { SETTINGS_KEY, loadSettings, onSettingsChanged } from '../../../src/shared/settings/store.ts';
import { saveSettings } from '../../../src/shared/settings/save.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings/schema.ts';

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

/** An in-memory storage.sync with the change events the browsers send. */
function fakeStorage(initial: Record<string, unknown> = {}) {
  const data = structuredClone(initial);
  const listeners = new Set<Listener>();
  const storage = {
    sync: {
      get: async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
      set: async (items: Record<string, unknown>) => {
        const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
        for (const [k, v] of Object.entries(items)) {
          changes[k] = { oldValue: data[k], newValue: structuredClone(v) };
          data[k] = structuredClone(v);
        }
        for (const l of listeners) l(changes, 'sync');
      },
    },
    onChanged: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
  };
  return { api: { storage } as unknown as Parameters<typeof loadSettings>[0], data, listeners, emit: (c: Record<string, { newValue?: unknown }>, area: string) => listeners.forEach((l) => l(c, area)) };
}

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

test('saving writes only valid settings under the one key, and they load back equal', async () => {
  const { api, data } = fakeStorage();
  const settings: Settings = { ...structuredClone(DEFAULT_SETTINGS), occurrences: 'first', sites: [{ host: 'b.example', includeSubdomains: false, mode: 'always' }] };
  await saveSettings(api, settings);
  assert.deepEqual(Object.keys(data), [SETTINGS_KEY]);
  assert.deepEqual(await loadSettings(api), { settings, problems: [] });
});

test('onSettingsChanged calls back with parsed settings for sync changes of our key only', async () => {
  const { api, listeners, emit } = fakeStorage();
  const seen: Settings[] = [];
  const stop = onSettingsChanged(api, ({ settings }) => seen.push(settings));
  await saveSettings(api, { ...structuredClone(DEFAULT_SETTINGS), defaultMode: 'off' });
  emit({ [SETTINGS_KEY]: { newValue: { version: 1, defaultMode: 'always' } } }, 'local');
  emit({ other: { newValue: 1 } }, 'sync');
  emit({ [SETTINGS_KEY]: {} }, 'sync'); // removed (e.g. storage cleared): back to the defaults
  assert.deepEqual(seen.map((s) => s.defaultMode), ['off', 'on']);
  stop();
  assert.equal(listeners.size, 0);
});
