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

class SharedSheet {
  private sheet: CSSStyleSheet | null = null;
  private element: HTMLStyleElement | null = null;
  private css = '';
  readonly parts = new Map<MarkStyle, string>();

  constructor(private readonly doc: Document) {}

  /** Puts the parts' CSS in place, or takes the sheet out when no part is left. */
  update(): void {
    if (this.parts.size === 0) return this.remove();
    const css = [...this.parts.values()].join('\n');
    if (css === this.css && (this.sheet || this.element?.isConnected)) return;
    this.css = css;
    if (this.sheet) return this.sheet.replaceSync(css);
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
    const sheet = this.sheet;
    if (sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
    this.element?.remove();
    this.sheet = null;
    this.element = null;
    this.css = '';
  }

  private adopt(css: string): boolean {
    try {
      const View = this.doc.defaultView as (Window & typeof globalThis) | null;
      const sheet = new (View?.CSSStyleSheet ?? CSSStyleSheet)();
      sheet.replaceSync(css);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      if (!this.doc.adoptedStyleSheets.includes(sheet)) return false;
      this.sheet = sheet;
      return true;
    } catch {
      return false;
    }
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
