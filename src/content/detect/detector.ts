/**
 * Decides whether a page is an article mainly about the pack's topic. It weighs where the
 * vocabulary stands (title and headings count more than body text), how dense the core terms
 * are, and how many different topic concepts appear (a game review says "land mines" often but
 * says nothing else about the topic), and subtracts near-miss signals. Cheap by construction:
 * on almost every page one regex test over the body text rejects it and nothing else runs.
 */
import type { DetectionTerm, DetectionVocabulary } from '../../shared/pack/types.ts';
import type { DetectedTerm, DetectionReport } from '../../shared/detection.ts';
import { combinedRegExp, gateRegExp, phraseKey, phraseRegExp, STEM, type Gate } from '../../shared/text-pattern.ts';
import { readPageText, type PageText } from './page-text.ts';

const TITLE_FACTOR = 3;
const HEADING_FACTOR = 2;
/** A term repeated many times says less than several different terms. */
const MAX_COUNT_PER_TERM = 6;
/** Core-term matches per 1,000 words below which the topic is only mentioned in passing. */
const MIN_DENSITY = 1.5;
/** Core-term matches (title and body) needed at all. */
const MIN_CORE_HITS = 2;
/** Different topic concepts needed: the landmine word family alone is a metaphor or a game. */
const MIN_CONCEPTS = 3;
/**
 * Core terms this heavy name the treaty or its monitor (Ottawa Convention, Mine Ban Treaty, their
 * translations): with one of them, two concepts suffice. A metaphor or a game never names the
 * treaty, and short foreign-language reports often say little beside it and "antipersonnel mines".
 */
const TREATY_WEIGHT = 5;
/**
 * Shorter than this, a page is a brief (a bullet-point summary, an NGO statement): its words can
 * add up to only so much, so the threshold shrinks with its length, to no less than SHORT_FLOOR
 * of itself. The core-hit, density and concept rules still apply in full.
 */
const FULL_LENGTH_WORDS = 300;
const SHORT_FLOOR = 0.6;

export function thresholdFor(threshold: number, words: number): number {
  return Math.round(threshold * Math.min(1, Math.max(SHORT_FLOOR, words / FULL_LENGTH_WORDS)) * 10) / 10;
}
/** Shortest concept that absorbs longer ones starting with it (see countConcepts). */
const MIN_STEM_CONCEPT = 5;

export interface CompiledVocabulary {
  vocab: DetectionVocabulary;
  /** Any core term, case-insensitive, no boundaries: the one test every page pays for. */
  gate: Gate | null;
  all: RegExp | null;
  caseSensitive: RegExp | null;
  negatives: RegExp | null;
  byKey: Map<string, DetectionTerm>;
  terms: TermLookup;
  negativeTerms: TermLookup;
}

/** Matched text → term: exact phrase keys, then the stemmed phrases (forms are remembered once resolved). */
export interface TermLookup {
  byKey: Map<string, DetectionTerm>;
  stemmed: DetectionTerm[];
}

function lookup(terms: readonly DetectionTerm[]): TermLookup {
  const byKey = new Map<string, DetectionTerm>();
  for (const t of terms) byKey.set(t.caseSensitive ? t.phrase : phraseKey(t.phrase), t);
  return { byKey, stemmed: terms.filter((t) => t.phrase.includes(STEM)) };
}

export function compileVocabulary(vocab: DetectionVocabulary): CompiledVocabulary {
  const insensitive = vocab.terms.filter((t) => !t.caseSensitive);
  const terms = lookup(vocab.terms);
  return {
    vocab,
    gate: gateRegExp(vocab.terms.filter((t) => t.role === 'core').map((t) => t.phrase)),
    all: combinedRegExp(insensitive.map((t) => t.phrase)),
    caseSensitive: combinedRegExp(vocab.terms.filter((t) => t.caseSensitive).map((t) => t.phrase)),
    negatives: combinedRegExp(vocab.negatives.map((t) => t.phrase)),
    byKey: new Map(terms.byKey),
    terms,
    negativeTerms: lookup(vocab.negatives),
  };
}

