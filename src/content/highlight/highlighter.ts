/**
 * Wraps alias matches in the article body in <mark> elements with mark.js, one markRegExp pass
 * of one combined pattern per piece of work, and removes them again without leaving a trace.
 */
import Mark from 'mark.js/dist/mark.es6.js';
import type { AliasMatcher } from './alias-pattern.ts';
import { claim } from '../ours.ts';

export const MARK_CLASS = 'lpc-term';
export const MARK_ATTR = 'data-term-id';
/** Beside the entry id, the topic (pack id) the entry belongs to. */
export const TOPIC_ATTR = 'data-topic';

/** Never inside these (mark.js tests only a text node's parent, hence the `sel *` pairs). */
export const EXCLUDED = [
  'input', 'textarea', 'select', 'button', 'option', '[contenteditable]:not([contenteditable="false"])',
  'code', 'pre', 'kbd', 'samp', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe',
  // Fallback content, shown only when the element itself cannot be.
  'object', 'video', 'audio',
  'a', 'nav', 'header', 'footer', 'aside', 'figcaption', 'dialog', '[role="navigation"]', '[role="complementary"]',
  '[role="banner"]', '[role="contentinfo"]', '[role="search"]', '[role="dialog"]', '[role="textbox"]',
  '[aria-hidden="true"]', '[hidden]', 'mark',
  '.comments', '#comments', '.comment', '.related', '.share', '.social', '.newsletter',
];
/**
 * Checked only for text nodes that hold a match, with one closest() call: mark.js's own `exclude`
 * runs a selector test on every text node's parent, which cost more than the regex itself.
 */
export const EXCLUDE_SELECTOR = EXCLUDED.join(',');

export interface HighlightResult {
  marks: HTMLElement[];
  /** entry id → number of highlights */
  counts: Map<string, number>;
  /**
   * Each mark we made → its entry id. The page can forge `mark.lpc-term[data-term-id]` or edit
   * the attribute; only this map says which marks are ours and what they stand for.
   */
  terms?: WeakMap<Element, string>;
  /** entry id → occurrences found but not marked because the page reached `maxMarks`. */
  unmarked?: Map<string, number>;
}

export interface HighlightOptions {
  firstOnly: boolean;
  /** Entry ids already highlighted elsewhere (for first-occurrence mode across passes). */
  seen?: Set<string>;
  /** No more marks than this in `result.marks`; later occurrences are only counted. */
  maxMarks?: number;
}

/** One markRegExp pass over `context` (an element or a group of sibling elements). */
export function highlight(context: Element | Element[], matcher: AliasMatcher, options: HighlightOptions, into?: HighlightResult): HighlightResult {
  const result = into ?? { marks: [], counts: new Map<string, number>() };
  const seen = options.seen ?? new Set<string>();
  const maxMarks = options.maxMarks ?? Infinity;
  // Editable content is the page's data, not text to decorate: what we insert, it saves.
  // Checked once per pass, before our writes, as isContentEditable may need fresh style.
  const contexts = (Array.isArray(context) ? context : [context]).filter((el) => !(el as HTMLElement).isContentEditable);
  if (!contexts.length || contexts[0]!.ownerDocument.designMode === 'on') return result;
  // The id the filter accepted; mark.js calls `each` for that same match right after wrapping it.
  let accepted = '';
  // Matches cluster in the same paragraph: one closest() per parent element, not per match.
  const excluded = new Map<Element, boolean>();
  const isExcluded = (parent: Element | null): boolean => {
    if (!parent) return true;
    let hit = excluded.get(parent);
    if (hit === undefined) excluded.set(parent, (hit = parent.closest(EXCLUDE_SELECTOR) !== null));
    return hit;
  };
  matcher.regex.lastIndex = 0;
  new Mark(contexts as HTMLElement[]).markRegExp(matcher.regex, {
    element: 'mark',
    className: MARK_CLASS,
    acrossElements: false,
    filter: (node: Text, term: string) => {
      const id = matcher.entryFor(term);
      if (!id || (options.firstOnly && seen.has(id))) return false;
      if (isExcluded(node.parentElement)) return false;
      if (result.marks.length >= maxMarks) {
        result.unmarked?.set(id, (result.unmarked.get(id) ?? 0) + 1);
        return false;
      }
      seen.add(id);
      accepted = id;
      return true;
    },
    each: (el: Element) => {
      const mark = claim(el as HTMLElement);
      mark.setAttribute(MARK_ATTR, accepted);
      const topic = matcher.topicOf?.(accepted);
      if (topic) mark.setAttribute(TOPIC_ATTR, topic);
      mark.removeAttribute('data-markjs');
      result.marks.push(mark);
      result.terms?.set(mark, accepted);
      result.counts.set(accepted, (result.counts.get(accepted) ?? 0) + 1);
    },
  } as Mark.MarkRegExpOptions);
  return result;
}

/**
 * Unwraps our marks. mark.js's own unmark() normalises whole parents, merging text nodes the page
 * may hold references to; here only the pieces we split are joined back, into the original node
 * (mark.js's splitText leaves the original node in front of each mark). Works in any order.
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
