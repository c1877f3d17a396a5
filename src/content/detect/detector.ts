/**
 * Decides whether a page is an article mainly about the pack's topic. It weighs where the
 * vocabulary stands (title and headings count more than body text), how dense the core terms
 * are, and how many different topic concepts appear (a game review says "land mines" often but
 * says nothing else about the topic), and subtracts near-miss signals. Cheap by construction:
 * on almost every page one regex test over the body text (topic-gate.ts, in the always-on script)
 * rejects it and this file is never loaded.
 */
import type { DetectionTerm, Vocabulary } from '../../shared/pack/types.ts';
import type { PackedRules } from '../../shared/pack/rules.ts';
import type { DetectedTerm, DetectionReport, Verdict } from '../../shared/detection.ts';
import { phraseKey, phraseRegExp, STEM, type Gate } from '../../shared/text-pattern.ts';
import { PhraseScanner } from './phrase-scanner.ts';
import { readPageText, type PageText } from './page-text.ts';
import { noTopicTerm, passesGate, topicGate } from './topic-gate.ts';
import type { WorkBreaks } from './work-breaks.ts';

/**
 * Shorter than `fullLengthWords`, a page is a brief (a bullet-point summary, an NGO statement): its
 * words can add up to only so much, so the threshold shrinks with its length, to no less than
 * `shortFloor` of itself. The core-hit, density and concept rules still apply in full.
 */
export function thresholdFor(threshold: number, words: number, rules: PackedRules): number {
  const [, , , , , , , fullLengthWords, shortFloor] = rules;
  return Math.round(threshold * Math.min(1, Math.max(shortFloor, words / fullLengthWords)) * 10) / 10;
}
/** Shortest concept that absorbs longer ones starting with it (see countConcepts). */
const MIN_STEM_CONCEPT = 5;

