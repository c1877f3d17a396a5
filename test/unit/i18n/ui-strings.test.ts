import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../../scripts/lib/paths.ts';
import { hardCodedStrings } from '../../../scripts/lib/ui-strings.ts';
import { getMessage, LANG_KEY, pseudo, pseudoMessages, readMessages } from '../../../scripts/lib/messages.ts';

const english = readMessages('en');
const keys = new Set(Object.keys(english));
/** CLDR plural categories English has no message for. */
const PLURAL_EXTRA = /_(zero|two|few|many)$/;

/** The UI modules: every component, and the popup's and options page's helpers that word things. */
function uiFiles(): string[] {
  const all = readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).map((f) => path.join('src', f));
  return all.filter((f) => f.endsWith('.tsx') || /^src[\\/](popup|options)[\\/].*\.ts$/.test(f) || /^src[\\/]shared[\\/]ui[\\/].*\.ts$/.test(f)).sort();
}

test('no UI module writes text a person reads: all of it goes through t()', () => {
  const files = uiFiles();
  assert.ok(files.length >= 20, `found the UI modules (${files.length})`);
  const findings = files.flatMap((f) => hardCodedStrings(readFileSync(path.join(ROOT, f), 'utf8'), f, keys).map((x) => `${f}:${x.line} ${x.why}: ${x.text}`));
  assert.deepEqual(findings, []);
});

test('the scan finds hard-coded text in JSX, in read attributes and props, and in messages built in code', () => {
  const planted = [
    ['<p>Hello there</p>', 'JSX text'],
    ['<button aria-label="Close">×</button>', '"aria-label" text'],
    ['<input placeholder={`Type ${what}`} />', '"placeholder" text'],
    ['<Choice legend="Theme" />', '"legend" text'],
    ["<Choice options={[{ value: 'a', label: 'Every one' }]} />", '"label" text'],
    ["<p>{on ? 'Yes' : t('modeOff')}</p>", 'text in a JSX child'],
    ["setError(`Could not save: ${reason}`);", 'sentence in a string'],
  ];
  for (const [code, why] of planted) {
    const found = hardCodedStrings(`const x = () => ${code}`, 'planted.tsx', keys);
    assert.deepEqual(found.map((f) => f.why), [why], code);
  }
  const clean = ["<p class=\"muted\" data-testid=\"why\">{t('popupWhy')}</p>", "<code>about:addons</code>", "kind === 'outlet' ? x : y", "<h4>{t(STANCE_KEYS[s])}</h4>", "const k: MessageKey = 'cardOfficials';"];
  for (const code of clean) assert.deepEqual(hardCodedStrings(`const x = () => ${code}`, 'clean.tsx', keys), [], code);
});

test('messages substitute their placeholders as the browsers do', () => {
  assert.equal(getMessage(english, 'termsShowing', ['Ottawa Convention', '2', '5']), 'Ottawa Convention: showing 2 of 5');
  assert.equal(getMessage(english, 'siteNoRule', ['Off', 'X.']), 'No rule yet: the default (Off) applies. X.');
  assert.equal(getMessage(english, 'no-such-key'), '');
});

test('every message names its placeholders, and each is used', () => {
  for (const [key, m] of Object.entries(english)) {
    const used = [...m.message.matchAll(/\$(\w+)\$/g)].map((x) => x[1]!.toLowerCase()).sort();
    assert.deepEqual(used, Object.keys(m.placeholders ?? {}).map((k) => k.toLowerCase()).sort(), key);
    assert.match(key, /^[A-Za-z0-9_]+$/, `${key}: Chrome allows only letters, digits and _ in message names`);
  }
});

test('the pseudo-locale changes every letter it can, keeps placeholders, and is about 40% longer', () => {
  const fake = pseudoMessages(english);
  for (const [key, m] of Object.entries(fake)) {
    if (key === LANG_KEY) continue;
    assert.match(m.message, /^\[.*~+\]$/s, key);
    assert.deepEqual(m.message.match(/\$\w+\$/g) ?? [], english[key]!.message.match(/\$\w+\$/g) ?? [], key);
    const text = (s: string) => s.replace(/\$\w+\$/g, '').length;
    assert.ok(text(m.message) >= text(english[key]!.message) * 1.3, key);
  }
  assert.equal(pseudo('Settings'), '[Šéţţîñĝš~~~~]');
});

test('every locale has every English message, with the same placeholders, within the store limits', () => {
  const locales = readdirSync(path.join(ROOT, '_locales'));
  for (const locale of locales) {
    const messages = readMessages(locale);
    // A language with more plural forms than English adds them (terms_few beside terms_other).
    const base = (key: string) => (keys.has(key) ? key : key.replace(PLURAL_EXTRA, '_other'));
    assert.deepEqual(Object.keys(messages).filter((k) => keys.has(k)).sort(), [...keys].sort(), `${locale}: every key of en`);
    for (const [key, m] of Object.entries(messages)) {
      assert.ok(keys.has(base(key)), `${locale}/${key}: not an English key, nor a plural form of one`);
      const names = (s: string) => [...s.matchAll(/\$(\w+)\$/g)].map((x) => x[1]!.toLowerCase()).sort();
      assert.deepEqual(names(m.message), names(english[base(key)]!.message), `${locale}/${key}: the same placeholders`);
      assert.deepEqual(m.placeholders, english[base(key)]!.placeholders, `${locale}/${key}: placeholders filled in the same order`);
    }
    // The stores' limits apply to each language's text, not to the manifest's __MSG__ names.
    assert.ok(messages.extName!.message.length <= 75 && messages.extDescription!.message.length <= 132, `${locale}: name ≤ 75, description ≤ 132 characters`);
  }
});
