/**
 * Build-time validation of a topic pack: the JSON Schema (assets/topics/landmine-policy.schema.json)
 * plus the cross-checks a schema cannot express. Runs under Node (tsx) from scripts/build.ts and
 * the unit tests; never bundled into the extension.
 *
 * Every problem names where it is (a JSON pointer), the entry (if any), the field and what is
 * wrong, e.g.  entry "gator": aliases[2] "mine" is a common word; mark it caseSensitive or remove it
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { isCommonWord } from './common-words.ts';
import { checkClaim } from '../claims/validate-claim.ts';
import { isUnspaced, STEM } from '../text-pattern.ts';

export interface PackProblem {
  /** JSON pointer into the pack, e.g. "/entries/5/aliases/2". */
  path: string;
  /** Id of the entry the problem is in, if any. */
  entry?: string;
  /** The field within its entry, source, event or section, e.g. "aliases[2]" or "facts[0].sources[1]". */
  field?: string;
  /** The whole message, naming the entry (or section), the field and the problem. */
  message: string;
}

export interface ValidateOptions {
  /** Dates after this (YYYY-MM-DD) are rejected as being in the future. Defaults to today (UTC). */
  today?: string;
}

export const SUMMARY_MAX = 280;
/** Aliases this short match too much unless case-sensitive ("APL", "GAO"). */
const SHORT_ALIAS = 3;

const SCHEMA_FILE = new URL('../../../assets/topics/landmine-policy.schema.json', import.meta.url);

