/**
 * The one way UI text is looked up: `t(key, ...values)` over the browser's i18n API, so every
 * string a person reads comes from _locales/<lang>/messages.json. The key type is read from the
 * English file, so a key that is not there fails the typecheck rather than showing a blank.
 * It uses the native API (not webextension-polyfill) so the content script can call it too.
 */
import type english from '../../../_locales/en/messages.json';

export type MessageKey = keyof typeof english;
type Value = string | number;

interface I18n {
  getMessage(key: string, substitutions?: string[]): string;
}

function api(): I18n | undefined {
  const g = globalThis as unknown as { chrome?: { i18n?: I18n }; browser?: { i18n?: I18n } };
  // `chrome` first: in Chromium's isolated world a page element named "browser" can show through.
  for (const candidate of [g.chrome?.i18n, g.browser?.i18n]) if (typeof candidate?.getMessage === 'function') return candidate;
  return undefined;
}

/** The message, or '' when neither the active locale nor English has the key. */
function lookup(key: string, values: Value[]): string {
  return api()?.getMessage(key, values.map(String)) ?? '';
}

export function t(key: MessageKey, ...values: Value[]): string {
  // An empty answer means the key is missing from the active locale and English: show the key,
  // which the pseudo-locale test and a reader can both see, rather than nothing.
  return lookup(key, values) || key;
}

/** `terms` for the messages terms_one, terms_other (and terms_few, terms_many … where a locale has them). */
export type CountedKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

let rules: { lang: string; select: Intl.PluralRules } | undefined;

/** The plural rules of the language the messages are in (`uiLang`), not the browser's: they must agree. */
function pluralRules(): Intl.PluralRules {
  const lang = lookup('uiLang', []) || 'en';
  if (rules?.lang !== lang) rules = { lang, select: rulesFor(lang) };
  return rules.select;
}

function rulesFor(lang: string): Intl.PluralRules {
  try {
    return new Intl.PluralRules(lang);
  } catch {
    // A malformed tag in a translation must not break the card or the popup: English rules then.
    return new Intl.PluralRules('en');
  }
}

/**
 * A counted phrase ("1 term", "5 terms"): the browsers' i18n API has no plurals, so the key is
 * `<base>_<CLDR category>` for the count, and `<base>_other` where the locale has no message for
 * that category (English and German need only one and other; Polish or Ukrainian add few and many).
 * The count is the first value.
 */
export function tCount(base: CountedKey, n: number, ...values: Value[]): string {
  return lookup(`${base}_${pluralRules().select(n)}`, [n, ...values]) || t(`${base}_other` as MessageKey, n, ...values);
}

const MARK = '\u0001';

/**
 * A message with elements in it (a <time>, a <span lang>): the message is looked up with markers
 * for the element values and split around them, so translators still order the whole sentence.
 */
export function tParts<N>(key: MessageKey, ...values: (Value | N)[]): (string | N)[] {
  const nodes = values.map((v) => (typeof v === 'string' || typeof v === 'number' ? null : v));
  const text = t(key, ...values.map((v, i) => (nodes[i] === null ? (v as Value) : `${MARK}${i}${MARK}`)));
  return text.split(new RegExp(`${MARK}(\\d+)${MARK}`)).map((piece, i) => (i % 2 ? (nodes[Number(piece)] as N) : piece)).filter((p) => p !== '');
}
