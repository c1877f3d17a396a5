/**
 * When a card opens and closes, as Wikipedia's page previews do it: a dwell before opening, a grace
 * period after the pointer leaves, and a token per intent so a timer that was overtaken by a newer
 * hover can never open (or close) anything. DOM-free, with an injectable clock, for unit tests.
 */

/** Long enough to ignore a pointer passing over a term, short enough to feel immediate. */
export const DWELL_MS = 200;
/** Time to cross the gap between a term and its card (or to come back) before the card closes. */
export const GRACE_MS = 300;

export interface Clock {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realClock: Clock = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface IntentActions<T> {
  open(target: T): void;
  close(): void;
}

export class HoverIntent<T> {
  private token = 0;
  private handle: unknown;
  private current: T | null = null;

  constructor(
    private readonly actions: IntentActions<T>,
    private readonly clock: Clock = realClock,
    private readonly dwellMs = DWELL_MS,
    private readonly graceMs = GRACE_MS,
  ) {}

  /** The target whose card is open, if any. */
  get openTarget(): T | null {
    return this.current;
  }

  /** The pointer (or focus) rests on a target: open its card after the dwell. */
  enter(target: T): void {
    if (target === this.current) {
      this.cancel();
      return;
    }
    this.schedule(this.dwellMs, () => this.show(target));
  }

  /** The pointer left the target or the card: close after the grace period (or drop a pending open). */
  leave(): void {
    if (this.current === null) this.cancel();
    else this.schedule(this.graceMs, () => this.hide());
  }

  /** The pointer is over the open card: keep it. */
  hold(): void {
    this.cancel();
  }

  /** Tap, keyboard or a related-term button: no dwell. */
  openNow(target: T): void {
    this.cancel();
    this.show(target);
  }

  closeNow(): void {
    this.cancel();
    this.hide();
  }

  private schedule(ms: number, fn: () => void): void {
    this.cancel();
    const token = this.token;
    this.handle = this.clock.set(() => {
      if (token === this.token) fn();
    }, ms);
  }

  private cancel(): void {
    this.token++;
    if (this.handle !== undefined) this.clock.clear(this.handle);
    this.handle = undefined;
  }

  private show(target: T): void {
    this.current = target;
    this.actions.open(target);
  }

  private hide(): void {
    if (this.current === null) return;
    this.current = null;
    this.actions.close();
  }
}