let compiled: ValidateFunction | undefined;
function schemaValidator(): ValidateFunction {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object;
    // CJS/ESM interop: depending on the loader the class is the default export or its `default`.
    const AjvClass = ((Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020) as typeof Ajv2020;
    const formats = ((addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats) as typeof addFormats;
    const ajv = new AjvClass({ allErrors: true, strict: true });
    formats(ajv);
    compiled = ajv.compile(schema);
  }
  return compiled;
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const q = (s: unknown): string => JSON.stringify(s);

/** Where a JSON pointer points: the subject ("entry \"gator\"", "source \"x\"", "timeline[3]"), entry id and field. */
interface Place {
  subject: string;
  entry?: string;
  field?: string;
}

function decode(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function fieldFrom(segments: string[]): string | undefined {
  let out = '';
  for (const s of segments) out += /^\d+$/.test(s) ? `[${s}]` : out ? `.${s}` : s;
  return out || undefined;
}

function locate(pointer: string, data: unknown): Place {
  const segs = pointer.split('/').slice(1).map(decode);
  const root = isObj(data) ? data : {};
  const [section, index, ...rest] = segs;
  if (section === 'entries' && index !== undefined) {
    const id = str((arr(root.entries)[Number(index)] as Json | undefined)?.id);
    const field = fieldFrom(rest);
    return id ? { subject: `entry ${q(id)}`, entry: id, field } : { subject: `entries[${index}]`, field };
  }
  if (section === 'sources' && index !== undefined) {
    const id = str((arr(root.sources)[Number(index)] as Json | undefined)?.id);
    return { subject: id ? `source ${q(id)}` : `sources[${index}]`, field: fieldFrom(rest) };
  }
  if (section === 'timeline' && index !== undefined) {
    const date = str((arr(root.timeline)[Number(index)] as Json | undefined)?.date);
    return { subject: `timeline[${index}]${date ? ` (${date})` : ''}`, field: fieldFrom(rest) };
  }
  if (section) return { subject: section, field: fieldFrom(segs.slice(1)) };
  return { subject: 'pack' };
}

class Problems {
  readonly list: PackProblem[] = [];
  constructor(private readonly data: unknown) {}

  /** `detail` is what is wrong, written to follow the field name (e.g. "\"mine\" is a common word"). */
  add(path: string, detail: string): void {
    const place = locate(path, this.data);
    const message = `${place.subject}: ${place.field ? `${place.field} ` : ''}${detail}`;
    const problem: PackProblem = { path, message };
    if (place.entry) problem.entry = place.entry;
    if (place.field) problem.field = place.field;
    this.list.push(problem);
  }
}

// ---------------------------------------------------------------------------------------------
// Schema errors, in words

function schemaDetail(err: ErrorObject): { path: string; detail: string } {
  const path = err.instancePath;
  const p = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'required':
      return { path: `${path}/${String(p.missingProperty)}`, detail: 'is missing (required)' };
    case 'additionalProperties':
      return { path: `${path}/${String(p.additionalProperty)}`, detail: 'is not a known field; remove it or fix its spelling' };
    case 'enum':
      return { path, detail: `must be one of ${(p.allowedValues as unknown[]).map(q).join(', ')}` };
    case 'type':
      return { path, detail: `must be ${String(p.type)}` };
    case 'minItems':
      return { path, detail: `must have at least ${String(p.limit)} item(s)` };
    case 'uniqueItems':
      return { path, detail: `has the same item twice (items ${String(p.j)} and ${String(p.i)})` };
    case 'minLength':
      return { path, detail: `is too short (at least ${String(p.limit)} characters)` };
    case 'maxLength':
      return { path, detail: `is too long (at most ${String(p.limit)} characters)` };
    case 'pattern': {
      if (/\/(date|asOf|published|updated)$/.test(path)) return { path, detail: 'is not a date; use YYYY-MM-DD, YYYY-MM or YYYY' };
      if (/\/url$/.test(path)) return { path, detail: 'must be an https:// URL' };
      if (/\/(id|source|sources\/\d+|related\/\d+|entry)$/.test(path)) return { path, detail: 'is not a valid id (lower-case letters and digits joined by hyphens)' };
      if (/\/version$/.test(path)) return { path, detail: 'must be a version like 1.0.0' };
      return { path, detail: 'must not be blank' };
    }
    default:
      return { path, detail: err.message ?? `fails ${err.keyword}` };
  }
}

// ---------------------------------------------------------------------------------------------
// Cross-checks

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Checks a YYYY[-MM[-DD]] date is a real calendar date; returns its first day as YYYY-MM-DD. */
function dateStart(value: string): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const [, y, mo = '01', d = '01'] = m;
  const date = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${y}-${mo}-${d}`) return null;
  return `${y}-${mo}-${d}`;
}

function checkDate(problems: Problems, path: string, value: unknown, today: string): void {
  if (typeof value !== 'string') return;
  const start = dateStart(value);
  if (start === null) {
    // Malformed dates are reported by the schema; only impossible calendar dates are caught here.
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) problems.add(path, `${q(value)} is not a real calendar date`);
    return;
  }
  if (start > today) problems.add(path, `${q(value)} is in the future (today is ${today})`);
}

/** True when date `a` can lie after date `b` at the coarser of their precisions ("2025-12" vs "2025-12-19" is not). */
function after(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
}

/** Words in a source note that mean it is weak, so it must say why in `reliability`. */
const WEAK_NOTE = /\b(mirror|aggregator|rewrite|republish\w*|relay\w*|forum|user-generated|secondhand|content farm)\b/i;

function checkUrl(problems: Problems, path: string, value: unknown): void {
  if (typeof value !== 'string') return;
  let ok = false;
  try {
    const u = new URL(value);
    ok = u.protocol === 'https:' && u.hostname.includes('.') && !/\s/.test(value);
  } catch {
    ok = false;
  }
  if (!ok) problems.add(path, `${q(value)} is not an https URL; use the https:// address of the page`);
}

/** A schedule's confirmation must match its confirming sources, which can only report the event from its day on. */
function checkSchedule(problems: Problems, path: string, date: unknown, sched: Json, sourceRef: (path: string, id: unknown) => void, published: Map<string, string>): void {
  const by = arr(sched.confirmedBy);
  by.forEach((id, k) => sourceRef(`${path}/confirmedBy/${k}`, id));
  if (sched.confirmation === 'confirmed' && by.length === 0) problems.add(`${path}/confirmation`, 'is "confirmed" but confirmedBy names no source that reports the event happened');
  if (sched.confirmation === 'unconfirmed' && by.length > 0) problems.add(`${path}/confirmedBy`, 'is set but confirmation is "unconfirmed"; set confirmation to "confirmed" or remove confirmedBy');
  if (typeof date !== 'string') return;
  by.forEach((id, k) => {
    const pub = typeof id === 'string' ? published.get(id) : undefined;
    if (pub && after(date, pub)) problems.add(`${path}/confirmedBy/${k}`, `source ${q(id)} was published ${pub}, before the event (${date}); it can announce the date but cannot confirm it`);
  });
}

/** Key under which two aliases collide: a case-insensitive alias matches every casing. */
/** Shortest stem before a `*`: "min*" would match "minister". */
const MIN_STEM = 4;

/** A `*` only ends a word, after a stem long enough to name something (a short one only next to another word). */
function stemProblem(problems: Problems, path: string, phrase: string): void {
  const words = phrase.trim().split(/\s+/);
  for (const word of words) {
    const at = word.indexOf(STEM);
    if (at === -1) continue;
    if (at !== word.length - 1) problems.add(path, `${q(phrase)}: * may only end a word (a stem such as "landmine*")`);
    else if (words.length === 1 && [...word].length - 1 < MIN_STEM) {
      problems.add(path, `${q(phrase)}: the stem ${q(word)} is shorter than ${MIN_STEM} letters; it would match unrelated words`);
    }
  }
}

function aliasKeys(text: string, caseSensitive: boolean): { exact: string; folded: string } {
  const norm = text.trim().replace(/\s+/g, ' ');
  return { exact: caseSensitive ? norm : norm.toLowerCase(), folded: norm.toLowerCase() };
}

function crossCheck(data: unknown, problems: Problems, today: string): void {
  if (!isObj(data)) return;
  const sources = arr(data.sources);
  const entries = arr(data.entries);
  const timeline = arr(data.timeline);

  // --- ids: unique, and every reference resolves
  const sourceIds = new Map<string, number>();
  sources.forEach((s, i) => {
    const id = str((s as Json)?.id);
    if (id === undefined) return;
    if (sourceIds.has(id)) problems.add(`/sources/${i}/id`, `${q(id)} is used by another source (sources[${sourceIds.get(id)}]); ids must be unique`);
    else sourceIds.set(id, i);
  });
  const entryIds = new Map<string, number>();
  entries.forEach((e, i) => {
    const id = str((e as Json)?.id);
    if (id === undefined) return;
    if (entryIds.has(id)) problems.add(`/entries/${i}/id`, `${q(id)} is used by another entry (entries[${entryIds.get(id)}]); ids must be unique`);
    else entryIds.set(id, i);
  });

  const cited = new Set<string>();
  const claimIds = new Map<string, string>();
  const sourceRef = (path: string, id: unknown) => {
    if (typeof id !== 'string') return;
    cited.add(id);
    if (!sourceIds.has(id)) problems.add(path, `names source ${q(id)}, which is not in sources[]`);
  };
  const entryRef = (path: string, id: unknown, self?: string) => {
    if (typeof id !== 'string') return;
    if (!entryIds.has(id)) problems.add(path, `names entry ${q(id)}, which is not in entries[]`);
    else if (id === self) problems.add(path, 'names the entry itself');
  };

  // --- sources: https, dates, weak ones say why
  const published = new Map<string, string>();
  sources.forEach((s, i) => {
    if (!isObj(s)) return;
    checkUrl(problems, `/sources/${i}/url`, s.url);
    checkDate(problems, `/sources/${i}/published`, s.published, today);
    if (typeof s.id === 'string' && typeof s.published === 'string') published.set(s.id, s.published);
    const note = str(s.note);
    if (note && WEAK_NOTE.test(note) && s.reliability === undefined) {
      problems.add(`/sources/${i}/reliability`, `is missing; the note calls this source a ${WEAK_NOTE.exec(note)![1]!.toLowerCase()}, so say why it is weak (the card shows it next to facts that rest on it)`);
    }
  });
  const meta = isObj(data.meta) ? data.meta : {};
  const factsAsOf = str(meta.factsAsOf);

  // --- entries
  const aliasOwners = new Map<string, { entry: string; path: string; caseSensitive: boolean; text: string }[]>();
  entries.forEach((e, i) => {
    if (!isObj(e)) return;
    const base = `/entries/${i}`;
    const self = str(e.id);

    const summary = str(e.summary);
    if (summary !== undefined && [...summary].length > SUMMARY_MAX) {
      problems.add(`${base}/summary`, `is ${[...summary].length} characters; the limit is ${SUMMARY_MAX}`);
    }

    arr(e.aliases).forEach((a, j) => {
      if (!isObj(a) || typeof a.text !== 'string') return;
      const path = `${base}/aliases/${j}`;
      const text = a.text;
      const cs = a.caseSensitive === true;
      if (text !== text.trim()) problems.add(path, `${q(text)} has leading or trailing spaces`);
      if (!cs && isCommonWord(text)) {
        problems.add(path, `${q(text)} is a common word; mark it caseSensitive or remove it`);
      } else if (!cs && text.trim().length <= SHORT_ALIAS && !(isUnspaced(text) && text.trim().length >= 2)) {
        problems.add(path, `${q(text)} is too short to match safely; mark it caseSensitive or use a longer phrase`);
      }
      stemProblem(problems, path, text);
      arr(a.sources).forEach((id, k) => sourceRef(`${path}/sources/${k}`, id));
      const { folded } = aliasKeys(text, cs);
      const list = aliasOwners.get(folded) ?? [];
      list.push({ entry: self ?? `entries[${i}]`, path, caseSensitive: cs, text });
      aliasOwners.set(folded, list);
    });

    arr(e.facts).forEach((f, j) => {
      if (!isObj(f)) return;
      arr(f.sources).forEach((id, k) => sourceRef(`${base}/facts/${j}/sources/${k}`, id));
      checkDate(problems, `${base}/facts/${j}/asOf`, f.asOf, today);
      if (factsAsOf && typeof f.asOf === 'string' && after(f.asOf, factsAsOf)) {
        problems.add(`${base}/facts/${j}/asOf`, `${q(f.asOf)} is later than meta.factsAsOf (${factsAsOf}); a fact cannot be newer than what the pack has read`);
      }
      if (f.timeSensitive === true && f.value === undefined) problems.add(`${base}/facts/${j}/value`, 'is missing; a timeSensitive fact is a figure, put the number in value');
      if (e.kind === 'figure' && f.value !== undefined && /\d/.test(String(f.value)) && f.timeSensitive === undefined) {
        problems.add(`${base}/facts/${j}/timeSensitive`, 'is missing; say whether this figure goes out of date (true: the card shows its age) or not (false)');
      }
    });
    arr(e.statements).forEach((s, j) => {
      if (!isObj(s)) return;
      sourceRef(`${base}/statements/${j}/source`, s.source);
      checkDate(problems, `${base}/statements/${j}/date`, s.date, today);
      const pub = typeof s.source === 'string' ? published.get(s.source) : undefined;
      if (pub && typeof s.date === 'string' && after(s.date, pub)) {
        problems.add(`${base}/statements/${j}/date`, `${q(s.date)} is after its source was published (${pub}); use the date it was said, not the date the page was read`);
      }
    });
    arr(e.scheduled).forEach((ev, j) => {
      if (!isObj(ev)) return;
      const path = `${base}/scheduled/${j}`;
      arr(ev.sources).forEach((id, k) => sourceRef(`${path}/sources/${k}`, id));
      // No future-date check: a scheduled event is allowed to lie ahead.
      if (typeof ev.date === 'string' && dateStart(ev.date) === null && /^\d{4}-\d{2}-\d{2}$/.test(ev.date)) problems.add(`${path}/date`, `${q(ev.date)} is not a real calendar date`);
      checkSchedule(problems, path, ev.date, ev, sourceRef, published);
    });
    arr(e.misstatements).forEach((m, j) => {
      if (!isObj(m)) return;
      arr(m.sources).forEach((id, k) => sourceRef(`${base}/misstatements/${j}/sources/${k}`, id));
      checkClaim(problems, `${base}/misstatements/${j}`, m, claimIds);
    });
    arr(e.related).forEach((id, j) => entryRef(`${base}/related/${j}`, id, self));
  });

  // --- aliases: one owner each. Two aliases collide when either is case-insensitive and they
  // are equal ignoring case, or both are case-sensitive and exactly equal.
  for (const owners of aliasOwners.values()) {
    for (let b = 1; b < owners.length; b++) {
      for (let a = 0; a < b; a++) {
        const x = owners[a]!;
        const y = owners[b]!;
        const clash = !x.caseSensitive || !y.caseSensitive || aliasKeys(x.text, true).exact === aliasKeys(y.text, true).exact;
        if (!clash) continue;
        if (x.entry === y.entry) problems.add(y.path, `${q(y.text)} repeats another alias of this entry (${x.path.split('/').slice(-2).join('[')}])`);
        else problems.add(y.path, `${q(y.text)} is also an alias of entry ${q(x.entry)}; an alias must belong to one entry only`);
        break;
      }
    }
  }

  // --- timeline: sources, entry, dates, order
  let previous: string | null = null;
  timeline.forEach((t, i) => {
    if (!isObj(t)) return;
    arr(t.sources).forEach((id, k) => sourceRef(`/timeline/${i}/sources/${k}`, id));
    if (t.entry !== undefined) entryRef(`/timeline/${i}/entry`, t.entry);
    if (isObj(t.scheduled)) checkSchedule(problems, `/timeline/${i}/scheduled`, t.date, t.scheduled, sourceRef, published);
    else {
      checkDate(problems, `/timeline/${i}/date`, t.date, today);
      if (factsAsOf && typeof t.date === 'string' && after(t.date, factsAsOf)) {
        problems.add(`/timeline/${i}/date`, `${q(t.date)} is later than meta.factsAsOf (${factsAsOf}); an event the pack has not seen happen must be scheduled (add "scheduled")`);
      }
    }
    const start = typeof t.date === 'string' ? dateStart(t.date) : null;
    if (start && previous && start < previous) problems.add(`/timeline/${i}/date`, `${q(t.date)} is earlier than the event before it; keep the timeline in date order`);
    if (start) previous = start;
  });

  // --- meta
  if (isObj(data.meta)) {
    checkDate(problems, '/meta/updated', data.meta.updated, today);
    checkDate(problems, '/meta/factsAsOf', factsAsOf, today);
    const updated = str(data.meta.updated);
    if (factsAsOf && updated && after(factsAsOf, updated)) problems.add('/meta/factsAsOf', `${q(factsAsOf)} is later than meta.updated (${updated})`);
    if (isObj(data.meta.summary)) checkSummaryRefs(problems, data.meta.summary, entries, timeline);
  }

  // --- sources nobody cites
  sources.forEach((s, i) => {
    const id = str((s as Json)?.id);
    if (id !== undefined && !cited.has(id)) problems.add(`/sources/${i}`, `is not cited by any fact, statement, misstatement or timeline event; cite it or remove it`);
  });

  // --- detection vocabulary
  if (isObj(data.detection)) {
    const seen = new Map<string, string>();
    const check = (list: 'terms' | 'negatives') => {
      arr((data.detection as Json)[list]).forEach((t, i) => {
        if (!isObj(t) || typeof t.phrase !== 'string') return;
        const path = `/detection/${list}/${i}/phrase`;
        const cs = t.caseSensitive === true;
        if (list === 'negatives' && cs) problems.add(`/detection/negatives/${i}/caseSensitive`, 'is not supported for negatives (they are matched on lower-cased text); remove it and write the phrase in lower case');
        if (!cs && t.phrase !== t.phrase.toLowerCase()) problems.add(path, `${q(t.phrase)} must be lower case unless caseSensitive`);
        stemProblem(problems, path, t.phrase);
        const key = cs ? t.phrase : t.phrase.toLowerCase().replace(/\s+/g, ' ');
        const other = seen.get(key.toLowerCase());
        if (other) problems.add(path, `${q(t.phrase)} is already listed at ${other}`);
        else seen.set(key.toLowerCase(), `detection.${list}[${i}]`);
      });
    };
    check('terms');
    check('negatives');
    const terms = arr((data.detection as Json).terms);
    if (terms.length && !terms.some((t) => isObj(t) && t.role === 'core' && t.caseSensitive !== true)) {
      problems.add('/detection/terms', 'needs at least one core term that is not caseSensitive (the detector\u2019s first, cheap test uses them)');
    }
  }
}

/** meta.summary points at entries, facts (by value or opening words) and timeline dates: each must exist. */
function checkSummaryRefs(problems: Problems, summary: Json, entries: unknown[], timeline: unknown[]): void {
  const byId = new Map(entries.filter(isObj).map((e) => [str(e.id), e]));
  const lead = str(summary.lead);
  if (lead !== undefined && !byId.has(lead)) problems.add('/meta/summary/lead', `${q(lead)} is not an entry id`);
  for (const list of ['points', 'numbers'] as const) {
    arr(summary[list]).forEach((ref, i) => {
      if (!isObj(ref) || typeof ref.entry !== 'string' || typeof ref.match !== 'string') return;
      const entry = byId.get(ref.entry);
      if (!entry) return problems.add(`/meta/summary/${list}/${i}/entry`, `${q(ref.entry)} is not an entry id`);
      const match = ref.match;
      const fact = arr(entry.facts).find((f): f is Json => isObj(f) && (f.value === match || (typeof f.text === 'string' && f.text.startsWith(match))));
      if (!fact) problems.add(`/meta/summary/${list}/${i}/match`, `${q(match)} matches no fact of entry ${q(ref.entry)} (by value or by the start of its text)`);
      else if (list === 'numbers' && fact.timeSensitive === undefined) {
        problems.add(`/meta/summary/numbers/${i}`, `picks a fact of entry ${q(ref.entry)} that does not say whether it goes out of date; set its timeSensitive`);
      }
    });
  }
  const dates = new Set(timeline.filter(isObj).map((t) => str(t.date)));
  arr(summary.timeline).forEach((d, i) => {
    if (typeof d === 'string' && !dates.has(d)) problems.add(`/meta/summary/timeline/${i}`, `${q(d)} is not the date of a timeline event`);
  });
}

// ---------------------------------------------------------------------------------------------

/** Validates a parsed topic pack. Returns an empty list when the pack is fine. */
export function validatePack(data: unknown, opts: ValidateOptions = {}): PackProblem[] {
  const today = opts.today ?? todayUtc();
  const problems = new Problems(data);

  const crossProblems = new Problems(data);
  crossCheck(data, crossProblems, today);
  // The cross-checks say more than the schema (a summary's actual length, which URL is not
  // https), so schema errors at a path a cross-check already reported are dropped.
  const crossPaths = new Set(crossProblems.list.map((p) => p.path));

  const validate = schemaValidator();
  if (!validate(data)) {
    const seen = new Set<string>();
    for (const err of validate.errors ?? []) {
      const { path, detail } = schemaDetail(err);
      if (crossPaths.has(path) || seen.has(`${path}\u0000${detail}`)) continue;
      seen.add(`${path}\u0000${detail}`);
      problems.add(path, detail);
    }
  }
  problems.list.push(...crossProblems.list);
  return problems.list;
}

/** A readable block for the build log: one line per problem. */
export function formatProblems(problems: readonly PackProblem[]): string {
  if (problems.length === 0) return 'Topic pack: no problems.';
  const lines = problems.map((p) => `  - ${p.message}   [at ${p.path || '/'}]`);
  return `Topic pack: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
