/**
 * What the scorer benchmark runs inside the page: the scorer as content/detect.js builds and runs
 * it on a page that passed a topic's gate, and its matching step against the one-regex way it
 * replaced (`combinedRegExp` of each phrase list). Exposed on `window.__lpcScorerBench`.
 */
import type { CompactModule } from '../../../src/shared/pack/types.ts';
import { unpackVocabulary } from '../../../src/shared/pack/compact.ts';
import { createScorer } from '../../../src/content/detect/scorer.ts';
import { readPageText } from '../../../src/content/detect/page-text.ts';
import { PhraseScanner } from '../../../src/content/detect/phrase-scanner.ts';
import { combinedRegExp } from '../../../src/shared/text-pattern.ts';
import { watchLongestGap, watchLongTasks } from './long-tasks.ts';

type Module = Pick<CompactModule, 'vocabularies' | 'detectionExtras'>;

export interface ScorerRun {
  /** The scorer built and run once, as on a first visit; then run again (a re-detection), median. */
  firstMs: number;
  /** The first visit's longest task: the longest the page could not run in between. */
  firstLongestTask: number;
  againMs: number;
  /** Reading the page's rendered text alone: what any scorer pays (median). */
  readMs: number;
  /** The three phrase lists matched over the text read, first use on this page. */
  matchFirstMs: number;
  matchAgainMs: number;
  detected: boolean;
  longTasks: number[];
}

/** The detector's three lists, as compileVocabulary makes them. */
function lists(mod: Module): { insensitive: string[]; caseSensitive: string[]; negatives: string[] } {
  const v = mod.vocabularies[0]!;
  const vocab = unpackVocabulary(v.detection, mod.detectionExtras[v.topic]);
  return {
    insensitive: vocab.terms.filter((t) => !t.caseSensitive).map((t) => t.phrase),
    caseSensitive: vocab.terms.filter((t) => t.caseSensitive).map((t) => t.phrase),
    negatives: vocab.negatives.map((t) => t.phrase),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const nextTask = () => new Promise((r) => setTimeout(r, 0));

function timed(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** `fn` timed `n` times, each in a task of its own (as a re-detection runs): the median. */
async function medianOf(n: number, fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    await nextTask();
    times.push(timed(fn));
  }
  return median(times);
}

/** Each list over its text as the detector runs it (lower-cased, or as written), by one of the two ways. */
function matcher(way: 'ours' | 'one-regex', phrases: string[]): (text: string) => number {
  if (way === 'ours') {
    const s = new PhraseScanner(phrases);
    return (text) => s.matches(text).length;
  }
  const re = combinedRegExp(phrases)!;
  return (text) => [...text.matchAll(re)].length;
}

const api = {
  /** One fresh page: the scorer (first and again) with long tasks watched, or the matching step alone by one way. */
  async run(mod: Module, way: 'ours' | 'one-regex' | 'scorer', again: number): Promise<ScorerRun> {
    const watch = watchLongTasks();
    // Start in a task of our own, so the one that called us is not counted.
    await new Promise((r) => setTimeout(r, 50));
    const topic = mod.vocabularies[0]!.topic;
    const run: ScorerRun = { firstMs: NaN, firstLongestTask: NaN, againMs: NaN, readMs: NaN, matchFirstMs: NaN, matchAgainMs: NaN, detected: false, longTasks: watch.durations };
    if (way === 'scorer') {
      // The report's `ms` is the scorer's main-thread work since the time given, without the
      // breaks a long page's scoring takes (the page runs in them; long tasks are watched apart).
      const started = performance.now();
      const gap = watchLongestGap();
      const scorer = createScorer(mod);
      const first = await scorer.score(document, [topic], started);
      run.firstLongestTask = gap.stop();
      run.firstMs = first.ms;
      run.detected = first.detected;
      const times: number[] = [];
      for (let i = 0; i < again; i++) {
        await nextTask();
        times.push((await scorer.score(document, [topic], performance.now())).ms);
      }
      run.againMs = median(times);
    } else {
      await nextTask();
      const text = readPageText(document);
      const parts = [text.title, text.headings, text.body];
      const all = `${text.title}\n${text.headings}\n${text.body}`.toLowerCase();
      const l = lists(mod);
      const once = () => {
        const ins = matcher(way, l.insensitive);
        const cs = matcher(way, l.caseSensitive);
        const neg = matcher(way, l.negatives);
        return () => parts.reduce((n, p) => n + ins(p.toLowerCase()) + cs(p), neg(all));
      };
      let match: () => number = () => 0;
      run.matchFirstMs = timed(() => (match = once())());
      run.matchAgainMs = await medianOf(again, match);
    }
    run.readMs = await medianOf(Math.max(again, 1), () => readPageText(document));
    await new Promise((r) => setTimeout(r, 100));
    watch.stop();
    return run;
  },
};

(window as unknown as { __lpcScorerBench: typeof api }).__lpcScorerBench = api;
