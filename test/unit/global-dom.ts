/**
 * A JSDOM document whose window and DOM classes are globals, for tests of code that uses mark.js
 * (it reaches for the global document and DOM classes). Import the modules under test after this,
 * dynamically, so they see the globals.
 */
import { JSDOM } from 'jsdom';

/** Makes `window` (its document and DOM classes) the global one. */
function makeGlobal(window: JSDOM['window']): void {
  const g = globalThis as Record<string, unknown>;
  g.window = window;
  for (const k of ['document', 'Node', 'NodeList', 'NodeFilter', 'HTMLElement', 'Element', 'HTMLCollection']) g[k] = (window as unknown as Record<string, unknown>)[k];
}

export const dom = new JSDOM('<!doctype html><body></body>');
makeGlobal(dom.window);
export const doc = dom.window.document;

/** A new page of `html` as the global document (for a test that loads one page after another). */
export function globalPage(html: string): Document {
  const page = new JSDOM(html);
  makeGlobal(page.window);
  return page.window.document;
}

/** The elements `html` parses to, in this document (parsed by DOMParser, not written into the page with innerHTML). */
export function parseInto(html: string): Element[] {
  const parsed = new dom.window.DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  return [...parsed.body.children].map((el) => doc.adoptNode(el));
}
