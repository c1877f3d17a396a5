/**
 * What the claims benchmark runs inside the page: the term pass and then the claim pass, as the
 * app runs them (one synchronous pass on a short article, idle-time slices on a long one), with
 * long tasks observed. Exposed on `window.__lpcClaimsBench`.
 */
import type { Entry } from '../../../src/shared/pack/types.ts';
import { compileClaims, type CompiledClaim } from '../../../src/shared/claims/matcher.ts';
import { buildAliasMatcher, type AliasMatcher } from '../../../src/content/highlight/alias-pattern.ts';
import { findArticleRoot } from '../../../src/content/highlight/article-root.ts';
import { highlightArticle } from '../../../src/content/highlight/highlight-article.ts';
import { removeHighlights } from '../../../src/content/highlight/highlighter.ts';
import { noteClaims } from '../../../src/content/claims/pass.ts';
import { removeClaimNotes } from '../../../src/content/claims/wrap.ts';

let matcher: AliasMatcher;
let claims: CompiledClaim[];

export interface ClaimsRun {
  termsMs: number;
  claimsMs: number;
  longestTermSlice: number;
  longestClaimSlice: number;
  marks: number;
  notes: number;
  longTasks: number[];
}

const api = {
  init(entries: Entry[]) {
    matcher = buildAliasMatcher(entries)!;
    claims = compileClaims(entries);
  },
  async run(sliceMs?: number): Promise<ClaimsRun> {
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push(e.duration);
    });
    observer.observe({ type: 'longtask' });
    await new Promise((r) => setTimeout(r, 50));
    const root = findArticleRoot(document) ?? document.body;
    const t = performance.now();
    const terms = highlightArticle(root, matcher, { firstOnly: false });
    const termsSync = performance.now() - t;
    await terms.done;
    // The app starts the claim pass in the task after the term pass (its `done` callback).
    await new Promise((r) => setTimeout(r, 0));
    const notes: HTMLElement[] = [];
    // Its work and longest slice count the synchronous start.
    const run = noteClaims(root, { claims, today: '2026-11-27', notes, sliceMs });
    await run.done;
    await new Promise((r) => setTimeout(r, 100));
    observer.disconnect();
    const sliced = (root.textContent?.length ?? 0) > 40_000;
    const result: ClaimsRun = {
      termsMs: sliced ? terms.workMs() + termsSync : termsSync,
      claimsMs: run.workMs(),
      longestTermSlice: sliced ? Math.max(terms.longestMs(), termsSync) : termsSync,
      longestClaimSlice: run.longestMs(),
      marks: terms.result.marks.length,
      notes: new Set(notes.map((n) => n.closest('p'))).size,
      longTasks,
    };
    removeClaimNotes(notes);
    removeHighlights(terms.result.marks);
    return result;
  },
};

(window as unknown as { __lpcClaimsBench: typeof api }).__lpcClaimsBench = api;
