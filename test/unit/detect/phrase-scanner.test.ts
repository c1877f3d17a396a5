/**
 * The detector's phrase scanner finds exactly what the combined pattern finds (text-pattern.ts,
 * matchAll), in one scan and a window at a time (as the sliced scorer runs it), on the pack's
 * real vocabularies: generated texts full of edge cases, our fixtures, the shared articles and a
 * sample of the corpus pages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { combinedRegExp } from '../../../src/shared/text-pattern.ts';
import { PhraseScanner } from '../../../src/content/detect/phrase-scanner.ts';
import { compactPack, unpackVocabulary } from '../../../src/shared/pack/compact.ts';
import type { TopicPack } from '../../../src/shared/pack/types.ts';
import { CORPUS, ROOT, SHARED_ARTICLES, sharedMissing } from '../../../scripts/lib/paths.ts';
import { htmlFiles } from '../../../scripts/bench/lib/pages.ts';

const pack = JSON.parse(readFileSync(path.join(ROOT, 'assets/topics/landmine-policy.json'), 'utf8')) as TopicPack;
const compact = compactPack(pack);
const vocab = unpackVocabulary(compact.detection, compact.detectionExtras);
/** The three lists the detector matches: case-insensitive terms (on lower-cased text), case-sensitive terms, near-misses. */
const LISTS = {
  insensitive: vocab.terms.filter((t) => !t.caseSensitive).map((t) => t.phrase),
  caseSensitive: vocab.terms.filter((t) => t.caseSensitive).map((t) => t.phrase),
  negatives: vocab.negatives.map((t) => t.phrase),
};
const compiled = Object.entries(LISTS).map(([name, phrases]) => ({ name, phrases, scanner: new PhraseScanner(phrases), regex: combinedRegExp(phrases)! }));

/** The scan a window of `size` characters at a time, resumed as the sliced scorer resumes it. */
function windowed(scanner: PhraseScanner, text: string, size: number): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let until = size; from < text.length; until += size) {
    const w = scanner.scan(text, from, until);
    assert.ok(w.spans.every(([a]) => a >= from && a < until), 'a match outside its window');
    out.push(...w.spans);
    from = w.next;
  }
  return out;
}

/**
 * Both ways on `text` (and on it lower-cased, as the detector runs the insensitive lists), and the
 * scanner a window at a time (about 40 windows, or `size`); the first difference is reported.
 */
function same(text: string, label: string, size = Math.max(7, Math.ceil(text.length / 40))): void {
  for (const { name, scanner, regex } of compiled) {
    for (const t of [text, text.toLowerCase()]) {
      regex.lastIndex = 0;
      const expected = [...t.matchAll(regex)].map((m) => `${m.index}:${m[0]}`);
      const show = (spans: [number, number][]) => spans.map(([a, b]) => `${a}:${t.slice(a, b)}`);
      for (const [how, got] of [['one scan', show(scanner.spans(t))], [`windows of ${size}`, show(windowed(scanner, t, size))]] as const) {
        if (got.join('|') !== expected.join('|')) {
          const i = got.findIndex((g, k) => g !== expected[k]);
          assert.fail(`${label}, ${name}, ${how}: first difference at match ${i}: got ${got[i]}, expected ${expected[i]}`);
        }
      }
    }
  }
}

/** A small seeded generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** What may stand next to or inside a phrase: the characters the boundaries, stems and spaces decide on. */
const NEIGHBOURS = [' ', '  ', '\u00a0', '\t', '\n', '\u2003', '.', ',', '-', '\u2011', "'", '\u2019', '"', '(', ')', '1', '42', 'x', 'É', 'é', 'ß', 'ы', 'ый', 'ях', 'の', 'は', '地', '를', '𝐀', '😀', '\u0301', '_', '/', '\u0663', '\uff15', '\u00b2', ''];

function mutate(phrase: string, r: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  let out = '';
  for (const ch of phrase) {
    if (ch === '*') out += pick(['', 'e', 'es', 'ами', 'ен', 'の', '2', '𝐀', 'は1', 'ß', 'e٣', '５', 'a²']);
    else if (ch === ' ') out += pick([' ', '  ', '\u00a0', '\n', ' \u2009', '-', '']);
    else if (ch === '-') out += pick(['-', '\u2010', '\u2013', '\u2014', ' ']);
    else if (ch === "'") out += pick(["'", '\u2019', '`']);
    else out += r() < 0.03 ? ch.toUpperCase() : ch;
  }
  return out;
}

