// Where the end-to-end harness finds its tools and puts its results.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder holding package.json). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Where `scripts/install-code-server.sh` installs code-server 4.100.3 (VS Code 1.100). */
export const CODE_SERVER_DIR = path.join(PROJECT_ROOT, '.cache', 'code-server');

/** Debian's Chromium. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Screenshots, console logs and server logs of each scenario. */
export const RESULTS_DIR = path.join(PROJECT_ROOT, 'test-results', 'e2e');

/** The code-server entry script (resolved through the `.bin` link), or throws how to install it. */
export function codeServerEntry(): string {
  const bin = path.join(CODE_SERVER_DIR, 'node_modules', '.bin', 'code-server');
  const vscodeModules = path.join(
    CODE_SERVER_DIR,
    'node_modules',
    'code-server',
    'lib',
    'vscode',
    'node_modules',
  );
  if (!fs.existsSync(bin) || !fs.existsSync(vscodeModules)) {
    throw new Error(
      `code-server is not installed at ${CODE_SERVER_DIR}. Run \`bash scripts/install-code-server.sh\` ` +
        '(needs `apt-get install -y libkrb5-dev ripgrep`), then run the end-to-end tests again.',
    );
  }
  return fs.realpathSync(bin);
}

/** Debian's Chromium, or throws how to install it. */
export function chromiumPath(): string {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is missing at ${CHROMIUM_PATH}: run \`apt-get install -y chromium\`.`);
  }
  return CHROMIUM_PATH;
}
