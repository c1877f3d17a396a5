/**
 * The highlight lifecycle on one page: wait for the page to settle (the first time), highlight
 * the article body, keep up with content that arrives later, and take everything back out.
 */
import type { Settings } from '../../shared/settings/schema.ts';
import type { DetectionReport } from '../../shared/detection.ts';
import type { AliasMatcher } from '../highlight/alias-pattern.ts';
import { findArticleRoot } from '../highlight/article-root.ts';
import { highlightArticle, type ArticleRun } from '../highlight/highlight-article.ts';
import { isOurs } from '../ours.ts';
import { removeHighlights, type HighlightResult } from '../highlight/highlighter.ts';
import { markCss } from '../highlight/mark-css.ts';
import { MarkStyle } from '../highlight/mark-style.ts';
import { EditGuard } from './edit-guard.ts';
import { waitForSettle } from './live-settle.ts';
import { LiveWatcher, type LiveChanges } from './live-watch.ts';

export interface SessionEvents {
  /** Highlighting began (attach the popover). */
  started(): void;
  /** The set of marks changed (update the badge). */
  changed(): void;
  /** A term pass over `el` finished (claim notes follow it); `guard` wraps our DOM writes. */
  /** `chars`: the text the pass read, over all of its context (claim notes skip a page too long to be an article). */
  highlighted?(el: Element, guard: (write: () => void) => void, chars: number): void;
  /** Highlights are about to be removed (claim notes go first). */
  clearing?(): void;
}

/**
 * Marks per page. Beyond this, DOM writes cost the page more layout than a reader gains (a
 * 200,000-word page has ~10,000 matches); later occurrences are counted, so the popup lists them.
 */
export const MAX_MARKS = 1_500;

export class HighlightSession {
  /** Our marks, in the order made; the same array for the life of the session. */
  readonly marks: HTMLElement[] = [];
  /** Counts and ids of our marks, kept as marks are made and lost, never by rescanning the page. */
  readonly found: Required<HighlightResult> = { marks: this.marks, counts: new Map(), terms: new WeakMap(), unmarked: new Map() };
  private settings: Settings | null = null;
  private detection: DetectionReport | null = null;
  private root: Element | null = null;
  private readonly runs = new Set<ArticleRun>();
  private generation = 0;
  private settled = false;
  private lostUnseen = 0;
  private settling: Promise<void> | null = null;
  private readonly live: LiveWatcher;
  private readonly editing: EditGuard;
  private readonly style: MarkStyle;
  private matcher: AliasMatcher | null = null;

  constructor(
    private readonly doc: Document,
    /** The alias matcher for this page and its detection (see page-languages.ts). */
    private readonly matcherFor: (detection: DetectionReport | null) => AliasMatcher | null,
    private readonly events: SessionEvents,
  ) {
    this.live = new LiveWatcher(doc, {
      lostMarks: () => {
        const lost = this.pruneLost() + this.lostUnseen;
        this.lostUnseen = 0;
        return lost;
      },
      isOurs,
      apply: (changes) => this.applyLive(changes),
    });
    this.editing = new EditGuard(doc, (scope) => this.unwrapIn(scope));
    this.style = new MarkStyle(doc);
  }

  /** Main-thread ms of the last complete highlight pass over the article; null until one finished. */
  lastPassMs: number | null = null;

  start(settings: Settings, detection: DetectionReport | null): void {
    const same = this.settings && this.settings.occurrences === settings.occurrences && this.detection === detection;
    this.settings = settings;
    this.detection = detection;
    if (same) {
      this.ensureStyle();
      return;
    }
    const generation = ++this.generation;
    // Only highlighting before the page first settled waits for hydration, including a restart in
    // that time (a re-detection, a settings change): the page is no readier for it.
    if (this.settled) this.begin(generation);
    else {
      this.settling ??= waitForSettle(this.doc);
      void this.settling.then(() => {
        this.settled = true;
        this.begin(generation);
      });
    }
  }

  stop(): void {
    this.generation++;
    this.lastPassMs = null;
    this.settings = null;
    this.detection = null;
    this.clear();
  }