const stemRegExps = new WeakMap<DetectionTerm, RegExp>();

/** The term a matched piece of text stands for; inflected forms are remembered once resolved. */
function termFor(key: string, terms: TermLookup): DetectionTerm | undefined {
  const known = terms.byKey.get(key);
  if (known) return known;
  for (const t of terms.stemmed) {
    let re = stemRegExps.get(t);
    if (!re) stemRegExps.set(t, (re = phraseRegExp(t.caseSensitive ? t.phrase : phraseKey(t.phrase), t.caseSensitive ? 'u' : 'iu')));
    if (re.test(key)) {
      terms.byKey.set(key, t);
      return t;
    }
  }
  return undefined;
}

/** Counts per term of one part of the page (matched forms of one stem add up). */
function termCounts(counts: Map<string, number>, terms: TermLookup): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, n] of counts) {
    const t = termFor(key, terms);
    if (!t) continue;
    const k = t.caseSensitive ? t.phrase : phraseKey(t.phrase);
    out.set(k, (out.get(k) ?? 0) + n);
  }
  return out;
}

/** "Land mines", "landmine", "anti-personnel" → one concept each: spelling variants are not evidence. */
export function conceptOf(phrase: string): string {
  return phraseKey(phrase).replace(/[\s*-]+/g, '').replace(/s$/, '');
}

/**
 * Distinct concepts, where a stem and the words it covers are one: "ukrain*" (Ukrainy, Ukrainian)
 * and "ukraine" name one country, "landmin*" (landminor) and "landmine" one weapon.
 */
export function countConcepts(concepts: Iterable<string>): number {
  const kept: string[] = [];
  for (const c of [...new Set(concepts)].sort((a, b) => a.length - b.length)) {
    if (!kept.some((k) => k.length >= MIN_STEM_CONCEPT && c.startsWith(k))) kept.push(c);
  }
  return kept.length;
}

function countMatches(re: RegExp | null, text: string, into: Map<string, number>, normalise: boolean): void {
  if (!re) return;
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    const key = normalise ? phraseKey(m[0]) : m[0];
    into.set(key, (into.get(key) ?? 0) + 1);
  }
}

/** Japanese text has no spaces: about two characters make a word, so its density is comparable. */
function countWords(text: string): number {
  let n = 0;
  const re = /\S+/g;
  while (re.exec(text)) n++;
  const kanaKanji = text.match(/[\u3040-\u30ff\u3400-\u9fff]/g)?.length ?? 0;
  return n + kanaKanji / 2;
}

function notDetected(threshold: number, started: number, reason: string): DetectionReport {
  return { detected: false, score: 0, threshold, terms: [], reason, ms: performance.now() - started };
}

/**
 * True when the page could be about the topic at all: one regex test over the body's raw text,
 * the whole cost on most pages. It counts script and hidden text too (reading only rendered text
 * costs ~20× as much); a page that passes is then judged on its rendered text alone.
 */
export function passesGate(doc: Document, compiled: CompiledVocabulary): boolean {
  if (!compiled.gate) return false;
  return compiled.gate.test(doc.body?.textContent ?? '') || compiled.gate.test(doc.title);
}

/** `passed`: the gate's answer when the caller already ran it (the gate is the whole cost on most pages). */
export function detectPage(doc: Document, compiled: CompiledVocabulary, passed?: boolean): DetectionReport {
  const started = performance.now();
  if (!(passed ?? passesGate(doc, compiled))) return notDetected(compiled.vocab.threshold, started, 'No topic term on the page.');
  return detectText(readPageText(doc), compiled, started);
}

