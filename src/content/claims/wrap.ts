/**
 * Wraps a sentence-long range of a block in our <lpc-claim> elements and takes them out again,
 * leaving the page's nodes exactly as they were.
 *
 * The page's own text nodes never move while a note is up: a note holds copies of their text,
 * and each page node keeps what lies outside the range in its place — the text before the range
 * (the text after it then goes into a node of ours behind the note), or the text after it, or
 * nothing. Moving a node is a removal, and a removal costs a step per NodeIterator still alive in
 * the page: on the 50,000-word page, when mark.js still left one per paragraph it marked (the build
 * now patches that out, node-walker.ts), moving text pieces into notes was half of the claim pass,
 * and moving our own term marks a quarter of its first visit; the page may hold NodeIterators of
 * its own. So term marks stay where they are too: the note ends before a mark
 * and goes on after it, and the mark carries IN_CLAIM_ATTR (styled as part of the note) while the
 * note is up. A term inside a claim keeps its card.
 */
import { CLAIM_TAG, isOurMark, type TextBlock } from './blocks.ts';

export const CLAIM_ATTR = 'data-claim-id';
/** On a term mark of ours that a claim's sentence covers, while its note is up. */
export const IN_CLAIM_ATTR = 'data-in-claim';

/** A copy in a note of part of a page text node, and what the page node kept. */
interface Copy {
  piece: Text;
  page: Text;
  /** The page node kept the text before the piece (and `tail`, a node of ours behind the note, the text after it); otherwise it kept the text after it. */
  keptFront: boolean;
  tail?: Text;
}

/** Each note's copies, in order: what removal puts back. */
const copies = new WeakMap<Element, Copy[]>();
/** The term marks a sentence covers, kept by its first note: removal takes their IN_CLAIM_ATTR off. */
const coveredMarks = new WeakMap<Element, Element[]>();

const isText = (n: Node | null): n is Text => n?.nodeType === 3;

/** Text we leave alone: inside a link, or a term mark the range covers only in part. */
function untouchable(node: Text, a: number, b: number): boolean {
  const parent = node.parentElement;
  if (!parent || parent.closest('a')) return true;
  return isOurMark(parent) && (a > 0 || b < node.length || parent.childNodes.length !== 1);
}

/** Whether `at` comes right after the note, past page nodes this note emptied (they stay where they were). */
function follows(note: Element, at: Node, emptied: Set<Node>): boolean {
  let n = note.nextSibling;
  while (n && emptied.has(n)) n = n.nextSibling;
  return n === at;
}

/** Wraps [start, end) of the block; returns the notes made (one per run of adjacent pieces). */
export function wrapRange(block: TextBlock, start: number, end: number, attrs: Record<string, string>): HTMLElement[] {
  const made: HTMLElement[] = [];
  const marks: Element[] = [];
  const emptied = new Set<Node>();
  let note: HTMLElement | null = null;
  block.nodes.forEach((node, i) => {
    const from = block.starts[i]!;
    const a = Math.max(start, from) - from;
    const b = Math.min(end, from + node.length) - from;
    if (b <= a) return;
    const data = node.data;
    // Nothing to see in white space alone (between blocks of inline elements): leave it whole.
    if (untouchable(node, a, b) || !/\S/.test(data.slice(a, b))) return void (note = null);
    // A whole term mark (untouchable() leaves one covered in part alone): the note goes on after it.
    if (isOurMark(node.parentElement)) {
      marks.push(node.parentElement!);
      return void (note = null);
    }
    if (note && !follows(note, node, emptied)) note = null;
    if (!note) {
      // A sentence's later pieces copy its first: one call instead of one per attribute.
      if (made[0]) note = made[0].cloneNode(false) as HTMLElement;
      else {
        note = node.ownerDocument.createElement(CLAIM_TAG);
        for (const [k, v] of Object.entries(attrs)) note.setAttribute(k, v);
      }
      copies.set(note, []);
      made.push(note);
      // In front of the piece, or behind the page node's text that stays in front of it.
      node.parentNode!.insertBefore(note, a === 0 ? node : node.nextSibling);
    }
    const copy: Copy = { piece: node.ownerDocument.createTextNode(data.slice(a, b)), page: node, keptFront: a > 0 };
    if (a > 0) node.deleteData(a, data.length - a);
    else node.deleteData(0, b);
    if (!node.length) emptied.add(node);
    note.append(copy.piece);
    copies.get(note)!.push(copy);
    if (a > 0 && b < data.length) note.after((copy.tail = node.ownerDocument.createTextNode(data.slice(b))));
  });
  if (made.length && marks.length) {
    for (const m of marks) m.setAttribute(IN_CLAIM_ATTR, '');
    coveredMarks.set(made[0]!, marks);
  }
  return made;
}

/** Puts a copy's text back into its page node, and the page node back where its text starts. */
function putBack({ piece, page, keptFront, tail }: Copy): void {
  const parent = piece.parentNode;
  if (!parent) return;
  if (keptFront) {
    // The page node, or the last piece of it a term pass split off since (removeHighlights joins those).
    const front = piece.previousSibling;
    if (!isText(front)) return;
    front.appendData(piece.data);
    parent.removeChild(piece);
    // What follows the piece (term marks made inside the note since) is joined by removeHighlights.
    const before = tail?.parentNode === parent ? tail.previousSibling : null;
    if (isText(before)) {
      before.appendData(tail!.data);
      parent.removeChild(tail!);
    }
    return;
  }
  if (page.parentNode !== parent) return;
  if (piece.nextSibling === page) {
    page.insertData(0, piece.data);
    parent.removeChild(piece);
    return;
  }
  // The page node is further on: it emptied (the note's later pieces came out between), or a
  // term pass split the piece since. It takes the piece's place; what it kept follows what stands
  // before its old place, for removeHighlights to join.
  const rest = page.data;
  const before = page.previousSibling;
  parent.replaceChild(page, piece);
  page.data = piece.data;
  if (!rest) return;
  if (isText(before) && before !== page) before.appendData(rest);
  else parent.insertBefore(page.ownerDocument.createTextNode(rest), before ? before.nextSibling : parent.firstChild);
}

/** Unwraps our notes, giving the page's nodes back their text in their places. */
export function removeClaimNotes(notes: Iterable<HTMLElement>): void {
  for (const note of [...notes].reverse()) {
    const parent = note.parentNode;
    if (!parent) continue;
    while (note.firstChild) parent.insertBefore(note.firstChild, note);
    parent.removeChild(note);
    for (const copy of copies.get(note) ?? []) putBack(copy);
    for (const m of coveredMarks.get(note) ?? []) m.removeAttribute(IN_CLAIM_ATTR);
  }
}
