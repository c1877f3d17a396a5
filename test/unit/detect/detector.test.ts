import '../i18n/install.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { compactPack, unpackVocabulary } from '../../../src/shared/pack/compact.ts';
import { DEFAULT_RULES, packRules } from '../../../src/shared/pack/rules.ts';
import type { DetectionRules, TopicPack } from '../../../src/shared/pack/types.ts';
import { compileVocabulary, conceptOf, detectPage, detectText } from '../../../src/content/detect/detector.ts';
import { ROOT, SHARED_ARTICLES, sharedMissing } from '../../../scripts/lib/paths.ts';
import { articlePage } from '../../../scripts/lib/shared-material.ts';
import { describeVerdict } from '../../../src/shared/detection-text.ts';

const pack = JSON.parse(readFileSync(path.join(ROOT, 'assets/topics/landmine-policy.json'), 'utf8')) as TopicPack;
// As a page that passed the gate is scored: the always-on vocabulary with the extras (content/detect.js holds both).
const compact = compactPack(pack);
const vocab = compileVocabulary(unpackVocabulary(compact.detection, compact.detectionExtras));
const FIXTURES = path.join(ROOT, 'e2e/fixtures');
const detect = (html: string) => detectPage(new JSDOM(html).window.document, vocab);
const fixtures = (prefix: string) => readdirSync(FIXTURES).filter((f) => f.startsWith(prefix)).sort();

test('our positive fixtures (neighbouring stories) are detected, with a reason and the terms that counted', () => {
  const names = fixtures('detect-pos-');
  assert.equal(names.length, 4);
  for (const name of names) {
    const r = detect(readFileSync(path.join(FIXTURES, name), 'utf8'));
    assert.ok(r.detected, `${name}: ${describeVerdict(r)}`);
    assert.ok(r.score >= r.threshold);
    assert.ok(r.terms.length >= 3, name);
    assert.match(describeVerdict(r), /^Score/);
  }
});

test('near-misses are not detected', () => {
  const names = [...fixtures('detect-neg-'), 'near-miss-gold-mine.html'];
  assert.equal(names.length, 8);
  for (const name of names) {
    const r = detect(readFileSync(path.join(FIXTURES, name), 'utf8'));
    assert.equal(r.detected, false, `${name}: ${describeVerdict(r)}`);
  }
});

test('the shared news articles, in a plain page, are detected', { skip: sharedMissing('articles') }, () => {
  const names = readdirSync(SHARED_ARTICLES).filter((f) => f.endsWith('.txt'));
  assert.equal(names.length, 5);
  for (const name of names) assert.ok(detect(articlePage(readFileSync(path.join(SHARED_ARTICLES, name), 'utf8'))).detected, name);
});

test('a page without any core term stops at the gate', () => {
  const r = detect('<title>Markets</title><p>Stocks rose on Friday as the Pentagon budget passed the treaty committee.</p>');
  assert.equal(r.detected, false);
  assert.equal(r.terms.length, 0);
  assert.match(describeVerdict(r), /No topic term/);
});

test('one word family repeated is not enough: a game review is too narrow', () => {
  const body = 'Players plant land mines and landmines on every map. '.repeat(10);
  const r = detectText({ title: 'Land mines everywhere', headings: '', body }, vocab);
  assert.equal(r.detected, false);
  assert.match(describeVerdict(r), /Too narrow/);
  assert.equal(conceptOf('land mines'), conceptOf('landmine'));
});

test("the pack's detection.rules replace the defaults: the same narrow page passes where a topic needs one concept", () => {
  const body = 'Players plant land mines and landmines on every map. '.repeat(10);
  const text = { title: 'Land mines everywhere', headings: '', body };
  const withRules = (rules: DetectionRules) => compactPack({ ...pack, detection: { ...pack.detection, rules } });
  const lenientPack = withRules({ minConcepts: 1 });
  const lenient = compileVocabulary(unpackVocabulary(lenientPack.detection, lenientPack.detectionExtras));
  assert.deepEqual(lenient.vocab.rules, packRules({ ...DEFAULT_RULES, minConcepts: 1 }), 'a rule the pack leaves out keeps its default');
  assert.equal(detectText(text, lenient).detected, true, describeVerdict(detectText(text, lenient)));
  assert.equal(detectText(text, vocab).detected, false);
  const strict = compileVocabulary(unpackVocabulary(withRules({ minCoreHits: 1000 }).detection, compact.detectionExtras));
  assert.match(describeVerdict(detectText(text, strict)), /Mentioned in passing/);
});

test('title and headings weigh more than the same words in the body', () => {
  const body = 'The Ottawa Convention bans antipersonnel mines. Demining continues. '.repeat(3);
  const plain = detectText({ title: 'News', headings: '', body }, vocab);
  const titled = detectText({ title: 'Landmines: what the Ottawa Convention bans', headings: '', body }, vocab);
  assert.ok(titled.score > plain.score);
  assert.ok(titled.terms.some((t) => t.where.includes('title')));
});

test('case-sensitive terms count only in their own case', () => {
  const withAcronym = detectText({ title: '', headings: '', body: 'The ICBL said landmines and the Ottawa Convention matter.' }, vocab);
  const lower = detectText({ title: '', headings: '', body: 'The icbl said landmines and the Ottawa Convention matter.' }, vocab);
  assert.ok(withAcronym.terms.some((t) => t.phrase === 'ICBL'));
  assert.ok(!lower.terms.some((t) => t.phrase === 'ICBL'));
});
