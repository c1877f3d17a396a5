/** Reads the parts of a page the detector weighs, without forcing layout (no innerText). */

/** Enough text to judge an article; a 5 MB page is not read whole. */
export const MAX_BODY_CHARS = 300_000;

export interface PageText {
  title: string;
  headings: string;
  body: string;
}

export function readPageText(doc: Document): PageText {
  const title = [doc.title, doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? ''].join(' \n ');
  const headingEls = doc.querySelectorAll('h1, h2');
  let headings = '';
  for (let i = 0; i < headingEls.length && i < 12; i++) headings += `${headingEls[i]?.textContent ?? ''} \n `;
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  let body = root?.textContent ?? '';
  if (body.length > MAX_BODY_CHARS) body = body.slice(0, MAX_BODY_CHARS);
  return { title, headings, body };
}
