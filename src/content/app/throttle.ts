/**
 * At most one call per interval: the first call runs at once, calls within the interval fold
 * into one trailing call at its end. A live page changes our marks many times a second; the badge
 * needs to hear about it once.
 */
export interface Throttled {
  (): void;
  /** Runs a pending call now (e.g. before tearing down). */
  flush(): void;
  cancel(): void;
}

export function throttle(fn: () => void, intervalMs: number): Throttled {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = undefined;
    last = performance.now();
    fn();
  };
  const call = (() => {
    if (timer) return;
    const wait = last + intervalMs - performance.now();
    if (wait <= 0) run();
    else timer = setTimeout(run, wait);
  }) as Throttled;
  call.flush = () => {
    if (!timer) return;
    clearTimeout(timer);
    run();
  };
  call.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return call;
}
