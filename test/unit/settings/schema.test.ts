import { test } from 'node:test';
import '../i18n/install.ts';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  DEFAULT_SETTINGS,
  MAX_SITE_RULES,
  SETTINGS_VERSION,
  describeScope,
  normaliseHost,
  parseSettings,
  ruleFor,
  siteModeFor,
  withSiteMode,
  withoutRule,
  type Settings,
} from '../../../src/shared/settings/schema.ts';

const settingsWith = (sites: Settings['sites'], extra: Partial<Settings> = {}): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), ...extra, sites });

test('nothing stored gives the defaults and no problems', () => {
  for (const input of [undefined, null]) {
    const { settings, problems } = parseSettings(input);
    assert.deepEqual(settings, DEFAULT_SETTINGS);
    assert.deepEqual(problems, []);
  }
});

test('the defaults are not shared: changing a parsed result leaves DEFAULT_SETTINGS alone', () => {
  const { settings } = parseSettings(undefined);
  settings.sites.push({ host: 'a.com', includeSubdomains: true, mode: 'off' });
  settings.appearance.theme = 'dark';
  assert.equal(DEFAULT_SETTINGS.sites.length, 0);
  assert.equal(DEFAULT_SETTINGS.appearance.theme, 'auto');
});

test('valid current settings come back unchanged and clean', () => {
  const input: Settings = {
    version: SETTINGS_VERSION,
    defaultMode: 'off',
    occurrences: 'first',
    appearance: { highlight: 'background', theme: 'dark' },
    sites: [
      { host: 'example.com', includeSubdomains: true, mode: 'always' },
      { host: 'news.example.org', includeSubdomains: false, mode: 'off' },
    ],
    claimNotes: { enabled: false, offHosts: ['example.net'] },
  };
  const { settings, problems } = parseSettings(structuredClone(input));
  assert.deepEqual(settings, input);
  assert.deepEqual(problems, []);
});

test('corrupt data keeps every valid part and names each invalid one', () => {
  const { settings, problems } = parseSettings({
    version: 1,
    defaultMode: 'sometimes',
    occurrences: 'first',
    appearance: { highlight: 'neon', theme: 'dark' },
    sites: [
      { host: 'good.example', mode: 'off' },
      'not a rule',
      { host: 'not a host!', mode: 'on' },
      { host: 'ok.example', includeSubdomains: 'yes', mode: 'loud' },
      { host: 'GOOD.example', mode: 'always' },
    ],
  });
  assert.equal(settings.defaultMode, 'on', 'an invalid default falls back');
  assert.equal(settings.occurrences, 'first', 'a valid sibling is kept');
  assert.deepEqual(settings.appearance, { highlight: 'underline', theme: 'dark' });
  assert.deepEqual(settings.sites, [
    { host: 'good.example', includeSubdomains: true, mode: 'off' },
    { host: 'ok.example', includeSubdomains: true, mode: 'on' },
  ]);
  const text = problems.join('\n');
  for (const part of ['defaultMode', 'appearance.highlight', 'sites[1]', 'sites[2].host', 'sites[3].includeSubdomains', 'sites[3].mode', 'sites[4]: a second rule for good.example']) {
    assert.ok(text.includes(part), `problems mention ${part}:\n${text}`);
  }
  assert.equal(problems.length, 7);
});

test('wrong types for whole parts fall back with a problem each', () => {
  const { settings, problems } = parseSettings({ version: 1, appearance: 'dark', sites: { host: 'a.com' } });
  assert.deepEqual(settings, DEFAULT_SETTINGS);
  assert.equal(problems.length, 2);
  assert.match(problems.join(), /appearance: not an object/);
  assert.match(problems.join(), /sites: not a list/);
});

test('a non-object is reported and gives the defaults', () => {
  for (const input of [42, 'settings', [1, 2], true]) {
    const { settings, problems } = parseSettings(input);
    assert.deepEqual(settings, DEFAULT_SETTINGS);
    assert.equal(problems.length, 1);
  }
});

