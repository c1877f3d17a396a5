/** In the page: the durations of main-thread tasks over 50 ms from now until `stop()`. */
export function watchLongTasks(): { durations: number[]; stop(): void } {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) durations.push(e.duration);
  });
  observer.observe({ type: 'longtask' });
  return { durations, stop: () => observer.disconnect() };
}

/**
 * In the page: the longest time the page could not run a task of its own, from now until
 * `stop()`. A message posted to itself over and over (not a timer, which browsers hold to 4 ms
 * once nested): the longest gap between two is the longest task in between, however short.
 */
export function watchLongestGap(): { stop(): number } {
  const { port1, port2 } = new MessageChannel();
  let last = performance.now();
  let longest = 0;
  let on = true;
  port1.onmessage = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (on) port2.postMessage(null);
  };
  port2.postMessage(null);
  return {
    stop() {
      on = false;
      port1.close();
      return longest;
    },
  };
}
