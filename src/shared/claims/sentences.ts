/**
 * Splits running text into sentences, as [start, end) ranges, without a language model: a stop
 * (. ! ?) plus closing quotes or brackets, then space, then something that can open a sentence.
 * "U.S." and other abbreviations do not end a sentence when a lower-case word or a name follows.
 */

import { byScript, isPlainText } from './letter-classes.ts';

const END = byScript(String.raw`[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[{Lu}{N}])`, 'gu');
/** Tokens before a stop that usually do not end a sentence. */
const ABBREVIATION = byScript(String.raw`(?:^|[\s(])(?:(?:[{Lu}]\.)*[{Lu}]|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Adm|Capt|Maj|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Co|vs|etc|e\.g|i\.e)\.$`, 'u');
/** Two or more initials: "U.S.", "U.N.". */
const INITIALS = byScript(String.raw`(?:[{Lu}]\.){2,}$`, 'u');
/** Initials such as "U.S." end a sentence when what follows is a typical sentence opener. */
const OPENER = /^\s+(?:The|A|An|It|In|On|At|But|And|This|That|These|Those|He|She|They|We|Its|His|Her|Their|As|After|Before|When|While|If|Since|For)\s/;

export interface Span {
  start: number;
  end: number;
}

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const plain = isPlainText(text);
  const end = END(plain);
  const abbreviation = ABBREVIATION(plain);
  const initials = INITIALS(plain);
  end.lastIndex = 0;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const stop = m.index + m[0].length;
    const before = text.slice(Math.max(start, m.index - 12), m.index + 1);
    if (abbreviation.test(before) && !(initials.test(before) && OPENER.test(text.slice(stop, stop + 12)))) continue;
    push(out, text, start, stop);
    start = stop;
  }
  push(out, text, start, text.length);
  return out;
}

/** Adds the range trimmed of surrounding white space, if anything is left. */
function push(out: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}
