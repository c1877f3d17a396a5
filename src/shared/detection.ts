/** What the detector concludes about a page, and why. Shown in the popup, sent in messages. */
export interface DetectionReport {
  detected: boolean;
  /** The topic (pack id) this report scores: the detected one with the best score, or else the best-scoring one. */
  topic: string;
  /** Every detected topic, best score first (empty when none is). */
  topics: string[];
  score: number;
  threshold: number;
  /** The vocabulary terms that counted, with where they stood and how often. */
  terms: DetectedTerm[];
  /** Why, as data: the popup words it in the reader's language (shared/detection-text.ts). */
  verdict: Verdict;
  /** Milliseconds the detector took on this page. */
  ms: number;
}

export interface DetectedTerm {
  phrase: string;
  count: number;
  /** Where it was found: the title and headline weigh more than the body. */
  where: ('title' | 'heading' | 'body')[];
  contribution: number;
}

/**
 * Why the detector decided as it did. Data rather than a sentence, so the always-on script
 * carries no prose and the reader sees the reason in their own language.
 */
export type Verdict =
  | { kind: 'no-term' }
  | { kind: 'no-core' }
  | { kind: 'passing'; coreHits: number; density: number }
  | { kind: 'narrow'; concepts: number; needed: number }
  | { kind: 'below'; penalty: number }
  | { kind: 'detected' };
