/**
 * Build-time validation of a topic pack: the JSON Schema (assets/topics/topic-pack.schema.json)
 * plus the cross-checks a schema cannot express (validate/cross-checks.ts). Runs under Node (tsx)
 * from scripts/build.ts and the unit tests; never bundled into the extension.
 *
 * Every problem names where it is (a JSON pointer), the entry (if any), the field and what is
 * wrong, e.g.  entry "gator": aliases[2] "mine" is a common word; mark it caseSensitive or remove it
 */
import { checkContext } from './validate/context.ts';
import { checkIds, checkMeta, checkSources, checkTimeline, checkUncited } from './validate/cross-checks.ts';
import { checkAliasOwners, checkEntries } from './validate/entry-checks.ts';
import { checkDetection } from './validate/term-checks.ts';
import { todayUtc } from './validate/date-checks.ts';
import { isObj, type PackProblem, Problems } from './validate/problems.ts';
import { schemaDetail, schemaValidator } from './validate/schema-messages.ts';

export type { PackProblem } from './validate/problems.ts';
export { SUMMARY_MAX } from './validate/entry-checks.ts';

export interface ValidateOptions {
  /** Dates after this (YYYY-MM-DD) are rejected as being in the future. Defaults to today (UTC). */
  today?: string;
}

/** In this order: ids first (references need them), sources before entries (dates of quotes need `published`), uncited last. */
const CROSS_CHECKS = [checkIds, checkSources, checkEntries, checkAliasOwners, checkTimeline, checkMeta, checkUncited, checkDetection];

function crossCheck(data: unknown, problems: Problems, today: string): void {
  if (!isObj(data)) return;
  const ctx = checkContext(data, problems, today);
  for (const check of CROSS_CHECKS) check(ctx);
}

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
