/**
 * Build-time check of every matcher against its own examples: a matcher that misses one of its
 * `matches` or recognises one of its `doesNotMatch` sentences fails the build. Also checks that
 * its patterns compile and that ids are unique.
 */
import type { ClaimMatcher } from './types.ts';
import { claimAt, compileMatcher } from './matcher.ts';
import { passesGate } from './gate.ts';

export interface ExampleProblem {
  /** JSON pointer below the misstatement, e.g. "/matcher/matches/2". */
  pointer: string;
  message: string;
}

export function checkMatcherExamples(id: string, matcher: ClaimMatcher): ExampleProblem[] {
  let compiled;
  try {
    compiled = compileMatcher(id, '', matcher);
    // The regexes are made on first use: made here, a broken pattern is reported as one.
    void [compiled.groups, compiled.none];
  } catch (error) {
    return [{ pointer: '/matcher', message: `has a pattern that does not compile: ${(error as Error).message}` }];
  }
  const problems: ExampleProblem[] = [];
  if (matcher.matches.length < 3) problems.push({ pointer: '/matcher/matches', message: 'needs at least 3 example sentences' });
  if (matcher.doesNotMatch.length < 3) problems.push({ pointer: '/matcher/doesNotMatch', message: 'needs at least 3 example sentences' });
  matcher.matches.forEach((s, i) => {
    if (claimAt(compiled, s) < 0) problems.push({ pointer: `/matcher/matches/${i}`, message: `is not recognised by claim ${JSON.stringify(id)}: ${JSON.stringify(s)}` });
    // The page's quick pre-check (gate.ts) must never rule out a sentence the matcher accepts.
    else if (!compiled.gates.every((g) => passesGate(g, s.toLowerCase()))) problems.push({ pointer: `/matcher/matches/${i}`, message: `is ruled out by the literal pre-check of claim ${JSON.stringify(id)}; this is a bug in gate.ts` });
  });
  matcher.doesNotMatch.forEach((s, i) => {
    if (claimAt(compiled, s) >= 0) problems.push({ pointer: `/matcher/doesNotMatch/${i}`, message: `is wrongly recognised by claim ${JSON.stringify(id)}: ${JSON.stringify(s)}` });
  });
  return problems;
}
