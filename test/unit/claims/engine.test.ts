/** The claim engine's parts: sentences, voice, negation, windows, outdated claims, examples. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/shared/claims/sentences.ts';
import { insideQuotes, voiceOf } from '../../../src/shared/claims/voice.ts';
import { claimAt, compileMatcher, findClaims } from '../../../src/shared/claims/matcher.ts';
import { checkMatcherExamples } from '../../../src/shared/claims/examples.ts';
import type { ClaimMatcher } from '../../../src/shared/claims/types.ts';

const signed: ClaimMatcher = {
  all: [['treaty'], ['signed'], ['1999']],
  none: ['into force'],
  matches: ['The treaty was signed in 1999.', 'In 1999 the treaty was signed.', 'A treaty signed in 1999 bans them.'],
  doesNotMatch: ['The treaty was not signed in 1999.', 'The treaty entered into force in 1999.', 'The treaty was signed in 1997.'],
};
const sentences = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

test('sentences: abbreviations and initials do not end a sentence, real stops do', () => {
  assert.deepEqual(sentences('The U.S. Army said so. Mr. Smith agreed! Was it 1999? “Yes.” Then it ended'), [
    'The U.S. Army said so.', 'Mr. Smith agreed!', 'Was it 1999?', '“Yes.”', 'Then it ended',
  ]);
  assert.deepEqual(sentences('It was the U.S. The treaty came later.'), ['It was the U.S.', 'The treaty came later.']);
  assert.deepEqual(sentences('  '), []);
});

test('a matcher needs every concept group, within the window, and no veto', () => {
  const c = compileMatcher('x', 'e', signed);
  assert.ok(claimAt(c, 'THE TREATY WAS SIGNED IN 1999.') >= 0, 'case-insensitive');
  assert.equal(claimAt(c, 'The treaty was signed.'), -1);
  assert.equal(claimAt(c, 'The treaty, signed in 1997, entered into force in 1999.'), -1, 'none vetoes');
  assert.equal(claimAt(c, 'It is a myth that the treaty was signed in 1999.'), -1, 'a debunking sentence');
  assert.equal(claimAt(c, 'The treatymakers signed in 1999.'), -1, 'word boundaries');
  const narrow = compileMatcher('x', 'e', { ...signed, window: 5 });
  assert.equal(claimAt(narrow, 'The treaty was discussed for many long years and finally, after much delay, signed in 1999.'), -1);
});

test('negation counts only in the same clause, just before the predicate', () => {
  const c = compileMatcher('x', 'e', signed);
  assert.equal(claimAt(c, 'The treaty was never signed in 1999.'), -1);
  assert.equal(claimAt(c, 'The treaty wasn’t signed in 1999.'), -1);
  assert.ok(claimAt(c, 'Not one but many states, the treaty says, signed in 1999.') >= 0);
  const negative = compileMatcher('x', 'e', { ...signed, negated: true });
  assert.ok(claimAt(negative, 'The treaty was not signed in 1999.') >= 0);
});

test('voice: quoted, credited, or the outlet’s own', () => {
  assert.equal(insideQuotes('He said “the treaty was signed” then.', 12), true);
  assert.equal(insideQuotes('He said “the treaty” was signed.', 24), false);
  assert.deepEqual(voiceOf('“The treaty was signed in 1999,” Jane Doe said.', 5), { voice: 'quoted', speaker: 'Jane Doe' });
  assert.deepEqual(voiceOf('According to the Arms Control Association, 164 states joined.', 45), { voice: 'attributed', speaker: 'Arms Control Association' });
  assert.deepEqual(voiceOf('The treaty was signed in 1999.', 11), { voice: 'outlet' });
  assert.deepEqual(voiceOf('Only those ‘dysfunctional or unsafe’ go.', 12, true), { voice: 'outlet' });
});

test('outdated claims count only from their day; several claims in one sentence give one hit', () => {
  const a = compileMatcher('a', 'e', { ...signed, all: [['alpha']] }, '2026-01-10');
  const b = compileMatcher('b', 'e', { ...signed, all: [['beta']] });
  const text = 'Alpha and beta agree. Nothing here.';
  assert.deepEqual(findClaims([a, b], text, '2026-01-09').map((h) => h.claimIds), [['b']]);
  assert.deepEqual(findClaims([a, b], text, '2026-01-10'), [{ claimIds: ['a', 'b'], start: 0, end: 21, voice: 'outlet' }]);
});

test('the build-time example check reports misses, false hits and broken patterns', () => {
  assert.deepEqual(checkMatcherExamples('x', signed), []);
  const bad = checkMatcherExamples('x', { ...signed, matches: [...signed.matches, 'The pact was signed in 1999.'], doesNotMatch: [...signed.doesNotMatch, 'Treaty signed 1999.'] });
  assert.deepEqual(bad.map((p) => p.pointer), ['/matcher/matches/3', '/matcher/doesNotMatch/3']);
  assert.match(checkMatcherExamples('x', { ...signed, all: [['(']] })[0]!.message, /does not compile/);
});

test('a paragraph is tested sentence by sentence: concepts spread over two sentences are no claim, and every sentence that makes it is found', () => {
  const c = compileMatcher('x', 'e', signed);
  assert.deepEqual(findClaims([c], 'The treaty was drafted. It was signed in 1999.', '2026-01-10'), []);
  const text = 'The treaty was signed in 1999. Others disagree. In 1999 the treaty was signed, said Jane Doe. TREATY İS SIGNED IN 1999.';
  assert.deepEqual(findClaims([c], text, '2026-01-10').map((h) => text.slice(h.start, h.end)), [
    'The treaty was signed in 1999.', 'In 1999 the treaty was signed, said Jane Doe.', 'TREATY İS SIGNED IN 1999.',
  ]);
});
