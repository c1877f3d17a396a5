/**
 * The page-level stylesheet for our marks, present only while marks are. A constructed sheet
 * (`adoptedStyleSheets`) adds no element for the page to find and is not checked against the
 * page's CSP, so Firefox sends no violation report to the site; where adopting fails we fall back
 * to a `<style>` element. Both are held by reference: an element of the page with the same id is
 * never touched.
 */
import { claim } from '../ours.ts';

export class MarkStyle {
  private sheet: CSSStyleSheet | null = null;
  private element: HTMLStyleElement | null = null;
  private css = '';

  constructor(private readonly doc: Document) {}

  /** Puts `css` in place (or updates it). */
  apply(css: string): void {
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

  remove(): void {
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
