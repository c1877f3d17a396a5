/** The literal pre-check: what an alternative must start with, and that it never rules out a match. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { groupLiterals, requiredLiteralAt, passesGate, topLevel } from '../../../src/shared/claims/gate.ts';

const requiredLiteral = (alt: string) => requiredLiteralAt(alt)?.lit ?? null;
const groupGate = (alts: string[]) => groupLiterals(alts)?.map((l) => l.lit) ?? null;
import { GateIndex } from '../../../src/shared/claims/gate-index.ts';
import { compileClaims, claimAt } from '../../../src/shared/claims/matcher.ts';
import { escapeRegExp, literalTreeSource } from '../../../src/shared/text-pattern.ts';
import type { TopicPack } from '../../../src/shared/pack/types.ts';
import { RIGHT, WRONG } from './claim-set.ts';

test('required literals skip anything optional, grouped or variable', () => {
  assert.equal(requiredLiteral('withdrawals? (?:takes?)'), 'withdrawal');
  assert.equal(requiredLiteral('honou?red'), 'hono');
  assert.equal(requiredLiteral('usd\\(p\\)'), 'usd(p)');
  assert.equal(requiredLiteral('u\\.?s\\.?'), null);
  assert.equal(requiredLiteral('(?:about|around) three'), 'three');
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

test('a literal that starts its alternative, or follows a non-word character the alternative requires, is anchored', () => {
  assert.deepEqual(requiredLiteralAt('signed'), { lit: 'signed', anchored: true });
  assert.deepEqual(requiredLiteralAt('(?:about|around) three'), { lit: 'three', anchored: true });
  // "[tt]" is a lower-cased "[Tt]": one letter, so the literal is the whole word, and "[- ]" is a word boundary.
  assert.deepEqual(requiredLiteralAt('mine[- ]ban [tt]reaty'), { lit: 'ban treaty', anchored: true });
  assert.deepEqual(requiredLiteralAt('\\d+ times'), { lit: 'times', anchored: true });
  assert.deepEqual(requiredLiteralAt('(?:early |mid-|late )?2030s'), { lit: '2030s', anchored: false });
  assert.deepEqual(requiredLiteralAt('(?:over|nearly) 6,?000'), { lit: '000', anchored: false });
  assert.deepEqual(requiredLiteralAt('[ab]cdef'), { lit: 'cdef', anchored: false });
  // A kept literal stands for the ones that contain it: inside "unsigned" it starts mid-word.
  assert.deepEqual(groupLiterals(['have signed', 'signed']), [{ lit: 'signed', anchored: true }]);
  assert.deepEqual(groupLiterals(['unsigned', 'signed']), [{ lit: 'signed', anchored: false }]);
  assert.deepEqual(groupLiterals(['(?:re)?signed', 'signed']), [{ lit: 'signed', anchored: false }]);
});

test('the gate index offers every claim the full matcher finds in a sentence (test set, pack examples, and their words run together)', () => {
  const pack = JSON.parse(readFileSync(new URL('../../../assets/topics/landmine-policy.json', import.meta.url), 'utf8')) as TopicPack;
  const claims = compileClaims(pack.entries);
  const index = new GateIndex(claims);
  const examples = pack.entries.flatMap((e) => e.misstatements.flatMap((m) => m.matcher?.matches ?? []));
  const sentences = [...WRONG.map((w) => w[0]), ...RIGHT, ...examples];
  let checked = 0;
  for (const base of sentences) {
    // Inside a paragraph, after other text, with a word glued to the front, and numbers without
    // separators ("6000": a literal that may start mid-word must still be found).
    for (const s of [base, `Earlier: ${base}`, `x${base}`, base.toUpperCase(), base.replace(/(\d),(\d{3})/g, '$1$2')]) {
      const lowered = s.toLowerCase();
      index.scanText(lowered);
      const offered = new Set(index.claimsBetween(0, lowered.length).claims.map((c) => c.id));
      for (const c of claims) {
        if (claimAt(c, s) < 0) continue;
        checked++;
        assert.ok(offered.has(c.id), `${c.id} not offered for: ${s}`);
      }
    }
  }
  assert.ok(checked > 100, `only ${checked} claim matches checked`);
});

test('the claims the build works out for the bundled pack are the claims the pack compiles to', async () => {
  const pack = JSON.parse(readFileSync(new URL('../../../assets/topics/landmine-policy.json', import.meta.url), 'utf8')) as TopicPack;
  const { bundledPack } = await import('../../../src/shared/claims/bundle.ts');
  const bundled = bundledPack(pack);
  assert.ok(bundled.entries.every((e) => e.misstatements.every((m) => !m.matcher)), 'no matcher left in the bundle');
  const plain = (cs: ReturnType<typeof compileClaims>) => JSON.stringify(cs, (_k, v: unknown) => (v instanceof RegExp ? v.source : v));
  const fromBundle = compileClaims(bundled.entries);
  assert.equal(fromBundle.length, 34);
  assert.equal(plain(fromBundle), plain(compileClaims(pack.entries)));
});

test('the bundled gate index is the one the page would build, and stands only for the claims it was made for', async () => {
  const pack = JSON.parse(readFileSync(new URL('../../../assets/topics/landmine-policy.json', import.meta.url), 'utf8')) as TopicPack;
  const { bundledPack } = await import('../../../src/shared/claims/bundle.ts');
  const { gateIndex } = await import('../../../src/shared/claims/matcher.ts');
  const bundled = bundledPack(pack);
  assert.ok(bundled.claimIndex, 'the bundle carries a gate index');
  const built = new GateIndex(compileClaims(bundled.entries));
  assert.deepEqual(bundled.claimIndex, built.bundled());
  // Used: the page's index for the pack's claims is the bundled one (same scans, same hits).
  const claims = compileClaims(bundled.entries, [undefined, bundled.claimIndex]);
  const used = gateIndex(claims);
  assert.deepEqual(used.bundled(), bundled.claimIndex);
  const text = 'the ottawa treaty was signed in 1999 by 160 countries, and ukraine withdrew in 2025; about 6000 mines.';
  const offered = (index: GateIndex) => (index.scanText(text), index.claimsBetween(0, text.length).claims.map((c) => c.id));
  assert.ok(offered(used).length >= 3);
  assert.deepEqual(offered(used), offered(built));
  // Not used for another list (two topics' claims, or a claim fewer): its numbers would name other claims.
  const fewer = compileClaims(bundled.entries.filter((e) => !e.misstatements.some((m) => m.id === 'ottawa-signed-1999')), [bundled.claimIndex]);
  assert.equal(fewer.length, claims.length - bundled.entries.find((e) => e.id === 'ottawa')!.misstatements.filter((m) => m.id).length);
  assert.ok(offered(gateIndex(fewer)).length >= 2);
  assert.deepEqual(offered(gateIndex(fewer)), offered(new GateIndex(fewer)));
});

test("a short article's blocks scanned as one text give each block the hits it gets on its own", async () => {
  const pack = JSON.parse(readFileSync(new URL('../../../assets/topics/landmine-policy.json', import.meta.url), 'utf8')) as TopicPack;
  const { findClaims, findClaimsInBlocks } = await import('../../../src/shared/claims/matcher.ts');
  const claims = compileClaims(pack.entries);
  const sentences = [...WRONG.map((w) => w[0]), ...RIGHT];
  // Blocks of one to four sentences; some glued to a word, some starting with a literal, one empty.
  const blocks: string[] = [];
  for (let i = 0; i < sentences.length; i += 1 + (i % 4)) blocks.push(sentences.slice(i, i + 1 + (i % 4)).join(' '));
  const variants = [blocks, blocks.map((b, i) => (i % 3 === 0 ? `x${b}` : b)), [...blocks.slice(0, 5), '', ...blocks.slice(5)], blocks.map((b) => b.toUpperCase())];
  let noted = 0;
  for (const texts of variants) {
    const each = texts.map((t) => findClaims(claims, t, '2026-11-27'));
    assert.deepEqual(findClaimsInBlocks(claims, texts, '2026-11-27'), each);
    noted += each.flat().length;
  }
  assert.ok(noted > 60, `only ${noted} hits compared`);
  // Where lower-casing changes a text's length ("İ"), each block is done on its own: same hits.
  const odd = [...blocks.slice(0, 3), `İstanbul. ${blocks[3]}`];
  assert.deepEqual(findClaimsInBlocks(claims, odd, '2026-11-27'), odd.map((t) => findClaims(claims, t, '2026-11-27')));
});