test('migration from version 0 turns the two host lists into rules and keeps the rest', () => {
  const { settings, problems } = parseSettings({
    occurrences: 'first',
    disabledSites: ['Blocked.example', 'https://www.other.example/page'],
    alwaysSites: ['always.example'],
  });
  assert.deepEqual(problems, []);
  assert.equal(settings.version, SETTINGS_VERSION);
  assert.equal(settings.occurrences, 'first');
  assert.deepEqual(settings.sites, [
    { host: 'blocked.example', includeSubdomains: true, mode: 'off' },
    { host: 'www.other.example', includeSubdomains: true, mode: 'off' },
    { host: 'always.example', includeSubdomains: true, mode: 'always' },
  ]);
  assert.ok(!('disabledSites' in settings) && !('alwaysSites' in settings));
});

test('migration from an explicit version 0 reports bad hosts in the old lists but keeps the good ones', () => {
  const { settings, problems } = parseSettings({ version: 0, disabledSites: ['ok.example', 7], alwaysSites: 'nope' });
  assert.deepEqual(settings.sites, [{ host: 'ok.example', includeSubdomains: true, mode: 'off' }]);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /is not a host name/);
});

test('an unknown (newer) version is read as far as possible and reported', () => {
  const { settings, problems } = parseSettings({ version: 7, defaultMode: 'off', futureField: 1 });
  assert.equal(settings.defaultMode, 'off');
  assert.equal(settings.version, SETTINGS_VERSION);
  assert.match(problems.join(), /version: 7/);
});

test('more rules than storage allows are cut at the limit, with a problem', () => {
  const sites = Array.from({ length: MAX_SITE_RULES + 5 }, (_, i) => ({ host: `site${i}.example`, mode: 'off' }));
  const { settings, problems } = parseSettings({ version: 1, sites });
  assert.equal(settings.sites.length, MAX_SITE_RULES);
  assert.equal(problems.length, 5);
  // The limit keeps the whole settings object inside storage.sync's 8 KB per item.
  assert.ok(JSON.stringify({ settings: settings }).length < 8192);
});

