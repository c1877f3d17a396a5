/**
 * Splits an article into pieces of work for the highlighter: groups of sibling block elements of
 * about CHUNK_CHARS characters each, so a 50,000-word page becomes many short tasks.
 */

export const CHUNK_CHARS = 6_000;

function hasOwnText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && /\S/.test((n as Text).data)) return true;
  return false;
}

export function planChunks(root: Element, maxChars = CHUNK_CHARS): Element[][] {
  const chunks: Element[][] = [];
  let group: Element[] = [];
  let size = 0;
  const flush = () => {
    if (group.length) chunks.push(group);
    group = [];
    size = 0;
  };
  const visit = (el: Element, len: number) => {
    // Too big and made only of elements: descend. Text directly inside keeps the element whole,
    // since mark.js takes elements, not loose text nodes.
    if (len > maxChars && el.firstElementChild && !hasOwnText(el)) {
      flush();
      for (const c of el.children) visit(c, c.textContent?.length ?? 0);
      flush();
      return;
    }
    if (size + len > maxChars) flush();
    group.push(el);
    size += len;
  };
  visit(root, root.textContent?.length ?? 0);
  flush();
  return chunks;
}
