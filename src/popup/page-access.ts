/**
 * Why the extension may not be able to read a tab, in words for the popup. Browsers keep content
 * scripts out of their own pages, their add-on stores and their PDF viewers; with host permissions
 * only for http(s), a tab whose URL we cannot see is one of the browser's own pages.
 */
import { t } from '../shared/ui/i18n.ts';

const STORES = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

export function unscriptableReason(url: string | undefined): string | null {
  if (!url) return t('accessBrowserPage');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return t('accessNoAddress');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    if (parsed.protocol === 'file:') return t('accessFile');
    return t('accessBrowserProtocol', parsed.protocol);
  }
  const host = parsed.hostname;
  if (STORES.some((s) => host === s) && (host !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'))) {
    return t('accessStore');
  }
  if (/\.pdf$/i.test(parsed.pathname)) return t('accessPdf');
  return null;
}

/** When the page should be scriptable but did not answer. */
export const noAnswer = (): string => t('accessNoAnswer');
