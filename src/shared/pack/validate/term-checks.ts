/** Phrases in aliases and detection terms: stems well formed, detection terms listed once. */
import { STEM } from '../../text-pattern.ts';
import type { CheckContext } from './context.ts';
import { arr, isObj, type Json, q } from './problems.ts';

/** Shortest stem before a `*`: "min*" would match "minister". */
const MIN_STEM = 4;

/** A `*` only ends a word, after a stem long enough to name something (a short one only next to another word). */
export function stemProblem(ctx: CheckContext, path: string, phrase: string): void {
  const words = phrase.trim().split(/\s+/);
  for (const word of words) {
    const at = word.indexOf(STEM);
    if (at === -1) continue;
    if (at !== word.length - 1) ctx.problems.add(path, `${q(phrase)}: * may only end a word (a stem such as "colonis*")`);
    else if (words.length === 1 && [...word].length - 1 < MIN_STEM) {
      ctx.problems.add(path, `${q(phrase)}: the stem ${q(word)} is shorter than ${MIN_STEM} letters; it would match unrelated words`);
    }
  }
}

function checkTermList(ctx: CheckContext, detection: Json, list: 'terms' | 'negatives', seen: Map<string, string>): void {
  arr(detection[list]).forEach((t, i) => {
    if (!isObj(t) || typeof t.phrase !== 'string') return;
    const path = `/detection/${list}/${i}/phrase`;
    const cs = t.caseSensitive === true;
    if (list === 'negatives' && cs) ctx.problems.add(`/detection/negatives/${i}/caseSensitive`, 'is not supported for negatives (they are matched on lower-cased text); remove it and write the phrase in lower case');
    if (!cs && t.phrase !== t.phrase.toLowerCase()) ctx.problems.add(path, `${q(t.phrase)} must be lower case unless caseSensitive`);
    stemProblem(ctx, path, t.phrase);
    const key = (cs ? t.phrase : t.phrase.toLowerCase().replace(/\s+/g, ' ')).toLowerCase();
    const other = seen.get(key);
    if (other) ctx.problems.add(path, `${q(t.phrase)} is already listed at ${other}`);
    else seen.set(key, `detection.${list}[${i}]`);
  });
}

/** Detection terms: lower case unless case-sensitive, listed once, and at least one plain core term for the gate. */
export function checkDetection(ctx: CheckContext): void {
  const detection = ctx.data.detection;
  if (!isObj(detection)) return;
  const seen = new Map<string, string>();
  checkTermList(ctx, detection, 'terms', seen);
  checkTermList(ctx, detection, 'negatives', seen);
  const terms = arr(detection.terms);
  if (terms.length && !terms.some((t) => isObj(t) && t.role === 'core' && t.caseSensitive !== true)) {
    ctx.problems.add('/detection/terms', 'needs at least one core term that is not caseSensitive (the detector\u2019s first, cheap test uses them)');
  }
}
