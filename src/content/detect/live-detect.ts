/**
 * Runs the detector again when the page changes under us: a client-side navigation (the URL
 * changed without a load) or content arriving late on a page not detected yet (a single-page
 * app rendering its article after load). Throttled and capped: a page that keeps mutating gets
 * at most MAX_RECHECKS cheap re-checks per URL, further and further apart.
 */

export const RECHECK_MS = 700;
export const MAX_RECHECKS = 8;

/**
 * `recheck(urlChanged)` re-detects; `stillLooking()` says whether growth on the same URL is
 * worth a re-check (false once the page is detected: the app part follows its content).
 */
export function watchForChanges(recheck: (urlChanged: boolean) => void, stillLooking: () => boolean): void {
  let href = location.href;
  let checks = 0;
  let urlChanged = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    timer = undefined;
    if (!urlChanged) checks++;
    const changed = urlChanged;
    urlChanged = false;
    recheck(changed);
  };
  const poke = () => {
    if (location.href !== href) {
      href = location.href;
      urlChanged = true;
      checks = 0;
      clearTimeout(timer);
      timer = undefined;
    } else if (timer || checks >= MAX_RECHECKS || !stillLooking()) return;
    timer = setTimeout(fire, RECHECK_MS * 2 ** Math.min(checks, 4));
  };
  // The document, not its root element: document.open() replaces <html>, and an observer on the
  // old one would never hear of the content written after it.
  new MutationObserver(poke).observe(document, { childList: true, subtree: true });
  addEventListener('popstate', poke);
  // The Navigation API (Chromium) reports history.pushState from the page's own world too.
  (globalThis as { navigation?: EventTarget }).navigation?.addEventListener('currententrychange', poke);
}
