/**
 * Whose claim a sentence makes: the outlet's own, a quoted speaker's (the claim sits inside
 * quotation marks), or a credited source's ("according to …", "… said"). A sentence that only
 * quotes someone is noted as that person's claim, not the outlet's.
 */
import type { Voice } from './types.ts';
import { byScript, isPlainText } from './letter-classes.ts';

const NAME = String.raw`(?:the\s+)?((?:[{Lu}][{L}'’.-]*|of|for)(?:\s+(?:[{Lu}][{L}'’.-]*|of|for|the)){0,5})`;
const VERB = String.raw`(?:said|says|told|argued|argues|claimed|claims|wrote|writes|warned|warns|stated|insisted|insists)`;
const CREDIT = [
  byScript(String.raw`\b(?:[Aa]ccording to|[Aa]s noted by|[Aa]s reported by|[Aa]s stated by|[Ii]n the words of)\s+${NAME}`, 'u'),
  byScript(String.raw`[,”"]\s*${VERB}\s+${NAME}`, 'u'),
  byScript(String.raw`${NAME}\s+${VERB}\b`, 'u'),
];
/** Run on the lower-cased sentence: an `i` flag would have V8 work out case closures when compiling it. */
const CREDIT_ANY = new RegExp(String.raw`\b(?:according to|as noted by|as reported by|${VERB})\b`, 'u');
const LETTER = byScript('[{L}]', 'u');
const CAPITAL = byScript('[{Lu}]', 'u');
const isLetter = (c: string) => LETTER(isPlainText(c)).test(c);

/** True when `at` lies between an opening and a closing quotation mark of `text`. */
export function insideQuotes(text: string, at: number): boolean {
  let open = false;
  for (let i = 0; i < at && i < text.length; i++) {
    const c = text[i];
    if (c === '“' || c === '«' || c === '„') open = true;
    else if (c === '”' || c === '»') open = false;
    else if (c === '"') open = !open;
    else if (c === '‘' && !isLetter(text[i - 1] ?? ' ')) open = true;
    else if (c === '’' && !isLetter(text[i + 1] ?? ' ')) open = false;
  }
  return open;
}

/** The speaker a sentence names, trimmed of a trailing "that". */
export function speakerOf(text: string, plain = isPlainText(text)): string | undefined {
  for (const credit of CREDIT) {
    const name = credit(plain).exec(text)?.[1]?.trim().replace(/\s+(?:that|of|for|the)$/u, '');
    if (name && CAPITAL(plain).test(name[0]!)) return name;
  }
  return undefined;
}

export function voiceOf(sentence: string, at: number, outletVoice = false): { voice: Voice; speaker?: string } {
  if (outletVoice) return { voice: 'outlet' };
  const quoted = insideQuotes(sentence, at);
  if (!quoted && !CREDIT_ANY.test(sentence.toLowerCase())) return { voice: 'outlet' };
  const speaker = speakerOf(sentence);
  const voice: Voice = quoted ? 'quoted' : speaker ? 'attributed' : 'outlet';
  return speaker ? { voice, speaker } : { voice };
}
