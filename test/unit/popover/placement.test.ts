import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { GAP_PX, MARGIN_PX, placeCard, type Box } from '../../../src/content/popover/placement.ts';

const viewport = { width: 1200, height: 900 };
const card = { width: 360, height: 300 };
const box = (top: number, left: number, width = 100, height = 20): Box => ({ top, left, bottom: top + height, right: left + width });

test('below the term, left-aligned, when there is room', () => {
  const p = placeCard(box(100, 200), card, viewport);
  assert.equal(p.side, 'below');
  assert.equal(p.align, 'start');
  assert.equal(p.top, 120 + GAP_PX);
  assert.equal(p.left, 200);
});

test('flips above a term near the bottom of the viewport', () => {
  const p = placeCard(box(800, 200), card, viewport);
  assert.equal(p.side, 'above');
  assert.equal(p.top, 800 - GAP_PX - 300);
});

test('flips to right-aligned for a term near the right edge', () => {
  const p = placeCard(box(100, 1050, 120), card, viewport);
  assert.equal(p.align, 'end');
  assert.equal(p.left, 1170 - 360);
});

test('a card taller than either side gets the larger side and scrolls inside', () => {
  const p = placeCard(box(300, 200), { width: 360, height: 2000 }, viewport);
  assert.equal(p.side, 'below');
  assert.equal(p.maxHeight, 900 - MARGIN_PX - 320 - GAP_PX);
  assert.ok(p.top + p.maxHeight <= viewport.height - MARGIN_PX);
});

test('at 200% zoom (600×450 CSS px) the card fits the width', () => {
  const p = placeCard(box(200, 450, 120), { width: 360, height: 500 }, { width: 600, height: 450 });
  assert.ok(p.left >= MARGIN_PX && p.left + 360 <= 600 - MARGIN_PX);
  assert.ok(p.maxHeight <= 450 - 2 * MARGIN_PX);
});

test('property: the card always stays inside the viewport and never covers its term when there is room', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 320, max: 2000 }), // viewport width
      fc.integer({ min: 300, max: 1400 }), // viewport height
      fc.integer({ min: 100, max: 360 }), // card width
      fc.integer({ min: 40, max: 3000 }), // card height
      fc.double({ min: -0.2, max: 1.2, noNaN: true }), // term position, may be partly off screen
      fc.double({ min: -0.2, max: 1.2, noNaN: true }),
      (vw, vh, cw, ch, fx, fy) => {
        const anchor = box(fy * vh, fx * vw, 80, 22);
        const p = placeCard(anchor, { width: cw, height: ch }, { width: vw, height: vh });
        const width = Math.min(cw, vw - 2 * MARGIN_PX);
        const height = Math.min(ch, p.maxHeight);
        assert.ok(p.left >= MARGIN_PX - 1 && p.left + width <= vw - MARGIN_PX + 1, 'inside horizontally');
        assert.ok(p.top >= MARGIN_PX - 1 && p.top + height <= vh - MARGIN_PX + 1, 'inside vertically');
        assert.ok(p.maxHeight > 0);
        const fullyVisible = anchor.top >= 0 && anchor.bottom <= vh;
        const room = Math.max(vh - MARGIN_PX - anchor.bottom - GAP_PX, anchor.top - GAP_PX - MARGIN_PX);
        if (fullyVisible && room >= Math.min(ch, 120)) {
          const overlaps = p.top < anchor.bottom && p.top + height > anchor.top;
          assert.ok(!overlaps, 'does not cover the term');
        }
      },
    ),
  );
});
