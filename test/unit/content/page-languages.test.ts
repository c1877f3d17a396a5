import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { entriesIn, matchersByLanguage, pageLanguages } from '../../../src/content/app/page-languages.ts';
import type { DetectionReport } from '../../../src/shared/detection.ts';
import type { TopicPack } from '../../../src/shared/pack/types.ts';
import { DEFAULT_PACK } from '../../../scripts/lib/paths.ts';
import { PackSet } from '../../../src/shared/pack/pack-set.ts';

const pack = JSON.parse(readFileSync(path.resolve(DEFAULT_PACK), 'utf8')) as TopicPack;
const doc = (lang: string) => new JSDOM(`<html${lang ? ` lang="${lang}"` : ''}><body><p>x</p></body></html>`).window.document;
const report = (phrases: string[]): DetectionReport => ({ detected: true, topic: 'landmine-policy', topics: ['landmine-policy'], score: 20, threshold: 15, verdict: { kind: 'detected' }, ms: 0, terms: phrases.map((phrase) => ({ phrase, count: 1, where: ['body'], contribution: 4 })) });
const termLanguages = new Map(pack.detection.terms.flatMap((t) => (t.lang ? [[t.phrase, t.lang] as const] : [])));

test('a page needs its declared language and the languages of the terms that detected it', () => {
  assert.deepEqual([...pageLanguages(doc('de-AT'), null, termLanguages)], ['de']);
  assert.deepEqual([...pageLanguages(doc('nn'), null, termLanguages)], ['nb']);
  assert.deepEqual([...pageLanguages(doc(''), null, termLanguages)], []);
  const ukrainian = pack.detection.terms.find((t) => t.lang === 'uk' && t.role === 'core')!;
  assert.deepEqual([...pageLanguages(doc(''), report([ukrainian.phrase, 'landmine']), termLanguages)], ['uk']);
});

test('aliases of other languages are left out; English and the page languages stay', () => {
  const entries = entriesIn(pack.entries, new Set(['de']));
  const langs = new Set(entries.flatMap((e) => e.aliases.map((a) => a.lang ?? 'en')));
  assert.ok(langs.has('en') && langs.has('de'));
  assert.ok(!langs.has('uk') && !langs.has('ja'), [...langs].join());
  const english = entriesIn(pack.entries, new Set()).flatMap((e) => e.aliases);
  assert.equal(english.length, pack.entries.flatMap((e) => e.aliases.filter((a) => !a.lang)).length);
});

test('an English page highlights English terms; a German page also its German forms', () => {
  const matcherFor = matchersByLanguage(new PackSet([pack]));
  const english = matcherFor(doc('en'), null)!;
  const german = matcherFor(doc('de'), null)!;
  assert.notEqual(english.regex.source, german.regex.source);
  assert.ok(english.regex.source.length < german.regex.source.length);
  const sentence = 'Die Ottawa-Konvention verbietet Antipersonenminen; the Ottawa Convention bans antipersonnel mines.';
  const found = (m: typeof english) => [...sentence.matchAll(new RegExp(m.regex.source, m.regex.flags))].map((x) => x[0]);
  assert.ok(found(english).includes('Ottawa Convention') && !found(english).includes('Antipersonenminen'), found(english).join('|'));
  assert.ok(found(german).includes('Antipersonenminen'), found(german).join('|'));
  assert.equal(matcherFor(doc('en'), null), english, 'built once per set of languages');
});
