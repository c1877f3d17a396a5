/** The keyboard order: term marks and claim notes merged in document order. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><body><p><mark id="m1"></mark><lpc-claim id="c1"></lpc-claim><mark id="m2"></mark></p><p><lpc-claim id="c2"></lpc-claim><mark id="m3"></mark></p></body>');
(globalThis as Record<string, unknown>).Node = dom.window.Node;
const { mergeInOrder } = await import('../../../src/content/claims/app-claims.ts');

test('marks and notes come out in page order', () => {
  const $ = (id: string) => dom.window.document.getElementById(id) as unknown as HTMLElement;
  const ids = mergeInOrder([$('m1'), $('m2'), $('m3')], [$('c1'), $('c2')]).map((e) => e.id);
  assert.deepEqual(ids, ['m1', 'c1', 'm2', 'c2', 'm3']);
  assert.deepEqual(mergeInOrder([], [$('c1')]).map((e) => e.id), ['c1']);
});
