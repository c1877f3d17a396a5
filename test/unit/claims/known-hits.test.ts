/**
 * The page keeps the hits of each block text it has had matched (known-hits.ts): a pass over
 * text it has seen asks nothing and wraps at once; new text alone is asked; a new day asks again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import type { TopicPack } from '../../../src/shared/pack/types.ts';
import { compileClaims, findClaimsInBlocks } from '../../../src/shared/claims/matcher.ts';
import type { ClaimHit } from '../../../src/shared/claims/types.ts';
import { isPromise, matchHere, type BlockMatch } from '../../../src/content/claims/pass.ts';
import { knownHits } from '../../../src/content/claims/known-hits.ts';
import { ClaimNotes } from '../../../src/content/claims/controller.ts';
import { RIGHT, WRONG } from './claim-set.ts';

const pack = JSON.parse(readFileSync(new URL('../../../assets/topics/landmine-policy.json', import.meta.url), 'utf8')) as TopicPack;
const claims = compileClaims(pack.entries);
const TODAY = '2026-11-27';
const texts = [...WRONG.slice(0, 6).map((w) => w[0]), ...RIGHT.slice(0, 6)];

/** A background that answers later and records what it was asked, per day. */
function background() {
  const asked: { today: string; texts: string[] }[] = [];
  const matcher = (today: string): BlockMatch => (texts) => {
    asked.push({ today, texts: [...texts] });
    return new Promise((resolve) => setTimeout(() => resolve(findClaimsInBlocks(claims, texts, today)), 1));
  };
  return { asked, matcher };
}

test('text matched once is not asked again: the second pass answers at once, with the same hits', async () => {
  const { asked, matcher } = background();
  const known = knownHits(matcher);
  const first = known(TODAY)(texts);
  assert.ok(isPromise(first));
  const expected = findClaimsInBlocks(claims, texts, TODAY);
  assert.deepEqual(await first, expected);
  const again = known(TODAY)(texts);
  assert.ok(!isPromise(again), 'answered in the same task');
  assert.deepEqual(again, expected);
  assert.equal(asked.length, 1);
});

test('only the texts not seen yet are asked, and the answer keeps the order of the pass', async () => {
  const { asked, matcher } = background();
  const known = knownHits(matcher);
  await known(TODAY)(texts.slice(0, 4));
  const mixed = [texts[5]!, texts[0]!, texts[7]!, texts[2]!];
  const hits = (await known(TODAY)(mixed)) as ClaimHit[][];
  assert.deepEqual(asked[1]!.texts, [texts[5], texts[7]]);
  assert.deepEqual(hits, findClaimsInBlocks(claims, mixed, TODAY));
});

test('a new day asks again (an outdated claim depends on it), and a late answer of the old day is not kept for the new', async () => {
  const { asked, matcher } = background();
  const known = knownHits(matcher);
  const late = known(TODAY)(texts.slice(0, 6));
  // The day changes before the first answer comes.
  await known('2026-11-28')(texts.slice(6));
  await late;
  assert.deepEqual(asked.map((a) => a.today), [TODAY, '2026-11-28']);
  assert.ok(!isPromise(known('2026-11-28')(texts.slice(6))), 'the new day keeps its own answers');
  assert.ok(isPromise(known('2026-11-28')(texts.slice(0, 6))), "the old day's late answer is not one of them");
  assert.ok(isPromise(known(TODAY)(texts.slice(6))), 'going back asks again');
});

test('past its limit the page forgets what it knew and starts again', async () => {
  const { asked, matcher } = background();
  const limit = texts.slice(0, 3).reduce((n, t) => n + t.length, 0);
  const known = knownHits(matcher, limit);
  await known(TODAY)(texts.slice(0, 3));
  await known(TODAY)(texts.slice(3, 6));
  assert.equal(asked.length, 2);
  assert.ok(isPromise(known(TODAY)(texts.slice(0, 1))), 'the first texts were forgotten');
  assert.ok(!isPromise(known(TODAY)(texts.slice(5, 6))), 'the latest are known');
});

test('switching notes off and on notes the same sentences again without asking', async () => {
  const doc = new JSDOM(`<!doctype html><body><article>${texts.map((t) => `<p>${t}</p>`).join('')}</article></body>`).window.document;
  const article = doc.querySelector('article')!;
  const { asked, matcher } = background();
  const notes = new ClaimNotes(doc, knownHits(matcher), () => TODAY, () => undefined);
  notes.setEnabled(true);
  notes.highlighted(article, (write) => write());
  const until = async (n: number) => {
    for (let i = 0; i < 400 && notes.heads().length !== n; i++) await new Promise((r) => setTimeout(r, 5));
  };
  const expected = matchHere(claims, TODAY)(texts) as ClaimHit[][];
  const noted = expected.filter((h) => h.length).length;
  assert.ok(noted >= 5, `${noted} notes expected`);
  await until(noted);
  const sentences = notes.summaries().map((s) => s.sentence);
  notes.setEnabled(false);
  assert.equal(article.querySelector('lpc-claim'), null);
  notes.setEnabled(true);
  await until(noted);
  assert.deepEqual(notes.summaries().map((s) => s.sentence), sentences);
  assert.equal(asked.length, 1, 'the second pass asked nothing');
});
