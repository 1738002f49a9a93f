/** Finding case files: a folder is searched for `*.itcase.yaml` / `*.itcase.yml`. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const CASE_FILE = /\.itcase\.ya?ml$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** Every case file under the given paths, sorted; a path that does not exist is reported. */
export function findCaseFiles(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = join(folder, entry.name);
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) walk(full);
      else if (entry.isFile() && CASE_FILE.test(entry.name)) files.push(full);
    }
  };
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      missing.push(path);
      continue;
    }
    if (stat.isDirectory()) walk(path);
    else files.push(path);
  }
  return { files, missing };
}
