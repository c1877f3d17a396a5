import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { DEFAULT_SETTLE, looksServerRendered, pendingScripts, SERVER_RENDERED_SETTLE, settleOptionsFor } from '../../../src/content/app/live-settle.ts';

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
  assert.ok(SERVER_RENDERED_SETTLE.awaitScripts && !DEFAULT_SETTLE.awaitScripts);
});

test('React 18 renderToString output (no data-reactroot) is recognised by its text-separator and Suspense comments', () => {
  for (const html of [
    '<div id="main"><article><p>Published in <!-- -->December 2025<!-- --> by staff</p></article></div>',
    '<div><!--$--><article><p>Suspense boundary</p></article><!--/$--></div>',
    '<div><!--[--><p>Vue or Svelte fragment</p><!--]--></div>',
  ]) {
    const doc = new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
    assert.ok(looksServerRendered(doc), html);
  }
  // Ordinary comments are not a sign.
  const plain = new JSDOM('<!doctype html><body><!-- header --><article><!----><p>Plain.</p></article></body>').window.document;
  assert.equal(looksServerRendered(plain), false);
});

test('a filled #root counts while the page is still loading its scripts, not once everything has run', () => {
  const html = '<!doctype html><body><div id="root"><main><article><p>Rendered.</p></article></main></div></body>';
  const loading = new JSDOM(html).window.document;
  Object.defineProperty(loading, 'readyState', { value: 'loading' });
  assert.ok(looksServerRendered(loading));
  const complete = new JSDOM(html).window.document;
  Object.defineProperty(complete, 'readyState', { value: 'complete' });
  assert.equal(looksServerRendered(complete), false, 'a client-rendered app that has already run');
  const empty = new JSDOM('<!doctype html><body><div id="root"></div></body>').window.document;
  Object.defineProperty(empty, 'readyState', { value: 'loading' });
  assert.equal(looksServerRendered(empty), false, 'an empty mount point is a client-rendered app');
});

test('pending scripts: same-origin JavaScript without a resource-timing entry; third-party, nomodule and data scripts do not count', () => {
  const dom = new JSDOM(
    `<!doctype html><head>
      <script async src="/app.js"></script><script type="module" src="/chunk.js"></script><script src="/done.js"></script>
      <script src="https://ads.example.net/tag.js"></script><script nomodule src="/legacy.js"></script>
      <script type="application/ld+json" src="/data.json"></script></head>`,
    { url: 'https://news.example.com/story' },
  );
  const arrived = new Set(['https://news.example.com/done.js']);
  Object.defineProperty(dom.window, 'performance', { value: { getEntriesByName: (name: string) => (arrived.has(name) ? [{ name }] : []) } });
  const doc = dom.window.document;
  assert.equal(pendingScripts(doc), 2);
  arrived.add('https://news.example.com/app.js').add('https://news.example.com/chunk.js');
  assert.equal(pendingScripts(doc), 0);
});
