// Process groups the harness starts: killed by their id when stopped, when the test process exits,
// and (through a small registry of pid files) by the global teardown if a test worker died first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** One pid file per live process group that the harness started. */
export const PID_REGISTRY_DIR = path.join(os.tmpdir(), 'itcase-e2e-pids');

const live = new Set<number>();
let exitHookInstalled = false;

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Remembers a process group leader started with `detached: true`, so it is killed at the latest on exit.
 * `marker` is a string of its command line, checked before an orphan is killed (against pid reuse).
 */
export function registerGroup(pid: number, marker: string): void {
  live.add(pid);
  fs.mkdirSync(PID_REGISTRY_DIR, { recursive: true });
  fs.writeFileSync(path.join(PID_REGISTRY_DIR, String(pid)), JSON.stringify({ owner: process.pid, marker }));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const leader of live) signalGroup(leader, 'SIGKILL');
    });
  }
}

function forget(pid: number): void {
  live.delete(pid);
  fs.rmSync(path.join(PID_REGISTRY_DIR, String(pid)), { force: true });
}

/** The leader still runs the command it was registered with (or has exited while its group lives on). */
function leaderMatches(pid: number, marker: string): boolean {
  const cmdline = path.join('/proc', String(pid), 'cmdline');
  if (!fs.existsSync(cmdline)) return true; // A pid is not reused while its process group still exists.
  return marker !== '' && fs.readFileSync(cmdline, 'utf8').includes(marker);
}

/** SIGTERM to the whole group, then SIGKILL if it has not gone after `graceMs`. */
export async function killGroup(pid: number, graceMs = 3000): Promise<void> {
  signalGroup(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupAlive(pid) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (groupAlive(pid)) signalGroup(pid, 'SIGKILL');
  forget(pid);
}

/** Kills the groups of the registry whose owning test process is gone (used by the global teardown). */
export function killOrphanedGroups(): number[] {
  if (!fs.existsSync(PID_REGISTRY_DIR)) return [];
  const killed: number[] = [];
  for (const name of fs.readdirSync(PID_REGISTRY_DIR)) {
    const pid = Number(name);
    const file = path.join(PID_REGISTRY_DIR, name);
    if (!Number.isInteger(pid) || pid <= 1) {
      fs.rmSync(file, { force: true });
      continue;
    }
    let owner = 0;
    let marker = '';
    try {
      const entry = JSON.parse(fs.readFileSync(file, 'utf8')) as { owner?: unknown; marker?: unknown };
      owner = typeof entry.owner === 'number' ? entry.owner : 0;
      marker = typeof entry.marker === 'string' ? entry.marker : '';
    } catch {
      // A torn file: treat its owner as gone.
    }
    // A group whose test process still runs (another vitest run) is not an orphan.
    if (owner > 1 && owner !== process.pid && processAlive(owner)) continue;
    if (groupAlive(pid) && leaderMatches(pid, marker)) {
      signalGroup(pid, 'SIGKILL');
      killed.push(pid);
    }
    fs.rmSync(file, { force: true });
  }
  return killed;
}
