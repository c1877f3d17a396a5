/**
 * Claim notes on one page: noted after each term pass over (part of) the article, kept while the
 * setting allows them, taken out before the term marks (and on their own when turned off).
 */
import type { ClaimNoteSummary } from '../../shared/messages.ts';
import { inNextTask, type SlicedRun } from '../highlight/idle.ts';
import { noteClaims, type BlockMatch } from './pass.ts';
import { MarkStyle } from '../highlight/mark-style.ts';
import { CLAIM_CSS } from './style.ts';
import { CLAIM_ATTR, removeClaimNotes } from './wrap.ts';

export type Guard = (write: () => void) => void;

const NOTHING: SlicedRun = { done: Promise.resolve(), cancel: () => undefined, workMs: () => 0, longestMs: () => 0 };

/** A long page asks the background about this much text at a time: a few requests, not one per slice's step. */
const ASK_EVERY = 40_000;

/** About 170,000 words: beyond it no claim notes (the term highlighter still runs). */
export const MAX_CLAIM_CHARS = 1_000_000;

export type NoteSummary = ClaimNoteSummary;

export class ClaimNotes {
  /** Every note piece, in the order made. */
  readonly notes: HTMLElement[] = [];
  /** Main-thread ms of the last pass over the whole article (null before one finished). */
  articlePassMs: number | null = null;
  private enabled = false;
  private runs: SlicedRun[] = [];
  /** Where term passes ran and the characters of text they read there, so turning notes back on can note the same places. */
  private readonly roots = new Map<Element, number>();
  private guard: Guard = (w) => w();

  constructor(
    private readonly doc: Document,
    /** How blocks are matched for a pass on the reader's `today` (app-claims.ts: in the background). */
    private readonly matcher: (today: string) => BlockMatch,
    private readonly today: () => string,
    private readonly changed: () => void,
  ) {
    this.style = new MarkStyle(doc);
  }

  /** The term highlighter finished a pass over `el`, a pass over `chars` characters of text (with what it did beside `el`). */
  highlighted(el: Element, guard: Guard, chars = 0): void {
    this.guard = guard;
    this.roots.set(el, chars);
    if (this.enabled) this.note(el, chars);
  }

  setEnabled(on: boolean): void {
    if (on === this.enabled) return;
    this.enabled = on;
    if (!on) return this.clear(false);
    for (const [el, chars] of this.roots) if (el.isConnected && ![...this.roots.keys()].some((r) => r !== el && r.contains(el))) this.note(el, chars);
  }

  /** Removes every note; `forget` also drops the places (the article is being cleared). */
  clear(forget = true): void {
    for (const r of this.runs) r.cancel();
    this.runs = [];
    this.queued.length = 0;
    this.guard(() => removeClaimNotes(this.notes));
    this.notes.length = 0;
    if (forget) {
      this.roots.clear();
      this.articlePassMs = null;
    }
    this.style.remove();
    this.changed();
  }

  /** Whether `el` is a piece of a note we made; a page-made look-alike is not one. */
  isNote(el: Element): boolean {
    return this.groups.has(el as HTMLElement) && (el as HTMLElement).isConnected;
  }

  /** The first piece of each note (a sentence split by a link or a block is several pieces). */
  heads(): HTMLElement[] {
    return this.notes.filter((n) => n.isConnected && (this.groups.get(n)?.[0] ?? n) === n);
  }

  summaries(): NoteSummary[] {
    return this.heads().map((head, index) => {
      const s: NoteSummary = { index, claimIds: (head.getAttribute(CLAIM_ATTR) ?? '').split(' '), sentence: this.sentenceOf(head), voice: head.getAttribute('data-claim-voice') ?? 'outlet' };
      const speaker = head.getAttribute('data-claim-speaker');
      return speaker ? { ...s, speaker } : s;
    });
  }

  /** The whole sentence a note piece belongs to, as the page says it (with the links and terms between pieces), white space collapsed. */
  sentenceOf(piece: HTMLElement): string {
    const group = this.groups.get(piece);
    const sentence = group ? this.sentences.get(group) : undefined;
    return (sentence ?? piece.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  private readonly groups = new WeakMap<HTMLElement, HTMLElement[]>();
  private readonly sentences = new WeakMap<HTMLElement[], string>();
  /** Held by reference (a constructed sheet where the browser allows), never looked up by id. */
  private readonly style: MarkStyle;

  private grouped(pieces: HTMLElement[], sentence: string): void {
    for (const p of pieces) this.groups.set(p, pieces);
    this.sentences.set(pieces, sentence);
  }

  /** Roots highlighted since the last pass was scheduled: they are noted together, in one pass. */
  private queued: Element[] = [];

  private note(el: Element, chars: number): void {
    // A page of this size is not an article; claim notes add nothing there but more idle work.
    // The term pass counted its text: reading it again cost 1.6 ms on the 50,000-word page.
    if (chars > MAX_CLAIM_CHARS) return;
    // A live page's term pass reports each new element; one pass (one request) takes them all.
    if (this.queued.push(el) > 1) return;
    const start = this.notes.length;
    // The stylesheet goes in with the first note, in the same task: nothing of ours before that.
    const guard: Guard = (write) =>
      this.guard(() => {
        write();
        this.style.apply(CLAIM_CSS);
      });
    // A pass that starts with no notes on the page is over the whole article: its time is reported.
    const whole = !this.notes.length && !this.runs.length;
    // In a task of its own after the term pass's: on a first visit the two together went over 50 ms.
    const run = inNextTask(() => {
      const roots = this.queued.splice(0).filter((r) => r.isConnected);
      if (!roots.length) return NOTHING;
      // The first pass reads the claims' ids (and compiles the claims when the page matches itself): the pass's work too.
      const started = performance.now();
      const match = this.matcher(this.today());
      const setupMs = performance.now() - started;
      const pass = noteClaims(roots, { match, notes: this.notes, guard, onNote: (pieces, sentence) => this.grouped(pieces, sentence), askEvery: ASK_EVERY });
      return { ...pass, workMs: () => setupMs + pass.workMs(), longestMs: () => Math.max(pass.longestMs(), setupMs) };
    });
    this.runs.push(run);
    void run.done.then(() => {
      this.runs = this.runs.filter((r) => r !== run);
      if (whole && this.enabled) this.articlePassMs = run.workMs();
      if (this.notes.length > start) this.changed();
    });
  }
}
