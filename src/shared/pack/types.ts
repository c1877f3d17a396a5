/**
 * The topic pack: the one data file every part of the extension reads its context from.
 * Engine code (detector, highlighter, popover, popup) must depend only on these types,
 * so that a second topic can be added as data alone.
 */

export type EntryKind =
  | 'treaty'
  | 'law'
  | 'policy'
  | 'weapon'
  | 'organisation'
  | 'person'
  | 'program'
  | 'figure'
  | 'place'
  | 'event';

export type Stance = 'official' | 'critic' | 'supporter' | 'observer';

/** ISO calendar date, YYYY-MM-DD (or YYYY-MM / YYYY where only that is known). */
export type IsoDate = string;

export interface Source {
  id: string;
  publisher: string;
  title: string;
  /** Always https. */
  url: string;
  published: IsoDate;
  /** e.g. "rewrite of the Washington Post story", "date taken from the URL". */
  note?: string;
}

export interface Alias {
  /** The phrase as it appears in pages. Matched on word boundaries. */
  text: string;
  /** Acronyms such as "ADAM" or "GATOR" that are common words in lower case. */
  caseSensitive?: boolean;
}

export interface Fact {
  text: string;
  /** A headline number or short value, e.g. "about 3 million". */
  value?: string;
  asOf: IsoDate;
  sources: string[];
  /** Set where sources disagree or the figure is weak; the text says why. */
  disputed?: boolean;
}

export interface Statement {
  speaker: string;
  role: string;
  /** Exactly as published. */
  quote: string;
  date: IsoDate;
  source: string;
  stance: Stance;
}

export interface Misstatement {
  /** The claim as articles often make it (our wording). */
  claim: string;
  /** What the better source says. */
  correction: string;
  sources: string[];
}

export interface Entry {
  id: string;
  label: string;
  kind: EntryKind;
  aliases: Alias[];
  /** One or two sentences, at most 280 characters. */
  summary: string;
  facts: Fact[];
  statements: Statement[];
  misstatements: Misstatement[];
  related: string[];
}

export interface TimelineEvent {
  date: IsoDate;
  text: string;
  sources: string[];
  /** The entry this event is mainly about, if any. */
  entry?: string;
}

export interface DetectionTerm {
  /** Lower-case phrase matched on word boundaries (unless caseSensitive). */
  phrase: string;
  weight: number;
  /**
   * core: names the topic on its own (landmine, Ottawa Convention).
   * context: supports the topic only next to core terms (stockpile, treaty, Pentagon).
   */
  role: 'core' | 'context';
  caseSensitive?: boolean;
}

export interface DetectionVocabulary {
  /** Score from which a page counts as an article about the topic. */
  threshold: number;
  terms: DetectionTerm[];
  /** Near-miss signals (gold mine, crypto mining, "minefield" as a metaphor) that subtract. */
  negatives: DetectionTerm[];
}

export interface PackMeta {
  id: string;
  title: string;
  version: string;
  updated: IsoDate;
  /** Licence of the pack's own text. */
  license: string;
  description?: string;
  /** What the toolbar popup shows as the topic summary, even on pages that were not detected. */
  summary?: PackSummary;
}

/** Picks one fact of an entry: by its `value`, or else by the beginning of its text. */
export interface FactRef {
  entry: string;
  match: string;
}

export interface PackSummary {
  /** Heading over the lead, e.g. "What the new policy changes". */
  heading: string;
  /** The entry whose summary opens the topic summary. */
  lead: string;
  /** Facts listed under the lead. */
  points?: FactRef[];
  /** Key numbers, each shown with its as-of date and sources. */
  numbers: FactRef[];
  /** Dates of the timeline events that make up the compact timeline. */
  timeline: IsoDate[];
}

export interface TopicPack {
  $schema?: string;
  meta: PackMeta;
  sources: Source[];
  entries: Entry[];
  timeline: TimelineEvent[];
  detection: DetectionVocabulary;
}

/**
 * What the always-on content script gets, inlined at build time: detection vocabulary and
 * the alias table, nothing else. Must stay small (≤ 8 KB minified).
 */
export interface CompactPack {
  id: string;
  version: string;
  detection: DetectionVocabulary;
  /** [alias text, entry id, case-sensitive (1) or not (0)] */
  aliases: [string, string, 0 | 1][];
}
