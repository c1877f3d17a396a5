import { test } from 'node:test';
import '../i18n/install.ts';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { h, render } from 'preact';
import { Card, citedSources } from '../../../src/content/popover/card.tsx';
import { formatIsoDate } from '../../../src/shared/dates.ts';
import type { TopicPack } from '../../../src/shared/pack/types.ts';
import { foundAs, type FoundAs } from '../../../src/shared/pack/found-as.ts';

const pack = JSON.parse(readFileSync(new URL('../../../assets/topics/landmine-policy.json', import.meta.url), 'utf8')) as TopicPack;

function renderCard(id: string, related: { id: string; label: string }[] = [], found?: FoundAs) {
  const { window } = new JSDOM('<div id="root"></div>');
  const g = globalThis as unknown as { document?: Document };
  const saved = g.document;
  g.document = window.document;
  const root = window.document.getElementById('root')!;
  const opened: string[] = [];
  try {
    const entry = pack.entries.find((e) => e.id === id)!;
    render(h(Card, { pack, entry, theme: 'light', related, found, onClose: () => undefined, onOpenRelated: (r: string) => opened.push(r) }), root);
    return { root, entry, opened };
  } finally {
    g.document = saved;
  }
}

test('dates read as day, month and year, with partial dates kept partial', () => {
  assert.equal(formatIsoDate('2025-12-02'), '2 Dec 2025');
  assert.equal(formatIsoDate('2025-12'), 'Dec 2025');
  assert.equal(formatIsoDate('1997'), '1997');
  assert.equal(formatIsoDate('soon'), 'soon');
});

test('the card is a labelled dialog with every fact, dated, and every cited source as a safe link', () => {
  const { root, entry } = renderCard('stockpile');
  const dialog = root.querySelector('[role="dialog"]')!;
  const title = root.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)!;
  assert.equal(title.textContent, entry.label);
  assert.equal(root.querySelector('.kind')!.textContent, entry.kind);
  assert.equal(root.querySelectorAll('.facts > li').length, entry.facts.length);
  assert.equal(root.querySelectorAll('.facts .badge').length, entry.facts.filter((f) => f.disputed).length);
  const links = [...root.querySelectorAll('.sources a')];
  assert.equal(links.length, citedSources(entry).length);
  for (const a of links) {
    assert.equal(a.getAttribute('target'), '_blank');
    assert.equal(a.getAttribute('rel'), 'noopener noreferrer');
    assert.match(a.getAttribute('href')!, /^https:\/\//);
  }
  assert.equal(root.querySelectorAll('.misstated li').length, entry.misstatements.length);
});

test('statements are grouped official, critic, supporter, observer; related terms are buttons', () => {
  const withAll = pack.entries.find((e) => new Set(e.statements.map((s) => s.stance)).size >= 2)!;
  const { root, opened } = renderCard(withAll.id, [{ id: 'apl', label: 'APL' }]);
  const stances = [...root.querySelectorAll('.stance')].map((el) => el.className.replace(/.*stance-/, ''));
  const order = ['official', 'critic', 'supporter', 'observer'];
  assert.deepEqual(stances, order.filter((s) => withAll.statements.some((x) => x.stance === s)));
  (root.querySelector('.related button') as HTMLButtonElement).click();
  assert.deepEqual(opened, ['apl']);
});

test('an entry without statements or misstatements shows no empty sections', () => {
  const quiet = pack.entries.find((e) => !e.statements.length && !e.misstatements.length)!;
  const { root } = renderCard(quiet.id);
  assert.equal(root.querySelectorAll('.stance, .misstated, .related').length, 0);
});

function renderAt(id: string, today: string) {
  const { window } = new JSDOM('<div id="root"></div>');
  const g = globalThis as unknown as { document?: Document };
  const saved = g.document;
  g.document = window.document;
  const root = window.document.getElementById('root')!;
  try {
    const entry = pack.entries.find((e) => e.id === id)!;
    render(h(Card, { pack, entry, theme: 'light', related: [], onClose: () => undefined, onOpenRelated: () => undefined, today }), root);
    return root;
  } finally {
    g.document = saved;
  }
}

