import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { backgroundBehind, luminance, parseRgb, resolveTheme } from '../../../src/content/popover/theme.ts';

test('parses the colour strings getComputedStyle returns', () => {
  assert.deepEqual(parseRgb('rgb(21, 23, 26)'), [21, 23, 26, 1]);
  assert.deepEqual(parseRgb('rgba(0, 0, 0, 0)'), [0, 0, 0, 0]);
  assert.deepEqual(parseRgb('rgb(10 20 30 / 50%)'), [10, 20, 30, 0.5]);
  assert.equal(parseRgb('transparent'), null);
});

test('luminance runs from black to white', () => {
  assert.equal(luminance([0, 0, 0]), 0);
  assert.ok(Math.abs(luminance([255, 255, 255]) - 1) < 1e-9);
});

test('the setting wins; auto follows the background; no background defers to the OS', () => {
  assert.equal(resolveTheme('dark', [255, 255, 255, 1], false), 'dark');
  assert.equal(resolveTheme('light', [0, 0, 0, 1], true), 'light');
  assert.equal(resolveTheme('auto', [21, 23, 26, 1], false), 'dark');
  assert.equal(resolveTheme('auto', [253, 252, 249, 1], true), 'light');
  assert.equal(resolveTheme('auto', [120, 120, 120, 1], false), 'light', 'mid grey reads better with dark text');
  assert.equal(resolveTheme('auto', null, true), 'dark');
  assert.equal(resolveTheme('auto', null, false), 'light');
});

test('finds the nearest opaque background up the tree', () => {
  const { window } = new JSDOM(
    '<body style="background-color: rgb(20, 20, 20)"><div style="background-color: rgba(255,255,255,0.1)"><p><mark id="m">x</mark></p></div></body>',
  );
  assert.deepEqual(backgroundBehind(window.document.getElementById('m')!), [20, 20, 20, 1]);
  const plain = new JSDOM('<p><mark id="m">x</mark></p>').window.document;
  assert.equal(backgroundBehind(plain.getElementById('m')!), null);
});
