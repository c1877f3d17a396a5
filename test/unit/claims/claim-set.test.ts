/**
 * Precision and recall of the pack's claim matchers on our own test set (claim-set.ts).
 * Precision first: no correct statement may get a note; at least two in three errors are caught.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { TopicPack } from '../../../src/shared/pack/types.ts';
import { compileClaims, matchSentence } from '../../../src/shared/claims/matcher.ts';
import { RIGHT, WRONG } from './claim-set.ts';

const pack = JSON.parse(readFileSync(new URL('../../../assets/topics/landmine-policy.json', import.meta.url), 'utf8')) as TopicPack;
const claims = compileClaims(pack.entries);
const TODAY = '2026-11-27';

test('the test set is large enough (30 errors, 30 correct statements)', () => {
  assert.ok(WRONG.length >= 30 && RIGHT.length >= 30);
  for (const [, id] of WRONG) assert.ok(claims.some((c) => c.id === id), `no claim ${id} in the pack`);
});

test('no note on a correct statement', () => {
  const flagged = RIGHT.flatMap((s) => {
    const hit = matchSentence(claims, s, TODAY)[0];
    return hit ? [`${hit.claim.id}: ${s}`] : [];
  });
  assert.deepEqual(flagged, []);
});

test('at least two in three errors caught, each as the right claim', () => {
  let caught = 0;
  const wrongId: string[] = [];
  for (const [s, id] of WRONG) {
    const hit = matchSentence(claims, s, TODAY).find((h) => h.claim.id === id) ?? matchSentence(claims, s, TODAY)[0];
    if (hit?.claim.id === id) caught++;
    else if (hit) wrongId.push(`${s} → ${hit.claim.id}, expected ${id}`);
  }
  const recall = caught / WRONG.length;
  console.log(`claim set: precision ${caught}/${caught + wrongId.length} on errors, 0/${RIGHT.length} false notes; recall ${caught}/${WRONG.length} = ${(recall * 100).toFixed(0)}%`);
  assert.deepEqual(wrongId, []);
  assert.ok(recall >= 2 / 3, `recall ${recall}`);
});
