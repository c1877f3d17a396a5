/**
 * Waits until the page has settled before we first touch it: an idle callback, then a short
 * window without DOM mutations (a framework hydrating or rendering keeps mutating), with a cap
 * so a page that never stops (a ticker) still gets highlighted.
 *
 * Server-rendered framework pages are quiet *before* they hydrate: the HTML is complete, and the
 * bundle that hydrates it may arrive seconds later. Marks placed in that gap make React 18 report
 * a mismatch and throw the server DOM away. On such pages we wait for `load` plus a grace period
 * before looking for quiet.
 */
import { whenIdle } from '../highlight/idle.ts';

export interface SettleOptions {
  quietMs: number;
  maxMs: number;
  /** Minimum wait after the load event (server-rendered pages only). */
  afterLoadMs: number;
}

export const DEFAULT_SETTLE: SettleOptions = { quietMs: 250, maxMs: 2_500, afterLoadMs: 0 };
export const SERVER_RENDERED_SETTLE: SettleOptions = { quietMs: 400, maxMs: 6_000, afterLoadMs: 2_000 };

/** Markers that React, Next.js, Gatsby, Remix, Vue/Nuxt, Angular, Svelte and Astro leave in server HTML. */
const SERVER_RENDERED_MARKERS = [
  '[data-reactroot]', '#__next', 'script#__NEXT_DATA__', '#___gatsby', 'script#__remixContext', '[data-server-rendered]',
  '#__nuxt', '[ng-version]', '[ng-server-context]', '[data-sveltekit-hydrate]', 'astro-island', '[data-hydrate]',
].join(',');

export function looksServerRendered(doc: Document): boolean {
  return doc.querySelector(SERVER_RENDERED_MARKERS) !== null;
}

export function settleOptionsFor(doc: Document): SettleOptions {
  return looksServerRendered(doc) ? SERVER_RENDERED_SETTLE : DEFAULT_SETTLE;
}

function afterLoad(doc: Document, delayMs: number, run: () => void): void {
  if (delayMs <= 0) return run();
  const wait = () => setTimeout(run, delayMs);
  if (doc.readyState === 'complete') wait();
  else doc.defaultView?.addEventListener('load', wait, { once: true });
}

export function waitForSettle(doc: Document, options: SettleOptions = settleOptionsFor(doc)): Promise<void> {
  return new Promise((resolve) => {
    const started = performance.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let observer: MutationObserver | undefined;
    const finish = () => {
      observer?.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const arm = () => {
      clearTimeout(timer);
      const left = options.maxMs - (performance.now() - started);
      timer = setTimeout(finish, Math.max(0, Math.min(options.quietMs, left)));
    };
    afterLoad(doc, options.afterLoadMs, () =>
      whenIdle(() => {
        observer = new MutationObserver(arm);
        observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
        arm();
      }, options.maxMs),
    );
  });
}
