// A small extension written from its manifest and files, packaged with vsce into a .vsix to install.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './paths';

/**
 * Writes `package.json` (from `manifest`, whose `name` names the .vsix) and `files` (relative path →
 * text) into the empty or missing folder `dir`, packages them with vsce, and returns the .vsix path.
 */
export function packageExtension(
  dir: string,
  manifest: { name: string } & Record<string, unknown>,
  files: Record<string, string>,
): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const vsixPath = path.join(dir, `${manifest.name}.vsix`);
  const vsce = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'vsce');
  const result = spawnSync(
    vsce,
    ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', vsixPath],
    { cwd: dir, encoding: 'utf8', timeout: 120_000 },
  );
  if (result.status !== 0 || !fs.existsSync(vsixPath)) {
    throw new Error(`vsce could not package ${manifest.name}:\n${result.stdout}${result.stderr}`);
  }
  return vsixPath;
}
