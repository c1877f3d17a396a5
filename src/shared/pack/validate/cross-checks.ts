/**
 * The checks a JSON Schema cannot express, one function per concern. Order matters only in
 * that checkIds runs first (the reference checks need every id) and checkUncited last.
 */
import { checkSchedule } from './entry-checks.ts';
import { after, checkDate, dateStart } from './date-checks.ts';
import type { CheckContext } from './context.ts';
import { arr, isObj, type Json, q, str } from './problems.ts';

function uniqueIds(ctx: CheckContext, list: unknown[], section: 'sources' | 'entries', into: Map<string, number>): void {
  const what = section === 'sources' ? 'source' : 'entry';
  list.forEach((item, i) => {
    const id = str((item as Json)?.id);
    if (id === undefined) return;
    if (into.has(id)) ctx.problems.add(`/${section}/${i}/id`, `${q(id)} is used by another ${what} (${section}[${into.get(id)}]); ids must be unique`);
    else into.set(id, i);
  });
}

/** Ids are unique within sources and within entries. */
export function checkIds(ctx: CheckContext): void {
  uniqueIds(ctx, ctx.sources, 'sources', ctx.sourceIds);
  uniqueIds(ctx, ctx.entries, 'entries', ctx.entryIds);
}

/** Words in a source note that mean it is weak, so it must say why in `reliability`. */
const WEAK_NOTE = /\b(mirror|aggregator|rewrite|republish\w*|relay\w*|forum|user-generated|secondhand|content farm)\b/i;

function checkUrl(ctx: CheckContext, path: string, value: unknown): void {
  if (typeof value !== 'string') return;
  let ok = false;
  try {
    const u = new URL(value);
    ok = u.protocol === 'https:' && u.hostname.includes('.') && !/\s/.test(value);
  } catch {
    ok = false;
  }
  if (!ok) ctx.problems.add(path, `${q(value)} is not an https URL; use the https:// address of the page`);
}

/** Sources are https, dated in the past, and weak ones say why. */
export function checkSources(ctx: CheckContext): void {
  ctx.sources.forEach((s, i) => {
    if (!isObj(s)) return;
    checkUrl(ctx, `/sources/${i}/url`, s.url);
    checkDate(ctx.problems, `/sources/${i}/published`, s.published, ctx.today);
    if (typeof s.id === 'string' && typeof s.published === 'string') ctx.published.set(s.id, s.published);
    const note = str(s.note);
    if (note && WEAK_NOTE.test(note) && s.reliability === undefined) {
      ctx.problems.add(`/sources/${i}/reliability`, `is missing; the note calls this source a ${WEAK_NOTE.exec(note)![1]!.toLowerCase()}, so say why it is weak (the card shows it next to facts that rest on it)`);
    }
  });
}

/** Timeline events cite sources, name real entries, and stay in date order; past ones are not later than factsAsOf. */
export function checkTimeline(ctx: CheckContext): void {
  const { problems, factsAsOf } = ctx;
  let previous: string | null = null;
  ctx.timeline.forEach((t, i) => {
    if (!isObj(t)) return;
    arr(t.sources).forEach((id, k) => ctx.sourceRef(`/timeline/${i}/sources/${k}`, id));
    if (t.entry !== undefined) ctx.entryRef(`/timeline/${i}/entry`, t.entry);
    if (isObj(t.scheduled)) checkSchedule(ctx, `/timeline/${i}/scheduled`, t.date, t.scheduled);
    else {
      checkDate(problems, `/timeline/${i}/date`, t.date, ctx.today);
      if (factsAsOf && typeof t.date === 'string' && after(t.date, factsAsOf)) {
        problems.add(`/timeline/${i}/date`, `${q(t.date)} is later than meta.factsAsOf (${factsAsOf}); an event the pack has not seen happen must be scheduled (add "scheduled")`);
      }
    }
    const start = typeof t.date === 'string' ? dateStart(t.date) : null;
    if (start && previous && start < previous) problems.add(`/timeline/${i}/date`, `${q(t.date)} is earlier than the event before it; keep the timeline in date order`);
    if (start) previous = start;
  });
}

/** meta: dates in order, and the summary points at things that exist. */
export function checkMeta(ctx: CheckContext): void {
  const { problems, meta, factsAsOf } = ctx;
  if (!isObj(ctx.data.meta)) return;
  checkDate(problems, '/meta/updated', meta.updated, ctx.today);
  checkDate(problems, '/meta/factsAsOf', factsAsOf, ctx.today);
  const updated = str(meta.updated);
  if (factsAsOf && updated && after(factsAsOf, updated)) problems.add('/meta/factsAsOf', `${q(factsAsOf)} is later than meta.updated (${updated})`);
  if (isObj(meta.summary)) checkSummaryRefs(ctx, meta.summary);
}

function checkSummaryFacts(ctx: CheckContext, summary: Json, byId: Map<string | undefined, Json>): void {
  for (const list of ['points', 'numbers'] as const) {
    arr(summary[list]).forEach((ref, i) => {
      if (!isObj(ref) || typeof ref.entry !== 'string' || typeof ref.match !== 'string') return;
      const entry = byId.get(ref.entry);
      if (!entry) return ctx.problems.add(`/meta/summary/${list}/${i}/entry`, `${q(ref.entry)} is not an entry id`);
      const match = ref.match;
      const fact = arr(entry.facts).find((f): f is Json => isObj(f) && (f.value === match || (typeof f.text === 'string' && f.text.startsWith(match))));
      if (!fact) ctx.problems.add(`/meta/summary/${list}/${i}/match`, `${q(match)} matches no fact of entry ${q(ref.entry)} (by value or by the start of its text)`);
      else if (list === 'numbers' && fact.timeSensitive === undefined) {
        ctx.problems.add(`/meta/summary/numbers/${i}`, `picks a fact of entry ${q(ref.entry)} that does not say whether it goes out of date; set its timeSensitive`);
      }
    });
  }
}

/** meta.summary points at entries, facts (by value or opening words) and timeline dates: each must exist. */
function checkSummaryRefs(ctx: CheckContext, summary: Json): void {
  const byId = new Map(ctx.entries.filter(isObj).map((e) => [str(e.id), e]));
  const lead = str(summary.lead);
  if (lead !== undefined && !byId.has(lead)) ctx.problems.add('/meta/summary/lead', `${q(lead)} is not an entry id`);
  checkSummaryFacts(ctx, summary, byId);
  const dates = new Set(ctx.timeline.filter(isObj).map((t) => str(t.date)));
  arr(summary.timeline).forEach((d, i) => {
    if (typeof d === 'string' && !dates.has(d)) ctx.problems.add(`/meta/summary/timeline/${i}`, `${q(d)} is not the date of a timeline event`);
  });
}

/** Every source is cited somewhere. Runs after every check that cites. */
export function checkUncited(ctx: CheckContext): void {
  ctx.sources.forEach((s, i) => {
    const id = str((s as Json)?.id);
    if (id !== undefined && !ctx.cited.has(id)) ctx.problems.add(`/sources/${i}`, `is not cited by any fact, statement, misstatement or timeline event; cite it or remove it`);
  });
}
