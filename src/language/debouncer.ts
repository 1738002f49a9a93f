/**
 * Runs once after the calls have stopped for the delay: problems are refreshed when the typing
 * pauses. Free of VS Code so it is unit-tested.
 */
import { realTimers, type Timers } from '../timers';

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
