import { test } from 'node:test';
import '../i18n/install.ts';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { TopicPack } from '../../../src/shared/pack/types.ts';
import { topicSummary } from '../../../src/popup/summary.ts';
import { unscriptableReason } from '../../../src/popup/page-access.ts';
import { groupTerms } from '../../../src/popup/terms.ts';

const realPack = (): TopicPack => JSON.parse(readFileSync(new URL('../../../assets/topics/landmine-policy.json', import.meta.url), 'utf8'));

test('every reference in the real pack summary resolves to a fact or timeline event', () => {
  const pack = realPack();
  const spec = pack.meta.summary!;
  const s = topicSummary(pack);
  assert.equal(s.lead?.id, spec.lead);
  assert.equal(s.points.length, spec.points?.length ?? 0, 'every point found');
  assert.equal(s.numbers.length, spec.numbers.length, 'every number found');
  assert.ok(s.numbers.every((n) => n.fact.value && n.fact.sources.length));
  assert.equal(new Set(s.timeline.map((t) => t.date)).size, spec.timeline.length, 'every timeline date found');
  assert.deepEqual(s.timeline.map((t) => t.date), [...s.timeline.map((t) => t.date)].sort(), 'the timeline is in date order');
});

test('a pack without a summary still gets one, from its own data', () => {
  const pack = realPack();
  delete pack.meta.summary;
  const s = topicSummary(pack);
  const latest = [...pack.timeline].sort((a, b) => a.date.localeCompare(b.date)).at(-1)!;
  assert.equal(s.lead?.id, latest.entry);
  assert.ok(s.numbers.length > 0 && s.numbers.every((n) => n.entry.kind === 'figure' && n.fact.value));
  assert.equal(s.timeline.at(-1), latest);
  assert.equal(s.timeline.length, 8);
});

test('a reference that matches nothing is left out rather than shown wrong', () => {
  const pack = realPack();
  pack.meta.summary = { heading: 'H', lead: 'nope', numbers: [{ entry: 'ottawa', match: 'no such value' }, { entry: 'missing', match: 'x' }], timeline: ['1800-01-01'] };
  const s = topicSummary(pack);
  assert.equal(s.lead, undefined);
  assert.deepEqual([s.numbers, s.timeline], [[], []]);
});

test('pages browsers keep extensions out of are named', () => {
  const cases: [string | undefined, RegExp | null][] = [
    [undefined, /browser page/],
    ['chrome://settings/', /browser page \(chrome:\)/],
    ['about:addons', /browser page/],
    ['file:///home/a.html', /file on your computer/],
    ['https://chromewebstore.google.com/detail/x', /add-on store/],
    ['https://chrome.google.com/webstore/category/extensions', /add-on store/],
    ['https://addons.mozilla.org/en-US/firefox/', /add-on store/],
    ['https://example.org/report.PDF', /PDF/],
    ['https://chrome.google.com/search', null],
    ['https://news.example.com/2025/12/landmines', null],
    ['http://127.0.0.1:8080/fixtures/a.html', null],
  ];
  for (const [url, expected] of cases) {
    const reason = unscriptableReason(url);
    if (expected) assert.match(reason ?? '', expected, String(url));
    else assert.equal(reason, null, String(url));
  }
});

test('terms are grouped by kind in a fixed order, busiest term first', () => {
  const groups = groupTerms([
    { id: 'apl', label: 'APL', kind: 'weapon', count: 2 },
    { id: 'ottawa', label: 'Ottawa', kind: 'treaty', count: 4 },
    { id: 'memo', label: 'Memo', kind: 'policy', count: 1 },
    { id: 'gator', label: 'Gator', kind: 'weapon', count: 5 },
    { id: 'x', label: 'X', kind: 'unknown-kind', count: 1 },
    { id: 'hive', label: 'Hive', kind: 'colony', count: 1 },
  ], realPack().meta.kinds);
  assert.deepEqual(groups.map((g) => g.heading), ['Policies', 'Treaties', 'Weapons', 'unknown-kind', 'colony']);
  // Another pack's kinds: its own order and its own headings (no UI translation exists for them).
  const bees = groupTerms([{ id: 'hive', label: 'Hive', kind: 'colony', count: 1 }, { id: 'mite', label: 'Mite', kind: 'pest', count: 3 }], { pest: 'Pests', colony: 'Colonies' });
  assert.deepEqual(bees.map((g) => g.heading), ['Pests', 'Colonies']);
  assert.deepEqual(groups[2]!.terms.map((t) => t.id), ['gator', 'apl']);
  assert.equal(groups[2]!.total, 7);
});
