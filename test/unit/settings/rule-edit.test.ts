import { test } from 'node:test';
import '../i18n/install.ts';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_SETTINGS, hostProblem, normaliseHost, withRuleReplaced, type Settings } from '../../../src/shared/settings/schema.ts';

const settingsWith = (sites: Settings['sites']): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), sites });

test('hostProblem names what is wrong with a typed host', () => {
  const cases: [string, string | null][] = [
    ['', 'The site is empty.'],
    ['   ', 'The site is empty.'],
    ['not a host!', '“not a host!” is not a host name: it has a space in it.'],
    ['exa_mple.com', null], // a host browsers use (review finding F7)
    ['a.com:abc', '“a.com:abc” is not a host name: “:” cannot be part of one.'],
    ['a..b', '“a..b” is not a host name: it has an empty part between two dots.'],
    ['-bad.example', '“-bad.example” is not a host name: a part between dots starts or ends with a hyphen.'],
    ['x'.repeat(64) + '.com', `“${'x'.repeat(64)}.com” is not a host name: it is too long (at most 63 characters between dots).`],
    ['https:///path', '“https:///path” is not a host name: there is no site name in it.'],
  ];
  for (const [input, expected] of cases) assert.equal(hostProblem(input), expected, JSON.stringify(input));
});

test('hostProblem is null exactly when normaliseHost accepts the input', () => {
  fc.assert(
    fc.property(fc.oneof(fc.domain(), fc.webUrl(), fc.string()), (input) => {
      const problem = hostProblem(input);
      assert.equal(problem === null, normaliseHost(input) !== null);
      if (problem !== null) assert.ok(problem.length > 0);
    }),
  );
});

test('withRuleReplaced changes one rule in place and refuses a duplicate of another', () => {
  const s = settingsWith([
    { host: 'a.example', includeSubdomains: true, mode: 'off' },
    { host: 'b.example', includeSubdomains: true, mode: 'always' },
    { host: 'b.example', includeSubdomains: false, mode: 'on' },
  ]);
  const renamed = withRuleReplaced(s, 0, { host: 'c.example', includeSubdomains: true, mode: 'off' });
  assert.ok('settings' in renamed);
  assert.deepEqual(renamed.settings.sites.map((r) => r.host), ['c.example', 'b.example', 'b.example']);
  assert.equal(s.sites[0]!.host, 'a.example', 'the input is not changed');

  const clash = withRuleReplaced(s, 0, { host: 'b.example', includeSubdomains: false, mode: 'off' });
  assert.deepEqual(clash, { clash: s.sites[2] });
  const scopeClash = withRuleReplaced(s, 2, { ...s.sites[2]!, includeSubdomains: true });
  assert.deepEqual(scopeClash, { clash: s.sites[1] });
  // A rule may be saved unchanged, or with only its mode changed: it does not clash with itself.
  const same = withRuleReplaced(s, 1, { ...s.sites[1]!, mode: 'off' });
  assert.ok('settings' in same);
  assert.equal(same.settings.sites[1]!.mode, 'off');
});
