/**
 * A second topic as data: the test pack in test/data/topics (honeybee colony collapse, never
 * shipped) loads beside the landmine pack, is checked against it, and the detector scores each
 * topic on its own fixture page with no code written for it.
 */
import '../i18n/install.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { loadPacks, packFiles, TOPICS_DIR } from '../../../scripts/lib/packs.ts';
import { ROOT } from '../../../scripts/lib/paths.ts';
import { compactModule, unpackVocabulary } from '../../../src/shared/pack/compact.ts';
import { crossPackProblems } from '../../../src/shared/pack/cross-pack.ts';
import { compileVocabulary, detectText } from '../../../src/content/detect/detector.ts';
import { readPageText } from '../../../src/content/detect/page-text.ts';
import { bestReport } from '../../../src/content/detect/page-detector-report.ts';
import type { TopicPack } from '../../../src/shared/pack/types.ts';
import { fixturePack } from './fixture.ts';
import { describeVerdict } from '../../../src/shared/detection-text.ts';

const TEST_PACKS = path.join(ROOT, 'test/data/topics');
const BEE = 'honeybee-colony-collapse';
const LANDMINE = 'landmine-policy';
const packs = (await loadPacks([TEST_PACKS])).map((l) => l.pack);
const module = compactModule(packs);
const vocabularies = module.vocabularies.map((v) => compileVocabulary(unpackVocabulary(v.detection, module.detectionExtras[v.topic]), v.topic));
const detectFixture = (name: string) => {
  const text = readPageText(new JSDOM(readFileSync(path.join(ROOT, 'e2e/fixtures', name), 'utf8')).window.document);
  const reports = vocabularies.map((v) => detectText(text, v));
  return { reports: new Map(reports.map((r) => [r.topic, r])), best: bestReport(reports) };
};

test('the shipped build reads every pack in assets/topics, and only the landmine pack is there', async () => {
  assert.deepEqual((await packFiles([TOPICS_DIR])).map((f) => path.basename(f)), ['landmine-policy.json']);
  assert.deepEqual((await loadPacks([])).map((l) => l.pack.meta.id), [LANDMINE]);
});

test('a test build adds the test pack, validated, after the default pack', () => {
  assert.deepEqual(packs.map((p) => p.meta.id), [LANDMINE, BEE]);
  assert.deepEqual(module.vocabularies.map((v) => v.topic), [LANDMINE, BEE]);
});

test("the test pack's page is detected as its topic, and not as landmine policy", () => {
  const { reports, best } = detectFixture('topic-test-honeybee.html');
  assert.equal(reports.get(BEE)!.detected, true, describeVerdict(reports.get(BEE)!));
  assert.equal(reports.get(LANDMINE)!.detected, false);
  assert.equal(best.topic, BEE);
  assert.deepEqual(best.topics, [BEE]);
});

test('a landmine story that mentions a bee term once is landmine policy only', () => {
  const { reports, best } = detectFixture('topic-test-landmine-with-bee-mention.html');
  assert.equal(reports.get(LANDMINE)!.detected, true, describeVerdict(reports.get(LANDMINE)!));
  assert.equal(reports.get(BEE)!.detected, false);
  assert.deepEqual(best.topics, [LANDMINE]);
});

test("the test pack's own rules apply to it alone: two concepts suffice for bees, three for landmines", () => {
  const bee = vocabularies.find((v) => v.topic === BEE)!;
  const landmine = vocabularies.find((v) => v.topic === LANDMINE)!;
  assert.equal(bee.vocab.rules[2], 2);
  assert.equal(landmine.vocab.rules[2], 3);
  const body = 'A honeybee colony lost to colony collapse. '.repeat(12);
  assert.equal(detectText({ title: '', headings: '', body }, bee).detected, true);
});

test('with several topics detected, the best score leads and every detected topic is listed', () => {
  const report = (topic: string, detected: boolean, score: number) => ({ ...bestReport([{ detected, topic, topics: [], score, threshold: 1, terms: [], verdict: { kind: 'detected' as const }, ms: 0 }]), topics: [] as string[] });
  const best = bestReport([report('a', true, 20), report('b', false, 90), report('c', true, 40)]);
  assert.equal(best.topic, 'c');
  assert.deepEqual(best.topics, ['c', 'a']);
  assert.equal(bestReport([report('a', false, 3), report('b', false, 9)]).topic, 'b', 'none detected: the closest one explains why');
});

test('packs are checked against each other: ids, sources and claims unique; a shared alias needs priorities', () => {
  const named = (pack: TopicPack, name: string) => ({ name, pack });
  const a = fixturePack();
  const b = fixturePack();
  b.meta.id = 'other-topic';
  const problems = crossPackProblems([named(a, 'a.json'), named(b, 'b.json')]).join('\n');
  assert.match(problems, /b\.json: entry id "widget-treaty" is also in a\.json/);
  assert.match(problems, /b\.json: source id "src-a" is also in a\.json/);
  assert.match(problems, /b\.json: alias "widget treaty" is also claimed by a\.json; give the packs different meta\.priority/);
  assert.match(crossPackProblems([named(a, 'a.json'), named(fixturePack(), 'same.json')]).join('\n'), /pack id "test-topic" is also in a\.json/);

  const distinct = fixturePack();
  distinct.meta.id = 'distinct';
  distinct.entries.forEach((e) => (e.id = `d-${e.id}`));
  distinct.entries.forEach((e) => (e.related = e.related.map((r) => `d-${r}`)));
  distinct.sources.forEach((s) => (s.id = `d-${s.id}`));
  assert.ok(crossPackProblems([named(a, 'a.json'), named(distinct, 'd.json')]).every((p) => /alias/.test(p)), 'only the shared aliases are left');
  a.meta.priority = 1;
  assert.deepEqual(crossPackProblems([named(a, 'a.json'), named(distinct, 'd.json')]), [], 'different priorities settle who gets the alias');
  assert.deepEqual(crossPackProblems(packs.map((p) => named(p, p.meta.id))), [], 'the real packs agree');
});
