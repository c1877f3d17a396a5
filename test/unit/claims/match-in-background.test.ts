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
import { claimIdsOf, compileClaims, findClaimsInBlocks } from '../../../src/shared/claims/matcher.ts';
import { dispatch, type Envelope } from '../../../src/shared/messages.ts';
import { claimMatching } from '../../../src/background/claim-match.ts';
import { matchInBackground, portToBackground } from '../../../src/content/claims/match-in-background.ts';
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
  const match = matchInBackground(() => claims, (message) => (sent.push(message as Envelope), sendToBackground(message)))(TODAY);
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
    const { result, said } = await quietly(async () => matchInBackground(() => claims, send)(TODAY)(texts));
    assert.deepEqual(result, expected, reason);
    assert.ok(said.some((s) => s.includes(reason)), `${reason}: ${said.join(' / ')}`);
  }
});

test('without a way to the background, or without claims, nothing is sent', () => {
  let sent = 0;
  const send = () => (sent++, Promise.resolve(undefined));
  assert.deepEqual(matchInBackground(() => claims, undefined)(TODAY)(texts), expected);
  assert.deepEqual(matchInBackground(() => [], send)(TODAY)(texts), texts.map(() => []));
  assert.equal(sent, 0);
});

test('the page names the claims by id and compiles none while the background answers; it compiles them to match itself', async () => {
  let compiled = 0;
  const compile = () => (compiled++, claims);
  const ids = () => claimIdsOf(bundled.entries);
  const answered = await matchInBackground(compile, sendToBackground, ids)(TODAY)(texts);
  assert.deepEqual(answered, expected);
  assert.equal(compiled, 0, 'nothing compiled in the page');
  const { result } = await quietly(async () => matchInBackground(compile, () => Promise.reject(new Error('gone')), ids)(TODAY)(texts));
  assert.deepEqual(result, expected);
  assert.equal(compiled, 1, 'compiled for the fallback');
});

/** A stand-in for the extension API's port: what was posted, and a way to answer or disconnect. */
function fakeRuntime() {
  const ports: { name: string; posted: unknown[]; answer(raw: unknown): void; disconnect(): void; failPosting: boolean }[] = [];
  const runtime = {
    id: 'test',
    sendMessage: () => Promise.resolve(),
    connect({ name }: { name: string }) {
      const onMessage: ((raw: unknown) => void)[] = [];
      const onDisconnect: (() => void)[] = [];
      const port = {
        name,
        posted: [] as unknown[],
        failPosting: false,
        answer: (raw: unknown) => onMessage.forEach((l) => l(raw)),
        disconnect: () => onDisconnect.forEach((l) => l()),
      };
      ports.push(port);
      return {
        postMessage: (m: unknown) => {
          if (port.failPosting) throw new Error('Attempting to use a disconnected port object');
          port.posted.push(m);
        },
        onMessage: { addListener: (l: (raw: unknown) => void) => onMessage.push(l) },
        onDisconnect: { addListener: (l: () => void) => onDisconnect.push(l) },
      };
    },
  };
  return { ports, runtime };
}

test('requests share one port, answers find their request by id, and a closed port is opened again', async () => {
  const { ports, runtime } = fakeRuntime();
  const g = globalThis as unknown as { chrome?: unknown };
  const before = g.chrome;
  g.chrome = { runtime };
  try {
    const post = portToBackground()!;
    const envelope = (n: number) => ({ type: 'cs-to-bg:match-claims' as const, payload: { claims: [], texts: [String(n)], today: TODAY } });
    const first = post(envelope(1));
    const second = post(envelope(2));
    assert.equal(ports.length, 1);
    assert.equal(ports[0]!.name, 'lpc-claims');
    const [a, b] = ports[0]!.posted as { id: number }[];
    assert.notEqual(a!.id, b!.id);
    // Answered in the other order: each promise gets its own answer.
    ports[0]!.answer({ id: b!.id, answer: 'two' });
    ports[0]!.answer({ id: a!.id, answer: 'one' });
    ports[0]!.answer({ answer: 'no id: ignored' });
    assert.deepEqual(await Promise.all([first, second]), ['one', 'two']);

    const waiting = post(envelope(3));
    ports[0]!.disconnect();
    await assert.rejects(waiting, /closed the port/);
    const again = post(envelope(4));
    assert.equal(ports.length, 2, 'a new port after the old one closed');
    ports[1]!.answer({ id: (ports[1]!.posted[0] as { id: number }).id, answer: 'four' });
    assert.equal(await again, 'four');

    ports[1]!.failPosting = true;
    await assert.rejects(post(envelope(5)), /disconnected port/);
    ports[1]!.failPosting = false;
    void post(envelope(6));
    assert.equal(ports.length, 3, 'a port that failed to post is not used again');
  } finally {
    g.chrome = before;
  }
});
