/**
 * What the benchmark runs inside the page: the extension's own detector and highlighter modules
 * (bundled by scripts/bench.ts into one IIFE), next to the floors and the common mark.js usage
 * they are compared with. Exposed on `window.__lpcBench`.
 */
import Mark from 'mark.js/dist/mark.es6.js';
import type { DetectionVocabulary, Entry } from '../../../src/shared/pack/types.ts';
import { compileVocabulary, detectPage, type CompiledVocabulary } from '../../../src/content/detect/detector.ts';
import { vocabularyOf } from '../../../src/shared/pack/compact.ts';
import { buildAliasMatcher, type AliasMatcher } from '../../../src/content/highlight/alias-pattern.ts';
import { findArticleRoot } from '../../../src/content/highlight/article-root.ts';
import { compilePatternFor, highlightArticle } from '../../../src/content/highlight/highlight-article.ts';
import { removeHighlights } from '../../../src/content/highlight/highlighter.ts';
import { watchLongTasks } from './long-tasks.ts';
import { pageEntries } from './page-entries.ts';

let vocab: CompiledVocabulary;
let matcher: AliasMatcher;
let aliases: string[] = [];

/** Average ms per call over `n` calls (performance.now() is coarse in pages). */
function timeIt(n: number, fn: () => unknown): number {
  const t = performance.now();
  for (let i = 0; i < n; i++) fn();
  return (performance.now() - t) / n;
}

function root(): Element {
  return findArticleRoot(document) ?? document.body;
}

function unmarkAll(el: Element): void {
  new Mark(el as HTMLElement).unmark();
}

const api = {
  init(detection: DetectionVocabulary, entries: Entry[]) {
    vocab = compileVocabulary(vocabularyOf(detection));
    matcher = buildAliasMatcher(pageEntries(entries))!;
    // As the app's first pass does before it marks (in idle slices there): the rows time passes alone.
    compilePatternFor(matcher.regex, [root()]);
    aliases = entries.flatMap((e) => e.aliases.map((a) => a.text));
  },
  /** The floor: a bare body.textContent read and one test of the same gate pattern. */
  floor: (n: number) => timeIt(n, () => vocab.gate!.test(document.body.textContent ?? '')),
  detector: (n: number) => timeIt(n, () => detectPage(document, vocab)),
  detected: () => detectPage(document, vocab),
  /** Ours, as the app runs it on a short article (one synchronous pass). */
  ours(): number {
    const el = root();
    const t = performance.now();
    const run = highlightArticle(el, matcher, { firstOnly: false });
    const ms = performance.now() - t;
    removeHighlights(run.result.marks);
    return ms;
  },
  /** Ours on a long page: chunks over idle callbacks. Long tasks are observed while it runs. */
  async oursChunked(): Promise<{ workMs: number; wallMs: number; marks: number; longTasks: number[]; firstMs: number; longestMs: number }> {
    const watch = watchLongTasks();
    const longTasks = watch.durations;
    // Start in a task of its own, so the one that called us is not counted.
    await new Promise((r) => setTimeout(r, 50));
    const t = performance.now();
    const run = highlightArticle(root(), matcher, { firstOnly: false });
    const firstMs = performance.now() - t;
    await run.done;
    const wallMs = performance.now() - t;
    await new Promise((r) => setTimeout(r, 100));
    watch.stop();
    const marks = run.result.marks.length;
    removeHighlights(run.result.marks);
    return { workMs: run.workMs() + firstMs, wallMs, marks, longTasks, firstMs, longestMs: run.longestMs() };
  },
  /** The common way: one mark() call with every alias string. */
  common(): { ms: number; marks: number } {
    const el = root();
    let marks = 0;
    const t = performance.now();
    new Mark(el as HTMLElement).mark(aliases, { separateWordSearch: false, done: (n: number) => (marks = n) } as Mark.MarkOptions);
    const ms = performance.now() - t;
    unmarkAll(el);
    return { ms, marks };
  },
  /** The floor: one bare markRegExp pass of the same combined pattern. */
  floorMark(): { ms: number; marks: number } {
    const el = root();
    let marks = 0;
    matcher.regex.lastIndex = 0;
    const t = performance.now();
    new Mark(el as HTMLElement).markRegExp(matcher.regex, { done: (n: number) => (marks = n) } as Mark.MarkRegExpOptions);
    const ms = performance.now() - t;
    unmarkAll(el);
    return { ms, marks };
  },
  marksOf: () => highlightArticle(root(), matcher, { firstOnly: false }).result.marks.length,
  words: () => (root().textContent ?? '').split(/\s+/).filter(Boolean).length,
};

(globalThis as unknown as { __lpcBench: typeof api }).__lpcBench = api;

export type BenchApi = typeof api;
