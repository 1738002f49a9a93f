import { describe, expect, it } from 'vitest';
import { Debouncer } from '../../src/language/debouncer';
import type { Timers } from '../../src/timers';

/** Timers that only fire when the test says so. */
function manualTimers() {
  const queue: { callback: () => void; handle: number }[] = [];
  let next = 0;
  const timers: Timers = {
    set: (callback) => {
      queue.push({ callback, handle: ++next });
      return next;
    },
    clear: (handle) => {
      const i = queue.findIndex((t) => t.handle === handle);
      if (i >= 0) queue.splice(i, 1);
    },
  };
  const fire = () => queue.shift()?.callback();
  return { timers, fire, pending: () => queue.length };
}

describe('Debouncer (diagnostics while typing)', () => {
  it('runs once after the calls stop', () => {
    const t = manualTimers();
    let runs = 0;
    const debouncer = new Debouncer(
      () => runs++,
      () => 200,
      t.timers,
    );
    debouncer.trigger();
    debouncer.trigger();
    expect(t.pending()).toBe(1);
    expect(runs).toBe(0);
    t.fire();
    expect(runs).toBe(1);
  });
});
