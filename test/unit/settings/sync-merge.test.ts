/**
 * Two devices change the settings at the same time, each on its own copy; sync then brings each
 * device's writes to the other, item by item (issue #14 item 7). With one item per rule, changes
 * to different rules both survive; before, the whole settings were one item and the later
 * device's copy replaced the other's change.
 */
import { test } from 'node:test';
import '../i18n/install.ts';
import assert from 'node:assert/strict';
import { updateSettings } from '../../../src/shared/settings/save.ts';
import { loadSettings } from '../../../src/shared/settings/store.ts';
import { applyChange } from '../../../src/shared/settings/changes.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings/schema.ts';
import { fakeSync } from './fake-sync.ts';

const rule = (host: string, mode: 'on' | 'off' | 'always') => ({ host, includeSubdomains: true, mode });
const BASE: Settings = { ...structuredClone(DEFAULT_SETTINGS), sites: [rule('a.example', 'off'), rule('b.example', 'off'), rule('c.example', 'off')] };

/** Two devices whose storage holds `base`, as written by this version. */
async function twoDevices(base: Settings) {
  const first = fakeSync();
  assert.ok((await updateSettings(first.api, () => base)).ok);
  const second = fakeSync(first.data);
  first.writes.length = 0;
  return [first, second] as const;
}

test('two devices changing different rules on the same base: after sync both changes are on both', async () => {
  const [a, b] = await twoDevices(BASE);
  assert.ok((await updateSettings(a.api, (s) => applyChange(s, { kind: 'site-mode', host: 'a.example', mode: 'always', includeSubdomains: true }))).ok);
  assert.ok((await updateSettings(a.api, (s) => applyChange(s, { kind: 'remove-rule', rule: s.sites[2]! }))).ok);
  assert.ok((await updateSettings(b.api, (s) => applyChange(s, { kind: 'site-mode', host: 'b.example', mode: 'on', includeSubdomains: true }))).ok);
  assert.ok((await updateSettings(b.api, (s) => applyChange(s, { kind: 'site-mode', host: 'new.example', mode: 'off', includeSubdomains: true }))).ok);
  assert.ok((await updateSettings(b.api, (s) => applyChange(s, { kind: 'set', patch: { appearance: { theme: 'dark' } } }))).ok);
  // Each device wrote only what its changes touched.
  assert.deepEqual(a.writes, [{ set: { 'site:*.a.example': { mode: 'always', at: 1 } } }, { remove: ['site:*.c.example'] }]);
  assert.deepEqual(
    b.writes.flatMap((w) => ('set' in w ? Object.keys(w.set) : w.remove)),
    ['site:*.b.example', 'site:*.new.example', 'settings'],
  );

  const [fromA, fromB] = [structuredClone(a.writes), structuredClone(b.writes)];
  a.replay(fromB);
  b.replay(fromA);
  const expected = { ...BASE, appearance: { ...BASE.appearance, theme: 'dark' }, sites: [rule('a.example', 'always'), rule('b.example', 'on'), rule('new.example', 'off')] };
  for (const device of [a, b]) assert.deepEqual((await loadSettings(device.api)).settings, expected);
});

test('a rule edited in place keeps its row, and the same rule changed on both devices: the later write wins for that rule only', async () => {
  const [a, b] = await twoDevices(BASE);
  assert.ok((await updateSettings(a.api, (s) => applyChange(s, { kind: 'replace-rule', rule: s.sites[0]!, next: rule('aa.example', 'off') }))).ok);
  assert.ok((await updateSettings(a.api, (s) => applyChange(s, { kind: 'site-mode', host: 'b.example', mode: 'always', includeSubdomains: true }))).ok);
  assert.ok((await updateSettings(b.api, (s) => applyChange(s, { kind: 'site-mode', host: 'b.example', mode: 'on', includeSubdomains: true }))).ok);
  b.replay(structuredClone(a.writes));
  const hosts = (await loadSettings(b.api)).settings.sites.map((r) => `${r.host} ${r.mode}`);
  assert.deepEqual(hosts, ['aa.example off', 'b.example always', 'c.example off']);
});
