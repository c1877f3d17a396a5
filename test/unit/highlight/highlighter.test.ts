import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globalPage } from '../global-dom.ts';
import type { TopicPack } from '../../../src/shared/pack/types.ts';
import { ROOT } from '../../../scripts/lib/paths.ts';

// mark.js reaches for the global document, so each test's window becomes the global one.
const setup = globalPage;
const { buildAliasMatcher } = await import('../../../src/content/highlight/alias-pattern.ts');
const { highlight, removeHighlights, EXCLUDED, MARK_ATTR } = await import('../../../src/content/highlight/highlighter.ts');
const { planChunks } = await import('../../../src/content/highlight/chunks.ts');
const { findArticleRoot } = await import('../../../src/content/highlight/article-root.ts');

const pack = JSON.parse(readFileSync(path.join(ROOT, 'assets/topics/landmine-policy.json'), 'utf8')) as TopicPack;
const matcher = buildAliasMatcher(pack.entries)!;
const article = readFileSync(path.join(ROOT, 'e2e/fixtures/live-article.html'), 'utf8');

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const w = root.ownerDocument!.createTreeWalker(root, 4);
  while (w.nextNode()) out.push(w.currentNode as Text);
  return out;
}

test('every occurrence is marked with its entry id, never in excluded places', () => {
  const doc = setup(article);
  const root = findArticleRoot(doc)!;
  assert.equal(root.tagName, 'ARTICLE');
  const { marks, counts } = highlight(root, matcher, { firstOnly: false });
  assert.ok(marks.length >= 7);
  assert.ok(counts.get('ottawa'));
  for (const m of marks) {
    assert.ok(m.getAttribute(MARK_ATTR), 'has an entry id');
    assert.equal(m.hasAttribute('data-markjs'), false);
    assert.equal(m.parentElement!.closest(EXCLUDED.join(',')), null, `not inside an excluded element: ${m.textContent}`);
  }
  assert.equal(doc.querySelector('code mark, a mark, textarea mark, [contenteditable] mark, svg mark'), null);
});

test('the longest alias wins and words are matched whole', () => {
  const doc = setup('<article><p>The anti-personnel landmines, not the Ottawa Conventional or the Ottawa Convention’s text.</p></article>');
  const { marks } = highlight(doc.querySelector('article')!, matcher, { firstOnly: false });
  assert.deepEqual(marks.map((m) => [m.textContent, m.getAttribute(MARK_ATTR)]), [['anti-personnel landmines', 'apl'], ['Ottawa Convention', 'ottawa']]);
});

test('first-occurrence mode marks each term once, across passes too', () => {
  const doc = setup('<article><p>Landmines here.</p><p>Landmines there and the Ottawa Treaty.</p></article>');
  const [a, b] = [...doc.querySelectorAll('p')];
  const seen = new Set<string>();
  const first = highlight(a!, matcher, { firstOnly: true, seen });
  const second = highlight(b!, matcher, { firstOnly: true, seen });
  assert.deepEqual(first.marks.map((m) => m.getAttribute(MARK_ATTR)), ['landmine']);
  assert.deepEqual(second.marks.map((m) => m.getAttribute(MARK_ATTR)), ['ottawa']);
});

test('removal gives back the same markup and the same text nodes, in any order', () => {
  for (const reverse of [false, true]) {
    const doc = setup(article);
    const root = findArticleRoot(doc)!;
    const before = root.innerHTML;
    const nodes = textNodes(root);
    const { marks } = highlight(root, matcher, { firstOnly: false });
    assert.notEqual(root.innerHTML, before);
    removeHighlights(reverse ? [...marks].reverse() : marks);
    assert.equal(root.innerHTML, before);
    const after = textNodes(root);
    assert.equal(after.length, nodes.length);
    after.forEach((t, i) => assert.equal(t, nodes[i], `text node ${i} is the original node`));
  }
});

test('chunks cover the article and give the same marks as one pass', () => {
  const paras = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i}: the Ottawa Convention and landmines, again and again in this long text.</p>`).join('');
  const html = `<article><div>${paras}</div><section><h2>More</h2>${paras}</section></article>`;
  const single = setup(html);
  const one = highlight(single.querySelector('article')!, matcher, { firstOnly: false }).marks.map((m) => m.textContent);
  const doc = setup(html);
  const chunks = planChunks(doc.querySelector('article')!, 2_000);
  assert.ok(chunks.length > 10);
  for (const c of chunks) assert.ok(c.reduce((n, el) => n + (el.textContent?.length ?? 0), 0) <= 2_000 || c.length === 1);
  const seen = new Set<string>();
  const result = { marks: [] as HTMLElement[], counts: new Map<string, number>() };
  for (const c of chunks) highlight(c, matcher, { firstOnly: false, seen }, result);
  assert.deepEqual(result.marks.map((m) => m.textContent), one);
});
