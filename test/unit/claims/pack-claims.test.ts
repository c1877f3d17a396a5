/** The pack's claims as the build checks them: a matcher that fails its own examples fails the build. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { TopicPack } from '../../../src/shared/pack/types.ts';
import { validatePack } from '../../../src/shared/pack/validate.ts';
import type { BundledMisstatement } from '../../../src/shared/claims/precompiled.ts';
import { bundledPack } from '../../../src/shared/claims/bundle.ts';
import { claimIdsOf, compileClaims } from '../../../src/shared/claims/matcher.ts';

const text = readFileSync(new URL('../../../assets/topics/landmine-policy.json', import.meta.url), 'utf8');
const fresh = () => JSON.parse(text) as TopicPack;
const ottawa = (p: TopicPack) => p.entries.find((e) => e.id === 'ottawa')!;
const signed = (p: TopicPack) => ottawa(p).misstatements.find((m) => m.id === 'ottawa-signed-1999')!;

test('the real pack has at least 25 claims with matchers, each with a verdict, as-of and sources', () => {
  const claims = fresh().entries.flatMap((e) => e.misstatements.filter((m) => m.matcher));
  assert.ok(claims.length >= 25, `${claims.length} claims`);
  for (const c of claims) assert.ok(c.id && c.verdict && c.asOf && c.sources.length, JSON.stringify(c.claim));
  assert.deepEqual(validatePack(fresh()), []);
});

test('a missed `matches` sentence and a hit `doesNotMatch` sentence are build errors naming the claim', () => {
  const p = fresh();
  signed(p).matcher!.matches.push('Countries signed up to many things.');
  signed(p).matcher!.doesNotMatch.push('The Ottawa treaty was signed in 1999 by many states.');
  const messages = validatePack(p).map((x) => x.message);
  assert.equal(messages.length, 2, messages.join('\n'));
  assert.match(messages[0]!, /entry "ottawa": misstatements\[0\]\.matcher\.matches\[4\] is not recognised by claim "ottawa-signed-1999"/);
  assert.match(messages[1]!, /matcher\.doesNotMatch\[4\] is wrongly recognised/);
});

test('duplicate claim ids, an outdated claim without `since`, and a matcher without verdict are rejected', () => {
  const p = fresh();
  ottawa(p).misstatements[1]!.id = 'ottawa-signed-1999';
  const outdated = ottawa(p).misstatements.find((m) => m.verdict === 'outdated')!;
  delete outdated.since;
  delete signed(p).verdict;
  const messages = validatePack(p).map((x) => x.message).join('\n');
  assert.match(messages, /also the id of the misstatement/);
  assert.match(messages, /an outdated claim needs the day/);
  assert.match(messages, /misstatements\[0\] must have property verdict|verdict/);
});

test('the bundled pack carries each matcher worked out, without its example sentences', () => {
  const source = fresh().entries.find((e) => e.id === 'ottawa')!.misstatements[0]!;
  const m = bundledPack(fresh()).entries.find((e) => e.id === 'ottawa')!.misstatements[0]! as BundledMisstatement;
  assert.equal(m.matcher, undefined);
  assert.equal(m.compiled?.groups.length, source.matcher!.all.length);
  const text = JSON.stringify(m);
  for (const example of [...source.matcher!.matches, ...source.matcher!.doesNotMatch]) assert.ok(!text.includes(example), example);
});

test("the ids a request names are the compiled claims' ids, in their order, for the pack as written and as bundled", () => {
  for (const entries of [fresh().entries, bundledPack(fresh()).entries]) {
    const ids = claimIdsOf(entries);
    assert.ok(ids.length >= 25);
    assert.deepEqual(ids, compileClaims(entries).map((c) => c.id));
  }
});
