/**
 * The topic pack: the one data file every part of the extension reads its context from.
 * Engine code (detector, highlighter, popover, popup) must depend only on these types,
 * so that a second topic can be added as data alone.
 *
 * The pack's own shape is generated from its JSON Schema (schema-types.ts, written by
 * scripts/lib/pack-types.ts): edit assets/topics/topic-pack.schema.json, not those types.
 * What follows the re-export is what the build derives from a pack (the compact form).
 */
export type {
  Alias,
  DetectionRules,
  DetectionTerm,
  DetectionVocabulary,
  Entry,
  Fact,
  FactRef,
  IsoDate,
  Misstatement,
  PackMeta,
  PackSummary,
  Schedule,
  ScheduledEvent,
  Source,
  Stance,
  Statement,
  TimelineEvent,
  TopicPack,
} from './schema-types.ts';
import type { DetectionTerm } from './schema-types.ts';
import type { PackedRules } from './rules.ts';

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
  /** The pack's detection.rules merged over the defaults. */
  rules: PackedRules;
}

/** The vocabulary as the detector compiles it: terms unpacked, rules still a tuple. */
export interface Vocabulary {
  threshold: number;
  terms: DetectionTerm[];
  negatives: DetectionTerm[];
  rules: PackedRules;
}

/** One pack's share of the always-on script, and what the background keeps for pages that pass its gate. */
export interface CompactPack {
  /** The pack's meta.id. */
  topic: string;
  /**
   * What the always-on script ships: every term in English, and every language's core terms
   * (the gate and the first test of a page).
   */
  detection: PackedVocabulary;
  /**
   * The rest of the other languages' vocabulary (context terms and near-misses), in the scorer
   * (content/detect.js) injected only into a page that passed the gate: most pages never need it.
   */
  detectionExtras: VocabularyExtras;
}

export type VocabularyExtras = Omit<PackedVocabulary, 'threshold' | 'rules'>;

/** What the always-on script needs of a topic: its gate (every language's core terms) and threshold. */
export interface TopicGateData {
  topic: string;
  threshold: number;
  /** The core phrases, joined by "|". */
  core: string;
}

/**
 * The `pack:compact` virtual module. Boot imports only `gates`, and the compact budget measures
 * that; the scorer (content/detect.js) imports the vocabularies and their extras.
 */
export interface CompactModule {
  gates: TopicGateData[];
  vocabularies: Pick<CompactPack, 'topic' | 'detection'>[];
  /** Topic → its extras. */
  detectionExtras: Record<string, VocabularyExtras>;
}
