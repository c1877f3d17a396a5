import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { h, render } from 'preact';
import { Card, citedSources } from '../../../src/content/popover/card.tsx';
import { formatIsoDate } from '../../../src/shared/dates.ts';
import type { TopicPack } from '../../../src/shared/pack/types.ts';

const pack = JSON.parse(readFileSync(new URL('../../../assets/topics/landmine-policy.json', import.meta.url), 'utf8')) as TopicPack;

function renderCard(id: string, related: { id: string; label: string }[] = []) {
  const { window } = new JSDOM('<div id="root"></div>');
  const g = globalThis as unknown as { document?: Document };
  const saved = g.document;
  g.document = window.document;
  const root = window.document.getElementById('root')!;
  const opened: string[] = [];
  try {
    const entry = pack.entries.find((e) => e.id === id)!;
    render(h(Card, { pack, entry, theme: 'light', related, onClose: () => undefined, onOpenRelated: (r: string) => opened.push(r) }), root);
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
