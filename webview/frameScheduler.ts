/**
 * Runs work once in the next animation frame. Charts draw there, not in the message handler: a burst
 * of renders while the user types collapses into one draw per frame, and a hidden preview (no frames)
 * draws nothing until it is shown.
 */
const pending = new Set<() => void>();
let scheduled = false;

function flush(): void {
  scheduled = false;
  const tasks = [...pending];
  pending.clear();
  for (const task of tasks) task();
}

/** Queues `task` for the next frame; queuing the same function again in one frame runs it once. */
export function runInNextFrame(task: () => void): void {
  pending.add(task);
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(flush);
}

export function cancelFrameTask(task: () => void): void {
  pending.delete(task);
}
