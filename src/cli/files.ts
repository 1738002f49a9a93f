/** Finding case files: a folder is searched for `*.itcase.yaml` / `*.itcase.yml`. */
import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join } from 'node:path';

export const CASE_FILE = /\.itcase\.ya?ml$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** A case file to check, or a folder that could not be searched (`problem` says why). */
export interface FoundPath {
  path: string;
  problem?: string;
}

/**
 * Every case file under the given paths, each folder sorted by name; a path that does not exist is
 * reported in `missing`. Symbolic links are followed, to files and to folders; each folder is
 * searched once, so a link back to a parent cannot loop. A case file the search cannot stat (a
 * dangling link, a link to itself) is still listed: reading it says what is wrong.
 */
export function findCaseFiles(paths: readonly string[]): {
  files: FoundPath[];
  missing: string[];
  /** Named folders in which no case file was found. */
  empty: string[];
} {
  const files: FoundPath[] = [];
  const missing: string[] = [];
  const empty: string[] = [];
  const searched = new Set<string>();
  const walk = (folder: string, stat: Stats) => {
    const id = `${stat.dev}:${stat.ino}`;
    if (searched.has(id)) return;
    searched.add(id);
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? String(error));
      files.push({ path: folder, problem: `cannot search this folder: ${reason}` });
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(folder, entry.name);
      const isCase = CASE_FILE.test(entry.name);
      if (entry.isFile()) {
        if (isCase) files.push({ path: full });
        continue;
      }
      if (SKIPPED_FOLDERS.has(entry.name)) continue;
      // A folder, a symbolic link, or an entry the file system gives no type for: look at its target.
      let target: Stats;
      try {
        target = statSync(full);
      } catch {
        if (isCase) files.push({ path: full });
        continue;
      }
      if (target.isDirectory()) walk(full, target);
      // Not a regular file (a FIFO, a device): listed all the same; the reader refuses it.
      else if (isCase) files.push({ path: full });
    }
  };
  for (const path of paths) {
    let stat: Stats;
    try {
      stat = statSync(path);
    } catch {
      missing.push(path);
      continue;
    }
    if (stat.isDirectory()) {
      const before = files.length;
      walk(path, stat);
      if (files.length === before) empty.push(path);
    } else files.push({ path });
  }
  return { files, missing, empty };
}
