/**
 * `npm run demo` — IT Case in a real VS Code in your browser, with the Walmart case and its preview
 * open: builds the .vsix, installs code-server 4.100.3 (VS Code 1.100) into .cache/code-server,
 * copies examples/ to .cache/demo/workspace (the demo never edits the repository's files) and serves
 * it on 127.0.0.1 (port 8080 when free) until Ctrl+C, with the extension installed into .cache/demo/.
 * code-server is started and stopped by the end-to-end harness (test/e2e/harness), as in the tests.
 *
 * VS Code in the browser keeps its open editors in the browser's own storage, so a session prepared
 * in another browser would not show in yours. Instead a tiny helper extension, written and installed
 * here (.cache/demo/open-walmart), opens walmart.itcase.yaml and runs "IT Case: Open Preview to the
 * Side" when a window starts with no case open; a window that restores its editors is left alone.
 *
 *   npm run demo -- [--no-build] [--port N] [--check]
 *     --no-build  reuse the built .vsix
 *     --port N    serve on port N (default: 8080 if free, else any free port)
 *     --check     open the URL once in headless Chromium, wait for the case and its preview, save
 *                 .cache/demo/check.png, then keep serving
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  PROJECT_ROOT,
  openWorkbench,
  packageExtension,
  previewFrame,
  startCodeServer,
  waitForCanvasDrawn,
  waitForFrameText,
  workbenchUrl,
  type CodeServer,
} from '../test/e2e/harness';
import { freePort } from '../test/e2e/harness/freePort';

const DEMO = path.join(PROJECT_ROOT, '.cache', 'demo');
const WORKSPACE = path.join(DEMO, 'workspace');
const HELPER = path.join(DEMO, 'open-walmart');
const args = process.argv.slice(2);
const portArg = args.includes('--port') ? Number(args[args.indexOf('--port') + 1]) : undefined;

const HELPER_MANIFEST = {
  name: 'open-walmart',
  displayName: 'IT Case demo: open the Walmart case',
  description: 'Opens walmart.itcase.yaml and its preview when a demo window starts with no case open.',
  publisher: 'itcase-demo',
  version: '0.0.1',
  license: 'MIT',
  engines: { vscode: '^1.100.0' },
  main: './extension.js',
  activationEvents: ['onStartupFinished'],
  extensionDependencies: ['itcase.itcase'],
  files: ['extension.js'],
};

const HELPER_SOURCE = `// Written by scripts/demo.ts: opens the Walmart case and its preview in a window with no case open.
const vscode = require('vscode');

exports.activate = async function activate() {
  const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs);
  const restored = tabs.some(
    (tab) =>
      (tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('itcase.preview')) ||
      (tab.input instanceof vscode.TabInputText && /\\.itcase\\.ya?ml$/.test(tab.input.uri.path)),
  );
  if (restored) return; // The window came back with its editors: leave them as they were.
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  if (!folder) return;
  const uri = vscode.Uri.joinPath(folder.uri, 'walmart.itcase.yaml');
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    return;
  }
  await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One, preview: false });
  await vscode.commands.executeCommand('itcase.showPreviewToSide', uri);
};

exports.deactivate = function deactivate() {};
`;

function step(text: string): void {
  console.log(`\n== ${text}`);
}

function run(command: string, commandArgs: string[]): void {
  const result = spawnSync(command, commandArgs, { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`${command} ${commandArgs.join(' ')} failed (exit ${String(result.status)})`);
  }
}

/** Builds what the server needs; returns the .vsix files to install. */
function prepare(): string[] {
  if (!args.includes('--no-build')) {
    step('Building the extension (npm run package)');
    run('npm', ['run', 'package']);
  }
  const version = (
    JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

  step('Installing code-server 4.100.3 (once; reused when present)');
  run('bash', [path.join(PROJECT_ROOT, 'scripts', 'install-code-server.sh')]);

  step(`Preparing ${path.relative(PROJECT_ROOT, DEMO)}/ (a copy of examples/, the demo helper)`);
  for (const dir of [WORKSPACE, HELPER]) fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(PROJECT_ROOT, 'examples'), WORKSPACE, { recursive: true });
  const helper = packageExtension(HELPER, HELPER_MANIFEST, {
    'extension.js': HELPER_SOURCE,
    'README.md': `# ${HELPER_MANIFEST.displayName}\n\n${HELPER_MANIFEST.description}\n`,
  });
  return [path.join(PROJECT_ROOT, `itcase-${version}.vsix`), helper];
}

/** Opens the demo once in headless Chromium, waits for the Walmart case and its drawn preview. */
async function check(server: CodeServer): Promise<void> {
  const workbench = await openWorkbench(server.url, WORKSPACE);
  try {
    const { page } = workbench;
    await page
      .locator('.part.editor .tab .label-name', { hasText: 'walmart.itcase.yaml' })
      .first()
      .waitFor({ timeout: 90_000 });
    const frame = await previewFrame(page, {
      extensionId: 'itcase.itcase',
      selector: 'h1.case-title',
      timeoutMs: 60_000,
    });
    await waitForFrameText(frame, 'Walmart', { selector: 'h1.case-title' });
    await waitForCanvasDrawn(frame, 'canvas[data-chart="revenue-it"]');
    const shot = path.join(DEMO, 'check.png');
    await page.screenshot({ path: shot });
    console.log(`Checked: the Walmart case and its preview show (${path.relative(PROJECT_ROOT, shot)}).`);
  } finally {
    await workbench.close();
  }
}

let server: CodeServer | undefined;
let stopping = false;

async function stop(exitCode: number, message?: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  if (message !== undefined) console.log(message);
  await server?.stop();
  process.exit(exitCode);
}

async function main(): Promise<void> {
  const vsixPaths = prepare();
  for (const [signal, name] of [
    ['SIGINT', 'Ctrl+C'],
    ['SIGTERM', 'SIGTERM'],
    ['SIGHUP', 'SIGHUP'],
  ] as const) {
    process.on(signal, () => void stop(0, `\nStopping code-server (${name})…`));
  }
  const port = portArg ?? (await freePort(8080));
  step(`Installing the extension and the demo helper, starting code-server on http://127.0.0.1:${port}/`);
  server = await startCodeServer({
    workspace: WORKSPACE,
    root: DEMO,
    port,
    vsixPath: vsixPaths,
    deterministicTyping: false,
  });
  void server.exited.then((status) => {
    const log = path.join(DEMO, 'code-server.log');
    if (!stopping) console.error(`code-server exited (${status}); see ${log}`);
    void stop(1);
  });
  // The harness does not let code-server hold this process open: serve until stopped.
  setInterval(() => undefined, 60_000);

  if (args.includes('--check')) await check(server);
  console.log(`\nIT Case demo: ${workbenchUrl(server.url, WORKSPACE)}`);
  console.log('Open it in your browser; press Ctrl+C to stop.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  void stop(1);
});
