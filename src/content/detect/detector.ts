/**
 * Decides whether a page is an article mainly about the pack's topic. It weighs where the
 * vocabulary stands (title and headings count more than body text) and how dense it is, and
 * subtracts near-miss signals. Cheap by construction: one regex test rejects almost every page.
 */
import type { DetectionTerm, DetectionVocabulary } from '../../shared/pack/types.ts';
import type { DetectedTerm, DetectionReport } from '../../shared/detection.ts';
import { combinedRegExp, phraseKey } from '../../shared/text-pattern.ts';
import { readPageText, type PageText } from './page-text.ts';

const TITLE_FACTOR = 3;
const HEADING_FACTOR = 2;
/** A term repeated many times says less than several different terms. */
const MAX_COUNT_PER_TERM = 6;
/** Matches per 1,000 words below which the topic is only mentioned in passing. */
const MIN_DENSITY = 1.5;

export interface CompiledVocabulary {
  vocab: DetectionVocabulary;
  /** Any core term, lower-cased text: the cheap gate. */
  core: RegExp | null;
  all: RegExp | null;
  caseSensitive: RegExp | null;
  negatives: RegExp | null;
  byKey: Map<string, DetectionTerm>;
}

export function compileVocabulary(vocab: DetectionVocabulary): CompiledVocabulary {
  const insensitive = vocab.terms.filter((t) => !t.caseSensitive);
  const byKey = new Map<string, DetectionTerm>();
  for (const t of vocab.terms) byKey.set(t.caseSensitive ? t.phrase : phraseKey(t.phrase), t);
  return {
    vocab,
    core: combinedRegExp(insensitive.filter((t) => t.role === 'core').map((t) => t.phrase), 'u'),
    all: combinedRegExp(insensitive.map((t) => t.phrase)),
    caseSensitive: combinedRegExp(vocab.terms.filter((t) => t.caseSensitive).map((t) => t.phrase)),
    negatives: combinedRegExp(vocab.negatives.map((t) => t.phrase)),
    byKey,
  };
}

function countMatches(re: RegExp | null, text: string, into: Map<string, number>, normalise: boolean): void {
  if (!re) return;
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    const key = normalise ? phraseKey(m[0]) : m[0];
    into.set(key, (into.get(key) ?? 0) + 1);
  }
}

function countWords(text: string): number {
  let n = 0;
  const re = /\S+/g;
  while (re.exec(text)) n++;
  return n;
}

function notDetected(threshold: number, started: number, reason: string): DetectionReport {
  return { detected: false, score: 0, threshold, terms: [], reason, ms: performance.now() - started };
}

export function detectPage(doc: Document, compiled: CompiledVocabulary): DetectionReport {
  const started = performance.now();
  return detectText(readPageText(doc), compiled, started);
}

export function detectText(text: PageText, compiled: CompiledVocabulary, started = performance.now()): DetectionReport {
  const { vocab } = compiled;
  const lowerBody = text.body.toLowerCase();
  const lowerTitle = `${text.title}\n${text.headings}`.toLowerCase();
  if (!compiled.core || (!compiled.core.test(lowerBody) && !compiled.core.test(lowerTitle))) {
    return notDetected(vocab.threshold, started, 'No topic term on the page.');
  }

  const where = new Map<string, Set<DetectedTerm['where'][number]>>();
  const score = (part: string, lower: string, kind: DetectedTerm['where'][number]) => {
    const counts = new Map<string, number>();
    countMatches(compiled.all, lower, counts, true);
    countMatches(compiled.caseSensitive, part, counts, false);
    for (const key of counts.keys()) {
      if (!where.has(key)) where.set(key, new Set());
      where.get(key)?.add(kind);
    }
    return counts;
  };
  const titleCounts = score(text.title, text.title.toLowerCase(), 'title');
  const headingCounts = score(text.headings, text.headings.toLowerCase(), 'heading');
  const bodyCounts = score(text.body, lowerBody, 'body');

  const terms: DetectedTerm[] = [];
  let total = 0;
  let coreHits = 0;
  let bodyHits = 0;
  for (const [key, places] of where) {
    const term = compiled.byKey.get(key);
    if (!term) continue;
    const body = bodyCounts.get(key) ?? 0;
    bodyHits += body;
    if (term.role === 'core') coreHits += body + (titleCounts.get(key) ?? 0);
    const contribution =
      term.weight *
      (Math.min(body, MAX_COUNT_PER_TERM) +
        TITLE_FACTOR * Math.min(titleCounts.get(key) ?? 0, 1) +
        HEADING_FACTOR * Math.min(headingCounts.get(key) ?? 0, 1));
    total += contribution;
    terms.push({ phrase: term.phrase, count: body + (titleCounts.get(key) ?? 0) + (headingCounts.get(key) ?? 0), where: [...places], contribution });
  }

  const negatives = new Map<string, number>();
  countMatches(compiled.negatives, `${lowerTitle}\n${lowerBody}`, negatives, true);
  let penalty = 0;
  for (const t of compiled.vocab.negatives) penalty += t.weight * Math.min(negatives.get(phraseKey(t.phrase)) ?? 0, MAX_COUNT_PER_TERM);

  const words = Math.max(countWords(text.body), 1);
  const density = (bodyHits * 1000) / words;
  const finalScore = Math.round((total - penalty) * 10) / 10;
  terms.sort((a, b) => b.contribution - a.contribution);
  const top = terms.slice(0, 5).map((t) => `“${t.phrase}” ×${t.count}`).join(', ');
  let detected = finalScore >= vocab.threshold && coreHits > 0 && density >= MIN_DENSITY;
  let reason: string;
  if (detected) reason = `Score ${finalScore} ≥ ${vocab.threshold}: ${top}.`;
  else if (coreHits === 0) reason = `Only supporting terms, no core topic term (${top}).`;
  else if (density < MIN_DENSITY) reason = `Mentioned in passing: ${density.toFixed(1)} topic terms per 1,000 words.`;
  else reason = `Score ${finalScore} < ${vocab.threshold}${penalty ? ` (near-miss terms −${penalty})` : ''}: ${top}.`;
  if (!Number.isFinite(finalScore)) detected = false;
  return { detected, score: finalScore, threshold: vocab.threshold, terms, reason, ms: performance.now() - started };
}
