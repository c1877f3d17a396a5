/** The card placed at its term in the page, from placement.ts's arithmetic. */
import { placeCard } from './placement.ts';

/** The line box of the term the card points at (the first one, for a term that wraps). */
export function anchorRect(mark: HTMLElement): DOMRect {
  return mark.getClientRects()[0] ?? mark.getBoundingClientRect();
}

export function inViewport(r: DOMRect, doc: Document): boolean {
  const view = doc.defaultView!;
  return r.bottom > 0 && r.top < view.innerHeight && r.right > 0 && r.left < view.innerWidth;
}

/** Puts the card below or above its term, inside the viewport, scrolling inside if it must. */
export function positionCard(card: HTMLElement, anchor: DOMRect, view: Window): void {
  card.style.maxHeight = '';
  const size = card.getBoundingClientRect();
  const p = placeCard(anchor, { width: size.width, height: size.height }, { width: view.innerWidth, height: view.innerHeight });
  card.style.top = `${p.top}px`;
  card.style.left = `${p.left}px`;
  card.style.maxHeight = `${p.maxHeight}px`;
  card.dataset.side = p.side;
  card.dataset.align = p.align;
}

/** With no card open, stepping starts from what the reader sees, not from the top of the page. */
export function firstInView(marks: HTMLElement[], direction: 1 | -1, viewHeight: number): HTMLElement {
  if (direction === 1) return marks.find((m) => m.getBoundingClientRect().top >= 0) ?? marks[0]!;
  return marks.findLast((m) => m.getBoundingClientRect().bottom <= viewHeight) ?? marks[marks.length - 1]!;
}
