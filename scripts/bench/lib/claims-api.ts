/**
 * What the claims benchmark runs inside the page: the term pass and then the claim pass, as the
 * app runs them (one synchronous pass on a short article, idle-time slices on a long one), with
 * long tasks observed. The claim pass matches in a worker that stands for the extension's
 * background (claims-worker.ts, the background's own claim-match.ts), or, for reference, in the
 * page, as the app does when the background cannot answer. Exposed on `window.__lpcClaimsBench`.
 */
import { compileClaims, type CompiledClaim } from '../../../src/shared/claims/matcher.ts';
import { claimPack, type BundledPack } from '../../../src/shared/claims/bundle.ts';
import type { ClaimHit } from '../../../src/shared/claims/types.ts';
import { buildAliasMatcher, type AliasMatcher } from '../../../src/content/highlight/alias-pattern.ts';
import { findArticleRoot } from '../../../src/content/highlight/article-root.ts';
import { highlightArticle } from '../../../src/content/highlight/highlight-article.ts';
import { removeHighlights } from '../../../src/content/highlight/highlighter.ts';
import { matchHere, noteClaims, type BlockMatch } from '../../../src/content/claims/pass.ts';
import { removeClaimNotes } from '../../../src/content/claims/wrap.ts';
import { watchLongTasks } from './long-tasks.ts';
import { pageEntries } from './page-entries.ts';

export type MatchWhere = 'background' | 'page';
const TODAY = '2026-11-27';

let matcher: AliasMatcher;
let claims: CompiledClaim[];
let where: MatchWhere;
let worker: Worker | null = null;
const waiting = new Map<number, (hits: ClaimHit[][]) => void>();
let asked = 0;
/** Main-thread ms spent taking the worker's answers (the structured clone is read there), and its matching ms. */
let receivedMs = 0;
let offThreadMs = 0;

export interface ClaimsRun {
  termsMs: number;
  /** Main-thread work of the claim pass: reading, asking, taking the answers, wrapping. */
  claimsMs: number;
  /** Matching in the worker (0 when matched in the page). */
  offThreadMs: number;
  longestTermSlice: number;
  longestClaimSlice: number;
  marks: number;
  notes: number;
  longTasks: number[];
}

function startWorker(code: string, pack: Pack): void {
  worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
  worker.onmessage = ({ data }: MessageEvent<{ id: number; res: { hits: ClaimHit[][] }; ms: number }>) => {
    const t = performance.now();
    const { id, res, ms } = data;
    offThreadMs += ms;
    waiting.get(id)?.(res.hits);
    waiting.delete(id);
    receivedMs += performance.now() - t;
  };
  worker.postMessage({ packs: [claimPack(pack)] });
}

function match(): BlockMatch {
  if (where === 'page') return matchHere(claims, TODAY);
  const ids = claims.map((c) => c.id);
  return (texts) =>
    new Promise((resolve) => {
      waiting.set(++asked, resolve);
      worker!.postMessage({ id: asked, req: { claims: ids, texts, today: TODAY } });
    });
}

/** One pass of each, then both removed; the times count each pass's synchronous start and its slices. */
async function passes(root: Element, before: { terms: number; claims: number }): Promise<ClaimsRun> {
  const watch = watchLongTasks();
  const longTasks = watch.durations;
  await new Promise((r) => setTimeout(r, 50));
  const t = performance.now();
  const terms = highlightArticle(root, matcher, { firstOnly: false });
  const termsSync = performance.now() - t;
  // As the app does (claims/controller.ts): the claim pass starts in a task of its own right
  // after the term run is done, so the two never add up to one long task.
  await terms.done;
  await new Promise((r) => setTimeout(r, 0));
  const notes: HTMLElement[] = [];
  receivedMs = 0;
  offThreadMs = 0;
  const run = noteClaims(root, { match: match(), notes });
  await run.done;
  await new Promise((r) => setTimeout(r, 100));
  watch.stop();
  // A sliced run (a long page, or a first pass that compiles the pattern first) works in idle
  // slices after the call; a one-pass run's work is the call.
  const sliced = terms.sliced;
  const result = {
    termsMs: before.terms + (sliced ? terms.workMs() + termsSync : termsSync),
    claimsMs: before.claims + run.workMs() + receivedMs,
    offThreadMs,
    longestTermSlice: sliced ? Math.max(terms.longestMs(), termsSync) : termsSync,
    longestClaimSlice: run.longestMs(),
    marks: terms.result.marks.length,
    notes: new Set(notes.map((n) => n.closest('p'))).size,
    longTasks,
  };
  removeClaimNotes(notes);
  removeHighlights(terms.result.marks);
  return result;
}

/** What the page gets of the bundled pack: its entries and its claims' gate index. */
type Pack = Pick<BundledPack, 'entries' | 'claimIndex'>;

const api = {
  init({ entries, claimIndex }: Pack, at: MatchWhere, workerCode: string) {
    where = at;
    if (at === 'background') startWorker(workerCode, { entries, claimIndex });
    matcher = buildAliasMatcher(pageEntries(entries))!;
    claims = compileClaims(entries, [claimIndex]);
  },
  /**
   * A page as a reader meets it: this script is fresh, so each side builds its patterns (the
   * terms' combined pattern; the claims' matchers, with the gate index the pack brings, where
   * they are matched) and runs cold, once.
   */
  async firstVisit({ entries, claimIndex }: Pack, at: MatchWhere, workerCode: string): Promise<ClaimsRun> {
    where = at;
    if (at === 'background') startWorker(workerCode, { entries, claimIndex });
    const a = performance.now();
    matcher = buildAliasMatcher(pageEntries(entries))!;
    const b = performance.now();
    claims = compileClaims(entries, [claimIndex]);
    const c = performance.now();
    return passes(findArticleRoot(document) ?? document.body, { terms: b - a, claims: c - b });
  },
  /** One more visit of the same page, the code warm: the steady state. */
  async run(): Promise<ClaimsRun> {
    return passes(findArticleRoot(document) ?? document.body, { terms: 0, claims: 0 });
  },
};

(window as unknown as { __lpcClaimsBench: typeof api }).__lpcClaimsBench = api;
