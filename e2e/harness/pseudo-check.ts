/**
 * What the pseudo-locale test looks at on an extension page or in the card: every visible text
 * and read attribute, and every box that clips its content. `englishLeft` then says which texts
 * still hold plain English once the topic pack's own text (data, English on purpose) is removed.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { DEFAULT_PACK } from '../../scripts/lib/paths.ts';

export interface Seen {
  texts: string[];
  overflows: string[];
}

/** Runs in the page: `root` is a document or the card's (open, in the test build) shadow root. */
function collect(root: Document | ShadowRoot): Seen {
  const texts: string[] = [];
  const overflows: string[] = [];
  // The tab's title is UI text too (set from _locales at start; the HTML holds none).
  if (root instanceof Document) texts.push(root.title);
  const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().replace(/\s+/g, '.')}` : ''}`;
  const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('[aria-hidden="true"], code, kbd');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.parentElement && shown(n.parentElement) && n.textContent!.trim()) texts.push(n.textContent!);
  for (const el of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
      const value = el.getAttribute(name);
      if (value && !(el instanceof HTMLAnchorElement && name === 'title')) texts.push(value);
    }
    if (!shown(el)) continue;
    const style = getComputedStyle(el);
    const clipsX = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
    const clipsY = ['hidden', 'clip'].includes(style.overflowY);
    // The visually-hidden pattern clips on purpose (1px box); it is read, not seen.
    if (el.classList.contains('visually-hidden')) continue;
    if (clipsX && el.scrollWidth > el.clientWidth + 1) overflows.push(`${describe(el)}: ${el.scrollWidth} > ${el.clientWidth} wide: ${el.textContent?.slice(0, 60)}`);
    if (clipsY && el.scrollHeight > el.clientHeight + 1) overflows.push(`${describe(el)}: ${el.scrollHeight} > ${el.clientHeight} high: ${el.textContent?.slice(0, 60)}`);
  }
  return { texts, overflows };
}

// Sent as source text: the collector must run in the page, on a root that cannot be serialised.
export const seenOnPage = (page: Page): Promise<Seen> => page.evaluate(`(${collect.toString()})(document)`);
export const seenInShadow = (host: Locator): Promise<Seen> => host.evaluate((el, source) => (0, eval)(source)(el.shadowRoot) as Seen, `(${collect.toString()})`);

function packStrings(): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    // A template ("… took effect on {date}") is shown filled in: its fixed parts are what to find.
    if (typeof v === 'string') {
      // Only parts with words: a bare year from the pack would otherwise cut a shown date in two.
      for (const part of v.split(/\{\w+\}/)) if (/\p{L}{2}/u.test(part)) out.add(part.trim());
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(JSON.parse(readFileSync(DEFAULT_PACK, 'utf8')));
  return [...out].sort((a, b) => b.length - a.length);
}

const DATE = /\b(\d{1,2} )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/g;
/** A word written only in plain ASCII letters: the pseudo-locale accents nearly every letter. */
const ENGLISH_WORD = /^[A-Za-z]{2,}$/;

/**
 * The texts that still hold a plain English word after pack text, dates and `extra` (hosts) are
 * taken out. A text quoted from the page itself (`pageText`, the claim card's sentence) is data too.
 */
export function englishLeft(texts: string[], extra: string[] = [], pageText = ''): string[] {
  // Hosts first (a pack word inside a host would leave the rest of it), dates last (a pack title may hold one).
  const data = [...extra, ...packStrings()];
  return texts.filter((text) => {
    if (pageText.includes(text.trim())) return false;
    let rest = text;
    for (const s of data) if (rest.includes(s)) rest = rest.split(s).join(' ');
    return rest.replace(DATE, ' ').split(/[^\p{L}]+/u).some((w) => ENGLISH_WORD.test(w));
  });
}
