/** The claim reader's skip test answers as the whole selector list does, with its shortcut for elements without attributes; its shortcut for term marks of ours keeps a page's own marks to their own attributes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { CLAIM_SKIP, isSkipped } from '../../../src/content/claims/blocks.ts';

test('every skip selector is a type selector or needs an attribute (what the shortcut relies on)', () => {
  for (const sel of CLAIM_SKIP.split(',')) assert.match(sel, /^(?:[a-z][a-z0-9-]*|[.#[].*)$/, sel);
});

test('isSkipped matches the selector list on elements with and without attributes', () => {
  const doc = new JSDOM('<!doctype html><body></body>').window.document;
  const tags = [
    '<p>', '<div>', '<span>', '<em>', '<a href="#">', '<mark>', '<lpc-claim>', '<code>', '<pre>', '<nav>', '<aside>', '<svg>', '<math>',
    '<p class="related">', '<p class="x comment y">', '<div id="comments">', '<div id="other">', '<p role="navigation">', '<p role="note">',
    '<span aria-hidden="true">', '<span aria-hidden="false">', '<p hidden>', '<div contenteditable>', '<div contenteditable="false">',
    '<p data-x="1">', '<p lang="en">', '<INPUT>', '<Section>',
  ];
  // Each closed, so none nests in another.
  const html = [...new JSDOM(`<!doctype html><body>${tags.map((t) => `${t}x</${t.slice(1).split(/[ >]/)[0]}>`).join('')}</body>`).window.document.body.children];
  assert.equal(html.length, tags.length);
  // Elements made with names as written (not lower-cased by the parser), as a script can make them.
  html.push(doc.createElementNS('http://www.w3.org/1999/xhtml', 'CODE'), doc.createElementNS('http://www.w3.org/2000/svg', 'svg'));
  let skipped = 0;
  for (const el of html) {
    assert.equal(isSkipped(el), el.matches(CLAIM_SKIP), el.outerHTML);
    if (isSkipped(el)) skipped++;
  }
  assert.ok(skipped >= 12 && skipped < html.length - 8, `${skipped} of ${html.length} skipped`);
});

test('the reader puts a term mark of ours with its paragraph, and a mark of the page where its own attributes say', async () => {
  const { BlockReader } = await import('../../../src/content/claims/blocks.ts');
  const { claim } = await import('../../../src/content/ours.ts');
  const doc = new JSDOM('<!doctype html><body><article><p id="a">One <mark>Ottawa</mark> two <mark aria-hidden="true">hidden</mark> three <mark>treaty</mark>.</p><p id="b"><mark>Korea</mark> four</p></article></body>').window.document;
  // The first mark of each paragraph is ours; the others are the page's.
  for (const id of ['a', 'b']) claim(doc.querySelector(`#${id} mark`)!);
  const blocks = new BlockReader(doc.querySelector('article')!).read(Infinity);
  assert.deepEqual(blocks.map((b) => b.text), ['One Ottawa two  three treaty.', 'Korea four']);
  assert.deepEqual(blocks.map((b) => b.nodes.length), [6, 2]);
});
