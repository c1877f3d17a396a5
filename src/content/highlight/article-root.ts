/** Finds the element that holds the article body, so highlights never land in navigation or footers. */

const CANDIDATES = ['[itemprop="articleBody"]', 'article', '[role="main"] article', 'main', '[role="main"]'];

function paragraphText(el: Element): number {
  let n = 0;
  for (const p of el.querySelectorAll('p')) n += p.textContent?.length ?? 0;
  return n;
}

export function findArticleRoot(doc: Document): Element | null {
  for (const sel of CANDIDATES) {
    const els = [...doc.querySelectorAll(sel)];
    if (els.length === 0) continue;
    // Several <article>s (a list page): take the one with the most paragraph text.
    let best = els[0]!;
    let bestLen = paragraphText(best);
    for (const el of els.slice(1)) {
      const len = paragraphText(el);
      if (len > bestLen) {
        best = el;
        bestLen = len;
      }
    }
    if (bestLen > 200) return best;
  }
  // No semantic markup: the parent of the most paragraphs.
  const counts = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (parent) counts.set(parent, (counts.get(parent) ?? 0) + (p.textContent?.length ?? 0));
  }
  let best: Element | null = null;
  let bestLen = 0;
  for (const [el, len] of counts) if (len > bestLen) [best, bestLen] = [el, len];
  return best ?? doc.body;
}
