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
  /** A short human-readable reason ("score 14.5 ≥ 8: 'landmine' ×6 in title and body…"). */
  reason: string;
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