/** Weighted near-miss matches (mining, sea mines, games, metaphors), each capped like a term. */
function nearMissPenalty(lowerText: string, compiled: CompiledVocabulary): number {
  const found = new Map<string, number>();
  countMatches(compiled.negatives, lowerText, found, true);
  const negatives = termCounts(found, compiled.negativeTerms);
  let penalty = 0;
  for (const t of compiled.vocab.negatives) penalty += t.weight * Math.min(negatives.get(phraseKey(t.phrase)) ?? 0, MAX_COUNT_PER_TERM);
  return penalty;
}

export function detectText(text: PageText, compiled: CompiledVocabulary, started = performance.now()): DetectionReport {
  const { vocab } = compiled;
  const lowerBody = text.body.toLowerCase();
  const lowerTitle = text.title.toLowerCase();
  const lowerHeadings = text.headings.toLowerCase();

  const where = new Map<string, Set<DetectedTerm['where'][number]>>();
  const score = (part: string, lower: string, kind: DetectedTerm['where'][number]) => {
    const counts = new Map<string, number>();
    countMatches(compiled.all, lower, counts, true);
    countMatches(compiled.caseSensitive, part, counts, false);
    const resolved = termCounts(counts, compiled.terms);
    for (const key of resolved.keys()) {
      if (!where.has(key)) where.set(key, new Set());
      where.get(key)?.add(kind);
    }
    return resolved;
  };
  const titleCounts = score(text.title, lowerTitle, 'title');
  const headingCounts = score(text.headings, lowerHeadings, 'heading');
  const bodyCounts = score(text.body, lowerBody, 'body');

  const terms: DetectedTerm[] = [];
  const concepts = new Set<string>();
  let total = 0;
  let coreHits = 0;
  let coreBodyHits = 0;
  let namesTreaty = false;
  for (const [key, places] of where) {
    const term = compiled.byKey.get(key);
    if (!term) continue;
    const body = bodyCounts.get(key) ?? 0;
    const title = titleCounts.get(key) ?? 0;
    const heading = headingCounts.get(key) ?? 0;
    if (term.role === 'core') {
      namesTreaty ||= term.weight >= TREATY_WEIGHT;
      coreBodyHits += body;
      coreHits += body + title;
    }
    concepts.add(conceptOf(term.phrase));
    const contribution =
      term.weight * (Math.min(body, MAX_COUNT_PER_TERM) + TITLE_FACTOR * Math.min(title, 1) + HEADING_FACTOR * Math.min(heading, 1));
    total += contribution;
    terms.push({ phrase: term.phrase, count: body + title + heading, where: [...places], contribution });
  }

  const penalty = nearMissPenalty(`${lowerTitle}\n${lowerHeadings}\n${lowerBody}`, compiled);

  const conceptCount = countConcepts(concepts);
  const conceptsNeeded = namesTreaty ? MIN_CONCEPTS - 1 : MIN_CONCEPTS;

  const words = Math.max(countWords(text.body), 1);
  const threshold = thresholdFor(vocab.threshold, words);
  const density = (coreBodyHits * 1000) / words;
  const finalScore = Math.round((total - penalty) * 10) / 10;
  terms.sort((a, b) => b.contribution - a.contribution);
  const top = terms.slice(0, 5).map((t) => `“${t.phrase}” ×${t.count}`).join(', ');

  let reason: string;
  let detected = false;
  if (coreHits === 0) reason = `Only supporting terms, no core topic term (${top}).`;
  else if (coreHits < MIN_CORE_HITS || density < MIN_DENSITY) reason = `Mentioned in passing: ${coreHits} core term(s), ${density.toFixed(1)} per 1,000 words.`;
  else if (conceptCount < conceptsNeeded) reason = `Too narrow: ${conceptCount} topic concept(s), ${conceptsNeeded} needed (${top}).`;
  else if (!(finalScore >= threshold)) reason = `Score ${finalScore} < ${threshold}${penalty ? ` (near-miss terms −${penalty})` : ''}: ${top}.`;
  else {
    detected = true;
    reason = `Score ${finalScore} ≥ ${threshold}: ${top}.`;
  }
  return { detected, score: finalScore, threshold, terms, reason, ms: performance.now() - started };
}
