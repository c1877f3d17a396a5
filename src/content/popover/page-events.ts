/**
 * The page events the card controller listens to, registered in one place. Every handler runs
 * only for events the reader caused (a page can dispatch pointer and focus events itself) and
 * never lets an exception out into the page.
 */
import { reportError } from '../report-error.ts';

export interface PageHandlers {
  pointerover(e: PointerEvent): void;
  pointerout(e: PointerEvent): void;
  pointerdown(e: PointerEvent): void;
  pointerup(e: PointerEvent): void;
  focusin(e: FocusEvent): void;
  focusout(e: FocusEvent): void;
  keydown(e: KeyboardEvent): void;
  /** Scrolling or resizing: the card follows its term. */
  moved(): void;
  fullscreenchange(): void;
}

export function guarded<E extends Event>(fn: (e: E) => void): (e: E) => void {
  return (e) => {
    if (!e.isTrusted) return;
    try {
      fn(e);
    } catch (error) {
      reportError('card', error);
    }
  };
}

/** Listens until `signal` aborts; capturing, so a page that stops propagation cannot hide its events. */
export function listenToPage(doc: Document, signal: AbortSignal, h: PageHandlers): void {
  const opts = { capture: true, signal };
  const passive = { ...opts, passive: true };
  doc.addEventListener('pointerover', guarded(h.pointerover), passive);
  doc.addEventListener('pointerout', guarded(h.pointerout), passive);
  doc.addEventListener('pointerdown', guarded(h.pointerdown), passive);
  doc.addEventListener('pointerup', guarded(h.pointerup), passive);
  doc.addEventListener('focusin', guarded(h.focusin), opts);
  doc.addEventListener('focusout', guarded(h.focusout), opts);
  doc.addEventListener('keydown', guarded(h.keydown), opts);
  doc.addEventListener('scroll', () => h.moved(), passive);
  doc.addEventListener('fullscreenchange', () => h.fullscreenchange(), opts);
  doc.defaultView?.addEventListener('resize', () => h.moved(), passive);
}
