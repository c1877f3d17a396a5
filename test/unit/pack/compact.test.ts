import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compactModule, compactPack, minifiedSize, unpackVocabulary } from '../../../src/shared/pack/compact.ts';
import { fixturePack } from './fixture.ts';

test('the compact form holds only the topic and its detection vocabulary (with its extras)', () => {
  const compact = compactPack(fixturePack());
  assert.deepEqual(Object.keys(compact).sort(), ['detection', 'detectionExtras', 'topic']);
  assert.equal(compact.topic, 'test-topic');
  const sortTerms = <T extends { phrase: string }>(ts: T[]) => [...ts].sort((a, b) => (a.phrase < b.phrase ? -1 : 1));
  const back = unpackVocabulary(compact.detection, compact.detectionExtras);
  const want = fixturePack().detection;
  assert.equal(back.threshold, want.threshold);
  assert.deepEqual(sortTerms(back.terms), sortTerms(want.terms));
  assert.deepEqual(sortTerms(back.negatives), sortTerms(want.negatives));
});

test("pack:compact lists every pack's always-on vocabulary in order, and keeps the extras by topic", () => {
  const other = fixturePack();
  other.meta.id = 'other-topic';
  other.detection.terms.push({ phrase: 'Zahnrad', lang: 'de', weight: 1, role: 'context' });
  const module = compactModule([fixturePack(), other]);
  assert.deepEqual(module.vocabularies.map((v) => v.topic), ['test-topic', 'other-topic']);
  assert.deepEqual(Object.keys(module.vocabularies[0]!).sort(), ['detection', 'topic'], 'nothing but the vocabulary reaches the always-on script');
  assert.deepEqual(Object.keys(module.detectionExtras), ['test-topic', 'other-topic']);
  assert.match(module.detectionExtras['other-topic']!.terms['x1'] ?? '', /Zahnrad/);
  assert.equal(module.detectionExtras['test-topic']!.terms['x1'], undefined);
});

test('compactPack does not change the pack and shares no objects with it', () => {
  const pack = fixturePack();
  const before = structuredClone(pack);
  const compact = compactPack(pack);
  compact.detection.terms['c9'] = 'changed';
  assert.deepEqual(pack, before);
});

test('minifiedSize counts UTF-8 bytes of the minified JSON', () => {
  assert.equal(minifiedSize({ a: 1 }), 7);
  assert.equal(minifiedSize('\u2019'), 5); // two quotes + three bytes
});

test('other languages keep only their core terms in the always-on part; the rest comes on demand', () => {
  const pack = fixturePack();
  pack.detection.terms.push({ phrase: 'Widgetvertrag', lang: 'de', weight: 5, role: 'core' }, { phrase: 'Zahnrad', lang: 'de', weight: 1, role: 'context' });
  pack.detection.negatives.push({ phrase: 'Bergwerk', lang: 'de', weight: 2, role: 'context' });
  const compact = compactPack(pack);
  const boot = unpackVocabulary(compact.detection);
  const phrases = (ts: { phrase: string }[]) => ts.map((t) => t.phrase);
  assert.ok(phrases(boot.terms).includes('Widgetvertrag'), 'a core term of another language is in the gate');
  assert.ok(!phrases(boot.terms).includes('Zahnrad') && !phrases(boot.negatives).includes('Bergwerk'));
  for (const t of pack.detection.terms.filter((t) => !t.lang)) assert.ok(phrases(boot.terms).includes(t.phrase), `English term ${t.phrase} stays in boot`);
  const full = unpackVocabulary(compact.detection, compact.detectionExtras);
  assert.ok(phrases(full.terms).includes('Zahnrad') && phrases(full.negatives).includes('Bergwerk'));
});