  private begin(generation: number): void {
    if (generation !== this.generation || !this.settings) return;
    const started = performance.now();
    this.matcher = this.matcherFor(this.detection);
    this.clear();
    const root = findArticleRoot(this.doc);
    if (!root) return;
    this.root = root;
    const run = this.highlightIn(root);
    // Our main-thread time for the whole pass: the synchronous part now, plus the idle-time
    // slices of a long article once they are done (a one-pass run's work is already inside).
    const syncMs = performance.now() - started - (run?.workMs() ?? 0);
    void run?.done.then(() => {
      if (generation === this.generation) this.lastPassMs = syncMs + run.workMs();
    });
    this.live.start();
    this.editing.start();
    this.events.started();
  }

  /** One run over `context`, reported as one change when it is done. */
  private highlightIn(context: Element | Element[]): ArticleRun | undefined {
    if (!this.matcher || !this.settings) return undefined;
    const firstOnly = this.settings.occurrences === 'first';
    const seen = firstOnly ? new Set(this.found.counts.keys()) : undefined;
    // The stylesheet goes in with the first mark, in the same task: nothing of ours before that.
    const guard = (write: () => void) =>
      this.live.ours(() => {
        write();
        this.ensureStyle();
      });
    const run = highlightArticle(context, this.matcher, { firstOnly, seen, maxMarks: MAX_MARKS, into: this.found, guard });
    this.runs.add(run);
    const generation = this.generation;
    void run.done.then(() => {
      this.runs.delete(run);
      if (generation !== this.generation) return;
      for (const el of [context].flat()) this.events.highlighted?.(el, (write) => this.live.ours(write), run.chars);
      this.events.changed();
    });
    return run;
  }

  /** Everything a flush brought, highlighted as one batch: a live page adds hundreds of nodes a second. */
  private applyLive({ added }: LiveChanges): void {
    if (!this.settings) return;
    if (!this.root?.isConnected) {
      // The framework replaced the whole article: start over on the new one.
      this.root = findArticleRoot(this.doc);
      if (this.root) this.highlightIn(this.root);
      return;
    }
    const root = this.root;
    if (added.some((el) => el.contains(root))) {
      this.highlightIn(root);
      return;
    }
    const inside = added.filter((el) => root.contains(el));
    if (inside.length) this.highlightIn(inside);
  }

  /** Brings the counts up to date now (the popup asks), leaving the loss for the watcher to see. */
  refreshCounts(): void {
    this.lostUnseen += this.pruneLost();
  }

  /** Takes our marks out of `scope`, which has become editable, before the page saves it. */
  private unwrapIn(scope: Node): void {
    const editable: HTMLElement[] = [];
    this.forget((m) => {
      const inside = scope.contains(m);
      if (inside) editable.push(m);
      return inside;
    });
    if (editable.length === 0) return;
    this.live.ours(() => removeHighlights(editable));
    this.events.changed();
  }

  /** Drops marks the page removed, and their counts; returns how many. */
  private pruneLost(): number {
    return this.forget((m) => !m.isConnected);
  }

  /** Drops the marks `drop` picks from our list and counts; returns how many. */
  private forget(drop: (mark: HTMLElement) => boolean): number {
    const { counts, terms } = this.found;
    let kept = 0;
    for (const m of this.marks) {
      if (!drop(m)) {
        this.marks[kept++] = m;
        continue;
      }
      const id = terms.get(m) ?? '';
      const left = (counts.get(id) ?? 1) - 1;
      if (left > 0) counts.set(id, left);
      else counts.delete(id);
    }
    const lost = this.marks.length - kept;
    this.marks.length = kept;
    return lost;
  }

  private ensureStyle(): void {
    if (this.settings && this.marks.length) this.style.apply(markCss(this.settings.appearance.highlight));
  }

  private clear(): void {
    this.live.stop();
    this.editing.stop();
    for (const run of this.runs) run.cancel();
    this.runs.clear();
    this.events.clearing?.();
    removeHighlights(this.marks);
    this.marks.length = 0;
    this.found.counts.clear();
    this.found.unmarked.clear();
    this.lostUnseen = 0;
    this.root = null;
    this.style.remove();
  }
}
