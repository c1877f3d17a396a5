/**
 * Detection as the always-on script runs it: the gate in boot, the scorer (content/detect.js)
 * loaded only for a page that passes, scoring with every language's vocabulary, and a scorer
 * that cannot be loaded counting as "not detected" without an exception.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { compactModule, unpackVocabulary } from '../../../src/shared/pack/compact.ts';
import type { TopicPack } from '../../../src/shared/pack/types.ts';
import type { DetectionReport } from '../../../src/shared/detection.ts';
import { compileVocabulary, detectPage } from '../../../src/content/detect/detector.ts';
import { createPageDetector } from '../../../src/content/detect/page-detector.ts';
import { createScorer } from '../../../src/content/detect/scorer.ts';
import type { PageScorer } from '../../../src/content/app-contract.ts';
import { ROOT } from '../../../scripts/lib/paths.ts';

const pack = JSON.parse(readFileSync(path.join(ROOT, 'assets/topics/landmine-policy.json'), 'utf8')) as TopicPack;
const module = compactModule([pack]);
const [boot] = module.vocabularies;
const FIXTURES = path.join(ROOT, 'e2e/fixtures');
const page = (name: string) => new JSDOM(readFileSync(path.join(FIXTURES, name), 'utf8')).window.document;
const withoutMs = ({ ms: _ms, ...rest }: DetectionReport) => rest;

/** A detector whose scorer loads are counted; `fail` makes every load reject. */
function counted(fail = false) {
  const scorer = createScorer(module);
  const calls: string[][] = [];
  const loads = { n: 0 };
  const counting: PageScorer = { score: (doc, topics, started) => (calls.push([...topics]), scorer.score(doc, topics, started)) };
  const detector = createPageDetector(module.gates, async () => {
    loads.n++;
    if (fail) throw new Error('the extension was reloaded');
    return counting;
  });
  return { detector, calls, loads };
}

test('a page without a core term is not detected and never loads the scorer', async () => {
  const { detector, loads } = counted();
  const doc = new JSDOM('<title>Recipes</title><p>Slow-cooked beans with a crust of bread.</p>').window.document;
  const r = await detector.detect(doc);
  assert.equal(loads.n, 0);
  assert.deepEqual({ ...withoutMs(r) }, { detected: false, topic: 'landmine-policy', topics: [], score: 0, threshold: boot!.detection.threshold, terms: [], verdict: { kind: 'no-term' } });
});

test('a page that passes the gate is scored as the full vocabulary scores it, in every language', async () => {
  const full = compileVocabulary(unpackVocabulary(boot!.detection, module.detectionExtras['landmine-policy']), 'landmine-policy');
  const names = readdirSync(FIXTURES).filter((f) => /^(detect-|lang-\w+-)(pos|neg)-|^near-miss-|^settings-/.test(f));
  assert.ok(names.length >= 17);
  let scored = 0;
  for (const name of names) {
    const { detector, calls } = counted();
    const expected = detectPage(page(name), full);
    const r = await detector.detect(page(name));
    assert.deepEqual(withoutMs(r), { ...withoutMs(expected), topics: expected.detected ? ['landmine-policy'] : [] }, name);
    if (calls.length) scored++;
    assert.equal(calls.length ? 'scored' : 'gated', expected.verdict.kind === 'no-term' ? 'gated' : 'scored', name);
  }
  assert.ok(scored >= 10, `only ${scored} fixtures passed the gate`);
});

test('a scorer that cannot be loaded: not detected, no exception, and the next detection tries again', async () => {
  const { detector, loads } = counted(true);
  const debug = console.debug;
  const noted: unknown[] = [];
  console.debug = (...args: unknown[]) => void noted.push(args);
  try {
    const r = await detector.detect(page('detect-pos-ottawa-withdrawal.html'));
    assert.equal(r.detected, false);
    assert.deepEqual(r.topics, []);
    await detector.detect(page('detect-pos-ottawa-withdrawal.html'));
  } finally {
    console.debug = debug;
  }
  assert.equal(loads.n, 2);
  assert.equal(noted.length, 2);
});

test('the scorer rejects topics it has no vocabulary for rather than reporting on nothing', async () => {
  await assert.rejects(createScorer(module).score(page('detect-pos-ottawa-withdrawal.html'), ['no-such-topic'], 0), /no vocabulary/);
});
