/**
 * When charts draw: after the frame that shows the new figures, in the first idle time. Text is
 * cheap and follows every keystroke in the frame after its message; a chart redraw costs a frame or
 * two of the thread that also handles the editor's keys, so it waits until that thread is idle.
 * Each update that arrives first pushes the pending draw behind its own frame; a burst of typing
 * that never leaves the thread idle still redraws the charts every MAX_STALE_MS. A hidden preview
 * (no animation frames) draws nothing until it is shown.
 */
const MAX_STALE_MS = 250;

const pending = new Set<() => void>();
let frameRequested = false;
let idleHandle: number | undefined;
/** When the oldest undrawn task was queued (performance.now()). */
let oldest: number | undefined;

function flush(): void {
  idleHandle = undefined;
  oldest = undefined;
  const tasks = [...pending];
  pending.clear();
  for (const task of tasks) task();
}

function afterFrame(): void {
  frameRequested = false;
  if (pending.size === 0) return;
  if (performance.now() - (oldest ?? 0) >= MAX_STALE_MS || typeof requestIdleCallback !== 'function') {
    flush();
    return;
  }
  idleHandle = requestIdleCallback(flush, { timeout: MAX_STALE_MS });
}

/** Queues `task` for the next idle time after a frame; queuing the same function again runs it once. */
export function drawWhenIdle(task: () => void): void {
  pending.add(task);
  oldest ??= performance.now();
  if (idleHandle !== undefined) {
    // A newer update: its figures paint first.
    cancelIdleCallback(idleHandle);
    idleHandle = undefined;
  }
  if (frameRequested) return;
  frameRequested = true;
  requestAnimationFrame(afterFrame);
}

export function cancelDraw(task: () => void): void {
  pending.delete(task);
}
