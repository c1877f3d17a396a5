/**
 * The one element of ours in the page: a closed shadow root on a built-in `<div>`, with `all: initial`
 * on the host so page CSS cannot reach in, and our stylesheet inside the root only. Not a custom
 * element name: a page that defines that name first runs its constructor inside our
 * createElement and can stop the card from ever opening.
 */
import { claim } from '../ours.ts';

/** Marks the host for tests and tools; we never look the host up by it. */
export const HOST_ATTR = 'data-lpc-card-host';
/** A selector for the host (named HOST_TAG for the tools that used the old custom tag). */
export const HOST_TAG = `div[${HOST_ATTR}]`;

const HOST_STYLE =
  'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important; overflow: visible !important;';

/** Elements whose children are never rendered, so the host cannot live inside them. */
const REPLACED = new Set(['VIDEO', 'AUDIO', 'IMG', 'IFRAME', 'CANVAS', 'OBJECT', 'EMBED', 'SVG']);

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  mount: HTMLElement;
  /**
   * Re-attaches the host where the reader can see and use it: inside the page's open modal
   * dialog (everything outside it is inert: drawn, but deaf to clicks and focus), else inside
   * the fullscreen element, else at the end of the document.
   */
  ensurePlaced(): void;
  remove(): void;
}

export function createShadowHost(doc: Document, css: string): ShadowHost {
  const host = claim(doc.createElement('div'));
  host.setAttribute(HOST_ATTR, '');
  host.setAttribute('style', HOST_STYLE);
  // Closed: the page can neither read the card nor rewrite its links (the root is kept here only).
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const mount = doc.createElement('div');
  root.append(style, mount);
  const ensurePlaced = () => {
    const fs = doc.fullscreenElement;
    const parent = openModal(doc) ?? (fs && !REPLACED.has(fs.tagName.toUpperCase()) ? fs : doc.documentElement);
    if (host.parentNode !== parent) parent.append(host);
  };
  ensurePlaced();
  return { host, root, mount, ensurePlaced, remove: () => host.remove() };
}

/** The page's open modal dialog, if any (the last one: dialogs opened later stack on top). */
function openModal(doc: Document): Element | null {
  try {
    const modals = doc.querySelectorAll('dialog:modal');
    return modals[modals.length - 1] ?? null;
  } catch {
    // A browser without :modal: no change from before.
    return null;
  }
}

/** Whether this browser has the Popover API (top layer); older ones fall back to z-index. */
export function supportsTopLayer(el: HTMLElement): boolean {
  return typeof el.showPopover === 'function';
}

/**
 * Puts the card on top of the top layer: above the page's own dialogs, popovers and fullscreen
 * element. Showing it again moves it to the top of that stack if the page added something since.
 */
export function raiseToTopLayer(card: HTMLElement): void {
  if (!supportsTopLayer(card)) return;
  try {
    if (!card.hasAttribute('popover')) card.setAttribute('popover', 'manual');
    if (card.matches(':popover-open')) card.hidePopover();
    card.showPopover();
  } catch {
    // A page with a strict CSP or an odd state: z-index on the host still applies.
  }
}
