/** Dates in a pack: real calendar days, none in the future, compared at the coarser precision. */
import { type Problems, q } from './problems.ts';

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Checks a YYYY[-MM[-DD]] date is a real calendar date; returns its first day as YYYY-MM-DD. */
export function dateStart(value: string): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const [, y, mo = '01', d = '01'] = m;
  const date = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${y}-${mo}-${d}`) return null;
  return `${y}-${mo}-${d}`;
}

export function checkDate(problems: Problems, path: string, value: unknown, today: string): void {
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
export function after(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
}
