import { test } from 'node:test';
import '../i18n/install.ts';
import assert from 'node:assert/strict';
import { applyChange } from '../../../src/shared/settings/changes.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings/schema.ts';

const base: Settings = { ...structuredClone(DEFAULT_SETTINGS), sites: [{ host: 'a.example', includeSubdomains: true, mode: 'off' }] };

test('changes made from two pages\' stale copies both survive when applied to what is stored (F12)', () => {
  // Page 1 changes the theme, page 2 the highlight style, each from the same stale copy.
  const one = applyChange(base, { kind: 'set', patch: { appearance: { theme: 'dark' } } });
  const both = applyChange(one, { kind: 'set', patch: { appearance: { highlight: 'background' } } });
  assert.deepEqual(both.appearance, { highlight: 'background', theme: 'dark' });
  // A rule added on one page, another edited on the other: found by host, not position.
  const added = applyChange(base, { kind: 'site-mode', host: 'b.example', mode: 'always', includeSubdomains: false });
  const edited = applyChange(added, { kind: 'replace-rule', rule: { host: 'a.example', includeSubdomains: true }, next: { host: 'a.example', includeSubdomains: true, mode: 'on' } });
  assert.deepEqual(edited.sites, [
    { host: 'a.example', includeSubdomains: true, mode: 'on' },
    { host: 'b.example', includeSubdomains: false, mode: 'always' },
  ]);
});

test('a rule removed elsewhere is not brought back by an edit of it', () => {
  const removed = applyChange(base, { kind: 'remove-rule', rule: { host: 'a.example', includeSubdomains: true } });
  assert.deepEqual(removed.sites, []);
  assert.equal(applyChange(removed, { kind: 'replace-rule', rule: { host: 'a.example', includeSubdomains: true }, next: { host: 'c.example', includeSubdomains: true, mode: 'on' } }), removed);
});