test('generated text around and inside every phrase: the same matches at the same places', () => {
  const r = rng(20261127);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const every = [...LISTS.insensitive, ...LISTS.caseSensitive, ...LISTS.negatives];
  for (let round = 0; round < 300; round++) {
    let text = '';
    for (let k = 0; k < 40; k++) text += pick(NEIGHBOURS) + mutate(pick(every), r) + pick(NEIGHBOURS);
    // Windows of one character to a few hundred: a window may end inside a phrase, a match past it,
    // or right where the next place to try is (windows of one, two or three in the first rounds).
    same(text, `round ${round}`, round < 60 ? 1 + (round % 3) : 1 + Math.floor(r() * 300));
  }
});

test('the edge cases one by one', () => {
  for (const text of [
    '',
    'landmine',
    'xlandmine landminex landmine1 1landmine landmine_ _landmine',
    'landminesの地雷 landminesのa landmines地1',
    'anti-personnel anti\u2011personnel anti\u2014personnel anti personnel',
    "convention d'ottawa convention d\u2019ottawa convention d`ottawa",
    'ottawa\u00a0\u00a0treaty ottawa \u2003 treaty ottawa\ttreaty',
    '𝐀landmine landmine𝐀 😀landmine😀',
    'ICBLは声明で xICBL ICBL1',
    '対人地雷の廃棄 대인지뢰를 제거',
    'konwencji ottawskiej, konwencję ottawską',
  ]) {
    same(text, JSON.stringify(text));
  }
  // Phrases of an unspaced script back to back: the next place to try is where a match ended, or
  // one on from a place that failed; with windows of one to four characters, a window ends there.
  for (const text of ['地雷地雷対人地雷', '地地雷지뢰지뢰밭', 'x地雷除去地雷原']) for (let size = 1; size <= 4; size++) same(text, `${JSON.stringify(text)} in windows of ${size}`, size);
});

const textOf = (html: string) => html.replace(/<(script|style)[^]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, '\u00a0').replace(/&amp;/g, '&');

test('our fixture pages', () => {
  const dir = path.join(ROOT, 'e2e/fixtures');
  const files = readdirSync(dir).filter((f) => f.endsWith('.html'));
  assert.ok(files.length > 10);
  for (const f of files) same(textOf(readFileSync(path.join(dir, f), 'utf8')), f);
});

test('the shared articles', { skip: sharedMissing('articles') || undefined }, () => {
  const files = readdirSync(SHARED_ARTICLES);
  assert.ok(files.length >= 5);
  for (const f of files) same(readFileSync(path.join(SHARED_ARTICLES, f), 'utf8'), f);
});

test('a sample of the corpus pages (every 8th)', { skip: sharedMissing('corpus') || undefined }, () => {
  const files = htmlFiles(CORPUS).filter((_, i) => i % 8 === 0);
  assert.ok(files.length > 40);
  for (const f of files) {
    const raw = readFileSync(path.join(CORPUS, f));
    same(textOf((f.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8')).slice(0, 300_000), f);
  }
});

test('made-up lists: overlapping beginnings, phrases that start with a hyphen, stems in the middle', () => {
  const cases: [string[], string[]][] = [
    [['対人地雷', '人地'], ['対人地X', '対人地雷', '人地人地']],
    [['-ab', 'abc'], ['-abc', 'x-ab -ab', '\u2010abc']],
    [['min* przeciwpiechotn*', 'min*'], ['minami przeciwpiechotnymi, minach  przeciwpiechotn', 'min1 minyの']],
    [["d'ab*", 'ab'], ["d\u2019abc d'ab ab d`ab"]],
  ];
  for (const [phrases, texts] of cases) {
    const scanner = new PhraseScanner(phrases);
    const regex = combinedRegExp(phrases)!;
    for (const t of texts) {
      regex.lastIndex = 0;
      assert.deepEqual(scanner.spans(t), [...t.matchAll(regex)].map((m) => [m.index, m.index + m[0].length]), `${phrases.join(' / ')}: ${t}`);
    }
  }
});
