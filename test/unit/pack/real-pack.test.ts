/** Checks on the bundled pack itself: it validates, fits its size budgets and covers issue 3's list. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatProblems, validatePack } from '../../../src/shared/pack/validate.ts';
import { compactModule, minifiedSize } from '../../../src/shared/pack/compact.ts';
import type { TopicPack } from '../../../src/shared/pack/types.ts';
import { BUDGETS } from '../../../scripts/lib/paths.ts';
import { bundledPack } from '../../../src/shared/claims/bundle.ts';

const PACK_FILE = fileURLToPath(new URL('../../../assets/topics/landmine-policy.json', import.meta.url));
const pack = JSON.parse(readFileSync(PACK_FILE, 'utf8')) as TopicPack;
const byId = new Map(pack.entries.map((e) => [e.id, e]));

test('the bundled pack validates with no problems', () => {
  const problems = validatePack(pack);
  assert.deepEqual(problems, [], formatProblems(problems));
});

test('the full pack (as bundled, without the claim examples) and its always-on vocabulary fit the budgets in scripts/lib/paths.ts', () => {
  const full = bundledPack(pack);
  assert.ok(minifiedSize(full) <= BUDGETS.fullPack, `full pack is ${minifiedSize(full)} B`);
  const alwaysOn = compactModule([pack]).gates;
  assert.ok(minifiedSize(alwaysOn) <= BUDGETS.compact, `always-on vocabulary is ${minifiedSize(alwaysOn)} B`);
});

test('every concept issue 3 lists has an entry', () => {
  const required = [
    'ottawa', 'ccw', 'apii', 'apl', 'landmine', 'self-destruct', 'self-deactivation', 'persistent', 'non-persistent',
    'scatterable', 'gator', 'adam', 'mopms', 'volcano', 'stockpile',
    'memo', 'interim', 'review', 'destruction', 'korea', 'commanders',
    'hmap', 'cwd', 'ukraine-2024', 'withdrawals', 'casualties', 'gulf-war', 'gao',
    'icbl', 'hrw', 'aca', 'icrc', 'hegseth', 'leahy', 'kimball', 'yager', 'pevkur',
    'moratorium-1992', 'policy-1994', 'policy-2004', 'policy-2014', 'policy-2020', 'policy-2022',
  ];
  const missing = required.filter((id) => !byId.has(id));
  assert.deepEqual(missing, []);
});

test('news spellings are covered by aliases', () => {
  const aliases = new Map(pack.entries.flatMap((e) => e.aliases.map((a) => [a.text, { id: e.id, cs: !!a.caseSensitive }] as const)));
  const expect: [string, string, boolean?][] = [
    ['landmine', 'landmine'], ['land mine', 'landmine'], ['land mines', 'landmine'],
    ['antipersonnel mines', 'apl'], ['anti-personnel mines', 'apl'], ['antipersonnel land mines', 'apl'], ['APL', 'apl', true], ['APLs', 'apl', true],
    ['Ottawa Convention', 'ottawa'], ['Mine Ban Treaty', 'ottawa'], ['Ottawa Treaty', 'ottawa'],
    ['Amended Protocol II', 'apii'], ['Convention on Certain Conventional Weapons', 'ccw'], ['CCW', 'ccw', true],
    ['self-destruct', 'self-destruct'], ['self-deactivating', 'self-deactivation'], ['smart mines', 'non-persistent'],
    ['remotely delivered', 'scatterable'], ['GATOR', 'gator', true], ['ADAM', 'adam', true], ['MOPMS', 'mopms', true],
    ['Volcano', 'volcano', true], ['Volcano mine system', 'volcano'],
    ['Pete Hegseth', 'hegseth'], ['Peter Hegseth', 'hegseth'], ['Patrick Leahy', 'leahy'], ['Korean Peninsula', 'korea'],
    ['HRW', 'hrw', true], ['ICBL', 'icbl', true], ['ICRC', 'icrc', true], ['GAO', 'gao', true],
  ];
  for (const [text, id, cs = false] of expect) {
    assert.deepEqual(aliases.get(text), { id, cs }, `alias ${JSON.stringify(text)}`);
  }
});

test('the fact sheet\u2019s misstatements are corrected in the pack', () => {
  const claims = pack.entries.flatMap((e) => e.misstatements.map((m) => `${e.id}: ${m.claim}`)).join('\n');
  for (const pattern of [/ottawa: .*signed in 1999/, /ottawa: .*160 countries/, /korea: .*domestic legislation/, /ukraine-2024: .*ADAM, MOPMS and Volcano/, /destruction: .*dysfunctional or unsafe/, /gao: .*many times/, /withdrawals: .*Ukraine has withdrawn/]) {
    assert.match(claims, pattern);
  }
});

test('the stockpile figure is marked weak, with its as-of date', () => {
  const fact = byId.get('stockpile')?.facts.find((f) => /3 million/.test(f.text));
  assert.ok(fact);
  assert.equal(fact.disputed, true);
  assert.equal(fact.asOf, '2021');
  assert.equal(fact.timeSensitive, true);
  assert.match(fact.text, /[Ss]econdhand; no current official figure/);
  // The card labels it "Weak source" because every source it rests on carries a reliability note.
  for (const id of fact.sources) assert.ok(pack.sources.find((s) => s.id === id)?.reliability, `source ${id} has no reliability note`);
});

test('both the administration and its critics are quoted on the memo', () => {
  const stances = new Set(byId.get('memo')?.statements.map((s) => s.stance));
  assert.ok(stances.has('official') && stances.has('critic'));
});

// The research material sits beside the repository on developer machines; skip where it is absent.
const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url));
const haveShared = existsSync(`${SHARED}research/landmine-facts.md`);
test('every quotation appears word for word in the research material', { skip: haveShared ? false : 'no ../shared research material' }, () => {
  let corpus = readFileSync(`${SHARED}research/landmine-facts.md`, 'utf8').replace(/\\"/g, '"');
  for (const f of readdirSync(`${SHARED}articles`)) corpus += readFileSync(`${SHARED}articles/${f}`, 'utf8');
  const verified = JSON.parse(readFileSync(new URL('./verified-excerpts.json', import.meta.url), 'utf8')) as { excerpts: { url: string; text: string }[] };
  const urls = new Map(pack.sources.map((s) => [s.id, s.url]));
  for (const e of pack.entries) {
    for (const s of e.statements) {
      const inExcerpt = verified.excerpts.some((x) => x.url === urls.get(s.source) && x.text.includes(s.quote));
      assert.ok(corpus.includes(s.quote) || inExcerpt, `entry "${e.id}": quote not found: ${s.quote}`);
    }
  }
});
