/** Helpers the DOM round-trip properties share. */

/** Every text node under `root`, in document order: the objects a removal must give back. */
export function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const out: Text[] = [];
  const walker = doc.createTreeWalker(root, doc.defaultView!.NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) out.push(walker.currentNode as Text);
  return out;
}
