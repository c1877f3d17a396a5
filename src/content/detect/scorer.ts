/**
 * The full scoring of a page that passed a topic's gate, with each topic's whole vocabulary:
 * the always-on script's part and the other languages' context terms and near-misses.
 */
import type { CompactModule } from '../../shared/pack/types.ts';
import type { DetectionReport } from '../../shared/detection.ts';
import { unpackVocabulary } from '../../shared/pack/compact.ts';
import type { PageScorer } from '../app-contract.ts';
import { compileVocabulary, detectTextSliced, type CompiledVocabulary } from './detector.ts';
import { readPageText } from './page-text.ts';
import { bestReport } from './page-detector-report.ts';
import { WorkBreaks } from './work-breaks.ts';

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
    async score(doc, topics, started) {
      const breaks = new WorkBreaks();
      const built = compiled.size;
      const known = topics.map(vocabularyOf).filter((c) => c !== undefined);
      if (!known.length) throw new Error(`no vocabulary for ${topics.join(', ')}`);
      // Building the phrase lists is most of a first visit's work on a short article (5–10 ms): a task of its own.
      if (compiled.size > built) await breaks.take();
      const text = readPageText(doc);
      // Reading 300,000 characters takes about 10 ms: with the first window of matching, a long task.
      await breaks.maybe();
      const reports: DetectionReport[] = [];
      for (const c of known) reports.push(await detectTextSliced(text, c, started, breaks));
      return { ...bestReport(reports), ms: performance.now() - started - breaks.paused };
    },
  };
}
