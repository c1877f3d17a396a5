/**
 * The app asks the background to match a pass's blocks (match-in-background.ts) and matches in
 * the page when the background cannot answer: a refused request, a failed one, or an answer that
 * does not fit. Whichever answers, the hits are the page's own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { TopicPack } from '../../../src/shared/pack/types.ts';
import { bundledPack, claimPack } from '../../../src/shared/claims/bundle.ts';
import { compileClaims, findClaimsInBlocks } from '../../../src/shared/claims/matcher.ts';
import { dispatch, type Envelope } from '../../../src/shared/messages.ts';
import { claimMatching } from '../../../src/background/claim-match.ts';
import { matchInBackground } from '../../../src/content/claims/match-in-background.ts';
import { WRONG } from './claim-set.ts';

const pack = JSON.parse(readFileSync(new URL('../../../assets/topics/landmine-policy.json', import.meta.url), 'utf8')) as TopicPack;
const bundled = bundledPack(pack);
const claims = compileClaims(bundled.entries, [bundled.claimIndex]);
const texts = WRONG.map((w) => w[0]);
const TODAY = '2026-11-27';
const expected = findClaimsInBlocks(claims, texts, TODAY);
const background = claimMatching([claimPack(bundled)]);

/** A background as the app's messages reach it: the same dispatch and handler as src/background/index.ts. */
const sendToBackground = (message: unknown) => dispatch({ 'cs-to-bg:match-claims': (req) => background(req) }, message) ?? Promise.resolve(undefined);

async function quietly<T>(work: () => Promise<T>): Promise<{ result: T; said: string[] }> {
  const debug = console.debug;
  const said: string[] = [];
  console.debug = (...args: unknown[]) => said.push(args.map(String).join(' '));
  try {
    return { result: await work(), said };
  } finally {
    console.debug = debug;
  }
}

test('the background answers the request the pass makes', async () => {
  const sent: Envelope[] = [];
  const match = matchInBackground(claims, (message) => (sent.push(message as Envelope), sendToBackground(message)))(TODAY);
  const { result, said } = await quietly(async () => match(texts));
  assert.deepEqual(result, expected);
  assert.equal(sent.length, 1);
  assert.equal(sent[0]!.type, 'cs-to-bg:match-claims');
  assert.deepEqual(sent[0]!.payload, { claims: claims.map((c) => c.id), texts, today: TODAY });
  assert.deepEqual(said, [], 'nothing to report');
});

test('when the background cannot answer, the page matches itself and says why in the console', async () => {
  const cases: [string, (message: unknown) => Promise<unknown>][] = [
    ['Could not establish connection', () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))],
    ['match-claims: today must be a date', (message) => sendToBackground({ ...(message as Envelope), payload: { ...(message as Envelope<'cs-to-bg:match-claims'>).payload, today: 'soon' } })],
    ['an answer that does not fit', () => Promise.resolve({ hits: [[]] })],
    ['an answer that does not fit', () => Promise.resolve(undefined)],
  ];
  for (const [reason, send] of cases) {
    const { result, said } = await quietly(async () => matchInBackground(claims, send)(TODAY)(texts));
    assert.deepEqual(result, expected, reason);
    assert.ok(said.some((s) => s.includes(reason)), `${reason}: ${said.join(' / ')}`);
  }
});

test('without a way to the background, or without claims, nothing is sent', () => {
  let sent = 0;
  const send = () => (sent++, Promise.resolve(undefined));
  assert.deepEqual(matchInBackground(claims, undefined)(TODAY)(texts), expected);
  assert.deepEqual(matchInBackground([], send)(TODAY)(texts), texts.map(() => []));
  assert.equal(sent, 0);
});
