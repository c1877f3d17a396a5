/**
 * What mark.js walks the page with instead of a NodeIterator (the build patches it in:
 * scripts/lib/markjs-patch.ts). The same nodes in the same order, through the same nextNode() and
 * previousNode() calls, but nothing the document keeps.
 *
 * Why: a NodeIterator stays registered with its document until garbage collection, and every
 * removal of a node anywhere in the document steps through all of them. mark.js makes one for
 * each element it is given, about 1,300 on the 50,000-word page: after highlighting it, removing
 * 5,000 of the page's own nodes took 124–130 ms instead of 2 ms, until the next full collection.
 * mark.js reads every node before it changes any, so it needs none of a NodeIterator's care for
 * nodes removed while it walks.
 */

const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

type Filter = ((node: Node) => number) | { acceptNode(node: Node): number } | null | undefined;

export interface NodeWalk {
  nextNode(): Node | null;
  previousNode(): Node | null;
}

/** `document.createNodeIterator(root, whatToShow, filter)` without the registration. */
export function nodeWalker(root: Node, whatToShow = 0xffffffff, filter?: Filter): NodeWalk {
  const verdict = (node: Node) => (!filter ? FILTER_ACCEPT : typeof filter === 'function' ? filter(node) : filter.acceptNode(node));
  const nodes: Node[] = [];
  // A NodeIterator starts with its root; a TreeWalker never returns its root. whatToShow has the
  // bit (nodeType - 1) for each type shown.
  if (whatToShow & (1 << (root.nodeType - 1)) && verdict(root) === FILTER_ACCEPT) nodes.push(root);
  // The walker calls the filter only for the types shown, as a NodeIterator does; to a
  // NodeIterator FILTER_REJECT is FILTER_SKIP (the node's subtree is still walked).
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, whatToShow, (node) => {
    const v = verdict(node);
    return v === FILTER_REJECT ? FILTER_SKIP : v;
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
  // Its place is between two nodes, as a NodeIterator's pointer is.
  let at = 0;
  return {
    nextNode: () => (at < nodes.length ? nodes[at++]! : null),
    previousNode: () => (at > 0 ? nodes[--at]! : null),
  };
}
