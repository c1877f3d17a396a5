/**
 * The cheap first test of a page for one topic, and the report of a page that fails it. Apart
 * from the scoring (detector.ts): the always-on script holds only this, and the scorer is
 * injected into the few pages that pass.
 */
import type { DetectionTerm } from '../../shared/pack/types.ts';
import type { DetectionReport } from '../../shared/detection.ts';
import { gateRegExp, type Gate } from '../../shared/text-pattern.ts';

/** Any core term, case-insensitive, no boundaries: the one test every page pays for. */
export function topicGate(terms: readonly DetectionTerm[]): Gate | null {
  return gateRegExp(terms.filter((t) => t.role === 'core').map((t) => t.phrase));
}

/**
 * True when the page could be about the topic at all: one regex test over the body's raw text,
 * the whole cost on most pages. It counts script and hidden text too (reading only rendered text
 * costs ~20× as much); a page that passes is then judged on its rendered text alone.
 * `body`: the body's text when the caller already read it (once for every topic).
 */
export function passesGate(doc: Document, gate: Gate | null, body = doc.body?.textContent ?? ''): boolean {
  return !!gate && (gate.test(body) || gate.test(doc.title));
}

/** The report of a page without a single core term of the topic. */
export function noTopicTerm(topic: string, threshold: number, started: number): DetectionReport {
  return { detected: false, topic, topics: [], score: 0, threshold, terms: [], verdict: { kind: 'no-term' }, ms: performance.now() - started };
}
