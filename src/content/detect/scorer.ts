/**
 * The full scoring of a page that passed a topic's gate, with each topic's whole vocabulary:
 * the always-on script's part and the other languages' context terms and near-misses.
 */
import type { CompactModule } from '../../shared/pack/types.ts';
import { unpackVocabulary } from '../../shared/pack/compact.ts';
import type { PageScorer } from '../app-contract.ts';
import { compileVocabulary, detectText, type CompiledVocabulary } from './detector.ts';
import { readPageText } from './page-text.ts';
import { bestReport } from './page-detector-report.ts';

export function createScorer({ vocabularies, detectionExtras }: Pick<CompactModule, 'vocabularies' | 'detectionExtras'>): PageScorer {
  /** Topic → its vocabulary, compiled on first use (a page passes one topic's gate, rarely more). */
  const compiled = new Map<string, CompiledVocabulary>();
  const vocabularyOf = (topic: string) => {
    let c = compiled.get(topic);
    const packed = vocabularies.find((v) => v.topic === topic);
    if (!c && packed) compiled.set(topic, (c = compileVocabulary(unpackVocabulary(packed.detection, detectionExtras[topic]), topic)));
    return c;
  };
  return {
    score(doc, topics, started) {
      const known = topics.map(vocabularyOf).filter((c) => c !== undefined);
      if (!known.length) throw new Error(`no vocabulary for ${topics.join(', ')}`);
      const text = readPageText(doc);
      return bestReport(known.map((c) => detectText(text, c, started)));
    },
  };
}
