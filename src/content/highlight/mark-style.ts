/**
 * The page-level stylesheet for what we put in the article (term marks, claim notes), present
 * only while some of it is. A constructed sheet (`adoptedStyleSheets`) adds no element for the
 * page to find and is not checked against the page's CSP, so Firefox sends no violation report to
 * the site; where adopting fails we fall back to a `<style>` element. Both are held by reference:
 * an element of the page with the same id is never touched.
 *
 * Each user (the highlighter, the claim notes) holds its own `MarkStyle` part; the parts of one
 * document share a single sheet, so the page sees one stylesheet of ours, whatever we show.
 */
import { claim } from '../ours.ts';

/** Sheets kept per document: more combinations than this (the highlight style changed often) start again. */
const MAX_BUILT = 8;

class SharedSheet {
  private sheet: CSSStyleSheet | null = null;
  private element: HTMLStyleElement | null = null;
  private css = '';
  private readonly built = new Map<string, CSSStyleSheet>();
  readonly parts = new Map<MarkStyle, string>();

  constructor(private readonly doc: Document) {}

  /** Puts the parts' CSS in place, or takes the sheet out when no part is left. */
  update(): void {
    if (this.parts.size === 0) return this.remove();
    const css = [...this.parts.values()].join('\n');
    if (css === this.css && (this.sheet || this.element?.isConnected)) return;
    this.css = css;
    if (this.element) {
      this.element.textContent = css;
      if (!this.element.isConnected) this.parent().append(this.element);
      return;
    }
    if (!this.adopt(css)) {
      this.element = claim(this.doc.createElement('style'));
      this.element.textContent = css;
      this.parent().append(this.element);
    }
  }

  private remove(): void {
    if (this.sheet) this.doc.adoptedStyleSheets = this.withoutOurs();
    this.element?.remove();
    this.sheet = null;
    this.element = null;
    this.css = '';
  }

  /**
   * The sheet for this CSS goes in place of ours. Sheets are kept by their CSS: the same few
   * combinations come back (terms, then terms and claims, again after the site is switched off
   * and on), and adopting a sheet already parsed costs nothing in the pass, where parsing the
   * CSS again cost about 0.05 ms.
   */
  private adopt(css: string): boolean {
    try {
      let sheet = this.built.get(css);
      if (!sheet) {
        const View = this.doc.defaultView as (Window & typeof globalThis) | null;
        sheet = new (View?.CSSStyleSheet ?? CSSStyleSheet)();
        sheet.replaceSync(css);
        if (this.built.size >= MAX_BUILT) this.built.clear();
        this.built.set(css, sheet);
      }
      this.doc.adoptedStyleSheets = [...this.withoutOurs(), sheet];
      if (!this.doc.adoptedStyleSheets.includes(sheet)) return false;
      this.sheet = sheet;
      return true;
    } catch {
      return false;
    }
  }

  private withoutOurs(): CSSStyleSheet[] {
    const ours = this.sheet;
    return this.doc.adoptedStyleSheets.filter((s) => s !== ours);
  }

  private parent(): Element {
    return this.doc.head ?? this.doc.documentElement;
  }
}

const sheets = new WeakMap<Document, SharedSheet>();

export class MarkStyle {
  private readonly shared: SharedSheet;

  constructor(doc: Document) {
    let shared = sheets.get(doc);
    if (!shared) sheets.set(doc, (shared = new SharedSheet(doc)));
    this.shared = shared;
  }

  /** Puts `css` in place as this part (or updates it). */
  apply(css: string): void {
    if (this.shared.parts.get(this) === css) return this.shared.update();
    this.shared.parts.set(this, css);
    this.shared.update();
  }

  /** Takes this part out; the sheet goes when no part is left. */
  remove(): void {
    this.shared.parts.delete(this);
    this.shared.update();
  }
}