test('normaliseHost accepts what people paste and rejects what is not a host', () => {
  const cases: [string, string | null][] = [
    ['example.com', 'example.com'],
    ['  News.Example.COM ', 'news.example.com'],
    ['https://news.example.com/world/story?id=1#top', 'news.example.com'],
    ['http://user:pw@example.com:8080/', 'example.com'],
    ['example.com:443', 'example.com'],
    ['*.example.com', 'example.com'],
    ['example.com.', 'example.com'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['', null],
    ['   ', null],
    ['not a host', null],
    // Any host location.hostname can give has a rule (review finding F7).
    ['exa_mple.com', 'exa_mple.com'],
    ['http://[::1]:8080/x', '[::1]'],
    ['[2001:DB8::1]', '[2001:db8::1]'],
    ['::1', null],
    ['-bad.example', null],
    ['a..b', null],
    ['x'.repeat(64) + '.com', null],
  ];
  for (const [input, expected] of cases) assert.equal(normaliseHost(input), expected, JSON.stringify(input));
});

test('normaliseHost is idempotent and its results always parse back as rules', () => {
  fc.assert(
    fc.property(fc.domain(), (domain) => {
      const once = normaliseHost(domain);
      if (once === null) return;
      assert.equal(normaliseHost(once), once);
      const { settings, problems } = parseSettings({ version: 1, sites: [{ host: once, mode: 'off' }] });
      assert.deepEqual(problems, []);
      assert.equal(settings.sites[0]!.host, once);
    }),
  );
});

test('ruleFor: the most specific matching rule wins', () => {
  const s = settingsWith([
    { host: 'example.com', includeSubdomains: true, mode: 'off' },
    { host: 'news.example.com', includeSubdomains: true, mode: 'always' },
    { host: 'example.com', includeSubdomains: false, mode: 'on' },
    { host: 'only.example.org', includeSubdomains: false, mode: 'off' },
  ]);
  assert.equal(ruleFor(s, 'example.com')?.mode, 'on', 'a rule for the host alone beats the subdomain rule for the same host');
  assert.equal(ruleFor(s, 'www.example.com')?.mode, 'off');
  assert.equal(ruleFor(s, 'news.example.com')?.mode, 'always', 'a longer host beats a shorter one');
  assert.equal(ruleFor(s, 'a.b.news.example.com')?.mode, 'always');
  assert.equal(ruleFor(s, 'NEWS.Example.com.')?.mode, 'always', 'case and a trailing dot do not matter');
  assert.equal(ruleFor(s, 'sub.only.example.org'), undefined, 'a host-only rule does not cover subdomains');
  assert.equal(ruleFor(s, 'only.example.org')?.mode, 'off');
  assert.equal(ruleFor(s, 'badexample.com'), undefined, 'a suffix that is not a subdomain does not match');
  assert.equal(ruleFor(s, 'example.com.evil.net'), undefined);
});

test('ruleFor does not depend on the order of the rules', () => {
  const rules: Settings['sites'] = [
    { host: 'example.com', includeSubdomains: true, mode: 'off' },
    { host: 'news.example.com', includeSubdomains: true, mode: 'always' },
    { host: 'news.example.com', includeSubdomains: false, mode: 'on' },
  ];
  fc.assert(
    fc.property(fc.shuffledSubarray(rules, { minLength: 3, maxLength: 3 }), (order) => {
      const s = settingsWith(order);
      assert.equal(ruleFor(s, 'news.example.com')?.mode, 'on');
      assert.equal(ruleFor(s, 'x.news.example.com')?.mode, 'always');
      assert.equal(ruleFor(s, 'x.example.com')?.mode, 'off');
    }),
  );
});

test('siteModeFor falls back to the default mode without a rule', () => {
  const s = settingsWith([{ host: 'example.com', includeSubdomains: true, mode: 'always' }], { defaultMode: 'off' });
  assert.equal(siteModeFor(s, 'other.example'), 'off');
  assert.equal(siteModeFor(s, 'x.example.com'), 'always');
});

test('withSiteMode replaces the rule with the same host and scope and leaves others', () => {
  let s = settingsWith([{ host: 'example.com', includeSubdomains: false, mode: 'always' }]);
  s = withSiteMode(s, 'https://Example.com/x', 'off');
  s = withSiteMode(s, 'example.com', 'on');
  assert.deepEqual(s.sites, [
    { host: 'example.com', includeSubdomains: false, mode: 'always' },
    { host: 'example.com', includeSubdomains: true, mode: 'on' },
  ]);
  assert.equal(withSiteMode(s, 'not a host', 'off'), s, 'an invalid host changes nothing');
});

test('withoutRule removes exactly one rule so the default applies again', () => {
  const s = settingsWith([
    { host: 'example.com', includeSubdomains: true, mode: 'off' },
    { host: 'example.com', includeSubdomains: false, mode: 'always' },
  ]);
  const next = withoutRule(s, 'example.com', true);
  assert.deepEqual(next.sites, [{ host: 'example.com', includeSubdomains: false, mode: 'always' }]);
  assert.equal(s.sites.length, 2, 'the input is not changed');
});

test('describeScope says plainly which pages a rule covers', () => {
  assert.match(describeScope({ host: 'example.com', includeSubdomains: true }), /example\.com and its subdomains/);
  assert.match(describeScope({ host: 'example.com', includeSubdomains: false }), /example\.com only, not its subdomains/);
});

test('any input parses without throwing into settings that parse again cleanly', () => {
  fc.assert(
    fc.property(fc.anything(), (input) => {
      const { settings } = parseSettings(input);
      assert.deepEqual(parseSettings(JSON.parse(JSON.stringify(settings))), { settings, problems: [] });
    }),
  );
});

test('the notes on corrupt settings are in the reader\'s language (German here), naming the field as stored', async () => {
  const { getMessage, readMessages } = await import('../../../scripts/lib/messages.ts');
  const g = globalThis as unknown as { chrome: { i18n: { getMessage(key: string, values?: string[]): string } } };
  const english = g.chrome.i18n;
  const german = readMessages('de');
  g.chrome.i18n = { getMessage: (key, values) => getMessage(german, key, values) };
  try {
    const { problems } = parseSettings({ version: 9, defaultMode: 'loud', appearance: [], sites: [7, { host: 'x'.repeat(300) }], claimNotes: 1 });
    assert.deepEqual(problems, [
      'version: 9 ist keine Version, die diese Erweiterung kennt; gelesen wird, was lesbar ist',
      'defaultMode: "loud" ist keiner der Werte on, off, always; verwendet wird „on“',
      'appearance: kein Objekt; verwendet werden die Voreinstellungen',
      'sites[0]: kein Objekt; verworfen',
      'sites[1].host: ein Text mit 300 Zeichen ist kein Hostname; Regel verworfen',
      'claimNotes: ungültig; Hinweise zu Behauptungen sind überall an',
    ]);
  } finally {
    g.chrome.i18n = english;
  }
});
