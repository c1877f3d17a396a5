/** The literal pre-check: what an alternative must start with, and that it never rules out a match. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { groupGate, requiredLiteral, passesGate, topLevel } from '../../../src/shared/claims/gate.ts';
import { compileClaims, claimAt } from '../../../src/shared/claims/matcher.ts';
import { escapeRegExp, literalTreeSource } from '../../../src/shared/text-pattern.ts';
import type { TopicPack } from '../../../src/shared/pack/types.ts';
import { RIGHT, WRONG } from './claim-set.ts';

test('required literals skip anything optional, grouped or variable', () => {
  assert.equal(requiredLiteral('withdrawals? (?:takes?)'), 'withdrawal');
  assert.equal(requiredLiteral('honou?red'), 'hono');
  assert.equal(requiredLiteral('usd\\(p\\)'), 'usd(p)');
  assert.equal(requiredLiteral('u\\.?s\\.?'), null);
  assert.equal(requiredLiteral('(?:about|around) three'), ' three');
  assert.equal(requiredLiteral('1[5-6]\\d'), null);
  assert.equal(requiredLiteral('mine[- ]ban'), 'mine');
  assert.deepEqual(topLevel('ottawa(?: a| b)?|treaty|[ab|c]'), ['ottawa(?: a| b)?', 'treaty', '[ab|c]']);
  assert.equal(groupGate(['treaty', 'u\\.?s\\.?']), null);
  assert.deepEqual(groupGate(['have signed', 'signed', '[Tt]reaty', 'treaty', 'pact', 'pact']), ['signed', 'reaty', 'pact']);
  assert.equal(passesGate(['treaty', 'pact'], 'the pact was'), true);
  assert.equal(passesGate(['treaty', 'pact'], 'the accord was'), false);
});

test('the prefix-tree scan finds what a longest-first alternation finds, at every position', () => {
  const lits = ['since the 1990s', 'since the ', 'signed', 'sign', 'usd(p)', 'reaty', 'treaty', 'is a ', '’90s'].sort((a, b) => b.length - a.length);
  const tree = new RegExp(literalTreeSource(lits), 'g');
  const flat = new RegExp(lits.map(escapeRegExp).join('|'), 'g');
  const text = 'since the 1990s the treaty is a pact signed by usd(p), since the ’90s; sign here. signedsign';
  const all = (re: RegExp) => {
    const out: string[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(`${m.index}:${m[0]}`);
      re.lastIndex = m.index + 1;
    }
    return out;
  };
  assert.deepEqual(all(tree), all(flat));
  assert.ok(all(tree).includes('0:since the 1990s'));
});

test('the pre-check never rules out a sentence of the test set that the full matcher recognises', () => {
  const pack = JSON.parse(readFileSync(new URL('../../../assets/topics/landmine-policy.json', import.meta.url), 'utf8')) as TopicPack;
  for (const c of compileClaims(pack.entries)) {
    for (const s of [...WRONG.map((w) => w[0]), ...RIGHT]) {
      if (claimAt(c, s) >= 0) assert.ok(c.gates.every((g) => passesGate(g, s.toLowerCase())), `${c.id}: ${s}`);
    }
  }
});
