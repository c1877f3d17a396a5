/**
 * The part of a topic pack the always-on content script needs on every page: the detection
 * vocabulary, packed, and nothing else. Pure (no Node or DOM APIs beyond TextEncoder), so it can
 * run at build time or in tests.
 */
import type { CompactModule, CompactPack, DetectionTerm, DetectionVocabulary, PackedTerms, PackedVocabulary, TopicPack, Vocabulary, VocabularyExtras } from './types.ts';
import { packRules } from './rules.ts';

const groupOf = (t: DetectionTerm) => `${t.role === 'core' ? 'c' : 'x'}${t.caseSensitive ? 's' : ''}${t.weight}`;

export function packTerms(terms: readonly DetectionTerm[]): PackedTerms {
  const out: PackedTerms = {};
  for (const t of terms) {
    const g = groupOf(t);
    out[g] = out[g] === undefined ? t.phrase : `${out[g]}|${t.phrase}`;
  }
  return out;
}

export function unpackTerms(packed: PackedTerms): DetectionTerm[] {
  const out: DetectionTerm[] = [];
  for (const [g, phrases] of Object.entries(packed)) {
    const m = /^([cx])(s?)([\d.]+)$/.exec(g);
    if (!m) continue;
    for (const phrase of phrases.split('|')) {
      const t: DetectionTerm = { phrase, weight: Number(m[3]), role: m[1] === 'c' ? 'core' : 'context' };
      if (m[2]) t.caseSensitive = true;
      out.push(t);
    }
  }
  return out;
}

export function unpackVocabulary(packed: PackedVocabulary, extras?: VocabularyExtras): Vocabulary {
  const terms = unpackTerms(packed.terms);
  const negatives = unpackTerms(packed.negatives);
  if (extras) {
    terms.push(...unpackTerms(extras.terms));
    negatives.push(...unpackTerms(extras.negatives));
  }
  return { ...packed, terms, negatives };
}

/** A pack's whole vocabulary (every language), as the detector takes it: for tests and tools. */
export function vocabularyOf(detection: DetectionVocabulary): Vocabulary {
  return { threshold: detection.threshold, terms: detection.terms, negatives: detection.negatives, rules: packRules(detection.rules) };
}

/** English terms, and other languages' core terms: the part of the vocabulary every page carries. */
const inBoot = (t: DetectionTerm) => !t.lang || t.role === 'core';

export function compactPack(pack: TopicPack): CompactPack {
  return {
    topic: pack.meta.id,
    detection: {
      threshold: pack.detection.threshold,
      terms: packTerms(pack.detection.terms.filter(inBoot)),
      negatives: packTerms(pack.detection.negatives.filter(inBoot)),
      rules: packRules(pack.detection.rules),
    },
    detectionExtras: {
      terms: packTerms(pack.detection.terms.filter((t) => !inBoot(t))),
      negatives: packTerms(pack.detection.negatives.filter((t) => !inBoot(t))),
    },
  };
}

/** The `pack:compact` module: every pack's always-on vocabulary, and the extras by topic. */
export function compactModule(packs: readonly TopicPack[]): CompactModule {
  const compact = packs.map(compactPack);
  return {
    gates: packs.map((p) => ({
      topic: p.meta.id,
      threshold: p.detection.threshold,
      core: p.detection.terms.filter((t) => t.role === 'core').map((t) => t.phrase).join('|'),
    })),
    vocabularies: compact.map(({ topic, detection }) => ({ topic, detection })),
    detectionExtras: Object.fromEntries(compact.map(({ topic, detectionExtras }) => [topic, detectionExtras])),
  };
}

/** Size in bytes of the value as minified JSON (UTF-8), the measure the size budgets use. */
export function minifiedSize(obj: unknown): number {
  return new TextEncoder().encode(JSON.stringify(obj)).length;
}
