/**
 * Wording that depends on the reader's today: scheduled events (before / after their day) and
 * the age of time-sensitive figures. Pure: `today` is always passed in, so tests can pin it.
 */
import { formatIsoDate } from '../dates.ts';
import type { Fact, Schedule } from './types.ts';
import { t, tCount } from '../ui/i18n.ts';

/** Today in the reader's own calendar, as YYYY-MM-DD (a deadline passes at their midnight, not UTC's). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function parts(iso: string): { y: number; m?: number; d?: number } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : undefined, d: m[3] ? Number(m[3]) : undefined };
}

/** First day a partial date can mean: "2026-02" → 1 Feb 2026. */
function first(iso: string): Ymd | null {
  const p = parts(iso);
  return p ? { y: p.y, m: p.m ?? 1, d: p.d ?? 1 } : null;
}

/** Last day a partial date can mean: "2021" → 31 Dec 2021. Ages are counted from here so they are never overstated. */
function last(iso: string): Ymd | null {
  const p = parts(iso);
  if (!p) return null;
  const m = p.m ?? 12;
  return { y: p.y, m, d: p.d ?? new Date(Date.UTC(p.y, m, 0)).getUTCDate() };
}

const key = (x: Ymd) => x.y * 10000 + x.m * 100 + x.d;

/** True once `today` has reached the event's day (for a partial date: its first day). */
export function hasArrived(date: string, today: string): boolean {
  const a = first(date);
  const t = first(today);
  return !!a && !!t && key(t) >= key(a);
}

export interface ScheduleWording {
  text: string;
  state: 'upcoming' | 'passed' | 'passed-unconfirmed';
}

/** "… takes effect on 20 Feb 2026" before the day; "… took effect on 20 Feb 2026 (scheduled; not confirmed in this pack)" after it. */
export function scheduleWording(date: string, schedule: Schedule, today: string): ScheduleWording {
  const fill = (template: string) => template.replace('{date}', formatIsoDate(date));
  if (!hasArrived(date, today)) return { text: fill(schedule.upcoming), state: 'upcoming' };
  if (schedule.confirmation === 'confirmed') return { text: fill(schedule.passed), state: 'passed' };
  return { text: `${fill(schedule.passed)} (${t('datesNotConfirmed')})`, state: 'passed-unconfirmed' };
}

/** Whole months from the end of `asOf` to `today` (0 when `today` is earlier). */
export function monthsSince(asOf: string, today: string): number {
  const a = last(asOf);
  const t = first(today);
  if (!a || !t) return 0;
  const months = (t.y - a.y) * 12 + (t.m - a.m) - (t.d < a.d ? 1 : 0);
  return Math.max(0, months);
}

export function ageText(months: number): string {
  if (months < 1) return t('ageUnderMonth');
  if (months < 24) return tCount('ageMonths', months);
  return tCount('ageYears', Math.floor(months / 12));
}

export interface FigureAge {
  months: number;
  text: string;
  stale: boolean;
}

/** Age of a time-sensitive figure; undefined for facts that do not go out of date. */
export function figureAge(fact: Pick<Fact, 'asOf' | 'timeSensitive'>, today: string, staleAfterMonths: number): FigureAge | undefined {
  if (!fact.timeSensitive) return undefined;
  const months = monthsSince(fact.asOf, today);
  return { months, text: ageText(months), stale: months > staleAfterMonths };
}
