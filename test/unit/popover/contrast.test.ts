import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CARD_CSS } from '../../../src/content/popover/card-css.ts';
import { luminance } from '../../../src/content/popover/theme.ts';

/** The custom properties declared in the rule whose selector is exactly `selector`. */
function palette(selector: string): Record<string, string> {
  const start = CARD_CSS.indexOf(`${selector} {`);
  assert.ok(start >= 0, `rule ${selector}`);
  const body = CARD_CSS.slice(start, CARD_CSS.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// Text colour on the background it is drawn on, as used in card-css.ts.
const TEXT_PAIRS: [string, string][] = [
  ['fg', 'bg'], ['muted', 'bg'], ['link', 'bg'], ['fg', 'quote'],
  ['value-fg', 'value-bg'], ['badge-fg', 'badge-bg'], ['chip-fg', 'chip-bg'],
];

for (const [name, selector] of [['light', '.card'], ['dark', '.card[data-theme="dark"]']] as const) {
  test(`${name} theme: every text colour meets WCAG AA (4.5:1) and focus rings 3:1`, () => {
    const p = palette(selector);
    for (const [fg, bg] of TEXT_PAIRS) {
      assert.ok(p[fg] && p[bg], `${name} defines --${fg} and --${bg}`);
      const ratio = contrast(p[fg]!, p[bg]!);
      assert.ok(ratio >= 4.5, `${name}: --${fg} on --${bg} is ${ratio.toFixed(2)}:1`);
    }
    assert.ok(contrast(p.focus!, p.bg!) >= 3, `${name}: focus ring`);
  });
}
