/**
 * Detection of one page as the always-on script runs it, for every topic pack: the compact
 * vocabularies are compiled on first use, each topic's cheap gate runs once per detection, and
 * only a page that passes one asks the background (once) for the other languages' context terms
 * and near-misses, which would otherwise make the always-on script a third larger. The report is
 * the best topic's, and lists every topic detected.
 */
import { vocabularies } from 'pack:compact';
import type { VocabularyExtras } from '../../shared/pack/types.ts';
import type { DetectionReport } from '../../shared/detection.ts';
import { unpackVocabulary } from '../../shared/pack/compact.ts';
import { compileVocabulary, detectText, noTopicTerm, passesGate, type CompiledVocabulary } from './detector.ts';
import { readPageText } from './page-text.ts';
import { bestReport } from './page-detector-report.ts';

/** Topic → the rest of its vocabulary. */
export type DetectionExtras = Record<string, VocabularyExtras>;

export interface PageDetector {
  detect(doc: Document): Promise<DetectionReport>;
}

/** `fetchExtras` asks the background; it may reject or answer nothing (the extension reloading). */
export function createPageDetector(fetchExtras: () => Promise<DetectionExtras | undefined>): PageDetector {
  let compiled: CompiledVocabulary[] | undefined;
  /** Each topic's vocabulary with its extras, once the background sent them. */
  const full = new Map<CompiledVocabulary, CompiledVocabulary>();

  return {
    async detect(doc) {
      const started = performance.now();
      compiled ??= vocabularies.map((v) => compileVocabulary(unpackVocabulary(v.detection), v.topic));
      // One gate test per topic and page: its answer decides whether the extras are fetched.
      const passed = compiled.filter((c) => passesGate(doc, c));
      if (!passed.length) return noTopicTerm(compiled[0]!, started);
      const extras = passed.some((c) => !full.has(c)) ? await fetchExtras().catch(() => undefined) : undefined;
      const text = readPageText(doc);
      return bestReport(
        passed.map((c) => {
          const mine = extras?.[c.topic];
          if (mine?.terms) full.set(c, compileVocabulary(unpackVocabulary(vocabularies[compiled!.indexOf(c)]!.detection, mine), c.topic));
          return detectText(text, full.get(c) ?? c, started);
        }),
      );
    },
  };
}
