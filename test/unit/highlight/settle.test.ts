import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { DEFAULT_SETTLE, looksServerRendered, SERVER_RENDERED_SETTLE, settleOptionsFor } from '../../../src/content/app/live-settle.ts';

test('server-rendered framework pages get the longer, after-load settle window', () => {
  for (const html of ['<div id="__next"><p>x</p></div>', '<article data-reactroot=""><p>x</p></article>', '<div data-server-rendered="true"></div>', '<astro-island></astro-island>']) {
    const doc = new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
    assert.ok(looksServerRendered(doc), html);
    assert.deepEqual(settleOptionsFor(doc), SERVER_RENDERED_SETTLE);
  }
});

test('plain pages settle on the short window', () => {
  const doc = new JSDOM('<!doctype html><body><main><article><p>Plain article.</p></article></main></body>').window.document;
  assert.equal(looksServerRendered(doc), false);
  assert.deepEqual(settleOptionsFor(doc), DEFAULT_SETTLE);
  assert.ok(SERVER_RENDERED_SETTLE.afterLoadMs > 1_500, 'covers bundles that hydrate well after load');
});
