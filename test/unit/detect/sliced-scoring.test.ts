/**
 * The scorer on a long page: the same report as one synchronous scoring, in several tasks (breaks
 * between windows of the text, where the page runs), with the breaks left out of its `ms`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { compactModule, compactPack, unpackVocabulary } from '../../../src/shared/pack/compact.ts';
import type { TopicPack } from '../../../src/shared/pack/types.ts';
import type { DetectionReport } from '../../../src/shared/detection.ts';
import { compileVocabulary, detectText, detectTextSliced, SCAN_WINDOW } from '../../../src/content/detect/detector.ts';
import { readPageText, type PageText } from '../../../src/content/detect/page-text.ts';
import { createScorer } from '../../../src/content/detect/scorer.ts';
import { WorkBreaks } from '../../../src/content/detect/work-breaks.ts';
import { ROOT } from '../../../scripts/lib/paths.ts';
import { longArticle } from '../../../scripts/bench/lib/pages.ts';

const pack = JSON.parse(readFileSync(path.join(ROOT, 'assets/topics/landmine-policy.json'), 'utf8')) as TopicPack;
const compact = compactPack(pack);
const vocab = compileVocabulary(unpackVocabulary(compact.detection, compact.detectionExtras), 'landmine-policy');
const FIXTURES = path.join(ROOT, 'e2e/fixtures');
const textOf = (html: string): PageText => readPageText(new JSDOM(html).window.document);
const withoutMs = ({ ms: _ms, ...rest }: DetectionReport) => rest;

/** Breaks after every window (a stretch of 0 ms), each `restMs` long, counted. */
class CountedBreaks extends WorkBreaks {
  taken = 0;
  constructor(private readonly restMs = 0) {
    super(0);
  }
  protected override rest(): Promise<void> {
    this.taken++;
    return new Promise((resolve) => setTimeout(resolve, this.restMs));
  }
}

/** Every fixture page's text, title and headings kept, the bodies joined and repeated past `chars`. */
function mixedText(chars: number): PageText {
  const pages = readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).map((f) => textOf(readFileSync(path.join(FIXTURES, f), 'utf8')));
  let body = '';
  while (body.length < chars) for (const p of pages) body += `${p.body}\n`;
  return { title: pages.map((p) => p.title).join(' '), headings: pages.map((p) => p.headings).join(' '), body };
}

test('a long page: the same report as one scoring, with a break between windows', async () => {
  for (const [label, text] of [['the 50,000-word page', textOf(longArticle(50_000))], ['the fixture pages, joined', mixedText(2.5 * SCAN_WINDOW)]] as const) {
    assert.ok(text.body.length > 2 * SCAN_WINDOW, `${label}: only ${text.body.length} characters`);
    const breaks = new CountedBreaks();
    const sliced = await detectTextSliced(text, vocab, performance.now(), breaks);
    assert.deepEqual(withoutMs(sliced), withoutMs(detectText(text, vocab)), label);
    // Each of the body's scans (terms, case-sensitive terms, near-misses) stops at every window's end.
    const windows = Math.ceil(text.body.length / SCAN_WINDOW);
    assert.ok(breaks.taken >= 2 * (windows - 1), `${label}: ${breaks.taken} breaks for ${windows} windows`);
  }
});

test('a typical article is one window: no break', async () => {
  const text = textOf(readFileSync(path.join(FIXTURES, 'detect-pos-ottawa-withdrawal.html'), 'utf8'));
  const breaks = new CountedBreaks();
  const r = await detectTextSliced(text, vocab, performance.now(), breaks);
  assert.equal(breaks.taken, 0);
  assert.equal(r.detected, true);
});

test("the report's ms counts the work, not the breaks", async () => {
  const text = textOf(longArticle(50_000));
  const breaks = new CountedBreaks(25);
  const started = performance.now();
  const r = await detectTextSliced(text, vocab, started, breaks);
  const elapsed = performance.now() - started;
  assert.ok(breaks.taken > 0);
  // A timer may fire a little early: 20 ms of each 25 ms break is surely left out.
  assert.ok(r.ms > 0 && r.ms <= elapsed - 20 * breaks.taken, `ms ${r.ms.toFixed(1)} of ${elapsed.toFixed(1)} elapsed with ${breaks.taken} breaks of 25 ms`);
});

test('the scorer lets the page run between building its phrase lists and scoring', async () => {
  const doc = new JSDOM(readFileSync(path.join(FIXTURES, 'detect-pos-ottawa-withdrawal.html'), 'utf8')).window.document;
  const scorer = createScorer(compactModule([pack]));
  let ran = false;
  setTimeout(() => (ran = true), 0);
  const first = await scorer.score(doc, ['landmine-policy'], performance.now());
  assert.equal(ran, true, 'a task queued before the first scoring had not run when it ended');
  assert.equal(first.detected, true);
  // Built once, the lists serve the next scoring the same.
  assert.deepEqual(withoutMs(await scorer.score(doc, ['landmine-policy'], performance.now())), withoutMs(first));
});
