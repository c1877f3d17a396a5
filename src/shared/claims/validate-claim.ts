/**
 * The build-time checks of a misstatement's claim fields that the JSON Schema cannot express:
 * unique ids, a `since` day on outdated claims, and the matcher against its own examples.
 */
import type { ClaimMatcher } from './types.ts';
import { checkMatcherExamples } from './examples.ts';

interface ProblemSink {
  add(path: string, detail: string): void;
}

type Json = Record<string, unknown>;
const isMatcher = (v: unknown): v is ClaimMatcher =>
  typeof v === 'object' && v !== null && Array.isArray((v as Json).all) && Array.isArray((v as Json).matches) && Array.isArray((v as Json).doesNotMatch) &&
  ((v as Json).all as unknown[]).every((g) => Array.isArray(g) && g.every((x) => typeof x === 'string'));

/** `ids`: claim id → JSON pointer of the misstatement that has it, filled in as we go. */
export function checkClaim(problems: ProblemSink, path: string, m: Json, ids: Map<string, string>): void {
  const id = typeof m.id === 'string' ? m.id : undefined;
  if (id !== undefined) {
    const other = ids.get(id);
    if (other) problems.add(`${path}/id`, `${JSON.stringify(id)} is also the id of the misstatement at ${other}; claim ids must be unique`);
    else ids.set(id, path);
  }
  if (m.verdict === 'outdated' && typeof m.since !== 'string') problems.add(`${path}/since`, 'is missing; an outdated claim needs the day from which it is out of date');
  if (m.since !== undefined && m.verdict !== 'outdated') problems.add(`${path}/since`, 'is only for claims whose verdict is "outdated"');
  if (id === undefined || !isMatcher(m.matcher)) return;
  for (const p of checkMatcherExamples(id, m.matcher)) problems.add(`${path}${p.pointer}`, p.message);
}
