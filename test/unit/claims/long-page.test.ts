/** A long page is noted in idle slices with one walker: the same notes as one pass, removed exactly. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import type { TopicPack } from '../../../src/shared/pack/types.ts';
import { compileClaims, matchSentence } from '../../../src/shared/claims/matcher.ts';
import { matchHere, noteClaims } from '../../../src/content/claims/pass.ts';
import { removeClaimNotes } from '../../../src/content/claims/wrap.ts';
import { RIGHT, WRONG } from './claim-set.ts';

const pack = JSON.parse(readFileSync(new URL('../../../assets/topics/landmine-policy.json', import.meta.url), 'utf8')) as TopicPack;
const claims = compileClaims(pack.entries);
/** The test set's errors that the matchers catch (claim-set.test.ts reports the one they miss). */
const caught = WRONG.map((w) => w[0]).filter((s) => matchSentence(claims, s, '2026-11-27').length > 0);

test('a 60,000-character page gets one note per error sentence, in slices, and comes back exactly', async () => {
  const paras: string[] = [];
  for (let i = 0; paras.join('').length < 60_000; i++) {
    const right = RIGHT[i % RIGHT.length]!;
    paras.push(i % 4 === 0 ? `<p>${right} <em>${caught[(i / 4) % caught.length]}</em></p>` : `<p>${right} ${right}</p>`);
  }
  const doc = new JSDOM(`<!doctype html><body><article>${paras.join('\n')}</article></body>`).window.document;
  const article = doc.querySelector('article')!;
  const before = article.innerHTML;
  const notes: HTMLElement[] = [];
  const run = noteClaims(article, { match: matchHere(claims, '2026-11-27'), notes });
  assert.equal(notes.length, 0, 'a long page is not noted synchronously');
  await run.done;
  const errors = paras.filter((_, i) => i % 4 === 0).length;
  assert.equal(new Set(notes.map((n) => n.closest('p'))).size, errors);
  assert.ok(notes.every((n) => n.closest('em')), 'only the error sentences are noted');
  removeClaimNotes(notes);
  assert.equal(article.innerHTML, before);
});

test('a block the page changes before its idle slice is left alone', async () => {
  const paras: string[] = [];
  for (let i = 0; paras.join('').length < 60_000; i++) paras.push(`<p>${RIGHT[i % RIGHT.length]} ${caught[i % caught.length]}</p>`);
  const doc = new JSDOM(`<!doctype html><body><article>${paras.join('\n')}</article></body>`).window.document;
  const first = doc.querySelector('article p')!;
  const notes: HTMLElement[] = [];
  const run = noteClaims(doc.querySelector('article')!, { match: matchHere(claims, '2026-11-27'), notes });
  (first.firstChild as Text).data = `${caught[1]} ${RIGHT[0]}`;
  await run.done;
  assert.equal(first.querySelector('lpc-claim'), null);
  assert.equal(new Set(notes.map((n) => n.closest('p'))).size, paras.length - 1);
});
