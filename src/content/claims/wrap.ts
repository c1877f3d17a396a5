/**
 * Wraps a sentence-long range of a block in our <lpc-claim> elements and takes them out again,
 * leaving the page's nodes exactly as they were: splits keep the page's own text node in front
 * (Text.splitText), and removal joins back only the pieces we split off.
 */
import { CLAIM_TAG, isOurMark, type TextBlock } from './blocks.ts';

export const CLAIM_ATTR = 'data-claim-id';

/** Which ends of a note's content we split off a page text node. */
const splits = new WeakMap<Element, { head: boolean; tail: boolean }>();

const isText = (n: Node | null): n is Text => n?.nodeType === 3;

/** The piece of `node` from a to b as its own text node (the page's node keeps the front). */
function cut(node: Text, a: number, b: number): { piece: Text; head: boolean; tail: boolean } {
  const piece = a > 0 ? node.splitText(a) : node;
  const tail = b - a < piece.length;
  if (tail) piece.splitText(b - a);
  return { piece, head: a > 0, tail };
}

/** What to wrap for a piece: the piece, or the whole term mark it fills. */
function target(piece: Text): Node {
  const parent = piece.parentElement;
  return isOurMark(parent) ? parent! : piece;
}

/** Text we leave alone: inside a link, or a term mark the range covers only in part. */
function untouchable(node: Text, a: number, b: number): boolean {
  const parent = node.parentElement;
  if (!parent || parent.closest('a')) return true;
  return isOurMark(parent) && (a > 0 || b < node.length || parent.childNodes.length !== 1);
}

/** Wraps [start, end) of the block; returns the notes made (one per run of adjacent pieces). */
export function wrapRange(block: TextBlock, start: number, end: number, attrs: Record<string, string>): HTMLElement[] {
  const made: HTMLElement[] = [];
  let last: HTMLElement | null = null;
  block.nodes.forEach((node, i) => {
    const from = block.starts[i]!;
    const a = Math.max(start, from) - from;
    const b = Math.min(end, from + node.length) - from;
    if (b <= a) return;
    // Nothing to see in white space alone (between blocks of inline elements): leave it whole.
    if (untouchable(node, a, b) || !/\S/.test(node.data.slice(a, b))) return void (last = null);
    const { piece, head, tail } = cut(node, a, b);
    const t = target(piece);
    if (last && last.nextSibling === t) {
      last.append(t);
      splits.get(last)!.tail = tail && t === piece;
      return;
    }
    const note = piece.ownerDocument.createElement(CLAIM_TAG);
    for (const [k, v] of Object.entries(attrs)) note.setAttribute(k, v);
    t.parentNode!.insertBefore(note, t);
    note.append(t);
    splits.set(note, { head: head && t === piece, tail: tail && t === piece });
    made.push(note);
    last = note;
  });
  return made;
}

/** Unwraps our notes, joining back into the page's node only what we split from it. */
export function removeClaimNotes(notes: Iterable<HTMLElement>): void {
  for (const note of [...notes].reverse()) {
    const parent = note.parentNode;
    if (!parent) continue;
    const split = splits.get(note) ?? { head: false, tail: false };
    const first = note.firstChild;
    const lastChild = note.lastChild;
    const prev = note.previousSibling;
    const next = note.nextSibling;
    while (note.firstChild) parent.insertBefore(note.firstChild, note);
    parent.removeChild(note);
    if (split.tail && isText(lastChild) && isText(next) && lastChild.nextSibling === next) {
      lastChild.appendData(next.data);
      parent.removeChild(next);
    }
    if (split.head && isText(first) && isText(prev) && prev.nextSibling === first) {
      prev.appendData(first.data);
      parent.removeChild(first);
    }
  }
}
