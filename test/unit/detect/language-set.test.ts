/**
 * Our multilingual test set (test/data/languages/<lang>/{pos,neg}/*.txt, excerpts of public news
 * pages listed with their URLs in sources.json; test data only, never in the build): per
 * language, on-topic texts must be detected (recall ≥ 0.9) and near-misses must not be (0).
 * Each text is judged as a page body alone, with no title or headline to help it.
 */
import '../i18n/install.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TopicPack } from '../../../src/shared/pack/types.ts';
import { compactPack, unpackVocabulary } from '../../../src/shared/pack/compact.ts';
import { compileVocabulary, detectText } from '../../../src/content/detect/detector.ts';
import { ROOT } from '../../../scripts/lib/paths.ts';
import { describeVerdict } from '../../../src/shared/detection-text.ts';

const DATA = path.join(ROOT, 'test/data/languages');
const pack = JSON.parse(readFileSync(path.join(ROOT, 'assets/topics/landmine-policy.json'), 'utf8')) as TopicPack;
// The vocabulary exactly as the always-on script gets it.
// As a page that passed the gate is scored: the always-on vocabulary with the extras (content/detect.js holds both).
const compact = compactPack(pack);
const vocab = compileVocabulary(unpackVocabulary(compact.detection, compact.detectionExtras));
const sources = JSON.parse(readFileSync(path.join(DATA, 'sources.json'), 'utf8')) as Record<string, string>;

const texts = (lang: string, kind: 'pos' | 'neg') => {
  const dir = path.join(DATA, lang, kind);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => `${lang}/${kind}/${f}`) : [];
};
const detected = (rel: string) => detectText({ title: '', headings: '', body: readFileSync(path.join(DATA, rel), 'utf8') }, vocab);

const langs = readdirSync(DATA).filter((d) => !d.includes('.')).sort();

test('every text has its source URL', () => {
  for (const lang of langs) for (const rel of [...texts(lang, 'pos'), ...texts(lang, 'neg')]) assert.match(sources[rel] ?? '', /^https?:\/\//, rel);
});

for (const lang of langs) {
  test(`${lang}: at least 9 in 10 on-topic texts detected, no near-miss`, (t) => {
    const pos = texts(lang, 'pos');
    const neg = texts(lang, 'neg');
    assert.ok(pos.length >= 5 && neg.length >= 2, `${lang}: ${pos.length} on-topic, ${neg.length} near-miss texts`);
    // The first, cheap test must never turn away an on-topic page.
    for (const rel of pos) assert.ok(vocab.gate?.test(readFileSync(path.join(DATA, rel), 'utf8')), `${rel} stopped at the gate`);
    const missed = pos.filter((rel) => !detected(rel).detected);
    const falsePositives = neg.filter((rel) => detected(rel).detected);
    t.diagnostic(`${lang}: recall ${pos.length - missed.length}/${pos.length}, false positives ${falsePositives.length}/${neg.length}`);
    for (const rel of missed) t.diagnostic(`missed ${rel}: ${describeVerdict(detected(rel))}`);
    assert.ok((pos.length - missed.length) / pos.length >= 0.9, `${lang} missed: ${missed.map((r) => `${r} (${describeVerdict(detected(r))})`).join('; ')}`);
    assert.deepEqual(falsePositives.map((r) => `${r}: ${describeVerdict(detected(r))}`), []);
  });
}
