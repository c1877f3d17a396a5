/**
 * Waits until the page has settled before we first touch it: an idle callback, then a short
 * window without DOM mutations (a framework hydrating or rendering keeps mutating), with a cap
 * so a page that never stops (a ticker) still gets highlighted.
 */
import { whenIdle } from '../highlight/idle.ts';

export interface SettleOptions {
  quietMs: number;
  maxMs: number;
}

export const DEFAULT_SETTLE: SettleOptions = { quietMs: 250, maxMs: 2_500 };

export function waitForSettle(doc: Document, options: SettleOptions = DEFAULT_SETTLE): Promise<void> {
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
    whenIdle(() => {
      observer = new MutationObserver(arm);
      observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
      arm();
    }, options.maxMs);
  });
}
