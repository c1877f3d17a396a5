import { test } from 'node:test';
import '../i18n/install.ts';
import assert from 'node:assert/strict';
import { QUOTA_BYTES_PER_ITEM, SettingsError, quotaProblem, rulesThatFit, saveSettings, storedBytes, updateSettings } from '../../../src/shared/settings/save.ts';
import { SETTINGS_KEY, loadSettings } from '../../../src/shared/settings/store.ts';
import { DEFAULT_SETTINGS, MAX_SITE_RULES, describeValue, type Settings } from '../../../src/shared/settings/schema.ts';

/** An in-memory storage.sync that can be told to fail like the browsers do. */
function fakeSync(initial: Record<string, unknown> = {}) {
  const data = structuredClone(initial);
  let fail: string | null = null;
  const sync = {
    get: async (key: string) => {
      await new Promise((r) => setTimeout(r, 1));
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    set: async (items: Record<string, unknown>) => {
      await new Promise((r) => setTimeout(r, 1));
      if (fail) throw new Error(fail);
      for (const [k, v] of Object.entries(items)) data[k] = structuredClone(v);
    },
  };
  const api = { storage: { sync, onChanged: { addListener() {}, removeListener() {} } } } as unknown as Parameters<typeof loadSettings>[0];
  return { api, data, failWith: (m: string | null) => (fail = m) };
}

const withRules = (n: number, hostLength: number): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  sites: Array.from({ length: n }, (_, i) => ({ host: `${String(i).padStart(3, '0')}${'a'.repeat(hostLength - 12)}.example.com`, includeSubdomains: true, mode: 'off' as const })),
});

test('100 rules on long hosts exceed the per-item quota: nothing is written and the message says how many fit (F5)', async () => {
  const { api, data } = fakeSync();
  const big = withRules(100, 52);
  assert.ok(storedBytes(big) > QUOTA_BYTES_PER_ITEM);
  const fit = rulesThatFit(big);
  assert.ok(fit > 50 && fit < 100, String(fit));
  assert.ok(storedBytes({ ...big, sites: big.sites.slice(0, fit) }) <= QUOTA_BYTES_PER_ITEM);
  assert.ok(storedBytes({ ...big, sites: big.sites.slice(0, fit + 1) }) > QUOTA_BYTES_PER_ITEM);
  await assert.rejects(saveSettings(api, big), (e: Error) => e instanceof SettingsError && e.message.includes(`Only ${fit} of these 100 rules fit`));
  assert.deepEqual(data, {});
});

test('a rule past the limit is an error, not silently dropped (F7)', () => {
  assert.match(quotaProblem(withRules(MAX_SITE_RULES + 1, 14)) ?? '', /at most 100/);
  assert.equal(quotaProblem(withRules(MAX_SITE_RULES, 14)), null);
});

test('two changes at the same moment both land: each applies to what the other stored (F12)', async () => {
  const { api, data } = fakeSync();
  const add = (host: string) => (s: Settings): Settings => ({ ...s, sites: [...s.sites, { host, includeSubdomains: true, mode: 'off' }] });
  await Promise.all([updateSettings(api, add('news-a.example')), updateSettings(api, add('news-b.example'))]);
  assert.deepEqual((data[SETTINGS_KEY] as Settings).sites.map((r) => r.host), ['news-a.example', 'news-b.example']);
});

test('the write-rate quota is reported in words, and the queue goes on after a failure (F12)', async () => {
  const { api, failWith } = fakeSync();
  failWith('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
  await assert.rejects(updateSettings(api, (s) => ({ ...s, defaultMode: 'off' })), /120 a minute/);
  failWith(null);
  assert.equal((await updateSettings(api, (s) => ({ ...s, defaultMode: 'off' }))).defaultMode, 'off');
});

test('bad values are described by type and size, never echoed whole (F14, F17)', () => {
  assert.equal(describeValue('x'.repeat(90_000)), 'a 90000-character text');
  let deep: unknown = 1;
  for (let i = 0; i < 50_000; i++) deep = [deep];
  assert.equal(describeValue(deep), 'a list of 1 items');
  assert.equal(describeValue('sitez'), '"sitez"');
  assert.equal(describeValue({ a: 1 }), 'an object');
});
