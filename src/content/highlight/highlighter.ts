/**
 * Wraps alias matches in the article body in <mark> elements with mark.js, in one pass of one
 * combined pattern, and removes them again without leaving a trace.
 */
import Mark from 'mark.js/dist/mark.es6.js';
import type { AliasMatcher } from './alias-pattern.ts';

export const MARK_CLASS = 'lpc-term';
export const MARK_ATTR = 'data-term-id';

/** Never inside these (mark.js tests only a text node's parent, hence the `sel *` pairs). */
export const EXCLUDED = [
  'input', 'textarea', 'select', 'button', 'option', '[contenteditable]:not([contenteditable="false"])',
  'code', 'pre', 'kbd', 'samp', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas',
  'a', 'nav', 'header', 'footer', 'aside', 'figcaption', '[role="navigation"]', '[role="complementary"]',
  '[aria-hidden="true"]', '[hidden]', 'mark', 'lpc-card-host', '.comments', '#comments', '.related',
];
const EXCLUDE_SELECTORS = EXCLUDED.flatMap((s) => [s, `${s} *`]);

export interface HighlightResult {
  marks: HTMLElement[];
  /** entry id → number of highlights */
  counts: Map<string, number>;
}

export interface HighlightOptions {
  firstOnly: boolean;
  /** Entry ids already highlighted elsewhere (for first-occurrence mode across passes). */
  seen?: Set<string>;
}

export function highlight(root: Element, matcher: AliasMatcher, options: HighlightOptions): HighlightResult {
  const marks: HTMLElement[] = [];
  const counts = new Map<string, number>();
  const seen = options.seen ?? new Set<string>();
  matcher.regex.lastIndex = 0;
  new Mark(root as HTMLElement).markRegExp(matcher.regex, {
    element: 'mark',
    className: MARK_CLASS,
    exclude: EXCLUDE_SELECTORS,
    acrossElements: false,
    filter: (_node: Text, term: string) => {
      const id = matcher.entryFor(term);
      if (!id) return false;
      if (options.firstOnly && seen.has(id)) return false;
      seen.add(id);
      return true;
    },
    each: (el: Element) => {
      const mark = el as HTMLElement;
      const id = matcher.entryFor(mark.textContent ?? '');
      if (!id) return;
      mark.setAttribute(MARK_ATTR, id);
      mark.removeAttribute('data-markjs');
      marks.push(mark);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    },
  } as Mark.MarkRegExpOptions);
  return { marks, counts };
}

/**
 * Unwraps our marks. mark.js's own unmark() normalises whole parents, merging text nodes the page
 * may hold references to; here only the pieces we split are joined back, into the original node.
 */
export function removeHighlights(marks: Iterable<HTMLElement>): void {
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    const text = mark.textContent ?? '';
    const prev = mark.previousSibling;
    const next = mark.nextSibling;
    if (prev && prev.nodeType === Node.TEXT_NODE) {
      const prevText = prev as Text;
      prevText.appendData(text);
      parent.removeChild(mark);
      if (next && next.nodeType === Node.TEXT_NODE) {
        prevText.appendData((next as Text).data);
        parent.removeChild(next);
      }
    } else if (next && next.nodeType === Node.TEXT_NODE) {
      (next as Text).insertData(0, text);
      parent.removeChild(mark);
    } else {
      parent.replaceChild(mark.ownerDocument.createTextNode(text), mark);
    }
  }
}
