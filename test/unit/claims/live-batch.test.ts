/**
 * A live page's term pass reports each new element it highlighted; the claim notes take all the
 * elements reported in one task into one pass, with one request for their blocks, and note each.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import type { TopicPack } from '../../../src/shared/pack/types.ts';
import { compileClaims, matchSentence } from '../../../src/shared/claims/matcher.ts';
import { matchHere, type BlockMatch } from '../../../src/content/claims/pass.ts';
import { ClaimNotes } from '../../../src/content/claims/controller.ts';
import { RIGHT, WRONG } from './claim-set.ts';

const pack = JSON.parse(readFileSync(new URL('../../../assets/topics/landmine-policy.json', import.meta.url), 'utf8')) as TopicPack;
const claims = compileClaims(pack.entries);
const TODAY = '2026-11-27';
/** Waits until `done()` holds (a busy machine may take a while to compile the claims), or fails after 10 s. */
async function until(done: () => boolean, what: string): Promise<void> {
  const end = Date.now() + 10_000;
  while (!done()) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
const caught = WRONG.map((w) => w[0]).filter((s) => matchSentence(claims, s, TODAY).length > 0);

/** Appends `count` paragraphs as a live page does, every tenth making a known claim. */
function append(live: Element, count: number): HTMLElement[] {
  return Array.from({ length: count }, (_, i) => {
    const p = live.ownerDocument.createElement('p');
    p.textContent = i % 10 === 0 ? caught[i % caught.length]! : RIGHT[i % RIGHT.length]!;
    live.append(p);
    return p;
  });
}

test('elements highlighted in one task are noted in one pass, with one request', async () => {
  const doc = new JSDOM('<!doctype html><body><article id="live"></article></body>').window.document;
  const requests: string[][] = [];
  const here = matchHere(claims, TODAY);
  // Answers later, as the background does.
  const match: BlockMatch = (texts) => (requests.push(texts), new Promise((resolve) => setTimeout(() => resolve(here(texts)), 1)));
  let changes = 0;
  const notes = new ClaimNotes(doc, () => match, () => TODAY, () => changes++);
  notes.setEnabled(true);
  const live = doc.getElementById('live')!;
  const added = append(live, 100);
  for (const p of added) notes.highlighted(p, (write) => write());
  await until(() => notes.heads().length === 10, 'ten notes');
  assert.equal(requests.length, 1, `${requests.length} requests`);
  assert.equal(requests[0]!.length, 100);
  assert.deepEqual(
    added.map((p, i) => [i, !!p.querySelector('lpc-claim')]).filter(([, noted]) => noted).map(([i]) => i),
    [0, 10, 20, 30, 40, 50, 60, 70, 80, 90],
  );
  assert.equal(notes.heads().length, 10);
  assert.ok(changes >= 1);
  // A later batch is a pass of its own.
  const more = doc.createElement('p');
  more.textContent = caught[1]!;
  live.append(more);
  notes.highlighted(more, (write) => write());
  await until(() => !!more.querySelector('lpc-claim'), 'the later note');
  assert.equal(requests.length, 2);
  assert.ok(more.querySelector('lpc-claim'));
  // Cleared before its pass ran: nothing is asked for, nothing noted.
  const late = doc.createElement('p');
  late.textContent = caught[2]!;
  live.append(late);
  notes.highlighted(late, (write) => write());
  notes.clear();
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(requests.length, 2);
  assert.equal(late.querySelector('lpc-claim'), null);
});

test('a batch too long for one go is read in steps across its elements, a few requests in all', async () => {
  const { noteClaims } = await import('../../../src/content/claims/pass.ts');
  const doc = new JSDOM('<!doctype html><body><article id="live"></article></body>').window.document;
  const live = doc.getElementById('live')!;
  const added = append(live, 900);
  assert.ok(live.textContent!.length > 50_000, 'longer than one synchronous pass');
  const requests: number[] = [];
  const here = matchHere(claims, TODAY);
  const notes: HTMLElement[] = [];
  await noteClaims(added, { match: (texts) => (requests.push(texts.length), Promise.resolve(here(texts))), notes }).done;
  assert.equal(requests.reduce((a, b) => a + b, 0), 900, "every element once");
  assert.ok(requests.length <= 20, `${requests.length} requests`);
  assert.equal(added.filter((p) => p.querySelector("lpc-claim")).length, 90);
});

test('a long pass that asks every 40,000 characters asks a few times, and notes the same', async () => {
  const { noteClaims } = await import('../../../src/content/claims/pass.ts');
  const doc = new JSDOM('<!doctype html><body><article id="live"></article></body>').window.document;
  const live = doc.getElementById('live')!;
  const added = append(live, 2_000);
  const chars = live.textContent!.length;
  const requests: number[] = [];
  const here = matchHere(claims, TODAY);
  await noteClaims(live, { match: (texts) => (requests.push(texts.length), Promise.resolve(here(texts))), notes: [], askEvery: 40_000 }).done;
  assert.equal(requests.reduce((a, b) => a + b, 0), 2_000, 'every paragraph once');
  assert.ok(requests.length <= Math.ceil(chars / 40_000) + 1, `${requests.length} requests for ${chars} characters`);
  assert.equal(added.filter((p) => p.querySelector('lpc-claim')).length, 200);
});

test('a term pass over more text than an article holds gets no claim notes, and asks nothing', async () => {
  const { MAX_CLAIM_CHARS } = await import('../../../src/content/claims/controller.ts');
  const doc = new JSDOM('<!doctype html><body><article id="live"></article></body>').window.document;
  const live = doc.getElementById('live')!;
  append(live, 20);
  const requests: string[][] = [];
  const here = matchHere(claims, TODAY);
  const notes = new ClaimNotes(doc, () => (texts) => (requests.push(texts), here(texts)), () => TODAY, () => undefined);
  notes.setEnabled(true);
  // The term pass counted the page's text: a page past the limit is not an article.
  notes.highlighted(live, (write) => write(), MAX_CLAIM_CHARS + 1);
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(requests.length, 0);
  assert.equal(live.querySelector('lpc-claim'), null);
  // The same element after a term pass within the limit is noted.
  notes.highlighted(live, (write) => write(), live.textContent!.length);
  await until(() => notes.heads().length === 2, 'two notes');
  assert.equal(requests.length, 1);
});
