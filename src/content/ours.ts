/**
 * The nodes we put into the page, held by reference. Anything found by id, class or tag could be
 * the page's own (a `<div id="lpc-mark-style">`, a forged `<mark class="lpc-term">`).
 */
const nodes = new WeakSet<Node>();

export function claim<T extends Node>(node: T): T {
  nodes.add(node);
  return node;
}

/** Whether `node` itself is one we made. */
export const isOwnNode = (node: Node): boolean => nodes.has(node);

/** Whether `node` is one of ours or inside one. */
export function isOurs(node: Node | null): boolean {
  for (let n = node; n; n = n.parentNode) if (nodes.has(n)) return true;
  return false;
}
