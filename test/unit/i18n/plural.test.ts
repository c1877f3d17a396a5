/**
 * Counted phrases pick their message by the CLDR plural category of the messages' own language:
 * English and German need one and other; a locale such as Polish adds few and many, and falls
 * back to other for a category it has no message for.
 */
import './install.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getMessage, readMessages, type Messages } from '../../../scripts/lib/messages.ts';
import { tCount } from '../../../src/shared/ui/i18n.ts';
import { ageText } from '../../../src/shared/pack/dates.ts';

const english = readMessages('en');
const g = globalThis as unknown as { chrome: { i18n: { getMessage(key: string, values?: string[]): string } } };

/** The browser's lookup over one locale's messages, falling back to English as the browsers do. */
function useLocale(messages: Messages): void {
  g.chrome.i18n = { getMessage: (key, values) => getMessage(messages, key, values) || getMessage(english, key, values) };
}

const counted = (text: string, placeholder = { count: { content: '$1' } }) => ({ message: text, placeholders: placeholder });
/** What a Polish locale would add: four forms of "term", three of them beyond English's two. */
const polish: Messages = {
  uiLang: { message: 'pl' },
  terms_one: counted('$COUNT$ termin'),
  terms_few: counted('$COUNT$ terminy'),
  terms_many: counted('$COUNT$ terminów'),
  terms_other: counted('$COUNT$ terminu'),
  highlights_one: counted('$COUNT$ wyróżnienie'),
  highlights_other: counted('$COUNT$ wyróżnienia'),
};

test('English: one for 1, other for 0, 2 and 21', () => {
  useLocale(english);
  assert.deepEqual([1, 0, 2, 21].map((n) => tCount('terms', n)), ['1 term', '0 terms', '2 terms', '21 terms']);
  assert.equal(tCount('siteRules', 1), '1 site rule');
  assert.deepEqual([1, 5, 12, 36].map(ageText), ['1 month old', '5 months old', '12 months old', '3 years old']);
});

test('German: its own one and other forms', () => {
  useLocale(readMessages('de'));
  assert.deepEqual([1, 3].map((n) => tCount('highlights', n)), ['1 Hervorhebung', '3 Hervorhebungen']);
  assert.deepEqual([1, 14].map(ageText), ['1 Monat alt', '14 Monate alt']);
});

test('Polish: few for 2–4 and 22–24, many for 5–21 and 25, other for fractions', () => {
  useLocale(polish);
  const forms = [1, 2, 4, 5, 12, 21, 22, 25, 1.5].map((n) => tCount('terms', n));
  assert.deepEqual(forms, ['1 termin', '2 terminy', '4 terminy', '5 terminów', '12 terminów', '21 terminów', '22 terminy', '25 terminów', '1.5 terminu']);
});

test('a category the locale has no message for falls back to its other form, not to English', () => {
  useLocale(polish);
  assert.deepEqual([1, 2, 5].map((n) => tCount('highlights', n)), ['1 wyróżnienie', '2 wyróżnienia', '5 wyróżnienia']);
});

test('a malformed language tag in a translation falls back to English rules instead of throwing', () => {
  useLocale({ ...polish, uiLang: { message: 'not a tag!' } });
  assert.deepEqual([1, 2, 5].map((n) => tCount('terms', n)), ['1 termin', '2 terminu', '5 terminu']);
});

test('every counted English message has its other form and says the count', () => {
  const counts = Object.keys(english).filter((k) => /_(zero|one|two|few|many|other)$/.test(k));
  assert.ok(counts.length >= 10, `${counts.length} counted messages`);
  for (const key of counts) {
    assert.ok(english[key.replace(/_\w+$/, '_other')], `${key} has no _other form`);
    assert.match(english[key]!.message, /\$COUNT\$/, `${key} does not show its count`);
  }
});
