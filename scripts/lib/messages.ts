/**
 * _locales/<lang>/messages.json outside the browser: the same placeholder substitution the
 * browsers do (for unit tests), and the pseudo-locale the overflow and coverage tests use.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.ts';

export interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Messages = Record<string, Message>;

export const LOCALES_DIR = path.join(ROOT, '_locales');

export function readMessages(locale: string): Messages {
  return JSON.parse(readFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Messages;
}

/** chrome.i18n.getMessage: "$NAME$" → the placeholder's content, in which "$1".."$9" are the values. */
export function getMessage(messages: Messages, key: string, values: string[] = []): string {
  const m = messages[key];
  if (!m) return '';
  const fill = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
  return m.message.replace(/\$(\w+)\$/g, (whole, name: string) => {
    const p = Object.entries(m.placeholders ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase());
    return p ? fill(p[1].content) : whole;
  });
}

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdeghiklnorstuwyzABCDEGHIKLNORSTUWYZ'].map((c, i) => [c, [...'åƀçđéĝĥîķļñöŕšţûŵýžÅƁÇĐÉĜĤÎĶĻÑÖŔŠŢÛŴÝŽ'][i]!]),
);

/** Pseudo-translation of one message: accented letters, brackets, ~40% longer; "$NAME$" kept. */
export function pseudo(text: string): string {
  const accented = text.split(/(\$\w+\$)/).map((piece, i) => (i % 2 ? piece : [...piece].map((c) => ACCENTED[c] ?? c).join(''))).join('');
  const letters = text.replace(/\$\w+\$/g, '').length;
  return `[${accented}${'~'.repeat(Math.max(1, Math.ceil(letters * 0.4)))}]`;
}

/** The language tag of the messages is not text: the pseudo-locale has its own (en-XA, as Chrome's). */
export const LANG_KEY = 'uiLang';

export function pseudoMessages(messages: Messages): Messages {
  return Object.fromEntries(Object.entries(messages).map(([k, m]) => [k, { ...m, message: k === LANG_KEY ? 'en-XA' : pseudo(m.message) }]));
}

/**
 * Gives node code the browser's `chrome.i18n.getMessage` over the English messages, so UI text
 * (in tests, or a script's report) reads as a person with an English browser sees it.
 */
export function installEnglishMessages(): void {
  const english = readMessages('en');
  const g = globalThis as unknown as { chrome?: Record<string, unknown> };
  g.chrome = { ...(g.chrome ?? {}), i18n: { getMessage: (key: string, values?: string[]) => getMessage(english, key, values) } };
}
