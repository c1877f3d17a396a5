/**
 * The live watcher hears the page's own changes and never ours: writes inside ours() are not
 * reported (the observer is off meanwhile), the page's changes just before and after are, nested
 * writes resume watching once, and a stop() inside a write stays a stop.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';

const { window } = new JSDOM('<!doctype html><body><article><p>first</p></article></body>');
(globalThis as unknown as { MutationObserver: unknown }).MutationObserver = window.MutationObserver;
const { LiveWatcher, DEBOUNCE_MS } = await import('../../../src/content/app/live-watch.ts');
const doc = window.document;
const settle = () => new Promise((r) => setTimeout(r, DEBOUNCE_MS + 100));

function watcher() {
  const applied: string[][] = [];
  const ours = new WeakSet<Node>();
  const w = new LiveWatcher(doc, { lostMarks: () => 0, isOurs: (n) => ours.has(n), apply: ({ added }) => void applied.push(added.map((el) => el.textContent ?? '')) });
  const para = (text: string) => {
    const p = doc.createElement('p');
    p.textContent = text;
    return p;
  };
  return { w, applied, para, article: doc.querySelector('article')! };
}

test('our writes are not reported; the page changes around them are', async () => {
  const { w, applied, para, article } = watcher();
  w.start();
  article.append(para('page before'));
  w.ours(() => {
    article.append(para('ours'));
    w.ours(() => article.append(para('ours, nested')));
    article.append(para('ours, after the nested write'));
  });
  article.append(para('page after'));
  await settle();
  assert.deepEqual(applied.flat().sort(), ['page after', 'page before']);
  w.stop();
});

test('a write that returns a value, or throws, resumes watching', async () => {
  const { w, applied, para, article } = watcher();
  w.start();
  assert.equal(w.ours(() => 42), 42);
  assert.throws(() => w.ours(() => { throw new Error('broken write'); }), /broken write/);
  article.append(para('page, later'));
  await settle();
  assert.deepEqual(applied, [['page, later']]);
  w.stop();
});

test('stop() inside a write leaves the watcher stopped', async () => {
  const { w, applied, para, article } = watcher();
  w.start();
  w.ours(() => w.stop());
  article.append(para('page, after the stop'));
  await settle();
  assert.deepEqual(applied, []);
});
