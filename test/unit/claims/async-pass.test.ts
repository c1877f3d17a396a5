/**
 * A claim pass whose matching answers later (the app's, from the background): the same notes as
 * matching at once; a block the page changed while it waited is left alone; a cancelled pass
 * wraps nothing; answers that come back out of order still wrap in document order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import type { TopicPack } from '../../../src/shared/pack/types.ts';
import type { ClaimHit } from '../../../src/shared/claims/types.ts';
import { compileClaims, matchSentence } from '../../../src/shared/claims/matcher.ts';
import { matchHere, noteClaims, type BlockMatch } from '../../../src/content/claims/pass.ts';
import { removeClaimNotes } from '../../../src/content/claims/wrap.ts';
import { RIGHT, WRONG } from './claim-set.ts';

const pack = JSON.parse(readFileSync(new URL('../../../assets/topics/landmine-policy.json', import.meta.url), 'utf8')) as TopicPack;
const claims = compileClaims(pack.entries);
const TODAY = '2026-11-27';
const here = matchHere(claims, TODAY);
const caught = WRONG.map((w) => w[0]).filter((s) => matchSentence(claims, s, TODAY).length > 0);

/** An article of `count` paragraphs, every third with an error in it (inside emphasis, so notes span elements). */
function article(count: number): Document {
  const paras = Array.from({ length: count }, (_, i) => (i % 3 === 0 ? `<p>${RIGHT[i % RIGHT.length]} <em>${caught[i % caught.length]}</em> ${RIGHT[(i + 1) % RIGHT.length]}</p>` : `<p>${RIGHT[i % RIGHT.length]}</p>`));
  return new JSDOM(`<!doctype html><body><article>${paras.join('\n')}</article></body>`).window.document;
}

/** Answers later, in a task of its own, with what matching here finds (or after `delay` ms). */
const later =
  (delay: (call: number) => number = () => 0): BlockMatch & { calls: number } => {
    const match = ((texts: string[]) => new Promise<ClaimHit[][]>((resolve) => setTimeout(() => resolve(here(texts) as ClaimHit[][]), delay(match.calls++)))) as BlockMatch & { calls: number };
    match.calls = 0;
    return match;
  };

const noted = (doc: Document) => [...doc.querySelectorAll('p')].map((p) => p.querySelectorAll('lpc-claim').length);

test('answers that come later make the notes matching at once makes, and removal restores the page', async () => {
  for (const count of [30, 900]) {
    const now = article(count);
    const wait = article(count);
    const before = wait.body.innerHTML;
    const notesNow: HTMLElement[] = [];
    const notesLater: HTMLElement[] = [];
    await noteClaims(now.querySelector('article')!, { match: here, notes: notesNow }).done;
    const run = noteClaims(wait.querySelector('article')!, { match: later(), notes: notesLater });
    assert.equal(notesLater.length, 0, 'nothing is wrapped before the answer');
    await run.done;
    assert.ok(notesNow.length >= count / 3, `${notesNow.length} notes on ${count} paragraphs`);
    assert.deepEqual(noted(wait), noted(now));
    assert.deepEqual(notesLater.map((n) => n.textContent), notesNow.map((n) => n.textContent));
    assert.ok(run.workMs() > 0);
    removeClaimNotes(notesLater);
    assert.equal(wait.body.innerHTML, before);
  }
});

test('a block the page changes while the answer is on its way gets no note; the others do', async () => {
  const doc = article(12);
  const notes: HTMLElement[] = [];
  const run = noteClaims(doc.querySelector('article')!, { match: later(), notes });
  const first = doc.querySelector('p em')!.firstChild as Text;
  first.data = `${first.data} `;
  await run.done;
  assert.equal(doc.querySelector('p')!.querySelector('lpc-claim'), null);
  assert.deepEqual(noted(doc).slice(3).filter((n, i) => i % 3 === 0 && n > 0).length, 3);
});

test('a pass cancelled before its answer wraps nothing, and is done', async () => {
  const doc = article(12);
  const before = doc.body.innerHTML;
  const notes: HTMLElement[] = [];
  const run = noteClaims(doc.querySelector('article')!, { match: later(), notes });
  run.cancel();
  await run.done;
  await new Promise((r) => setTimeout(r, 10));
  assert.equal(notes.length, 0);
  assert.equal(doc.body.innerHTML, before);
});

test('answers that come back out of order are wrapped in document order', async () => {
  const doc = article(900);
  const notes: HTMLElement[] = [];
  // The first request answers last.
  const match = later((call) => (call === 0 ? 40 : 0));
  await noteClaims(doc.querySelector('article')!, { match, notes }).done;
  assert.ok(match.calls > 2, `${match.calls} requests`);
  const order = notes.map((n) => [...doc.querySelectorAll('lpc-claim')].indexOf(n));
  assert.deepEqual(order, [...order].sort((a, b) => a - b));
  assert.ok(noted(doc).filter((n, i) => i % 3 === 0 && n > 0).length === 300);
});

test('an answer that fails to wrap is reported, not thrown, and the pass still ends', async () => {
  const doc = article(6);
  const notes: HTMLElement[] = [];
  const debug = console.debug;
  const said: unknown[] = [];
  console.debug = (...args: unknown[]) => said.push(args);
  try {
    const failing: BlockMatch = async (texts) => texts.map(() => [{ claimIds: ['x'], start: 0, end: 4, voice: 'outlet' }]);
    await noteClaims(doc.querySelector('article')!, { match: failing, notes, guard: () => { throw new Error('the page broke'); } }).done;
  } finally {
    console.debug = debug;
  }
  assert.equal(notes.length, 0);
  assert.ok(said.some((s) => String(s).includes('the page broke')), 'the failure was reported');
});
