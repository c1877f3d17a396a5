/**
 * Claims as data: a misstatement in the pack may carry a matcher that recognises the claim in a
 * sentence in many wordings. Kept apart from pack/types.ts so the claim engine can grow alone.
 */

/** incorrect: the sources contradict it. misleading: true in part, wrong in what it implies.
 *  unverified: no reliable source supports it. outdated: was right once, no longer (see `since`). */
export type Verdict = 'incorrect' | 'misleading' | 'unverified' | 'outdated';

/** Generated from the pack's schema (its `claimMatcher` definition), where the fields are documented. */
import type { ClaimMatcher } from '../pack/schema-types.ts';
export type { ClaimMatcher };

export type Voice = 'outlet' | 'quoted' | 'attributed';

export interface ClaimHit {
  /** The claims the sentence makes (usually one), in the order they appear in it. */
  claimIds: string[];
  /** Sentence boundaries within the text that was searched. */
  start: number;
  end: number;
  voice: Voice;
  /** Who is quoted or credited, when the sentence names them. */
  speaker?: string;
}
