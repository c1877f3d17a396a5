/** Cross-checks inside each entry (aliases, facts, statements, schedules, misstatements) and across entries (alias owners). */
import { checkClaim } from '../../claims/validate-claim.ts';
import { isUnspaced } from '../../text-pattern.ts';
import { isCommonWord } from '../common-words.ts';
import type { CheckContext } from './context.ts';
import { after, checkDate, dateStart } from './date-checks.ts';
import { stemProblem } from './term-checks.ts';
import { arr, isObj, type Json, q, str } from './problems.ts';

export const SUMMARY_MAX = 280;
/** Aliases this short match too much unless case-sensitive ("APL", "GAO"). */
const SHORT_ALIAS = 3;

/** A schedule's confirmation must match its confirming sources, which can only report the event from its day on. */
export function checkSchedule(ctx: CheckContext, path: string, date: unknown, sched: Json): void {
  const { problems } = ctx;
  const by = arr(sched.confirmedBy);
  by.forEach((id, k) => ctx.sourceRef(`${path}/confirmedBy/${k}`, id));
  if (sched.confirmation === 'confirmed' && by.length === 0) problems.add(`${path}/confirmation`, 'is "confirmed" but confirmedBy names no source that reports the event happened');
  if (sched.confirmation === 'unconfirmed' && by.length > 0) problems.add(`${path}/confirmedBy`, 'is set but confirmation is "unconfirmed"; set confirmation to "confirmed" or remove confirmedBy');
  if (typeof date !== 'string') return;
  by.forEach((id, k) => {
    const pub = typeof id === 'string' ? ctx.published.get(id) : undefined;
    if (pub && after(date, pub)) problems.add(`${path}/confirmedBy/${k}`, `source ${q(id)} was published ${pub}, before the event (${date}); it can announce the date but cannot confirm it`);
  });
}

/** Key under which two aliases collide: a case-insensitive alias matches every casing. */
function aliasKeys(text: string, caseSensitive: boolean): { exact: string; folded: string } {
  const norm = text.trim().replace(/\s+/g, ' ');
  return { exact: caseSensitive ? norm : norm.toLowerCase(), folded: norm.toLowerCase() };
}

function checkAliases(ctx: CheckContext, e: Json, base: string, owner: string): void {
  const { problems } = ctx;
  arr(e.aliases).forEach((a, j) => {
    if (!isObj(a) || typeof a.text !== 'string') return;
    const path = `${base}/aliases/${j}`;
    const text = a.text;
    const cs = a.caseSensitive === true;
    if (text !== text.trim()) problems.add(path, `${q(text)} has leading or trailing spaces`);
    if (!cs && isCommonWord(text, ctx.commonWords)) {
      problems.add(path, `${q(text)} is a common word; mark it caseSensitive or remove it`);
    } else if (!cs && text.trim().length <= SHORT_ALIAS && !(isUnspaced(text) && text.trim().length >= 2)) {
      problems.add(path, `${q(text)} is too short to match safely; mark it caseSensitive or use a longer phrase`);
    }
    stemProblem(ctx, path, text);
    arr(a.sources).forEach((id, k) => ctx.sourceRef(`${path}/sources/${k}`, id));
    const { folded } = aliasKeys(text, cs);
    const list = ctx.aliasOwners.get(folded) ?? [];
    list.push({ entry: owner, path, caseSensitive: cs, text });
    ctx.aliasOwners.set(folded, list);
  });
}

function checkFacts(ctx: CheckContext, e: Json, base: string): void {
  const { problems, factsAsOf } = ctx;
  arr(e.facts).forEach((f, j) => {
    if (!isObj(f)) return;
    arr(f.sources).forEach((id, k) => ctx.sourceRef(`${base}/facts/${j}/sources/${k}`, id));
    checkDate(problems, `${base}/facts/${j}/asOf`, f.asOf, ctx.today);
    if (factsAsOf && typeof f.asOf === 'string' && after(f.asOf, factsAsOf)) {
      problems.add(`${base}/facts/${j}/asOf`, `${q(f.asOf)} is later than meta.factsAsOf (${factsAsOf}); a fact cannot be newer than what the pack has read`);
    }
    if (f.timeSensitive === true && f.value === undefined) problems.add(`${base}/facts/${j}/value`, 'is missing; a timeSensitive fact is a figure, put the number in value');
    if (e.kind === 'figure' && f.value !== undefined && /\d/.test(String(f.value)) && f.timeSensitive === undefined) {
      problems.add(`${base}/facts/${j}/timeSensitive`, 'is missing; say whether this figure goes out of date (true: the card shows its age) or not (false)');
    }
  });
}

