/** Marks carry their topic and entry, and the card of a test-pack entry reads the test pack. */
import { test } from 'node:test';
import '../i18n/install.ts';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { globalPage } from '../global-dom.ts';
import { h, render } from 'preact';
import { ROOT } from '../../../scripts/lib/paths.ts';
import type { TopicPack } from '../../../src/shared/pack/types.ts';

// mark.js reaches for the global document, so the test's window becomes the global one.
const doc = globalPage('<article><p>The Ottawa Convention bans antipersonnel mines; the varroa mite spreads colony collapse disorder.</p></article>');
const { matchersByLanguage } = await import('../../../src/content/app/page-languages.ts');
const { highlight, MARK_ATTR, TOPIC_ATTR } = await import('../../../src/content/highlight/highlighter.ts');
const { PackSet } = await import('../../../src/shared/pack/pack-set.ts');
const { Card } = await import('../../../src/content/popover/card.tsx');

const read = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as TopicPack;
const landmine = read('assets/topics/landmine-policy.json');
const bee = read('test/data/topics/honeybee-colony-collapse.json');

test('each mark names its entry (data-term-id) and the topic it came from (data-topic)', () => {
  const packs = new PackSet([landmine, bee]);
  const matcher = matchersByLanguage(packs)(doc, null)!;
  const { marks } = highlight(doc.querySelector('article')!, matcher, { firstOnly: false });
  const seen = marks.map((m) => [m.textContent, m.getAttribute(MARK_ATTR), m.getAttribute(TOPIC_ATTR)]);
  assert.deepEqual(seen, [
    ['Ottawa Convention', 'ottawa', 'landmine-policy'],
    ['antipersonnel mines', 'apl', 'landmine-policy'],
    ['varroa mite', 'varroa', 'honeybee-colony-collapse'],
    ['colony collapse disorder', 'colony-collapse', 'honeybee-colony-collapse'],
  ]);
});

test('with only the landmine pack registered, bee terms are not highlighted at all', () => {
  const article = new JSDOM('<article><p>The Ottawa Convention; the varroa mite.</p></article>').window.document;
  const matcher = matchersByLanguage(new PackSet([landmine]))(article, null)!;
  assert.deepEqual(matcher.entryFor('varroa mite'), undefined);
  assert.equal(matcher.topicOf?.('ottawa'), 'landmine-policy');
});

test('the card of a test-pack entry shows that pack: its entry, its sources, its footer', () => {
  const packs = new PackSet([landmine, bee]);
  const entry = bee.entries.find((e) => e.id === 'varroa')!;
  const pack = packs.packOf(entry)!;
  assert.equal(pack.meta.id, 'honeybee-colony-collapse');
  const root = doc.createElement('div');
  render(h(Card, { pack, entry, theme: 'light', related: [], onClose: () => undefined, onOpenRelated: () => undefined }), root);
  const text = root.textContent ?? '';
  assert.match(text, /Varroa mite/);
  assert.match(text, /Honeybee colony collapse \(test pack\)/);
  assert.match(text, /Example Extension Service/);
  assert.doesNotMatch(text, /landmine/i);
});
