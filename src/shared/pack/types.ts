/**
 * The topic pack: the one data file every part of the extension reads its context from.
 * Engine code (detector, highlighter, popover, popup) must depend only on these types,
 * so that a second topic can be added as data alone.
 */
import type { ClaimFields } from '../claims/types.ts';

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
  /** When the page appeared; for an `undated` page, roughly when it was read. */
  published: IsoDate;
  /** The page shows no date: `published` is when it was read, so it is never shown as a publication date. */
  undated?: boolean;
  /** e.g. "rewrite of the Washington Post story", "date taken from the URL". */
  note?: string;
  /**
   * Set on weak sources only (mirrors, aggregators, rewrites, forums, state media for another
   * country's words): why the source is weak. The card shows it next to every fact that rests
   * on weak sources alone.
   */
  reliability?: string;
}

export interface Alias {
  /**
   * The phrase as it appears in pages. Matched on word boundaries; a word ending in `*` is a stem
   * that takes any letters after it (case endings, compound tails). Phrases in Japanese or Korean
   * script are matched without boundaries.
   */
  text: string;
  /** BCP 47 language(s) of a non-English alias ("de", "uk", "sv,nb,da"): the card says the context is in English. */
  lang?: string;
  /** Sources (ids) for a name that is an official translation, e.g. the treaty's title in a national gazette. */
  sources?: string[];
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
  /**
   * A figure that goes out of date (a count of parties, casualties, a stockpile): the card shows
   * its age from the reader's today and flags it once it is older than `meta.staleAfterMonths`.
   */
  timeSensitive?: boolean;
}

export interface Statement {
  speaker: string;
  role: string;
  /** Exactly as published. */
  quote: string;
  /** When it was said or written: never the date a page was read, never after the source's `published`. */
  date: IsoDate;
  source: string;
  stance: Stance;
}

export interface Misstatement extends ClaimFields {
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
  /** Deadlines and dates something takes effect, worded from the reader's today. */
  scheduled?: ScheduledEvent[];
}

/**
 * How a dated event that may lie ahead is worded. `upcoming` and `passed` contain `{date}`;
 * the card picks one from the reader's clock, so the pack never has to be re-edited just
 * because a day went by.
 */
export interface Schedule {
  /** Before the day: "Poland’s withdrawal takes effect on {date}". */
  upcoming: string;
  /** From the day on: "Poland’s withdrawal took effect on {date}". */
  passed: string;
  /**
   * confirmed: a source published on or after the day reports that it happened (`confirmedBy`).
   * unconfirmed: no such source in this pack; after the day the card adds that it was
   * scheduled and is not confirmed here.
   */
  confirmation: 'confirmed' | 'unconfirmed';
  confirmedBy?: string[];
}

export interface ScheduledEvent extends Schedule {
  date: IsoDate;
  /** The sources that announced the date. */
  sources: string[];
}

export interface TimelineEvent {
  date: IsoDate;
  text: string;
  sources: string[];
  /** The entry this event is mainly about, if any. */
  entry?: string;
  /** Set when the event was still ahead when it was written: the popup words it from today. */
  scheduled?: Schedule;
}

export interface DetectionTerm {
  /** Lower-case phrase matched on word boundaries (unless caseSensitive); `*` as in Alias.text. */
  phrase: string;
  /** BCP 47 language of a non-English term; not carried into the always-on script. */
  lang?: string;
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
  /** When the file was last edited. */
  updated: IsoDate;
  /** What the facts are current to: the newest news the pack has read. Shown as "facts as of …". */
  factsAsOf: IsoDate;
  /** A `timeSensitive` figure older than this (from its asOf to the reader's today) is flagged as possibly out of date. */
  staleAfterMonths: number;
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
 * Detection terms grouped by role, case and weight, phrases joined by "|": `{ "c4": "landmine|landmines",
 * "xs2": "GATOR" }` (c core, x context, s case-sensitive). A fraction of the bytes of one object per
 * term, which matters once every language's vocabulary is in the always-on script.
 */
export type PackedTerms = Record<string, string>;

export interface PackedVocabulary {
  threshold: number;
  terms: PackedTerms;
  negatives: PackedTerms;
}

/**
 * What the always-on content script gets, inlined at build time: detection vocabulary and
 * the alias table, nothing else. Must stay small.
 */
export interface CompactPack {
  id: string;
  version: string;
  /**
   * What the always-on script ships: every term in English, and every language's core terms
   * (the gate and the first test of a page).
   */
  detection: PackedVocabulary;
  /**
   * The rest of the other languages' vocabulary (context terms and near-misses), sent by the
   * background only to a page that passed the gate: most pages never need it.
   */
  detectionExtras: Omit<PackedVocabulary, 'threshold'>;
  /** [alias text, entry id, case-sensitive (1) or not (0)] */
  aliases: [string, string, 0 | 1][];
}
