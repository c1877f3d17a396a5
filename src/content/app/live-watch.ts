/**
 * Watches a highlighted page for content that arrives later (infinite scroll, a framework
 * re-rendering and dropping our marks) and hands it back, debounced and bounded: each time the
 * page throws our marks away the wait doubles, and after MAX_REAPPLY such times we stop, so we
 * never fight a page in a loop. Our own DOM writes go through `ours()` and are not seen.
 */
import { reportError } from '../report-error.ts';

export const DEBOUNCE_MS = 200;
export const MAX_WAIT_MS = 1_500;
export const MAX_REAPPLY = 6;

export interface LiveChanges {
  /** Elements with new content (text nodes are given as their parent), outermost only. */
  added: Element[];
}

export interface LiveWatchHandlers {
  /** Marks of ours that are no longer in the document (the page removed or replaced them). */
  lostMarks(): number;
  /** Highlight what changed; called with our own mutations hidden. */
  apply(changes: LiveChanges): void;
  /** Nodes of ours (marks, the card host) whose changes are never "new content". */
  isOurs(node: Node): boolean;
}

export class LiveWatcher {
  private observer: MutationObserver | null = null;
  private pending = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPendingAt = 0;
  private reapplied = 0;
  private delay = DEBOUNCE_MS;

  constructor(
    private readonly doc: Document,
    private readonly handlers: LiveWatchHandlers,
  ) {}

  start(): void {
    if (this.observer || this.reapplied >= MAX_REAPPLY) return;
    this.observer = new MutationObserver((records) => this.collect(records));
    this.observe(this.observer);
  }

  private observe(observer: MutationObserver): void {
    observer.observe(this.doc.body ?? this.doc.documentElement, { childList: true, subtree: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
  }

  /** How deep in ours() we are: only the outermost call stops and resumes watching. */
  private writing = 0;

  /**
   * Runs our own DOM writes without reporting them back to us. The observer is disconnected
   * meanwhile, so the browser makes no records of them at all: taking them afterwards cost a
   * record per node we inserted, about a fifth of a claim pass in the app. Nothing of the page
   * runs between our calls (only a custom element of the page's, reacting to one of ours, could,
   * and its changes were dropped with ours before too).
   */
  ours<T>(write: () => T): T {
    const observer = this.observer;
    if (!observer || this.writing) return write();
    this.collect(observer.takeRecords());
    observer.disconnect();
    this.writing++;
    try {
      return write();
    } finally {
      this.writing--;
      // stop() inside the write leaves it stopped.
      if (this.observer === observer) this.observe(observer);
    }
  }

  private collect(records: MutationRecord[]): void {
    let relevant = false;
    for (const r of records) {
      if (this.handlers.isOurs(r.target)) continue;
      for (const node of r.addedNodes) {
        if (this.handlers.isOurs(node)) continue;
        this.pending.add(node);
        relevant = true;
      }
      // Removals alone matter only when they took marks with them; lostMarks() tells at flush.
      if (r.removedNodes.length) relevant = true;
    }
    if (relevant) this.schedule();
  }

  private schedule(): void {
    const now = performance.now();
    if (!this.timer) this.firstPendingAt = now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.delay, this.firstPendingAt + Math.max(MAX_WAIT_MS, this.delay) - now));
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.timer = undefined;
    const nodes = [...this.pending];
    this.pending.clear();
    if (this.handlers.lostMarks() > 0) {
      this.reapplied++;
      this.delay *= 2;
      if (this.reapplied >= MAX_REAPPLY) {
        // The page keeps discarding our marks: leave it alone from now on.
        this.stop();
        return;
      }
    }
    const added = outermostElements(nodes);
    try {
      this.ours(() => this.handlers.apply({ added }));
    } catch (error) {
      // A page that changed under us is not the page's error to see, but a bug of ours must show.
      reportError('live highlight', error);
    }
  }
}

/** Connected elements for the given nodes (text → parent), dropping any inside another. */
export function outermostElements(nodes: Node[]): Element[] {
  const els = new Set<Element>();
  for (const n of nodes) {
    const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
    if (el?.isConnected) els.add(el);
  }
  return [...els].filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (els.has(p)) return false;
    return true;
  });
}
