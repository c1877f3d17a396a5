/**
 * A claim sentence over term marks: our marks stay in place between the note's pieces and carry
 * the in-claim attribute while the note is up; a mark the page forged with our class is page text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const { doc, parseInto } = await import('../global-dom.ts');
const { buildAliasMatcher } = await import('../../../src/content/highlight/alias-pattern.ts');
const { highlight, removeHighlights } = await import('../../../src/content/highlight/highlighter.ts');
const { compileClaims } = await import('../../../src/shared/claims/matcher.ts');
const { matchHere, noteClaims } = await import('../../../src/content/claims/pass.ts');
const { removeClaimNotes, IN_CLAIM_ATTR } = await import('../../../src/content/claims/wrap.ts');

const pack = JSON.parse(readFileSync(new URL('../../../assets/topics/landmine-policy.json', import.meta.url), 'utf8'));
const claims = compileClaims(pack.entries);
const matcher = buildAliasMatcher(pack.entries)!;
const SENTENCE = 'Several governments have reconsidered. Ukraine quit the Mine Ban Treaty in June, and human rights groups protested.';

function note(html: string) {
  const [root] = parseInto(`<article>${html}</article>`);
  doc.body.replaceChildren(root!);
  return root!;
}

test('our term mark stays between the pieces of a note, marked as covered, and comes back as it was', () => {
  const root = note(`<p>${SENTENCE}</p>`);
  const before = root.innerHTML;
  const { marks } = highlight(root, matcher, { firstOnly: false });
  const treaty = marks.find((m) => m.textContent === 'Mine Ban Treaty')!;
  const notes: HTMLElement[] = [];
  const sentences: string[] = [];
  noteClaims(root, { match: matchHere(claims, '2026-11-27'), notes, onNote: (_, s) => sentences.push(s) });
  assert.deepEqual(notes.map((n) => n.textContent), ['Ukraine quit the ', ' in June, and human rights groups protested.']);
  assert.equal(treaty.previousSibling, notes[0]);
  assert.equal(treaty.nextSibling, notes[1]);
  assert.equal(treaty.hasAttribute(IN_CLAIM_ATTR), true);
  assert.deepEqual(sentences, ['Ukraine quit the Mine Ban Treaty in June, and human rights groups protested.']);
  removeClaimNotes(notes);
  assert.equal(treaty.hasAttribute(IN_CLAIM_ATTR), false);
  removeHighlights(marks);
  assert.equal(root.innerHTML, before);
});

test('a mark the page forged with our class is page text: the note goes inside it and nothing of ours lands on it', () => {
  const html = '<p>Several governments have reconsidered. Ukraine quit the <mark class="lpc-term" data-term-id="ottawa">Mine Ban Treaty</mark> in June, and human rights groups protested.</p>';
  const root = note(html);
  const forged = root.querySelector('mark')!;
  const notes: HTMLElement[] = [];
  noteClaims(root, { match: matchHere(claims, '2026-11-27'), notes });
  assert.equal(forged.hasAttribute(IN_CLAIM_ATTR), false);
  assert.ok(notes.some((n) => n.parentElement === forged && n.textContent === 'Mine Ban Treaty'), root.innerHTML);
  removeClaimNotes(notes);
  assert.equal(root.innerHTML, html);
});
