/**
 * Our page stylesheet (mark-style.ts): one sheet of ours beside the page's, whatever parts are
 * shown, and a combination of parts seen before is adopted again without parsing its CSS again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MarkStyle } from '../../../src/content/highlight/mark-style.ts';

/** A document with constructable sheets, as Chromium and Firefox have (jsdom has none). */
function documentWithSheets() {
  const parsed: string[] = [];
  class Sheet {
    css = '';
    replaceSync(css: string) {
      parsed.push(css);
      this.css = css;
    }
  }
  const page = new Sheet();
  const doc = { adoptedStyleSheets: [page], defaultView: { CSSStyleSheet: Sheet } } as unknown as Document;
  const adopted = () => (doc.adoptedStyleSheets as unknown as Sheet[]).map((s) => (s === page ? 'page' : s.css));
  return { doc, parsed, adopted };
}

test('the parts share one sheet after the page\'s own; taking them all out leaves the page\'s', () => {
  const { doc, adopted } = documentWithSheets();
  const terms = new MarkStyle(doc);
  const claims = new MarkStyle(doc);
  terms.apply('T');
  assert.deepEqual(adopted(), ['page', 'T']);
  claims.apply('C');
  assert.deepEqual(adopted(), ['page', 'T\nC']);
  terms.remove();
  assert.deepEqual(adopted(), ['page', 'C']);
  claims.remove();
  assert.deepEqual(adopted(), ['page']);
});

test('a combination shown before is adopted again without parsing it again', () => {
  const { doc, parsed, adopted } = documentWithSheets();
  const terms = new MarkStyle(doc);
  const claims = new MarkStyle(doc);
  for (let i = 0; i < 3; i++) {
    // The site switched off and on: the terms' part, then the claims' part.
    terms.apply('T');
    claims.apply('C');
    assert.deepEqual(adopted(), ['page', 'T\nC']);
    claims.remove();
    terms.remove();
    assert.deepEqual(adopted(), ['page']);
  }
  assert.deepEqual(parsed, ['T', 'T\nC']);
  // Another highlight style is a new combination.
  terms.apply('T2');
  assert.deepEqual(adopted(), ['page', 'T2']);
  assert.deepEqual(parsed, ['T', 'T\nC', 'T2']);
});

test('a sheet the page adopts after ours stays where it is when ours changes', () => {
  const { doc, adopted } = documentWithSheets();
  const terms = new MarkStyle(doc);
  terms.apply('T');
  const late = { css: 'late' };
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, late as unknown as CSSStyleSheet];
  terms.apply('U');
  assert.deepEqual(adopted(), ['page', 'late', 'U']);
  terms.remove();
  assert.deepEqual(adopted(), ['page', 'late']);
});
