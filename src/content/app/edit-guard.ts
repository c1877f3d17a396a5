/**
 * Notices when highlighted content becomes editable: a CMS's "edit article" button turning on
 * contenteditable, or the page switching on designMode. Whatever is editable is the page's data;
 * our marks in it would be saved with it, so the owner takes them out at once.
 *
 * contenteditable changes are seen by a MutationObserver (its callback runs before any later
 * task of the page, e.g. a save). designMode has no mutation: it is checked whenever the reader
 * could start editing (focus, pointer, keys, beforeinput).
 */

const EDIT_EVENTS = ['focusin', 'pointerdown', 'keydown', 'beforeinput'] as const;

export class EditGuard {
  private observer: MutationObserver | null = null;
  private abort: AbortController | null = null;

  constructor(
    private readonly doc: Document,
    /** Remove our marks from whatever is editable now. */
    private readonly onEditable: () => void,
  ) {}

  start(): void {
    if (this.observer) return;
    this.observer = new MutationObserver(() => this.onEditable());
    this.observer.observe(this.doc, { subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
    this.abort = new AbortController();
    const check = (e: Event) => {
      const target = e.target as HTMLElement | null;
      if (this.doc.designMode === 'on' || target?.isContentEditable) this.onEditable();
    };
    for (const type of EDIT_EVENTS) this.doc.addEventListener(type, check, { capture: true, passive: true, signal: this.abort.signal });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.abort?.abort();
    this.abort = null;
  }
}