export interface CompiledVocabulary {
  /** The pack (meta.id) the vocabulary belongs to. */
  topic: string;
  vocab: Vocabulary;
  /** Any core term, case-insensitive, no boundaries: the one test every page pays for (built on first use: the scorer never needs it). */
  readonly gate: Gate | null;
  all: PhraseScanner | null;
  caseSensitive: PhraseScanner | null;
  negatives: PhraseScanner | null;
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

const scannerOf = (phrases: readonly string[]) => (phrases.length ? new PhraseScanner(phrases) : null);

export function compileVocabulary(vocab: Vocabulary, topic = ''): CompiledVocabulary {
  const insensitive = vocab.terms.filter((t) => !t.caseSensitive);
  const terms = lookup(vocab.terms);
  let gate: Gate | null | undefined;
  return {
    topic,
    vocab,
    get gate() {
      return gate === undefined ? (gate = topicGate(vocab.terms)) : gate;
    },
    all: scannerOf(insensitive.map((t) => t.phrase)),
    caseSensitive: scannerOf(vocab.terms.filter((t) => t.caseSensitive).map((t) => t.phrase)),
    negatives: scannerOf(vocab.negatives.map((t) => t.phrase)),
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

/**
 * Characters matched between two points where a sliced scoring may let the page run. On a first
 * visit the matching runs cold: 100,000 characters could take 30 ms, and a window of 50,000 after
 * the page's text was read made tasks of up to 48 ms. An article of up to about 4,000 words is one
 * window.
 */
export const SCAN_WINDOW = 25_000;

/** Steps of a scoring: each yield is a point where the page may run before the next window. */
type Steps<T> = Generator<void, T, void>;

function* countMatches(scanner: PhraseScanner | null, text: string, into: Map<string, number>, normalise: boolean): Steps<void> {
  if (!scanner) return;
  let from = 0;
  for (let until = SCAN_WINDOW; from < text.length; until += SCAN_WINDOW) {
    const window = scanner.scan(text, from, until);
    for (const [start, end] of window.spans) {
      const found = text.slice(start, end);
      const key = normalise ? phraseKey(found) : found;
      into.set(key, (into.get(key) ?? 0) + 1);
    }
    from = window.next;
    if (from < text.length) yield;
  }
}

/**
 * Japanese text has no spaces: about two characters make a word, so its density is comparable.
 * One `match` call, not an `exec` loop: on a first visit the loop runs in the interpreter, once
 * per word (2.2 ms against 0.3 ms on a 3,000-word article, 9.3 against 4.9 ms on 50,000 words).
 */
function countWords(text: string): number {
  const n = text.match(/\S+/g)?.length ?? 0;
  const kanaKanji = text.match(/[\u3040-\u30ff\u3400-\u9fff]/g)?.length ?? 0;
  return n + kanaKanji / 2;
}

/** `passed`: the gate's answer when the caller already ran it (the gate is the whole cost on most pages). */
export function detectPage(doc: Document, compiled: CompiledVocabulary, passed?: boolean): DetectionReport {
  const started = performance.now();
  if (!(passed ?? passesGate(doc, compiled.gate))) return noTopicTerm(compiled.topic, compiled.vocab.threshold, started);
  return detectText(readPageText(doc), compiled, started);
}

/** Weighted near-miss matches (mining, sea mines, games, metaphors), each capped like a term. */
function* nearMissPenalty(lowerText: string, compiled: CompiledVocabulary): Steps<number> {
  const found = new Map<string, number>();
  yield* countMatches(compiled.negatives, lowerText, found, true);
  const negatives = termCounts(found, compiled.negativeTerms);
  const [, , , , , , maxCountPerTerm] = compiled.vocab.rules;
  let penalty = 0;
  for (const t of compiled.vocab.negatives) penalty += t.weight * Math.min(negatives.get(phraseKey(t.phrase)) ?? 0, maxCountPerTerm);
  return penalty;
}

type Place = DetectedTerm['where'][number];

/** Per part of the page (title, headings, body), term key → matches; and where each term stood. */
interface PartCounts {
  parts: Record<Place, Map<string, number>>;
  where: Map<string, Set<Place>>;
}

function* countParts(text: PageText, lower: PageText, compiled: CompiledVocabulary): Steps<PartCounts> {
  const where = new Map<string, Set<Place>>();
  function* count(part: string, lowered: string, place: Place): Steps<Map<string, number>> {
    const counts = new Map<string, number>();
    yield* countMatches(compiled.all, lowered, counts, true);
    yield* countMatches(compiled.caseSensitive, part, counts, false);
    const resolved = termCounts(counts, compiled.terms);
    for (const key of resolved.keys()) {
      if (!where.has(key)) where.set(key, new Set());
      where.get(key)?.add(place);
    }
    return resolved;
  }
  const title = yield* count(text.title, lower.title, 'title');
  const heading = yield* count(text.headings, lower.headings, 'heading');
  const body = yield* count(text.body, lower.body, 'body');
  return { parts: { title, heading, body }, where };
}

export function detectText(text: PageText, compiled: CompiledVocabulary, started = performance.now()): DetectionReport {
  const steps = detectSteps(text, compiled, started);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same report as detectText, with breaks between the windows of a long text (the page runs
 * in them). Its `ms` counts the work since `started`, not the breaks.
 */
export async function detectTextSliced(text: PageText, compiled: CompiledVocabulary, started: number, breaks: WorkBreaks): Promise<DetectionReport> {
  const steps = detectSteps(text, compiled, started);
  for (;;) {
    const step = steps.next();
    if (step.done) return { ...step.value, ms: step.value.ms - breaks.paused };
    await breaks.maybe();
  }
}

function* detectSteps(text: PageText, compiled: CompiledVocabulary, started: number): Steps<DetectionReport> {
  const { vocab, topic } = compiled;
  const [minCoreHits, minDensity, minConcepts, strongCoreWeight, titleFactor, headingFactor, maxCountPerTerm] = vocab.rules;
  // Lower-cased once for both the terms and the near-misses (300,000 characters on a long page).
  const lower: PageText = { title: text.title.toLowerCase(), headings: text.headings.toLowerCase(), body: text.body.toLowerCase() };
  const { parts, where } = yield* countParts(text, lower, compiled);
  const terms: DetectedTerm[] = [];
  const concepts = new Set<string>();
  let total = 0;
  let coreHits = 0;
  let coreBodyHits = 0;
  let conceptsNeeded = minConcepts;
  for (const [key, places] of where) {
    const term = compiled.byKey.get(key);
    if (!term) continue;
    const body = parts.body.get(key) ?? 0;
    const title = parts.title.get(key) ?? 0;
    const heading = parts.heading.get(key) ?? 0;
    if (term.role === 'core') {
      // A strong core term (the treaty's name) is rarely a metaphor or a game: one concept fewer will do.
      if (term.weight >= strongCoreWeight) conceptsNeeded = minConcepts - 1;
      coreBodyHits += body;
      coreHits += body + title;
    }
    concepts.add(conceptOf(term.phrase));
    const contribution = term.weight * (Math.min(body, maxCountPerTerm) + titleFactor * Math.min(title, 1) + headingFactor * Math.min(heading, 1));
    total += contribution;
    terms.push({ phrase: term.phrase, count: body + title + heading, where: [...places], contribution });
  }

  const penalty = yield* nearMissPenalty(`${lower.title}\n${lower.headings}\n${lower.body}`, compiled);
  const conceptCount = countConcepts(concepts);
  const words = Math.max(countWords(text.body), 1);
  const threshold = thresholdFor(vocab.threshold, words, vocab.rules);
  const density = (coreBodyHits * 1000) / words;
  const score = Math.round((total - penalty) * 10) / 10;
  terms.sort((a, b) => b.contribution - a.contribution);
  const verdict: Verdict =
    coreHits === 0
      ? { kind: 'no-core' }
      : coreHits < minCoreHits || density < minDensity
        ? { kind: 'passing', coreHits, density: Math.round(density * 10) / 10 }
        : conceptCount < conceptsNeeded
          ? { kind: 'narrow', concepts: conceptCount, needed: conceptsNeeded }
          : !(score >= threshold)
            ? { kind: 'below', penalty }
            : { kind: 'detected' };
  const detected = verdict.kind === 'detected';
  return { detected, topic, topics: detected ? [topic] : [], score, threshold, terms, verdict, ms: performance.now() - started };
}
