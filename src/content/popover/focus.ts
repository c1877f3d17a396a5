/** Focus helpers for a card that lives in a shadow root. */

const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Keeps Tab and Shift+Tab cycling inside `container` (a card that has focus). */
export function wrapTab(e: KeyboardEvent, container: Element, active: Element | null): void {
  const items = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
  if (!items.length) return;
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const inside = !!active && container.contains(active);
  if (e.shiftKey && (!inside || active === first)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (!inside || active === last)) {
    e.preventDefault();
    first.focus();
  }
}

/** Gives focus back, only to an element that is still in the page and can take it. */
export function restoreFocus(target: Element | null, doc: Document): void {
  if (target instanceof HTMLElement && target.isConnected && target !== doc.body) {
    target.focus({ preventScroll: true });
  } else if (doc.activeElement instanceof HTMLElement) {
    doc.activeElement.blur();
  }
}
