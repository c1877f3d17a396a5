/**
 * The article's running text as blocks (a paragraph, a list item, a heading): each block's text
 * nodes in order with where each starts, so a sentence found in the joined text maps back to
 * the nodes that hold it, across inline elements such as links, emphasis and our term marks.
 */
import { EXCLUDED, MARK_CLASS } from '../highlight/highlighter.ts';

export const CLAIM_TAG = 'lpc-claim';

/** Never read or wrapped: the highlighter's exclusions except links and marks, whose text is part
 *  of the sentence (they are not wrapped inside, see wrap.ts), plus our own claim notes. */
export const CLAIM_SKIP = [...EXCLUDED.filter((s) => s !== 'a' && s !== 'mark'), CLAIM_TAG].join(',');
const BLOCK = 'p,li,blockquote,h1,h2,h3,h4,h5,h6,td,th,dd,dt,div,section,article,main,body,figure,details,summary';

export interface TextBlock {
  nodes: Text[];
  /** Offset of each node's text in `text`. */
  starts: number[];
  text: string;
}

export interface BlockCache {
  skipped(parent: Element): boolean;
  blockOf(parent: Element): Element;
}

/**
 * Cached per parent element: text nodes share parents, and closest() with the long skip list is
 * the costly part. A term mark of ours stands for its parent (a page has thousands of them).
 */
export function blockCache(root: Element): BlockCache {
  const skip = new Map<Element, boolean>();
  const block = new Map<Element, Element>();
  const host = (el: Element) => (el.localName === 'mark' && el.classList.contains(MARK_CLASS) && el.parentElement ? el.parentElement : el);
  return {
    skipped(parent) {
      const el = host(parent);
      let hit = skip.get(el);
      if (hit === undefined) skip.set(el, (hit = el.closest(CLAIM_SKIP) !== null));
      return hit;
    },
    blockOf(parent) {
      const el = host(parent);
      let hit = block.get(el);
      if (hit === undefined) block.set(el, (hit = (el.closest(BLOCK) as Element | null) ?? root));
      return hit;
    },
  };
}

export function collectBlocks(root: Element, cache: BlockCache = blockCache(root)): TextBlock[] {
  const doc = root.ownerDocument;
  const blocks = new Map<Element, TextBlock>();
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const parent = n.parentElement;
    if (!parent || !n.data || cache.skipped(parent)) continue;
    const key = cache.blockOf(parent);
    let b = blocks.get(key);
    if (!b) blocks.set(key, (b = { nodes: [], starts: [], text: '' }));
    b.nodes.push(n);
    b.starts.push(b.text.length);
    b.text += n.data;
  }
  return [...blocks.values()];
}
