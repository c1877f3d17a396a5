/**
 * Claims as data: a misstatement in the pack may carry a matcher that recognises the claim in a
 * sentence in many wordings. Kept apart from pack/types.ts so the claim engine can grow alone.
 */

/** incorrect: the sources contradict it. misleading: true in part, wrong in what it implies.
 *  unverified: no reliable source supports it. outdated: was right once, no longer (see `since`). */
export type Verdict = 'incorrect' | 'misleading' | 'unverified' | 'outdated';

export interface ClaimMatcher {
  /**
   * Concept groups that must all occur in one sentence: each group is a list of alternatives,
   * each a regular-expression source matched case-insensitively on word boundaries.
   */
  all: string[][];
  /** Any of these in the sentence means it says something else (often the correct fact). */
  none?: string[];
  /** Index of the group whose match is the claim's verb: a negation just before it ("was not
   *  signed") means the sentence denies the claim. Defaults to the second group (or the only one). */
  predicate?: number;
  /** The claim is itself negative ("has not honoured"): do not skip negated sentences. */
  negated?: boolean;
  /** The claim is about how the outlet words or reports something (a misquote): a quotation
   *  mark around it does not make it a speaker's claim. */
  outletVoice?: boolean;
  /** The groups must occur in the order given ("the U.S. signed the treaty", not "states signed the
   *  treaty the U.S. stayed out of"). */
  ordered?: boolean;
  /** Most words from the first concept to the last (default 28): a long sentence that mentions
   *  the concepts in different clauses is not the claim. */
  window?: number;
  /** Sentences in our own words the matcher must recognise (checked at build time). */
  matches: string[];
  /** Sentences, mostly correct statements of the same facts, it must not recognise. */
  doesNotMatch: string[];
}

/** The claim fields of a misstatement (all optional in the pack: a misstatement without a matcher is shown on its entry's card only). */
export interface ClaimFields {
  /** Stable id, used as `data-claim-id` in the page and in the ClaimReview export. */
  id?: string;
  verdict?: Verdict;
  /** What the correction is current to. */
  asOf?: string;
  /** For `outdated`: the day from which the claim is out of date (a note shows only from then on). */
  since?: string;
  matcher?: ClaimMatcher;
}

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
