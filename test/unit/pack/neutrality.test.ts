/** The mechanically checkable part of the neutrality checklist in assets/topics/README.md, over every entry. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { TopicPack } from '../../../src/shared/pack/types.ts';

const pack = JSON.parse(readFileSync(new URL('../../../assets/topics/landmine-policy.json', import.meta.url), 'utf8')) as TopicPack;

/** Words that cast doubt or take sides when the pack says them in its own voice. */
const LOADED = /\b(claims|claimed|claiming|admits|admitted|insists|insisted|proven safe|discredited|reckless|so-called)\b|(?<!\bnot )\byet\b/i;
/** Quoted words are the speaker's, not ours. */
const unquoted = (s: string) => s.replace(/“[^”]*”/g, '“…”').replace(/"[^"]*"/g, '"…"');

function ownWords(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const e of pack.entries) {
    out.push({ where: `${e.id}.summary`, text: e.summary });
    e.facts.forEach((f, i) => out.push({ where: `${e.id}.facts[${i}]`, text: f.text }));
    e.misstatements.forEach((m, i) => out.push({ where: `${e.id}.misstatements[${i}].correction`, text: m.correction }));
    (e.scheduled ?? []).forEach((s, i) => out.push({ where: `${e.id}.scheduled[${i}]`, text: `${s.upcoming} ${s.passed}` }));
  }
  pack.timeline.forEach((t, i) => out.push({ where: `timeline[${i}]`, text: t.text }));
  return out;
}

test('the pack’s own words carry no loaded verbs or editorial “yet”', () => {
  const hits = ownWords().filter(({ text }) => LOADED.test(unquoted(text))).map(({ where, text }) => `${where}: ${unquoted(text).match(LOADED)![0]}`);
  assert.deepEqual(hits, []);
});

test('the checker itself catches what the review found', () => {
  for (const bad of ['It ends the program, yet says the U.S. will lead.', 'while claiming the U.S. will stay a leader', 'Officials said such mines were proven safe']) assert.match(unquoted(bad), LOADED);
  for (const ok of ['The Pentagon had not yet answered.', 'She called it “a discredited policy”.']) assert.doesNotMatch(unquoted(ok), LOADED);
});

test('where critics are quoted on the memo or a policy, the government’s side is quoted too', () => {
  const onesided = pack.entries
    .filter((e) => e.kind === 'policy' || e.id === 'ukraine-2024')
    .filter((e) => e.statements.some((s) => s.stance === 'critic') && !e.statements.some((s) => s.stance === 'official'))
    .map((e) => e.id);
  assert.deepEqual(onesided, []);
});

test('a general statement of support for the treaty is not filed as criticism of U.S. policy', () => {
  const icrc = pack.entries.flatMap((e) => e.statements.filter((s) => s.speaker === 'ICRC and IFRC').map((s) => s.stance));
  assert.ok(icrc.length > 0);
  assert.ok(icrc.every((s) => s === 'observer'));
});
