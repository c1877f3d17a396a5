/**
 * The highlight lifecycle on one page: wait for the page to settle (the first time), highlight
 * the article body, keep up with content that arrives later, and take everything back out.
 */
import type { Settings } from '../../shared/settings/schema.ts';
import type { DetectionReport } from '../../shared/detection.ts';
import type { AliasMatcher } from '../highlight/alias-pattern.ts';
import { findArticleRoot } from '../highlight/article-root.ts';
import { highlightArticle, type ArticleRun } from '../highlight/highlight-article.ts';
import { MARK_ATTR, MARK_CLASS, removeHighlights } from '../highlight/highlighter.ts';
import { markCss, MARK_STYLE_ID } from '../highlight/mark-css.ts';
import { waitForSettle } from './live-settle.ts';
import { LiveWatcher, type LiveChanges } from './live-watch.ts';

const OURS_SELECTOR = `mark.${MARK_CLASS}, lpc-card-host`;

export interface SessionEvents {
  /** Highlighting began (attach the popover). */
  started(): void;
  /** The set of marks changed (update the badge). */
  changed(): void;
  /** A term pass over `el` finished (claim notes follow it); `guard` wraps our DOM writes. */
  highlighted?(el: Element, guard: (write: () => void) => void): void;
  /** Highlights are about to be removed (claim notes go first). */
  clearing?(): void;
}

export class HighlightSession {
  /** Our marks, in the order made; the same array for the life of the session. */
  readonly marks: HTMLElement[] = [];
  private settings: Settings | null = null;
  private detection: DetectionReport | null = null;
  private root: Element | null = null;
  private runs: ArticleRun[] = [];
  private generation = 0;
  private settled = false;
  private settling: Promise<void> | null = null;
  private readonly live: LiveWatcher;

  constructor(
    private readonly doc: Document,
    private readonly matcher: AliasMatcher | null,
    private readonly events: SessionEvents,
  ) {
    this.live = new LiveWatcher(doc, {
      lostMarks: () => this.pruneLost(),
      isOurs: (node) => !!(node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(OURS_SELECTOR),
      apply: (changes) => this.applyLive(changes),
    });
  }

  /** Main-thread ms of the last complete highlight pass over the article; null until one finished. */
  lastPassMs: number | null = null;

  get active(): boolean {
    return this.settings !== null;
  }

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
    if (generation !== this.generation || !this.settings || !this.matcher) return;
    const started = performance.now();
    this.clear();
    const root = findArticleRoot(this.doc);
    if (!root) return;
    this.root = root;
    this.ensureStyle();
    const run = this.highlightIn(root);
    // Our main-thread time for the whole pass: the synchronous part now, plus the idle-time
    // slices of a long article once they are done (a one-pass run's work is already inside).
    const syncMs = performance.now() - started - (run?.workMs() ?? 0);
    void run?.done.then(() => {
      if (generation === this.generation) this.lastPassMs = syncMs + run.workMs();
    });
    this.live.start();
    this.events.started();
  }

  private highlightIn(el: Element): ArticleRun | undefined {
    if (!this.matcher || !this.settings) return undefined;
    const firstOnly = this.settings.occurrences === 'first';
    const seen = firstOnly ? new Set(this.marks.map((m) => m.getAttribute(MARK_ATTR) ?? '')) : undefined;
    const run = highlightArticle(el, this.matcher, { firstOnly, seen, marks: this.marks, guard: (write) => this.live.ours(write) });
    this.runs.push(run);
    const generation = this.generation;
    void run.done.then(() => {
      this.runs = this.runs.filter((r) => r !== run);
      if (generation !== this.generation) return;
      this.events.highlighted?.(el, (write) => this.live.ours(write));
      this.events.changed();
    });
    return run;
  }

  private applyLive({ added }: LiveChanges): void {
    if (!this.settings) return;
    if (!this.root?.isConnected) {
      // The framework replaced the whole article: start over on the new one.
      this.root = findArticleRoot(this.doc);
      if (this.root) this.highlightIn(this.root);
      return;
    }
    const root = this.root;
    for (const el of added) {
      if (el.contains(root)) this.highlightIn(root);
      else if (root.contains(el)) this.highlightIn(el);
    }
    this.events.changed();
  }

  /** Drops marks the page removed; returns how many. */
  private pruneLost(): number {
    let kept = 0;
    for (const m of this.marks) if (m.isConnected) this.marks[kept++] = m;
    const lost = this.marks.length - kept;
    this.marks.length = kept;
    return lost;
  }

  private ensureStyle(): void {
    if (!this.settings) return;
    let style = this.doc.getElementById(MARK_STYLE_ID);
    if (!style) {
      style = this.doc.createElement('style');
      style.id = MARK_STYLE_ID;
      (this.doc.head ?? this.doc.documentElement).append(style);
    }
    style.textContent = markCss(this.settings.appearance.highlight);
  }

  private clear(): void {
    this.live.stop();
    for (const run of this.runs) run.cancel();
    this.runs = [];
    this.events.clearing?.();
    removeHighlights(this.marks);
    this.marks.length = 0;
    this.root = null;
    this.doc.getElementById(MARK_STYLE_ID)?.remove();
  }
}
