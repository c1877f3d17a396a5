/**
 * Where the card goes: below its term if it fits (or if there is more room below), otherwise above;
 * left-aligned with the term unless that overflows, then right-aligned; always inside the viewport,
 * with a maximum height that makes long content scroll inside the card instead of being cut off.
 */

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  maxHeight: number;
  side: 'below' | 'above';
  align: 'start' | 'end';
}

export const GAP_PX = 8;
export const MARGIN_PX = 8;
/** Below this much room on either side the card overlaps the term rather than becoming a sliver. */
export const MIN_HEIGHT_PX = 120;

export function placeCard(anchor: Box, card: Size, viewport: Size, gap = GAP_PX, margin = MARGIN_PX): Placement {
  const fullHeight = Math.max(0, viewport.height - 2 * margin);
  const roomBelow = viewport.height - margin - anchor.bottom - gap;
  const roomAbove = anchor.top - gap - margin;
  const side: Placement['side'] = card.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
  const room = side === 'below' ? roomBelow : roomAbove;

  let maxHeight: number;
  let top: number;
  if (room >= Math.min(card.height, MIN_HEIGHT_PX)) {
    maxHeight = Math.min(room, fullHeight);
    const height = Math.min(card.height, maxHeight);
    top = side === 'below' ? anchor.bottom + gap : anchor.top - gap - height;
  } else {
    // The term sits at an edge (or is partly off screen): use the whole height.
    maxHeight = fullHeight;
    top = side === 'below' ? viewport.height - margin - Math.min(card.height, fullHeight) : margin;
  }
  top = clamp(top, margin, viewport.height - margin - Math.min(card.height, maxHeight));

  const width = Math.min(card.width, Math.max(0, viewport.width - 2 * margin));
  let align: Placement['align'] = 'start';
  let left = anchor.left;
  if (left + width > viewport.width - margin) {
    align = 'end';
    left = anchor.right - width;
  }
  left = clamp(left, margin, viewport.width - margin - width);
  return { top: Math.round(top), left: Math.round(left), maxHeight: Math.floor(maxHeight), side, align };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
