/** The ClaimReview export: every claim of the pack, each node valid against schema.org's properties. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { TopicPack } from '../../../src/shared/pack/types.ts';
import { claimReviews } from '../../../scripts/claimreview/claimreview.ts';
import { checkNode } from '../../../scripts/claimreview/vocabulary.ts';

const pack = JSON.parse(readFileSync(new URL('../../../assets/topics/landmine-policy.json', import.meta.url), 'utf8')) as TopicPack;

test('one valid ClaimReview per claim, with verdict, correction and dated sources', () => {
  const nodes = claimReviews(pack, 'Landmine Policy Context');
  const claims = pack.entries.flatMap((e) => e.misstatements.filter((m) => m.id && m.verdict));
  assert.equal(nodes.length, claims.length);
  for (const n of nodes) assert.deepEqual(checkNode(n), [], String(n.identifier));
  const signed = nodes.find((n) => n.identifier === 'ottawa-signed-1999')!;
  assert.equal((signed.reviewRating as { alternateName: string }).alternateName, 'Incorrect');
  assert.match(String(signed.reviewBody), /1997/);
  assert.match(((signed.citation as { url: string }[])[0]!).url, /^https:\/\//);
});

test('the check rejects unknown properties, misplaced ones and values of the wrong kind', () => {
  const ok = { '@type': 'ClaimReview', claimReviewed: 'x', reviewRating: { '@type': 'Rating', ratingValue: 1 } };
  assert.deepEqual(checkNode(ok), []);
  assert.match(checkNode({ ...ok, claimReview: 'x' })[0]!, /not a property of ClaimReview/);
  assert.match(checkNode({ '@type': 'Rating', claimReviewed: 'x' })[0]!, /not a property of Rating/);
  assert.match(checkNode({ ...ok, datePublished: 'yesterday' })[0]!, /expected Date/);
  assert.match(checkNode({ ...ok, itemReviewed: { '@type': 'Claim', appearance: 'http://x' } })[0]!, /expected CreativeWork/);
  assert.match(checkNode({ ...ok, reviewRating: { '@type': 'Claim' } })[0]!, /expected Rating/);
});
