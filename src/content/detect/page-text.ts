/**
 * Reads the parts of a page the detector weighs, on pages that passed the gate: rendered text
 * only. Script, style, noscript and template contents, `hidden` subtrees and subtrees that are
 * display:none or visibility:hidden do not count: a JSON blob or an invisible div must not make a
 * page "detected" (script text is most of `textContent` on many news sites).
 * No innerText: it forces layout.
 */

/** Enough text to judge an article; a 5 MB page is not read whole. */
export const MAX_BODY_CHARS = 300_000;

export interface PageText {
  title: string;
  headings: string;
  body: string;
}

const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template']);
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;
const SHOW_ELEMENT_AND_TEXT = 0x5;

/** Whether an element's content is not read. `styled`: also check the computed style (one style pass, no layout). */
function unread(el: Element, styled: boolean): boolean {
  if (NOT_TEXT.has(el.localName) || el.hasAttribute('hidden')) return true;
  return styled && el.checkVisibility?.({ visibilityProperty: true }) === false;
}

/** The text a reader can see under `root`, up to `max` characters. */
export function renderedText(root: Element | null | undefined, max: number, styled: boolean): string {
  if (!root || unread(root, styled)) return '';
  let text = '';
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, {
    acceptNode: (n) => (n.nodeType === 3 ? FILTER_ACCEPT : unread(n as Element, styled) ? FILTER_REJECT : FILTER_SKIP),
  });
  while (text.length < max && walker.nextNode()) text += (walker.currentNode as Text).data;
  return text.length > max ? text.slice(0, max) : text;
}

export function readPageText(doc: Document): PageText {
  const title = [doc.title, doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? ''].join(' \n ');
  const headingEls = doc.querySelectorAll('h1, h2');
  let headings = '';
  for (let i = 0; i < headingEls.length && i < 12; i++) headings += `${renderedText(headingEls[i], 500, true)} \n `;
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  return { title, headings, body: renderedText(root, MAX_BODY_CHARS, true) };
}