test('scheduled withdrawals are worded from the reader’s clock on both sides of the day', () => {
  const poland = (today: string) => [...renderAt('withdrawals', today).querySelectorAll('.dates li')].find((li) => /Poland/.test(li.textContent!))!;
  assert.match(poland('2026-02-19').textContent!, /Poland’s withdrawal takes effect on 20 Feb 2026, unless/);
  assert.equal(poland('2026-02-19').getAttribute('data-state'), 'upcoming');
  assert.match(poland('2026-02-20').textContent!, /Poland’s withdrawal took effect on 20 Feb 2026 \(scheduled; not confirmed in this pack\)/);
  // Confirmed by a source from the day itself: no caveat once passed.
  const finland = [...renderAt('withdrawals', '2026-11-27').querySelectorAll('.dates li')].find((li) => /Finland/.test(li.textContent!))!;
  assert.match(finland.textContent!, /Finland’s withdrawal took effect on 10 Jan 2026\./);
  assert.doesNotMatch(finland.textContent!, /not confirmed/);
});

test('the 90-day review deadline turns from due to was due on 2 Mar 2026', () => {
  assert.match(renderAt('review', '2026-03-01').querySelector('.dates')!.textContent!, /is due by 2 Mar 2026/);
  assert.match(renderAt('review', '2026-03-02').querySelector('.dates')!.textContent!, /was due by 2 Mar 2026 .*\(scheduled; not confirmed in this pack\)/);
});

test('time-sensitive figures show their age and are flagged once older than the pack threshold', () => {
  const fact = (today: string) => [...renderAt('ottawa', today).querySelectorAll('.facts > li')].find((li) => /166 states parties/.test(li.textContent!))!;
  assert.match(fact('2026-11-27').textContent!, /as of Dec 2025 \(10 months old\)/);
  assert.equal(fact('2026-11-27').querySelector('.stale'), null);
  assert.match(fact('2027-01-01').textContent!, /\(12 months old\)/);
  assert.ok(fact('2027-02-01').querySelector('.stale'), 'a 13-month-old count is flagged');
  // A fixed treaty date has no age.
  const fixed = [...renderAt('ottawa', '2027-02-01').querySelectorAll('.facts > li')].find((li) => /1 March 1999/.test(li.textContent!))!;
  assert.doesNotMatch(fixed.textContent!, /old\)/);
});

test('a fact resting only on weak sources says so next to it; the footer says what the facts are current to', () => {
  const root = renderAt('stockpile', '2026-11-27');
  const weak = [...root.querySelectorAll('.facts > li')].find((li) => /3 million/.test(li.textContent!))!;
  assert.match(weak.querySelector('.weak')!.textContent!, /Weak source Rewrite site/);
  const strong = [...root.querySelectorAll('.facts > li')].find((li) => /12 million/.test(li.textContent!))!;
  assert.equal(strong.querySelector('.weak'), null);
  assert.match(root.querySelector('.footer')!.textContent!, new RegExp(`facts as of ${formatIsoDate(pack.meta.factsAsOf)} · file updated ${formatIsoDate(pack.meta.updated)}`));
});

test('a date confirmed by the source that announced it cites that source once', () => {
  const baltic = [...renderAt('withdrawals', '2026-11-27').querySelectorAll('.dates li')].find((li) => /Estonia/.test(li.textContent!))!;
  assert.match(baltic.querySelector('.refs')!.textContent!, /^\[\d+\]$/);
});

test('a term found in another language: the card says the form found, its language, and that the context is in English', () => {
  const entry = pack.entries.find((e) => e.id === 'apl')!;
  const { root } = renderCard('apl', [], foundAs(entry, 'Antipersonenminen'));
  assert.equal(root.querySelector('h2')?.textContent, entry.label);
  const line = root.querySelector('[data-testid="found-as"]');
  assert.equal(line?.textContent, 'Found on this page as “Antipersonenminen” (German). Context in English.');
  assert.equal(line?.querySelector('span')?.getAttribute('lang'), 'de');
  assert.equal(renderCard('apl').root.querySelector('[data-testid="found-as"]'), null);
});
