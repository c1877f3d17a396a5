import { test } from 'node:test';
import '../i18n/install.ts';
import assert from 'node:assert/strict';
import { saveSettings, updateSettings } from '../../../src/shared/settings/save.ts';
import { QUOTA_BYTES, QUOTA_BYTES_PER_ITEM, quotaProblem, rulesThatFit, storedBytes } from '../../../src/shared/settings/items.ts';
import { loadSettings } from '../../../src/shared/settings/store.ts';
import { fakeSync } from './fake-sync.ts';
import { DEFAULT_SETTINGS, MAX_SITE_RULES, describeValue, type Settings } from '../../../src/shared/settings/schema.ts';

const withRules = (n: number, hostLength: number): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  sites: Array.from({ length: n }, (_, i) => ({ host: `${String(i).padStart(3, '0')}${'a'.repeat(hostLength - 12)}.example.com`, includeSubdomains: true, mode: 'off' as const })),
});

test('100 rules on long hosts, over the 8 KB one item holds, now fit: each rule is its own item (F5)', async () => {
  const { api } = fakeSync();
  const big = withRules(100, 52);
  assert.ok(JSON.stringify(big).length > QUOTA_BYTES_PER_ITEM, 'as one item they would not fit');
  assert.equal(quotaProblem(big), null);
  const saved = await saveSettings(api, big);
  assert.ok(saved.ok);
  assert.deepEqual((await loadSettings(api)).settings, big);
});

test('the settings item over 8 KB (many long hosts without claim notes) is refused, nothing written; the total quota says how many rules fit', async () => {
  const { api, data } = fakeSync();
  const offHosts = Array.from({ length: 100 }, (_, i) => `${i}${'h'.repeat(90)}.example`);
  const saved = await saveSettings(api, { ...structuredClone(DEFAULT_SETTINGS), claimNotes: { enabled: true, offHosts } });
  assert.match(saved.ok ? '' : saved.problems.join(), /need [\d,]+ bytes in one synced item; synced storage keeps 8,192/);
  assert.deepEqual(data, {});
  // 100 rules cannot reach the 100 KB total; had the limit been higher, the message would say how many fit.
  const many = withRules(400, 250);
  const fit = rulesThatFit(many);
  assert.ok(storedBytes({ ...many, sites: many.sites.slice(0, fit) }) <= QUOTA_BYTES);
  assert.ok(storedBytes({ ...many, sites: many.sites.slice(0, fit + 1) }) > QUOTA_BYTES);
  assert.ok(fit > 100 && fit < 400, String(fit));
});

test('a rule past the limit is an error, not silently dropped (F7)', () => {
  assert.match(quotaProblem(withRules(MAX_SITE_RULES + 1, 14)) ?? '', /at most 100/);
  assert.equal(quotaProblem(withRules(MAX_SITE_RULES, 14)), null);
});

test('two changes at the same moment both land: each applies to what the other stored (F12)', async () => {
  const { api } = fakeSync();
  const add = (host: string) => (s: Settings): Settings => ({ ...s, sites: [...s.sites, { host, includeSubdomains: true, mode: 'off' }] });
  await Promise.all([updateSettings(api, add('news-a.example')), updateSettings(api, add('news-b.example'))]);
  assert.deepEqual((await loadSettings(api)).settings.sites.map((r) => r.host), ['news-a.example', 'news-b.example']);
});

test('the write-rate quota is reported in words, and the queue goes on after a failure (F12)', async () => {
  const { api, failWith } = fakeSync();
  failWith('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
  const limited = await updateSettings(api, (s) => ({ ...s, defaultMode: 'off' }));
  assert.match(limited.ok ? '' : limited.problems.join(), /120 a minute/);
  failWith(null);
  const saved = await updateSettings(api, (s) => ({ ...s, defaultMode: 'off' }));
  assert.equal(saved.ok && saved.settings.defaultMode, 'off');
});

test('saving returns its problems: the 101st rule, the 101st site without claim notes and invalid parts are refused with the reason, nothing written (review §2.3 b)', async () => {
  const { api, data } = fakeSync();
  const over = await saveSettings(api, withRules(MAX_SITE_RULES + 1, 14));
  assert.deepEqual(over, { ok: false, problems: ['That makes 101 site rules; at most 100 can be kept. Remove a rule first.'] });
  const offHosts = Array.from({ length: 101 }, (_, i) => `s${i}.example`);
  const claims = await saveSettings(api, { ...structuredClone(DEFAULT_SETTINGS), claimNotes: { enabled: true, offHosts } });
  assert.match(claims.ok ? '' : claims.problems.join(), /at most 100 sites/);
  const bad = { ...structuredClone(DEFAULT_SETTINGS), defaultMode: 'loud', sites: [{ host: '???', includeSubdomains: true, mode: 'on' }] } as unknown as Settings;
  const refused = await saveSettings(api, bad);
  assert.ok(!refused.ok);
  assert.equal(refused.problems.length, 2);
  assert.match(refused.problems.join('\n'), /defaultMode: "loud" is not one of on, off, always/);
  assert.match(refused.problems.join('\n'), /sites\[0\]\.host: "\?\?\?" is not a host name/);
  assert.deepEqual(data, {});
  // A change that throws is a refusal in words too, and the queue goes on.
  const thrown = await updateSettings(api, () => {
    throw new Error('boom');
  });
  assert.deepEqual(thrown, { ok: false, problems: ['Nothing was saved: boom'] });
  assert.ok((await updateSettings(api, (s) => s)).ok);
});

test('bad values are described by type and size, never echoed whole (F14, F17)', () => {
  assert.equal(describeValue('x'.repeat(90_000)), 'a 90000-character text');
  let deep: unknown = 1;
  for (let i = 0; i < 50_000; i++) deep = [deep];
  assert.equal(describeValue(deep), 'a list of 1 items');
  assert.equal(describeValue('sitez'), '"sitez"');
  assert.equal(describeValue({ a: 1 }), 'an object');
});
