/** The written-out letter classes give the answers of \p{…} on every text they are used for. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byScript, isPlainText, PLAIN_CLASSES } from '../../../src/shared/claims/letter-classes.ts';
import { splitSentences } from '../../../src/shared/claims/sentences.ts';
import { RIGHT, WRONG } from './claim-set.ts';

const plainChars = [[0, 0xff], [0x2000, 0x206f], [0x20a0, 0x20cf]].flatMap(([a, b]) => Array.from({ length: b! - a! + 1 }, (_, i) => String.fromCharCode(a! + i)));

test('each written-out class holds exactly the plain characters its \\p class holds', () => {
  assert.ok(plainChars.every(isPlainText));
  for (const name of ['L', 'Lu', 'N'] as const) {
    const written = new RegExp(`^[${PLAIN_CLASSES[name]}]$`, 'u');
    const unicode = new RegExp(`^\\p{${name}}$`, 'u');
    for (const c of plainChars) assert.equal(written.test(c), unicode.test(c), `U+${c.charCodeAt(0).toString(16)} in ${name}`);
  }
});

test('a text with other characters gets the \\p form, and both forms agree everywhere', () => {
  const source = String.raw`(?<![{L}])(?:not|no)(?![{L}])|[{Lu}][{L}{N}]+`;
  const choose = byScript(source, 'gu');
  const unicode = new RegExp(source.replace(/\{(L|Lu|N)\}/g, '\\p{$1}'), 'gu');
  const pieces = ['not', 'no', 'Ottawa', 'x', '1', ' ', '’', '—', 'É', 'ß', 'Ł', 'Ж', 'ж', 'Ω', '²', '٣', '€', '𝐀'];
  let other = 0;
  for (const a of pieces) for (const b of pieces) for (const c of pieces) {
    const s = a + b + c;
    if (!isPlainText(s)) other++;
    assert.deepEqual(s.match(choose(isPlainText(s))), s.match(unicode), s);
  }
  assert.ok(other > 1000, 'texts beyond Latin-1 were tried');
  // Cyrillic glued to "not": no negation there, as with \p{L}.
  const negation = byScript('(?<![{L}])not', 'u');
  assert.equal(negation(isPlainText('Россияnot')).test('Россияnot'), false);
  assert.equal(negation(isPlainText('2not')).test('2not'), true);
});

test('the sentence splitter splits the same with either form (Latin, Polish, Russian capitals)', () => {
  const texts = [...WRONG.map((w) => w[0]), ...RIGHT].join(' ');
  const variants = [texts, texts.replace(/The /g, 'Łódź said. The '), texts.replace(/ It /g, ' Это. Она ')];
  for (const t of variants) {
    const spans = splitSentences(t);
    assert.ok(spans.length > 30);
    for (const { start, end } of spans) assert.ok(end > start);
  }
  // Capitals beyond Latin-1 still open a sentence.
  assert.equal(splitSentences('It ended. Łukasz spoke.').length, 2);
  assert.equal(splitSentences('It ended. Жуков spoke.').length, 2);
  assert.equal(splitSentences('Signed by the U.S. in 1997.').length, 1);
});
