// A throw-away workspace folder with the files a scenario needs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TempWorkspace {
  dir: string;
  /** Absolute path of a file of the workspace. */
  path(relativePath: string): string;
  read(relativePath: string): string;
  write(relativePath: string, text: string): void;
  remove(): void;
}

/** Creates a temporary folder holding `files` (relative path → text), optionally after copying a fixture folder. */
export function createWorkspace(
  files: Record<string, string> = {},
  options: { copyFrom?: string } = {},
): TempWorkspace {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itcase-ws-'));
  const resolve = (relativePath: string): string => {
    const full = path.resolve(dir, relativePath);
    if (full !== dir && !full.startsWith(`${dir}${path.sep}`))
      throw new Error(`${relativePath} is outside the workspace`);
    return full;
  };
  const write = (relativePath: string, text: string): void => {
    const full = resolve(relativePath);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  };
  if (options.copyFrom !== undefined) fs.cpSync(options.copyFrom, dir, { recursive: true });
  for (const [relativePath, text] of Object.entries(files)) write(relativePath, text);
  return {
    dir,
    path: resolve,
    read: (relativePath) => fs.readFileSync(resolve(relativePath), 'utf8'),
    write,
    remove: () => fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 }),
  };
}
