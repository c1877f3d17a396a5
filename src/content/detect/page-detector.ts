/**
 * Detection of one page as the always-on script runs it: the compact vocabulary is compiled on
 * first use, the cheap gate runs once per detection, and only a page that passes it asks the
 * background (once) for the other languages' context terms and near-misses, which would
 * otherwise make the always-on script a third larger.
 */
import { detection as vocabulary } from 'pack:compact';
import type { PackedVocabulary } from '../../shared/pack/types.ts';
import type { DetectionReport } from '../../shared/detection.ts';
import { unpackVocabulary } from '../../shared/pack/compact.ts';
import { compileVocabulary, detectPage, passesGate, type CompiledVocabulary } from './detector.ts';

export type DetectionExtras = Omit<PackedVocabulary, 'threshold' | 'rules'>;

export interface PageDetector {
  detect(doc: Document): Promise<DetectionReport>;
}

/** `fetchExtras` asks the background; it may reject or answer nothing (the extension reloading). */
export function createPageDetector(fetchExtras: () => Promise<DetectionExtras | undefined>): PageDetector {
  let compiled: CompiledVocabulary | undefined;
  let full: CompiledVocabulary | undefined;

  const fullVocabulary = async (base: CompiledVocabulary): Promise<CompiledVocabulary> => {
    if (full) return full;
    const extras = await fetchExtras().catch(() => undefined);
    if (!extras?.terms) return base;
    return (full = compileVocabulary(unpackVocabulary(vocabulary, extras)));
  };

  return {
    async detect(doc) {
      compiled ??= compileVocabulary(unpackVocabulary(vocabulary));
      // One gate test per page: its answer decides whether the extras are fetched and is reused.
      const passed = passesGate(doc, compiled);
      return detectPage(doc, passed ? await fullVocabulary(compiled) : compiled, passed);
    },
  };
}
