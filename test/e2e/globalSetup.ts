// Runs once around the end-to-end run: checks the tools first (failing with how to install them, never
// skipping), and afterwards kills any code-server that a crashed test worker left behind.
import fs from 'node:fs';
import { chromiumPath, codeServerEntry, RESULTS_DIR } from './harness/paths';
import { killOrphanedGroups } from './harness/processGroup';

export default function setup(): () => void {
  codeServerEntry();
  chromiumPath();
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  killOrphanedGroups();
  return () => {
    const killed = killOrphanedGroups();
    if (killed.length > 0)
      process.stderr.write(`[e2e] killed leftover code-server process groups ${killed.join(', ')}\n`);
  };
}
