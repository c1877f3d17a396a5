/**
 * Highlights an article: in one pass when it is short (a 3,000-word article takes a few ms), in
 * chunks over idle callbacks when it is long, so no task of ours comes near 50 ms. The first pass
 * with a new pattern compiles it first, in idle slices of its own.
 */
import type { AliasMatcher } from './alias-pattern.ts';
import { planChunks } from './chunks.ts';
import { highlight, type HighlightOptions, type HighlightResult } from './highlighter.ts';
import { runSliced, type SlicedRun } from './idle.ts';

/** Up to this many characters (≈ 6,000 words) one synchronous pass is well under a frame. */
export const SYNC_CHARS = 40_000;

export interface ArticleRun extends SlicedRun {
  /** Filled in as the work proceeds; complete once `done` resolves. */
  result: HighlightResult;
  /** The work runs in idle slices after the call (`workMs` counts only them); otherwise it was done in the call. */
  sliced: boolean;
  /** Characters of text in the context (what the run read to plan its work). */
  chars: number;
}

/** The kinds of string V8 compiles a regex for separately: Latin-1 only, and any other. */
type Kind = 'latin1' | 'wide';
const SAMPLE: Record<Kind, string> = { latin1: 'a', wide: '\u2019' };
const WIDE = /[\u0100-\uffff]/;
const compiled = new WeakMap<RegExp, Set<Kind>>();

/**
 * The kinds of text in `texts` the pattern is not yet compiled for. A news article nearly always
 * holds both: text nodes in plain Latin-1, and some with a curly quote or a dash.
 */
function uncompiled(regex: RegExp, texts: readonly string[]): Kind[] {
  const done = compiled.get(regex);
  if (done?.size === 2) return [];
  const kinds: Kind[] = done?.has('latin1') ? [] : ['latin1'];
  if (!done?.has('wide') && texts.some((t) => WIDE.test(t))) kinds.push('wide');
  return kinds;
}

/**
 * Compiles the pattern for one kind of text, by running it once on a sample. V8 compiles a regex
 * on its first run for each kind; for a pack's combined pattern that is 13–15 ms each, which made
 * the first pass over a 3,000-word article a task of 35–55 ms.
 */
function compile(regex: RegExp, kind: Kind): void {
  regex.lastIndex = 0;
  regex.exec(SAMPLE[kind]);
  regex.lastIndex = 0;
  const done = compiled.get(regex) ?? new Set<Kind>();
  compiled.set(regex, done.add(kind));
}

/** Compiles the pattern now for the text in `els` (the benchmark's setup, to time passes alone). */
export function compilePatternFor(regex: RegExp, els: readonly Element[]): void {
  for (const kind of uncompiled(regex, els.map((el) => el.textContent ?? ''))) compile(regex, kind);
}

export interface ArticleOptions extends HighlightOptions {
  /** Wraps each DOM write of ours (so a MutationObserver of ours can ignore it). */
  guard?: (write: () => void) => void;
  /** Marks, counts and ids go here (kept by the caller across passes) instead of a new result. */
  into?: HighlightResult;
}

/** Highlights `context`: an article, or everything a live page added since the last pass, as one run. */
export function highlightArticle(context: Element | Element[], matcher: AliasMatcher, options: ArticleOptions): ArticleRun {
  const result: HighlightResult = options.into ?? { marks: [], counts: new Map() };
  const opts = { firstOnly: options.firstOnly, seen: options.seen ?? new Set<string>(), maxMarks: options.maxMarks };
  const guard = options.guard ?? ((write: () => void) => write());
  const els = Array.isArray(context) ? context : [context];
  const texts = els.map((el) => el.textContent ?? '');
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const cold = els.length ? uncompiled(matcher.regex, texts) : [];
  if (chars <= SYNC_CHARS && !cold.length) {
    const started = performance.now();
    if (els.length) guard(() => highlight(els, matcher, opts, result));
    const ms = performance.now() - started;
    return { result, done: Promise.resolve(), cancel: () => undefined, workMs: () => ms, longestMs: () => ms, sliced: false, chars };
  }
  // The page may have removed a piece while we waited for idle time.
  const pass = (pieces: Element[]) => {
    const live = pieces.filter((el) => el.isConnected);
    if (live.length) guard(() => highlight(live, matcher, opts, result));
  };
  const pieces = chars <= SYNC_CHARS ? [els] : els.flatMap((el) => planChunks(el));
  const run = runSliced(cold.length + pieces.length, (i) => (i < cold.length ? compile(matcher.regex, cold[i]!) : pass(pieces[i - cold.length]!)));
  return { ...run, result, sliced: true, chars };
}
