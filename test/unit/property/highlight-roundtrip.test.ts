/**
 * Property: for any DOM tree (text, inline elements, excluded elements, nesting, empty and
 * adjacent text nodes), highlighting with the real pack and then removing the highlights gives
 * back the identical document — same serialisation, the very same text node objects — and no
 * mark ever lands inside an element where marks are forbidden.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { textNodes } from './dom-text.ts';
import type { TopicPack } from '../../../src/shared/pack/types.ts';
import { ROOT } from '../../../scripts/lib/paths.ts';

const { doc } = await import('../global-dom.ts');
const { buildAliasMatcher } = await import('../../../src/content/highlight/alias-pattern.ts');
const { highlight, removeHighlights, EXCLUDED, MARK_ATTR } = await import('../../../src/content/highlight/highlighter.ts');

const pack = JSON.parse(readFileSync(path.join(ROOT, 'assets/topics/landmine-policy.json'), 'utf8')) as TopicPack;
const matcher = buildAliasMatcher(pack.entries)!;
const FORBIDDEN = EXCLUDED.join(',');

/** Words that match aliases (in several cases), near misses, and filler. */
const aliases = pack.entries.flatMap((e) => e.aliases.map((a) => a.text));
const word = fc.oneof(
  fc.constantFrom(...aliases),
  fc.constantFrom(...aliases).map((a) => a.toUpperCase()),
  fc.constantFrom('mine', 'gold mine', 'landmined', 'the', 'US', 'policy', 'treaty', 'Ottawa', '1997', '—', ',', '.', '(', ')', '\u00a0', 'é', '😀'),
);
const text = fc.array(word, { maxLength: 6 }).chain((ws) => fc.array(fc.constantFrom(' ', '', '\n', '  '), { minLength: ws.length, maxLength: ws.length }).map((gaps) => ws.map((w, i) => w + gaps[i]).join('')));

type Spec =
  | { kind: 'text'; text: string }
  | { kind: 'el'; tag: string; attrs: [string, string][]; children: Spec[] }
  | { kind: 'void'; tag: 'input' | 'br' | 'img'; value: string }
  | { kind: 'textarea'; text: string }
  | { kind: 'svg'; text: string };

const ALLOWED_TAGS = ['p', 'div', 'span', 'em', 'strong', 'b', 'i', 'section', 'li', 'blockquote', 'h2', 'small', 'sub'];
const EXCLUDED_TAGS = ['code', 'pre', 'a', 'nav', 'header', 'footer', 'aside', 'button', 'kbd', 'figcaption', 'mark', 'noscript'];
const EXCLUDING_ATTRS: [string, string][] = [['contenteditable', ''], ['contenteditable', 'true'], ['aria-hidden', 'true'], ['hidden', ''], ['role', 'navigation'], ['class', 'comments']];
const NEUTRAL_ATTRS: [string, string][] = [['contenteditable', 'false'], ['class', 'lead'], ['lang', 'en'], ['data-x', 'landmine']];

const tree = fc.letrec<{ node: Spec; nodes: Spec[] }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('text' as const), text }),
    fc.record({
      kind: fc.constant('el' as const),
      tag: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ALLOWED_TAGS) }, { weight: 2, arbitrary: fc.constantFrom(...EXCLUDED_TAGS) }),
      attrs: fc.array(fc.oneof(fc.constantFrom(...EXCLUDING_ATTRS), fc.constantFrom(...NEUTRAL_ATTRS)), { maxLength: 1 }),
      children: tie('nodes') as fc.Arbitrary<Spec[]>,
    }),
    fc.record({ kind: fc.constant('void' as const), tag: fc.constantFrom('input' as const, 'br' as const, 'img' as const), value: text }),
    fc.record({ kind: fc.constant('textarea' as const), text }),
    fc.record({ kind: fc.constant('svg' as const), text }),
  ),
  nodes: fc.array(tie('node') as fc.Arbitrary<Spec>, { maxLength: 5 }),
})).nodes;

function build(parent: Node, specs: Spec[]): void {
  for (const s of specs) {
    if (s.kind === 'text') parent.appendChild(doc.createTextNode(s.text));
    else if (s.kind === 'void') {
      const el = doc.createElement(s.tag);
      el.setAttribute(s.tag === 'img' ? 'alt' : 'value', s.value);
      parent.appendChild(el);
    } else if (s.kind === 'textarea') {
      const el = doc.createElement('textarea');
      el.textContent = s.text;
      parent.appendChild(el);
    } else if (s.kind === 'svg') {
      const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
      const t = doc.createElementNS('http://www.w3.org/2000/svg', 'text');
      t.textContent = s.text;
      svg.appendChild(t);
      parent.appendChild(svg);
    } else {
      const el = doc.createElement(s.tag);
      for (const [k, v] of s.attrs) el.setAttribute(k, v);
      build(el, s.children);
      parent.appendChild(el);
    }
  }
}

test('highlight then remove restores any DOM exactly, and marks never land in forbidden elements', () => {
  let highlighted = 0;
  fc.assert(
    fc.property(tree, fc.boolean(), (specs, firstOnly) => {
      const root = doc.createElement('article');
      build(root, specs);
      doc.body.replaceChildren(root);
      const before = root.outerHTML;
      const texts = textNodes(root);

      const { marks } = highlight(root, matcher, { firstOnly });
      if (marks.length) highlighted++;
      for (const m of marks) {
        assert.ok(m.isConnected && m.getAttribute(MARK_ATTR), 'every mark is in the tree with an entry id');
        assert.equal(m.parentElement?.closest(FORBIDDEN) ?? null, null, `a mark inside a forbidden element: ${m.parentElement?.outerHTML}`);
        assert.ok(matcher.entryFor(m.textContent ?? ''), `a mark around text that is no alias: ${m.textContent}`);
      }
      if (firstOnly) assert.equal(new Set(marks.map((m) => m.getAttribute(MARK_ATTR))).size, marks.length, 'first-only mode marks each term once');

      removeHighlights(marks);
      assert.equal(root.outerHTML, before);
      const after = textNodes(root);
      assert.equal(after.length, texts.length, 'as many text nodes as before');
      after.forEach((t, i) => assert.equal(t, texts[i], `text node ${i} is the original object`));
    }),
    { numRuns: 400 },
  );
  // The generator must actually exercise highlighting, or the property says little.
  assert.ok(highlighted > 100, `only ${highlighted} of 400 trees got highlights`);
});
