/**
 * Property: for any DOM tree, claim notes (over term marks or not) are removed without a trace —
 * same serialisation, the same text node objects, no attribute left on a term mark — whether the
 * terms were marked before the claims (the marks stay between a note's pieces) or after (they are
 * made inside the notes), and no note lands where notes are forbidden or inside a link.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { textNodes } from './dom-text.ts';

const { doc } = await import('../global-dom.ts');
const { buildAliasMatcher } = await import('../../../src/content/highlight/alias-pattern.ts');
const { highlight, removeHighlights } = await import('../../../src/content/highlight/highlighter.ts');
const { compileMatcher } = await import('../../../src/shared/claims/matcher.ts');
const { matchHere, noteClaims } = await import('../../../src/content/claims/pass.ts');
const { removeClaimNotes, IN_CLAIM_ATTR } = await import('../../../src/content/claims/wrap.ts');
const { CLAIM_SKIP } = await import('../../../src/content/claims/blocks.ts');

const matcher = buildAliasMatcher([{ id: 'ottawa', aliases: [{ text: 'Ottawa treaty' }] }] as never)!;
const claims = [compileMatcher('c', 'ottawa', { all: [['alpha'], ['beta']], matches: [], doesNotMatch: [] })];

const word = fc.constantFrom('alpha', 'beta', 'Ottawa treaty', 'gamma', 'The', 'It', '.', '. ', '? ', ',', ' ', 'U.S.', '“', '”');
const text = fc.array(word, { maxLength: 8 }).map((ws) => ws.join(' '));
type Spec = { kind: 'text'; text: string } | { kind: 'el'; tag: string; children: Spec[] };
const TAGS = ['p', 'div', 'span', 'em', 'a', 'code', 'li', 'textarea', 'strong'];
const tree = fc.letrec<{ node: Spec; nodes: Spec[] }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('text' as const), text }),
    fc.record({ kind: fc.constant('el' as const), tag: fc.constantFrom(...TAGS), children: tie('nodes') as fc.Arbitrary<Spec[]> }),
  ),
  nodes: fc.array(tie('node') as fc.Arbitrary<Spec>, { maxLength: 5 }),
})).nodes;

function build(parent: Node, specs: Spec[]): void {
  for (const s of specs) {
    if (s.kind === 'text') parent.appendChild(doc.createTextNode(s.text));
    else {
      const el = doc.createElement(s.tag);
      build(el, s.children);
      parent.appendChild(el);
    }
  }
}

test('claim notes over term marks come out without a trace, and never in forbidden places', () => {
  let noted = 0;
  let nested = 0;
  let covered = 0;
  fc.assert(
    fc.property(tree, fc.boolean(), (specs, termsFirst) => {
      const root = doc.createElement('article');
      build(root, specs);
      doc.body.replaceChildren(root);
      const before = root.outerHTML;
      const texts = textNodes(root);
      const notes: HTMLElement[] = [];
      let marks: HTMLElement[] = [];
      if (termsFirst) marks = highlight(root, matcher, { firstOnly: false }).marks;
      noteClaims(root, { match: matchHere(claims, '2026-01-01'), notes });
      if (!termsFirst) marks = highlight(root, matcher, { firstOnly: false }).marks;
      if (notes.length) noted++;
      if (notes.some((n) => n.querySelector('mark'))) nested++;
      const between = marks.filter((m) => m.hasAttribute(IN_CLAIM_ATTR));
      if (between.length) covered++;
      // A term mark never moves into a note: the note's pieces stand around it.
      if (termsFirst) assert.ok(!notes.some((n) => marks.some((m) => n.contains(m))), 'a term mark moved into a note');
      else assert.equal(between.length, 0, 'a term mark made inside a note counts as one between pieces');
      for (const n of notes) {
        assert.equal(n.parentElement?.closest(`${CLAIM_SKIP},a`) ?? null, null, `a note in a forbidden place: ${n.parentElement?.outerHTML}`);
        assert.match(n.textContent ?? '', /\S/);
      }
      // The app takes claim notes out first (turning notes off keeps the terms).
      removeClaimNotes(notes);
      assert.equal(root.querySelector('lpc-claim'), null);
      assert.equal(root.querySelector(`[${IN_CLAIM_ATTR}]`), null, 'a term mark kept the note attribute');
      removeHighlights(marks);
      assert.equal(root.outerHTML, before);
      const after = textNodes(root);
      assert.equal(after.length, texts.length, 'as many text nodes as before');
      after.forEach((t, i) => assert.equal(t, texts[i], `text node ${i} is the original object`));
    }),
    { numRuns: 400, seed: 20261127 },
  );
  assert.ok(noted > 80, `only ${noted} of 400 trees got notes`);
  assert.ok(nested > 10, `only ${nested} trees had a term mark made inside a note`);
  assert.ok(covered > 10, `only ${covered} trees had a term mark between a note's pieces`);
});
