/**
 * The first pass with a new pattern compiles it in idle slices of its own before marking (V8
 * compiles a regex once per kind of string, Latin-1 or wider); later passes run in the call.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const { doc, parseInto } = await import('../global-dom.ts');
const { buildAliasMatcher } = await import('../../../src/content/highlight/alias-pattern.ts');
const { highlightArticle } = await import('../../../src/content/highlight/highlight-article.ts');
const { removeHighlights } = await import('../../../src/content/highlight/highlighter.ts');

const pack = JSON.parse(readFileSync(new URL('../../../assets/topics/landmine-policy.json', import.meta.url), 'utf8'));

function article(text: string): Element {
  const [root] = parseInto(`<article><p>${text}</p></article>`);
  doc.body.replaceChildren(root!);
  return root!;
}

test('a new pattern is compiled in slices before the first pass; then passes run in the call, until wider text needs it again', async () => {
  const matcher = buildAliasMatcher(pack.entries)!;
  const plain = article('The Ottawa Convention bans antipersonnel mines.');
  const first = highlightArticle(plain, matcher, { firstOnly: false });
  assert.equal(first.sliced, true);
  assert.equal(first.result.marks.length, 0, 'nothing marked before the pattern is compiled');
  await first.done;
  assert.deepEqual(first.result.marks.map((m) => m.textContent), ['Ottawa Convention', 'antipersonnel mines']);
  removeHighlights(first.result.marks);

  const again = highlightArticle(plain, matcher, { firstOnly: false });
  assert.equal(again.sliced, false);
  assert.equal(again.result.marks.length, 2, 'marked in the call');
  removeHighlights(again.result.marks);

  // A curly quote makes the text a wider kind of string: compiled once more, then in the call.
  const wide = article('The Ottawa Convention’s ban covers antipersonnel mines.');
  const third = highlightArticle(wide, matcher, { firstOnly: false });
  assert.equal(third.sliced, true);
  await third.done;
  assert.equal(third.result.marks.length, 2);
  removeHighlights(third.result.marks);
  assert.equal(highlightArticle(wide, matcher, { firstOnly: false }).sliced, false);
});

test('a page removed while the pattern compiles is left alone', async () => {
  const matcher = buildAliasMatcher(pack.entries)!;
  const root = article('The Ottawa Convention bans antipersonnel mines.');
  const run = highlightArticle(root, matcher, { firstOnly: false });
  root.remove();
  await run.done;
  assert.equal(run.result.marks.length, 0);
});
