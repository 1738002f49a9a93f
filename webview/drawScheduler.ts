/**
 * When charts draw: once typing pauses, after the frame that shows the new figures, in the first
 * idle time. Text is cheap and follows every keystroke in the frame after its message; a chart
 * redraw costs a frame or two of the thread that also handles the editor's keys (the workbench and
 * the preview share it), so it waits until the updates stop for QUIET_MS and that thread is idle.
 * Each update pushes the pending draw behind its own frame; a burst of typing that never pauses
 * still redraws the charts every MAX_STALE_MS. A hidden preview (no animation frames) draws nothing
 * until it is shown.
 */
/** Longer than the 30–50 ms between a typist's keys, short enough to read as "as soon as I stop". */
const QUIET_MS = 100;
/**
 * Longer than a typed number (six to ten keys at 30–50 ms): a redraw forced while the last keys of a
 * number are on their way holds up the figures they change, by a frame or two.
 */
const MAX_STALE_MS = 500;

const pending = new Set<() => void>();
let quietTimer: ReturnType<typeof setTimeout> | undefined;
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

function requestFrame(): void {
  quietTimer = undefined;
  if (frameRequested || pending.size === 0) return;
  frameRequested = true;
  requestAnimationFrame(afterFrame);
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

/**
 * Queues `task` for the idle time after the frame that follows a pause in the updates; queuing the
 * same function again runs it once.
 */
export function drawWhenIdle(task: () => void): void {
  pending.add(task);
  const now = performance.now();
  oldest ??= now;
  if (idleHandle !== undefined) {
    // A newer update: its figures paint first.
    cancelIdleCallback(idleHandle);
    idleHandle = undefined;
  }
  if (quietTimer !== undefined) clearTimeout(quietTimer);
  // The pause is cut short once the oldest undrawn update would otherwise wait past MAX_STALE_MS.
  quietTimer = setTimeout(requestFrame, Math.max(0, Math.min(QUIET_MS, oldest + MAX_STALE_MS - now)));
}

export function cancelDraw(task: () => void): void {
  pending.delete(task);
}
