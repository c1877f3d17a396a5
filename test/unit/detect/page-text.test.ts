import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { renderedText, readPageText } from '../../../src/content/detect/page-text.ts';

const doc = (body: string) => new JSDOM(`<!doctype html><title>t</title><body>${body}</body>`).window.document;

test('rendered text leaves out script, style, noscript, template and hidden subtrees', () => {
  const d = doc('<p>one <b>two</b></p><script>var mines = 1</script><style>.mines{}</style><noscript>mines</noscript><template><p>mines</p></template><div hidden><p>mines</p></div><p>three</p>');
  assert.equal(renderedText(d.body, 1000, false), 'one twothree');
  assert.equal(readPageText(d).body, 'one twothree');
});

test('rendered text stops at the cap', () => {
  const d = doc(`<p>${'a'.repeat(50)}</p><p>${'b'.repeat(50)}</p>`);
  assert.equal(renderedText(d.body, 60, false), `${'a'.repeat(50)}${'b'.repeat(10)}`);
});

test('with style checks, an element the browser reports invisible is left out', () => {
  const d = doc('<p>seen</p><div id="x"><p>unseen</p></div>');
  const x = d.getElementById('x') as Element & { checkVisibility?: () => boolean };
  x.checkVisibility = () => false;
  assert.equal(renderedText(d.body, 1000, true), 'seen');
  assert.equal(renderedText(d.body, 1000, false), 'seenunseen');
});
