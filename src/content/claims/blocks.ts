/**
 * The article's running text as blocks (a paragraph, a list item, a heading): each block's text
 * nodes in order with where each starts, so a sentence found in the joined text maps back to
 * the nodes that hold it, across inline elements such as links, emphasis and our term marks.
 */
import { EXCLUDED } from '../highlight/highlighter.ts';
import { isOwnNode } from '../ours.ts';

export const CLAIM_TAG = 'lpc-claim';

/** Never read or wrapped: the highlighter's exclusions except links and marks, whose text is part
 *  of the sentence (they are not wrapped inside, see wrap.ts), plus our own claim notes. */
const SKIP_LIST = [...EXCLUDED.filter((s) => s !== 'a' && s !== 'mark'), CLAIM_TAG];
export const CLAIM_SKIP = SKIP_LIST.join(',');
/** The type selectors among them; each of the others needs an attribute (a class, an id, a role…). */
const SKIP_TAGS = new Set(SKIP_LIST.filter((s) => /^[a-z][a-z0-9-]*$/.test(s)));

/**
 * Whether CLAIM_SKIP matches the element itself. An element without attributes (most paragraphs)
 * can only match a type selector: a Set lookup answers it, not a test of all 44 selectors. A name
 * with capitals is looked up lower-cased, so whichever way an engine compares its case, the
 * selector list decides.
 */
export function isSkipped(el: Element): boolean {
  return (el.hasAttributes() || SKIP_TAGS.has(el.localName.toLowerCase())) && el.matches(CLAIM_SKIP);
}
/** Elements whose text is a block of its own, by local name (a Set lookup, not a selector match per element). */
const BLOCK = new Set(['p', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dd', 'dt', 'div', 'section', 'article', 'main', 'body', 'figure', 'details', 'summary']);

/** A term mark of ours: one we made (held by reference, ours.ts), not one the page forged with our class. */
export function isOurMark(el: Element | null): boolean {
  return !!el && isOwnNode(el) && el.localName === 'mark';
}

export interface TextBlock {
  nodes: Text[];
  /** Offset of each node's text in `text`. */
  starts: number[];
  text: string;
}

export interface BlockCache {
  /** The block a text node with this parent belongs to; null when it is not read at all. */
  placeOf(parent: Element): Element | null;
}

/**
 * The nearest ancestor-or-self an element test accepts, remembered for every element on the way
 * up: a paragraph's chain is then tested once, and its siblings stop at their shared parent. The
 * same answer as closest(), which re-tests the whole chain against the long list for every element.
 */
function closestCache(test: (el: Element) => boolean): (el: Element) => Element | null {
  const memo = new Map<Element, Element | null>();
  const find = (el: Element): Element | null => {
    let hit = memo.get(el);
    if (hit !== undefined) return hit;
    hit = test(el) ? el : el.parentElement ? find(el.parentElement) : null;
    memo.set(el, hit);
    return hit;
  };
  return find;
}

/** A term mark of ours stands for its parent (a page has thousands of them). */
export function blockCache(root: Element): BlockCache {
  const skip = closestCache(isSkipped);
  const block = closestCache((el) => BLOCK.has(el.localName));
  // One lookup per text node in the common case: its parent (or the mark's) was seen with an earlier node.
  const place = new Map<Element, Element | null>();
  const placeOfHost = (el: Element) => {
    let hit = place.get(el);
    if (hit === undefined) place.set(el, (hit = skip(el) ? null : (block(el) ?? root)));
    return hit;
  };
  return {
    placeOf(parent) {
      // A paragraph's own text is found at once; a mark is not a key (the term pass makes new
      // ones every time, each would be a key used once): it stands for its parent.
      const hit = place.get(parent);
      if (hit !== undefined) return hit;
      return isOurMark(parent) && parent.parentElement ? placeOfHost(parent.parentElement) : placeOfHost(parent);
    },
  };
}

/**
 * Reads a root's blocks in document order, a bounded number of text nodes at a time, so a long
 * page can be read in idle slices with one walker. A block is handed out once the walker has
 * moved past it, so wrapping its text never disturbs the node the walker stands on.
 */
export class BlockReader {
  private readonly walker: TreeWalker;
  private readonly cache: BlockCache;
  private pending: { key: Element; block: TextBlock } | null = null;
  done = false;

  constructor(root: Element) {
    this.walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    this.cache = blockCache(root);
  }

  /** Characters of block text read so far. */
  chars = 0;
  /** Text nodes read so far. */
  nodesRead = 0;

  /** Reads up to `maxNodes` text nodes, or until `maxChars` of block text; returns the blocks it completed. */
  read(maxNodes: number, maxChars = Infinity): TextBlock[] {
    const out: TextBlock[] = [];
    // The last text node's parent and where it went: a paragraph's text comes in runs between
    // its term marks, and a mark of ours goes where its parent does, so most nodes need no lookup.
    let lastParent: Element | null = null;
    let lastKey: Element | null = null;
    for (let i = 0; i < maxNodes && this.chars < maxChars; i++) {
      const n = this.walker.nextNode() as Text | null;
      this.nodesRead++;
      if (!n) {
        this.done = true;
        if (this.pending) out.push(this.pending.block);
        this.pending = null;
        break;
      }
      // Read once: every access to `data` crosses into the DOM.
      const data = n.data;
      const parent = n.parentElement;
      let key: Element | null;
      if (!parent || !data) key = null;
      else if (parent === lastParent || (parent.parentElement === lastParent && isOurMark(parent))) key = lastKey;
      else {
        key = this.cache.placeOf(parent);
        lastParent = parent;
        lastKey = key;
      }
      if (!key) continue;
      if (this.pending?.key !== key) {
        // White space between blocks (the line breaks between paragraphs) starts no block of its own.
        if (!/\S/.test(data)) continue;
        if (this.pending) out.push(this.pending.block);
        this.pending = { key, block: { nodes: [], starts: [], text: '' } };
      }
      const b = this.pending.block;
      b.nodes.push(n);
      b.starts.push(b.text.length);
      b.text += data;
      this.chars += data.length;
    }
    return out;
  }
}
