/**
 * Waits until the page has settled before we first touch it: an idle callback, then a short
 * window without DOM mutations (a framework hydrating or rendering keeps mutating), with a cap
 * so a page that never stops (a ticker) still gets highlighted.
 *
 * Server-rendered framework pages are quiet *before* they hydrate: the HTML is complete, and the
 * bundle that hydrates it may arrive seconds later. Marks placed in that gap split the text nodes
 * React 18 hydrates one by one: it reports a mismatch and throws the server DOM away. On such
 * pages we wait for `load` (async, defer and module scripts in the HTML have all run by then),
 * for same-origin scripts the page added later to arrive, plus a grace period, then for quiet;
 * all of it capped, so a page whose load never fires is still highlighted.
 */
import { whenIdle } from '../highlight/idle.ts';

export interface SettleOptions {
  quietMs: number;
  /** Cap on the whole wait, from the call. */
  maxMs: number;
  /** Minimum wait after the load event (server-rendered pages only). */
  afterLoadMs: number;
  /** Also wait for same-origin scripts still on their way (server-rendered pages only). */
  awaitScripts: boolean;
}

export const DEFAULT_SETTLE: SettleOptions = { quietMs: 250, maxMs: 2_500, afterLoadMs: 0, awaitScripts: false };
export const SERVER_RENDERED_SETTLE: SettleOptions = { quietMs: 400, maxMs: 8_000, afterLoadMs: 2_000, awaitScripts: true };

/** Markers that React (≤17), Next.js, Gatsby, Remix, Vue/Nuxt, Angular, Svelte, Solid and Astro leave in server HTML. */
const SERVER_RENDERED_MARKERS = [
  '[data-reactroot]', '#__next', 'script#__NEXT_DATA__', '#___gatsby', 'script#__remixContext', '[data-server-rendered]',
  '#__nuxt', '[ng-version]', '[ng-server-context]', '[ngh]', '[data-sveltekit-hydrate]', '[data-hk]', 'astro-island', '[data-hydrate]',
].join(',');

/**
 * Comments that only server renderers write, for the client to find its place when hydrating:
 * React 18's `<!-- -->` between adjacent text nodes and `<!--$-->…<!--/$-->` around Suspense
 * boundaries; Vue 3 and Svelte 5 fragment brackets `<!--[-->…<!--]-->`; Solid's `<!--$-->`, `<!--/-->`.
 * React 18's renderToString leaves no attribute at all (no data-reactroot), so these are often
 * the only sign.
 */
const HYDRATION_COMMENTS = new Set([' ', '$', '/$', '$?', '$!', '[', ']', '[!', '!$', '/']);
const MAX_COMMENTS_SCANNED = 2_000;
const SHOW_COMMENT = 0x80;

/** The element apps mount into; filled in the HTML only when the server rendered the app. */
const MOUNT_POINTS = '#root > *, #app > *, #svelte > *';

function hasHydrationComments(doc: Document): boolean {
  if (!doc.body) return false;
  const walker = doc.createTreeWalker(doc.body, SHOW_COMMENT);
  for (let i = 0; i < MAX_COMMENTS_SCANNED && walker.nextNode(); i++) {
    if (HYDRATION_COMMENTS.has((walker.currentNode as Comment).data)) return true;
  }
  return false;
}

const isJavaScript = (type: string) => type === '' || type === 'module' || /(java|ecma)script/i.test(type);

/**
 * Same-origin scripts (where an app's own bundle usually lives) without a resource-timing entry:
 * still downloading. Third-party scripts are left out, as a blocked tracker never gets an entry.
 */
export function pendingScripts(doc: Document): number {
  const perf = doc.defaultView?.performance;
  if (typeof perf?.getEntriesByName !== 'function') return 0;
  const origin = doc.location?.origin;
  let pending = 0;
  for (const script of doc.querySelectorAll<HTMLScriptElement>('script[src]:not([nomodule])')) {
    if (!isJavaScript(script.type.trim()) || !script.src.startsWith(`${origin}/`)) continue;
    if (perf.getEntriesByName(script.src).length === 0) pending++;
  }
  return pending;
}

export function looksServerRendered(doc: Document): boolean {
  if (doc.querySelector(SERVER_RENDERED_MARKERS) !== null || hasHydrationComments(doc)) return true;
  // A filled mount point is server output, or an app that has already rendered on the client;
  // while the page's scripts are still on their way it may be the former, waiting for its bundle.
  return doc.querySelector(MOUNT_POINTS) !== null && (doc.readyState !== 'complete' || pendingScripts(doc) > 0);
}

export function settleOptionsFor(doc: Document): SettleOptions {
  return looksServerRendered(doc) ? SERVER_RENDERED_SETTLE : DEFAULT_SETTLE;
}

const SCRIPT_POLL_MS = 200;

export function waitForSettle(doc: Document, options: SettleOptions = settleOptionsFor(doc)): Promise<void> {
  return new Promise((resolve) => {
    const started = performance.now();
    const left = () => Math.max(0, options.maxMs - (performance.now() - started));
    let done = false;
    let quiet: ReturnType<typeof setTimeout> | undefined;
    let observer: MutationObserver | undefined;
    const finish = () => {
      if (done) return;
      done = true;
      observer?.disconnect();
      clearTimeout(quiet);
      clearTimeout(cap);
      resolve();
    };
    // The cap covers every step: a load event that never comes, a script that never arrives.
    const cap = setTimeout(finish, options.maxMs);
    const arm = () => {
      clearTimeout(quiet);
      quiet = setTimeout(finish, Math.min(options.quietMs, left()));
    };
    const watchForQuiet = () => {
      if (done) return;
      observer = new MutationObserver(arm);
      observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
      arm();
    };
    const afterScripts = (run: () => void) => {
      if (done) return;
      if (!options.awaitScripts || pendingScripts(doc) === 0) return run();
      setTimeout(() => afterScripts(run), SCRIPT_POLL_MS);
    };
    afterLoad(doc, options.afterLoadMs, () => afterScripts(() => whenIdle(watchForQuiet, left())));
  });
}

function afterLoad(doc: Document, delayMs: number, run: () => void): void {
  if (delayMs <= 0) return run();
  const wait = () => setTimeout(run, delayMs);
  if (doc.readyState === 'complete') wait();
  else doc.defaultView?.addEventListener('load', wait, { once: true });
}
