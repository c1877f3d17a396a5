/**
 * Breaks in a long scoring: the page runs between stretches of the scorer's work, so a very long
 * page is scored in several tasks instead of one long one. A break is a task of its own (a timer);
 * the time spent in breaks is not the detector's.
 */

/** A stretch of scoring work, in ms, before a break: far below the 50 ms of a long task. */
export const STRETCH_MS = 16;

export class WorkBreaks {
  /** Milliseconds spent in breaks so far. */
  paused = 0;
  private resumed = performance.now();

  constructor(private readonly stretchMs = STRETCH_MS) {}

  /** Takes a break if the work since the last one has gone on for a stretch. */
  async maybe(): Promise<void> {
    if (performance.now() - this.resumed >= this.stretchMs) await this.take();
  }

  async take(): Promise<void> {
    const before = performance.now();
    await this.rest();
    this.resumed = performance.now();
    this.paused += this.resumed - before;
  }

  /** The break itself: the rest of this task, and whatever the page queued, run before we go on. */
  protected rest(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }
}
