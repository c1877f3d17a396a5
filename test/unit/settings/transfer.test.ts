import { test } from 'node:test';
import '../i18n/install.ts';
import assert from 'node:assert/strict';
import { MAX_IMPORT_BYTES, exportFileName, exportSettings, importSettings, MAX_PROBLEMS_LISTED } from '../../../src/shared/settings/transfer.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings/schema.ts';

const custom: Settings = {
  ...structuredClone(DEFAULT_SETTINGS),
  defaultMode: 'off',
  appearance: { highlight: 'background', theme: 'light' },
  sites: [{ host: 'news.example', includeSubdomains: false, mode: 'always' }],
};

test('an exported file imports back to the same settings', () => {
  const result = importSettings(exportSettings(custom));
  assert.deepEqual(result, { ok: true, settings: custom });
});

test('the export file name is the extension\'s name (from _locales) and the date', () => {
  assert.equal(exportFileName(new Date('2026-01-02T10:00:00Z')), 'landmine-policy-context-settings-2026-01-02.json');
  // Another product name (a fork, a translated name) gives a file name of its own, safe on every file system.
  assert.equal(exportFileName(new Date('2026-01-02T10:00:00Z'), 'Contexte : Mines « antipersonnel »'), 'contexte-mines-antipersonnel-settings-2026-01-02.json');
  assert.equal(exportFileName(new Date('2026-01-02T10:00:00Z'), '地雷'), 'extension-settings-2026-01-02.json');
});

test('a file that is not JSON is rejected with the parser message', () => {
  const result = importSettings('{"version": 1,');
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.problems[0]! : '', /^The file is not valid JSON \(.+\)\.$/);
});

test('JSON of the wrong shape is rejected, naming what it holds', () => {
  const cases: [string, RegExp][] = [
    ['[1,2]', /holds a list, not a settings object/],
    ['"text"', /holds a string/],
    ['null', /holds null/],
    ['{"theme":"dark","rules":[]}', /not a settings file: it has none of version, defaultMode/],
  ];
  for (const [text, expected] of cases) {
    const result = importSettings(text);
    assert.equal(result.ok, false, text);
    assert.match(!result.ok ? result.problems.join() : '', expected, text);
  }
});

test('a settings file with any invalid part is rejected whole, with every problem named', () => {
  const text = JSON.stringify({ ...custom, defaultMode: 'loud', sites: [{ host: 'ok.example', mode: 'off' }, { host: 'bad host', mode: 'off' }] });
  const result = importSettings(text);
  assert.equal(result.ok, false);
  const problems = !result.ok ? result.problems : [];
  assert.equal(problems.length, 2);
  assert.match(problems.join('\n'), /defaultMode: "loud"/);
  assert.match(problems.join('\n'), /sites\[1\]\.host/);
});

test('a file over 100 KB is rejected before it is parsed', () => {
  const big = JSON.stringify({ ...custom, padding: 'x'.repeat(MAX_IMPORT_BYTES) });
  const result = importSettings(big);
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.problems[0]! : '', /is 10\d KB; a settings file is at most 100 KB/);
  // The size the browser reports counts, even if the text given is short.
  assert.equal(importSettings('{}', MAX_IMPORT_BYTES + 1).ok, false);
});

test('a version 0 file is migrated on import', () => {
  const result = importSettings(JSON.stringify({ disabledSites: ['old.example'] }));
  assert.ok(result.ok);
  assert.deepEqual(result.ok && result.settings.sites, [{ host: 'old.example', includeSubdomains: true, mode: 'off' }]);
});

test('unknown keys are problems: a typo or a foreign file never wipes the rules (F6)', () => {
  const r = importSettings(JSON.stringify({ version: 1, sitez: [{ host: 'a.example', mode: 'off' }], theme: 'dark' }));
  assert.equal(r.ok, false);
  assert.ok(!r.ok && r.problems.some((p) => p.includes('"sitez"')) && r.problems.some((p) => p.includes('"theme"')));
  const nested = importSettings(JSON.stringify({ version: 1, appearance: { highlight: 'underline', colour: 'red' } }));
  assert.ok(!nested.ok && nested.problems.some((p) => p.includes('"colour"')));
});

test('a value nested 20,000 levels deep gets a short message, not a stack overflow or an echo (F14)', () => {
  const text = `{"version":1,"defaultMode":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
  const r = importSettings(text);
  assert.equal(r.ok, false);
  assert.ok(!r.ok && r.problems.join('').length < 300, !r.ok ? r.problems.join('\n') : '');
});

test('a file with 1,000 bad rules lists a few problems and counts the rest (F17)', () => {
  const r = importSettings(JSON.stringify({ version: 1, sites: Array.from({ length: 1000 }, () => ({ host: '???' })) }));
  assert.ok(!r.ok && r.problems.length === MAX_PROBLEMS_LISTED + 1);
  assert.ok(!r.ok && /more problems/.test(r.problems.at(-1)!));
});

test('settings with claim notes off somewhere export and import back unchanged', () => {
  const settings = { ...structuredClone(DEFAULT_SETTINGS), claimNotes: { enabled: true, offHosts: ['news.example'] } };
  assert.deepEqual(importSettings(exportSettings(settings)), { ok: true, settings });
});
