// What the itcase end-to-end scenarios share: the built package and the example workspace.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../harness';

export const EXTENSION_ID = 'itcase.itcase';

/** The .vsix that `npm run package` built; the tests install it into a fresh VS Code. */
export function builtVsix(): string {
  const version = (
    JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const vsix = path.join(PROJECT_ROOT, `itcase-${version}.vsix`);
  if (!fs.existsSync(vsix))
    throw new Error(`${vsix} is missing: run \`npm run package\` first (npm test does).`);
  return vsix;
}

/** The example cases, as the workspace a person would open. */
export const EXAMPLES = path.join(PROJECT_ROOT, 'examples');
