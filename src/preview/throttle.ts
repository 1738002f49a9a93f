/**
 * Timing helpers for the keystroke path, free of VS Code so they are unit-tested.
 * Throttler: the first call runs at once, calls during the wait are folded into one trailing run.
 * Debouncer: runs once after the calls have stopped for the delay.
 */
export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class Throttler {
  private timer: unknown = undefined;
  private pending = false;

  constructor(
    private readonly run: () => void,
    private readonly delayMs: () => number,
    private readonly timers: Timers = realTimers,
  ) {}

  trigger(): void {
    if (this.timer !== undefined) {
      this.pending = true;
      return;
    }
    this.run();
    this.startWait();
  }

  private startWait(): void {
    this.timer = this.timers.set(() => {
      this.timer = undefined;
      if (this.pending) {
        this.pending = false;
        this.run();
        this.startWait();
      }
    }, this.delayMs());
  }

  dispose(): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
    this.pending = false;
  }
}

export class Debouncer {
  private timer: unknown = undefined;

  constructor(
    private readonly run: () => void,
    private readonly delayMs: () => number,
    private readonly timers: Timers = realTimers,
  ) {}

  trigger(): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = this.timers.set(() => {
      this.timer = undefined;
      this.run();
    }, this.delayMs());
  }

  dispose(): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
  }
}
