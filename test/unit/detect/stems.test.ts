import '../i18n/install.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { combinedRegExp, gateRegExp, phraseRegExp } from '../../../src/shared/text-pattern.ts';
import { compileVocabulary, detectText } from '../../../src/content/detect/detector.ts';
import { vocabularyOf } from '../../../src/shared/pack/compact.ts';
import { buildAliasMatcher } from '../../../src/content/highlight/alias-pattern.ts';
import type { Entry } from '../../../src/shared/pack/types.ts';
import { describeVerdict } from '../../../src/shared/detection-text.ts';

const all = (phrases: string[], text: string) => [...text.toLowerCase().matchAll(combinedRegExp(phrases)!)].map((m) => m[0]);

test('a stem takes case endings and compound tails, and only whole words', () => {
  const phrases = ['konwencj* ottawsk*', 'antipersonenmine*'];
  assert.deepEqual(all(phrases, 'Z konwencji ottawskiej; konwencję ottawską'), ['konwencji ottawskiej', 'konwencję ottawską']);
  assert.deepEqual(all(phrases, 'das Antipersonenminen-Verbot, Antipersonenminenverbot'), ['antipersonenminen', 'antipersonenminenverbot']);
  assert.deepEqual(all(phrases, 'Pro-Antipersonenmine und XAntipersonenmine'), ['antipersonenmine']);
  assert.deepEqual(all(['протипіхотн* мін*'], 'протипіхотних мін і протипіхотними мінами'), ['протипіхотних мін', 'протипіхотними мінами']);
  assert.ok(phraseRegExp('konwencj* ottawsk*', 'iu').test('Konwencji Ottawskiej'));
  assert.equal(phraseRegExp('konwencj* ottawsk*', 'iu').test('konwencji'), false);
});

test('Japanese and Korean phrases match inside text without spaces; Latin acronyms still end before kana', () => {
  assert.deepEqual(all(['対人地雷', '지뢰'], '政府は対人地雷の廃棄を…대인지뢰를 제거'), ['対人地雷', '지뢰']);
  assert.deepEqual(all(['icbl'], 'ICBLは声明で'), ['icbl']);
  assert.deepEqual(all(['icbl'], 'xicbl'), []);
});

test('the gate lets through every form of a phrase, per script, and pages without any', () => {
  const gate = gateRegExp(['konwencj* ottawsk*', '対人地雷', 'протипіхотн* мін*', 'landmine', 'landmines', 'mine ban treaty', 'mine ban convention'])!;
  for (const text of ['KONWENCJI OTTAWSKIEJ', 'Der Text: 対人地雷', 'протипіхотних мін', 'LANDMINES', 'Mine-Ban', 'the mine\u00a0ban treaty']) {
    assert.equal(gate.test(text), !text.includes('Mine-Ban'), text);
  }
  assert.ok(gate.test('Mine Ban Convention'));
  assert.equal(gate.test('umowa genewska, ottawa'), false);
  assert.equal(gate.test('протитанкові міни, 地雷'), false);
  assert.equal(gateRegExp(['min* przeciwpiechotn*'])!.test('miny lądowe, przeciwpancerne'), false);
  assert.ok(gateRegExp(['min* przeciwpiechotn*'])!.test('minami przeciwpiechotnymi'));
});

test('inflected forms of one stemmed term add up to one term and one concept', () => {
  const vocab = compileVocabulary(vocabularyOf({
    threshold: 15,
    terms: [
      { phrase: 'min* przeciwpiechotn*', weight: 4, role: 'core' },
      { phrase: 'konwencj* ottawsk*', weight: 5, role: 'core' },
      { phrase: 'wycofani*', weight: 1, role: 'context' },
    ],
    negatives: [{ phrase: 'kopalni*', weight: 4, role: 'context' }],
  }));
  const body = 'Miny przeciwpiechotne, min przeciwpiechotnych, minami przeciwpiechotnymi. Konwencji ottawskiej. Wycofanie. ';
  const r = detectText({ title: '', headings: '', body }, vocab);
  const mines = r.terms.find((t) => t.phrase === 'min* przeciwpiechotn*');
  assert.equal(mines?.count, 3);
  assert.ok(r.detected, describeVerdict(r));
  const mining = detectText({ title: '', headings: '', body: `${body} Kopalnia, kopalni, kopalnie, kopalniach. ` }, vocab);
  assert.ok(mining.score < r.score - 15, describeVerdict(mining));
});

test('the highlighter maps inflected forms back to the entry', () => {
  const entries = [{ id: 'apl', aliases: [{ text: 'antipersonenmine*', lang: 'de' }, { text: 'min* przeciwpiechotn*', lang: 'pl' }] }] as unknown as Entry[];
  const m = buildAliasMatcher(entries)!;
  const found = [...'Die Antipersonenminen und MINY PRZECIWPIECHOTNE'.matchAll(m.regex)].map((x) => x[0]);
  assert.deepEqual(found, ['Antipersonenminen', 'MINY PRZECIWPIECHOTNE']);
  assert.equal(m.entryFor('Antipersonenminen'), 'apl');
  assert.equal(m.entryFor('MINY PRZECIWPIECHOTNE'), 'apl');
  assert.equal(m.entryFor('Personenminen'), undefined);
});
