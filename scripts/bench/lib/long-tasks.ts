/** In the page: the durations of main-thread tasks over 50 ms from now until `stop()`. */
export function watchLongTasks(): { durations: number[]; stop(): void } {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) durations.push(e.duration);
  });
  observer.observe({ type: 'longtask' });
  return { durations, stop: () => observer.disconnect() };
}
