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
    /** Remove our marks from `scope`, which is editable now (the document under designMode). */
    private readonly onEditable: (scope: Node) => void,
  ) {}

  start(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => {
      for (const r of records) if ((r.target as HTMLElement).isContentEditable) this.onEditable(r.target);
    });
    this.observer.observe(this.doc, { subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
    this.abort = new AbortController();
    const check = (e: Event) => {
      const target = e.target as HTMLElement | null;
      if (this.doc.designMode === 'on') this.onEditable(this.doc);
      else if (target?.isContentEditable) this.onEditable(editingHost(target));
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

/** The outermost editable element around `el` (where typing can reach). */
function editingHost(el: HTMLElement): HTMLElement {
  let host = el;
  for (let p = el.parentElement; p?.isContentEditable; p = p.parentElement) host = p;
  return host;
}
