/**
 * The background's claim matching (src/background/claim-match.ts) answers what the page would
 * find itself, from the claims the build gives it (bundle.ts claimPack), and refuses a request it
 * cannot answer with a message that says why.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SHARED_ARTICLES } from '../../../scripts/lib/paths.ts';
import type { TopicPack } from '../../../src/shared/pack/types.ts';
import { bundledPack, claimPack } from '../../../src/shared/claims/bundle.ts';
import { compileClaims, findClaimsInBlocks } from '../../../src/shared/claims/matcher.ts';
import { claimMatching, MAX_MATCH_CHARS } from '../../../src/background/claim-match.ts';
import { RIGHT, WRONG } from './claim-set.ts';

const pack = JSON.parse(readFileSync(new URL('../../../assets/topics/landmine-policy.json', import.meta.url), 'utf8')) as TopicPack;
const bundled = bundledPack(pack);
const local = compileClaims(bundled.entries, [bundled.claimIndex]);
const ids = local.map((c) => c.id);
/** The five seed articles where ../shared is beside us (they are not ours to copy); our own sentences otherwise. */
const articles = existsSync(SHARED_ARTICLES) ? readdirSync(SHARED_ARTICLES).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(SHARED_ARTICLES, f), 'utf8')) : [];
/** Blocks as a page's claim pass sends them: our test sentences, mixed, several to a block. */
const blocks = WRONG.map((w, i) => `${RIGHT[i % RIGHT.length]} ${w[0]} ${RIGHT[(i + 7) % RIGHT.length]}`);

test('the background finds the same claims as the page, sentence for sentence', () => {
  const match = claimMatching([claimPack(bundled)]);
  for (const today of ['2026-11-27', '2024-01-01']) {
    const { hits } = match({ claims: ids, texts: blocks, today });
    assert.deepEqual(hits, findClaimsInBlocks(local, blocks, today));
    assert.ok(hits.filter((h) => h.length).length >= WRONG.length * 0.66, `most of the test set is caught (${hits.filter((h) => h.length).length} on ${today})`);
  }
  for (const text of articles) {
    const paragraphs = text.split('\n').filter((line) => line.trim());
    assert.ok(paragraphs.length > 5, `${paragraphs.length} paragraphs`);
    assert.deepEqual(match({ claims: ids, texts: paragraphs, today: '2026-11-27' }).hits, findClaimsInBlocks(local, paragraphs, '2026-11-27'));
  }
});

test('a page whose claims are a reordered part of the packs gets them in its own order', () => {
  const match = claimMatching([claimPack(bundled)]);
  const some = local.filter((_, i) => i % 3 !== 0).reverse();
  const { hits } = match({ claims: some.map((c) => c.id), texts: blocks, today: '2026-11-27' });
  assert.deepEqual(hits, findClaimsInBlocks(some, blocks, '2026-11-27'));
  const left = new Set(local.filter((_, i) => i % 3 === 0).map((c) => c.id));
  assert.ok(hits.flat().length > 0 && hits.flat().every((h) => h.claimIds.every((id) => !left.has(id))), 'only the claims asked for');
});

test('what the background is given holds the matchers, not the cards', () => {
  const claims = claimPack(bundled);
  const text = JSON.stringify(claims);
  assert.equal(claims.entries.flatMap((e) => e.misstatements).length, ids.length);
  for (const entry of pack.entries) for (const m of entry.misstatements) assert.ok(!text.includes(JSON.stringify(m.correction)), `no correction text (${m.id})`);
  assert.ok(text.length < JSON.stringify(bundled).length / 3, `${text.length} characters`);
});

test('a request the background cannot answer is refused with the reason', () => {
  const match = claimMatching([claimPack(bundled)]);
  const ok = { claims: ids, texts: ['The Ottawa Convention was signed in 1999.'], today: '2026-11-27' };
  assert.throws(() => match({ ...ok, claims: 'all' as unknown as string[] }), /claims must be a list of claim ids/);
  assert.throws(() => match({ ...ok, texts: [1] as unknown as string[] }), /texts must be a list of strings/);
  assert.throws(() => match({ ...ok, today: 'tomorrow' }), /today must be a date/);
  assert.throws(() => match({ ...ok, texts: ['x'.repeat(MAX_MATCH_CHARS + 1)] }), /more than/);
  assert.throws(() => match({ ...ok, claims: ['no-such-claim'] }), /no claim "no-such-claim"/);
  assert.equal(match(ok).hits[0]!.length, 1, 'and the same matcher still answers a good one');
});