function checkStatements(ctx: CheckContext, e: Json, base: string): void {
  arr(e.statements).forEach((s, j) => {
    if (!isObj(s)) return;
    ctx.sourceRef(`${base}/statements/${j}/source`, s.source);
    checkDate(ctx.problems, `${base}/statements/${j}/date`, s.date, ctx.today);
    const pub = typeof s.source === 'string' ? ctx.published.get(s.source) : undefined;
    if (pub && typeof s.date === 'string' && after(s.date, pub)) {
      ctx.problems.add(`${base}/statements/${j}/date`, `${q(s.date)} is after its source was published (${pub}); use the date it was said, not the date the page was read`);
    }
  });
}

function checkScheduled(ctx: CheckContext, e: Json, base: string): void {
  arr(e.scheduled).forEach((ev, j) => {
    if (!isObj(ev)) return;
    const path = `${base}/scheduled/${j}`;
    arr(ev.sources).forEach((id, k) => ctx.sourceRef(`${path}/sources/${k}`, id));
    // No future-date check: a scheduled event is allowed to lie ahead.
    if (typeof ev.date === 'string' && dateStart(ev.date) === null && /^\d{4}-\d{2}-\d{2}$/.test(ev.date)) ctx.problems.add(`${path}/date`, `${q(ev.date)} is not a real calendar date`);
    checkSchedule(ctx, path, ev.date, ev);
  });
}

/** Each entry: summary length, aliases, facts, statements, schedules, misstatements, related ids. */
export function checkEntries(ctx: CheckContext): void {
  ctx.entries.forEach((e, i) => {
    if (!isObj(e)) return;
    const base = `/entries/${i}`;
    const self = str(e.id);
    const summary = str(e.summary);
    if (summary !== undefined && [...summary].length > SUMMARY_MAX) {
      ctx.problems.add(`${base}/summary`, `is ${[...summary].length} characters; the limit is ${SUMMARY_MAX}`);
    }
    const kinds = ctx.meta.kinds;
    if (isObj(kinds) && typeof e.kind === 'string' && !Object.hasOwn(kinds, e.kind)) {
      ctx.problems.add(`${base}/kind`, `${q(e.kind)} is not one of meta.kinds (${Object.keys(kinds).map(q).join(', ')}); add it there with its heading or use one of those`);
    }
    checkAliases(ctx, e, base, self ?? `entries[${i}]`);
    checkFacts(ctx, e, base);
    checkStatements(ctx, e, base);
    checkScheduled(ctx, e, base);
    arr(e.misstatements).forEach((m, j) => {
      if (!isObj(m)) return;
      arr(m.sources).forEach((id, k) => ctx.sourceRef(`${base}/misstatements/${j}/sources/${k}`, id));
      checkClaim(ctx.problems, `${base}/misstatements/${j}`, m, ctx.claimIds);
    });
    arr(e.related).forEach((id, j) => ctx.entryRef(`${base}/related/${j}`, id, self));
  });
}

/**
 * One owner per alias. Two aliases collide when either is case-insensitive and they are equal
 * ignoring case, or both are case-sensitive and exactly equal.
 */
export function checkAliasOwners(ctx: CheckContext): void {
  for (const owners of ctx.aliasOwners.values()) {
    for (let b = 1; b < owners.length; b++) {
      for (let a = 0; a < b; a++) {
        const x = owners[a]!;
        const y = owners[b]!;
        const clash = !x.caseSensitive || !y.caseSensitive || aliasKeys(x.text, true).exact === aliasKeys(y.text, true).exact;
        if (!clash) continue;
        if (x.entry === y.entry) ctx.problems.add(y.path, `${q(y.text)} repeats another alias of this entry (${x.path.split('/').slice(-2).join('[')}])`);
        else ctx.problems.add(y.path, `${q(y.text)} is also an alias of entry ${q(x.entry)}; an alias must belong to one entry only`);
        break;
      }
    }
  }
}
