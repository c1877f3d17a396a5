/**
 * Detection of one page as the always-on script runs it, for every topic pack: each topic's cheap
 * gate runs once per detection, and only a page that passes one has the scorer injected
 * (content/detect.js: the detector and every language's vocabulary, which would make the
 * always-on script far larger). Pages that pass no gate, nearly all of the web, never load it.
 */
import type { CompactModule } from '../../shared/pack/types.ts';
import type { DetectionReport } from '../../shared/detection.ts';
import { gateRegExp, type Gate } from '../../shared/text-pattern.ts';
import type { PageScorer } from '../app-contract.ts';
import { reportError } from '../report-error.ts';
import { noTopicTerm, passesGate } from './topic-gate.ts';

export interface PageDetector {
  detect(doc: Document): Promise<DetectionReport>;
}

/**
 * `loadScorer` resolves once the scorer is in this world (injecting it the first time); it may
 * reject (the extension reloading, a page the browser will not inject into): the page then
 * counts as not detected, and the next detection tries again.
 */
export function createPageDetector(topics: CompactModule['gates'], loadScorer: () => Promise<PageScorer>): PageDetector {
  let gates: (Gate | null)[] | undefined;
  return {
    async detect(doc) {
      const started = performance.now();
      gates ??= topics.map((t) => gateRegExp(t.core.split('|')));
      const body = doc.body?.textContent ?? '';
      const passed = topics.filter((_, i) => passesGate(doc, gates![i]!, body)).map((t) => t.topic);
      const first = topics[0]!;
      try {
        if (passed.length) return await (await loadScorer()).score(doc, passed, started);
      } catch (error) {
        reportError('detect', error);
      }
      return noTopicTerm(first.topic, first.threshold, started);
    },
  };
}
