// When the preview's charts draw: once typing pauses, after the frame that paints the figures, in idle time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A browser clock run by hand: timers, animation frames, idle callbacks and performance.now(). */
function fakeBrowser() {
  let now = 0;
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  let nextId = 1;
  const frames = new Map<number, () => void>();
  const idles = new Map<number, { run: () => void; timeout: number }>();
  vi.stubGlobal('performance', { now: () => now });
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => {
    frames.set(nextId, run);
    return nextId++;
  });
  vi.stubGlobal('requestIdleCallback', (run: () => void, options: { timeout: number }) => {
    idles.set(nextId, { run, timeout: options.timeout });
    return nextId++;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => idles.delete(id));
  return {
    advance(ms: number) {
      now += ms;
      vi.advanceTimersByTime(ms);
    },
    frame() {
      const runs = [...frames.values()];
      frames.clear();
      for (const run of runs) run();
    },
    idle() {
      const runs = [...idles.values()];
      idles.clear();
      for (const { run } of runs) run();
    },
    pendingFrames: () => frames.size,
    pendingIdles: () => [...idles.values()],
  };
}

async function freshScheduler() {
  vi.resetModules();
  return import('../../webview/drawScheduler');
}

describe('drawScheduler', () => {
  let browser: ReturnType<typeof fakeBrowser>;
  beforeEach(() => {
    browser = fakeBrowser();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('draws in the idle time after the frame that follows a pause, not in the frame itself', async () => {
    const { drawWhenIdle } = await freshScheduler();
    const draw = vi.fn();
    drawWhenIdle(draw);
    expect(draw).not.toHaveBeenCalled();
    // No frame is asked for until the updates have paused for 100 ms.
    browser.advance(99);
    expect(browser.pendingFrames()).toBe(0);
    browser.advance(1);
    expect(browser.pendingFrames()).toBe(1);
    browser.frame();
    expect(draw).not.toHaveBeenCalled();
    expect(browser.pendingIdles()).toHaveLength(1);
    expect(browser.pendingIdles()[0]!.timeout).toBe(500);
    browser.idle();
    expect(draw).toHaveBeenCalledTimes(1);
  });

  it('draws a task queued several times once', async () => {
    const { drawWhenIdle } = await freshScheduler();
    const draw = vi.fn();
    drawWhenIdle(draw);
    drawWhenIdle(draw);
    browser.advance(100);
    expect(browser.pendingFrames()).toBe(1);
    browser.frame();
    browser.idle();
    expect(draw).toHaveBeenCalledTimes(1);
  });

  it('puts a pending draw behind the frame of a newer update', async () => {
    const { drawWhenIdle } = await freshScheduler();
    const chart = vi.fn();
    drawWhenIdle(chart);
    browser.advance(100);
    browser.frame();
    expect(browser.pendingIdles()).toHaveLength(1);
    // A newer update arrives before the thread was idle: its figures paint first.
    drawWhenIdle(chart);
    expect(browser.pendingIdles()).toHaveLength(0);
    browser.idle();
    expect(chart).not.toHaveBeenCalled();
    browser.advance(100);
    browser.frame();
    browser.idle();
    expect(chart).toHaveBeenCalledTimes(1);
  });

  it('waits while updates come 40 ms apart, and draws in the frame once the oldest is 500 ms old', async () => {
    const { drawWhenIdle } = await freshScheduler();
    const chart = vi.fn();
    for (let key = 0; key < 12; key++) {
      drawWhenIdle(chart);
      browser.advance(40);
      expect(browser.pendingFrames()).toBe(0);
    }
    // Twelve updates 40 ms apart, then a thirteenth at 480 ms: its pause is cut to 20 ms.
    drawWhenIdle(chart);
    browser.advance(19);
    expect(browser.pendingFrames()).toBe(0);
    browser.advance(1);
    browser.frame();
    expect(chart).toHaveBeenCalledTimes(1);
    expect(browser.pendingIdles()).toHaveLength(0);
  });

  it('draws nothing that was cancelled, and nothing while no frame comes (a hidden preview)', async () => {
    const { drawWhenIdle, cancelDraw } = await freshScheduler();
    const kept = vi.fn();
    const cancelled = vi.fn();
    drawWhenIdle(kept);
    drawWhenIdle(cancelled);
    cancelDraw(cancelled);
    browser.advance(10_000);
    browser.idle();
    expect(kept).not.toHaveBeenCalled();
    browser.frame();
    expect(kept).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
