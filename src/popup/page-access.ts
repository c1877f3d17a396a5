/**
 * Why the extension may not be able to read a tab, in words for the popup. Browsers keep content
 * scripts out of their own pages, their add-on stores and their PDF viewers; with host permissions
 * only for http(s), a tab whose URL we cannot see is one of the browser's own pages.
 */
const STORES = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

export function unscriptableReason(url: string | undefined): string | null {
  if (!url) return 'This is a browser page (such as a new tab, settings or extensions page). Extensions cannot read browser pages.';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'This page has no address the extension can read.';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    if (parsed.protocol === 'file:') return 'This is a file on your computer. The extension only reads web pages (http and https).';
    return `This is a browser page (${parsed.protocol}). Extensions cannot read browser pages.`;
  }
  const host = parsed.hostname;
  if (STORES.some((s) => host === s) && (host !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'))) {
    return 'This is the browser’s add-on store. Browsers do not let extensions read it.';
  }
  if (/\.pdf$/i.test(parsed.pathname)) return 'This looks like a PDF in the browser’s PDF viewer. Extensions cannot read it.';
  return null;
}

/** When the page should be scriptable but did not answer. */
export const NO_ANSWER =
  'The page did not answer. It may still be loading, be a PDF or other non-HTML document, or have been open since before the extension was installed or updated: reload it.';
