/* global document, fetch, AbortSignal */
/**
 * `npm run demo` — IT Case in a real VS Code in your browser, with the Walmart case and its preview
 * open: builds the .vsix, installs code-server 4.100.3 (VS Code 1.100) into .cache/code-server,
 * installs the extension into .cache/demo/, copies examples/ to .cache/demo/workspace (the demo never
 * edits the repository's files) and serves it on 127.0.0.1 (port 8080 when free) until Ctrl+C.
 *
 * VS Code in the browser keeps its open editors in the browser's own storage, so a session prepared
 * in another browser would not show in yours. Instead a tiny helper extension, written and installed
 * here (.cache/demo/open-walmart), opens walmart.itcase.yaml and runs "IT Case: Open Preview to the
 * Side" when a window starts with no case open; a window that restores its editors is left alone.
 *
 *   node scripts/demo.mjs [--no-build] [--port N] [--check]
 *     --no-build  reuse the built .vsix
 *     --port N    serve on port N (default: 8080 if free, else any free port)
 *     --check     open the URL once in headless Chromium, wait for the case and its preview, save
 *                 .cache/demo/check.png, then keep serving
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEMO = path.join(ROOT, '.cache', 'demo');
const WORKSPACE = path.join(DEMO, 'workspace');
const USER_DATA = path.join(DEMO, 'user-data');
const EXTENSIONS = path.join(DEMO, 'extensions');
const HOME = path.join(DEMO, 'home');
const HELPER = path.join(DEMO, 'open-walmart');
const CODE_SERVER = path.join(ROOT, '.cache', 'code-server', 'node_modules', '.bin', 'code-server');
const args = process.argv.slice(2);
const portArg = args.includes('--port') ? Number(args[args.indexOf('--port') + 1]) : undefined;

function step(text) {
  console.log(`\n== ${text}`);
}

function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${commandArgs.join(' ')} failed (exit ${String(result.status)})`);
  }
  return result;
}

/** code-server's environment: no inherited VS Code variables, its config and data under .cache/demo. */
function serverEnv() {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(VSCODE_|CODE_SERVER_|ELECTRON_RUN_AS_NODE$|PORT$|PASSWORD$|HASHED_PASSWORD$)/.test(key))
      env[key] = value;
  }
  env.XDG_CONFIG_HOME = path.join(HOME, 'config');
  env.XDG_DATA_HOME = path.join(HOME, 'data');
  return env;
}

function canListen(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function anyFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

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

const HELPER_SOURCE = `// Written by scripts/demo.mjs: opens the Walmart case and its preview in a window with no case open.
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

function buildHelper() {
  fs.rmSync(HELPER, { recursive: true, force: true });
  fs.mkdirSync(HELPER, { recursive: true });
  fs.writeFileSync(path.join(HELPER, 'package.json'), `${JSON.stringify(HELPER_MANIFEST, null, 2)}\n`);
  fs.writeFileSync(path.join(HELPER, 'extension.js'), HELPER_SOURCE);
  fs.writeFileSync(
    path.join(HELPER, 'README.md'),
    `# ${HELPER_MANIFEST.displayName}\n\n${HELPER_MANIFEST.description}\n`,
  );
  const vsix = path.join(DEMO, 'open-walmart.vsix');
  run(
    process.execPath,
    [
      path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'),
      'package',
      '--no-dependencies',
      '--allow-missing-repository',
      '--skip-license',
      '--out',
      vsix,
    ],
    { cwd: HELPER, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return vsix;
}

function prepare() {
  if (!args.includes('--no-build')) {
    step('Building the extension (npm run package)');
    run('npm', ['run', 'package']);
  }
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
  const vsix = path.join(ROOT, `itcase-${version}.vsix`);
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} is missing: run npm run package`);

  step('Installing code-server 4.100.3 (once; reused when present)');
  run('bash', [path.join(ROOT, 'scripts', 'install-code-server.sh')]);

  step(`Preparing ${path.relative(ROOT, DEMO)}/ (a copy of examples/, fresh user data)`);
  for (const dir of [WORKSPACE, USER_DATA, EXTENSIONS, HOME])
    fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, 'examples'), WORKSPACE, { recursive: true });
  fs.mkdirSync(path.join(USER_DATA, 'User'), { recursive: true });
  fs.mkdirSync(EXTENSIONS, { recursive: true });
  fs.mkdirSync(HOME, { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    // The demo workspace sits inside this repository: no "open the parent repository?" question.
    'git.openRepositoryInParentFolders': 'never',
  };
  fs.writeFileSync(path.join(USER_DATA, 'User', 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
  fs.writeFileSync(path.join(DEMO, 'config.yaml'), 'auth: none\n');

  step('Installing the extension and the demo helper into code-server');
  const helper = buildHelper();
  run(
    process.execPath,
    [
      fs.realpathSync(CODE_SERVER),
      '--config',
      path.join(DEMO, 'config.yaml'),
      '--user-data-dir',
      USER_DATA,
      '--extensions-dir',
      EXTENSIONS,
      '--force',
      '--install-extension',
      vsix,
      '--install-extension',
      helper,
    ],
    { env: serverEnv() },
  );
}

async function waitForHttp(url, exited, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited()) throw new Error('code-server exited before it answered');
    try {
      const response = await fetch(new URL('healthz', url), { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`code-server did not answer at ${url} within ${timeoutMs} ms`);
}

/** Opens the URL once in headless Chromium and waits for the Walmart case and its drawn preview. */
async function check(url) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 90_000 });
    await page
      .locator('.part.editor .tab .label-name', { hasText: 'walmart.itcase.yaml' })
      .first()
      .waitFor({ timeout: 90_000 });
    const deadline = Date.now() + 60_000;
    let drawn = false;
    while (!drawn && Date.now() < deadline) {
      for (const frame of page.frames()) {
        drawn ||= await frame
          .evaluate(
            () =>
              !!document.querySelector('h1.case-title')?.textContent?.includes('Walmart') &&
              !!document.querySelector('canvas[data-chart="revenue-it"][data-draw-count]'),
          )
          .catch(() => false);
      }
      if (!drawn) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    if (!drawn) throw new Error('the preview of the Walmart case did not show within 60 s');
    const shot = path.join(DEMO, 'check.png');
    await page.screenshot({ path: shot });
    console.log(`Checked: the Walmart case and its preview show (${path.relative(ROOT, shot)}).`);
  } finally {
    await browser.close();
  }
}

async function main() {
  prepare();
  const port = portArg ?? ((await canListen(8080)) ? 8080 : await anyFreePort());
  const url = `http://127.0.0.1:${port}/`;
  step(`Starting code-server on ${url}`);
  const log = fs.openSync(path.join(DEMO, 'code-server.log'), 'w');
  const child = spawn(
    process.execPath,
    [
      fs.realpathSync(CODE_SERVER),
      '--config',
      path.join(DEMO, 'config.yaml'),
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--user-data-dir',
      USER_DATA,
      '--extensions-dir',
      EXTENSIONS,
      WORKSPACE,
    ],
    // Its own process group, so stopping it stops everything it started.
    { detached: true, stdio: ['ignore', log, log], env: serverEnv(), cwd: WORKSPACE },
  );
  fs.closeSync(log);
  let exitCode = null;
  child.on('exit', (code, signal) => {
    exitCode = code ?? (signal ? 1 : 0);
  });

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    if (exitCode === null) {
      console.log(`\nStopping code-server (${signal})…`);
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      const deadline = Date.now() + 5000;
      while (exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      try {
        process.kill(-child.pid, 'SIGKILL'); // Whatever of the group is left.
      } catch {
        // Gone.
      }
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('Ctrl+C'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGHUP', () => void stop('SIGHUP'));
  process.on('exit', () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Gone.
    }
  });

  try {
    await waitForHttp(url, () => exitCode !== null);
  } catch (error) {
    console.error(fs.readFileSync(path.join(DEMO, 'code-server.log'), 'utf8'));
    throw error;
  }
  const demoUrl = `${url}?folder=${WORKSPACE}`;
  if (args.includes('--check')) await check(demoUrl);
  console.log(`\nIT Case demo: ${demoUrl}`);
  console.log('Open it in your browser; press Ctrl+C to stop.');
  child.on('exit', () => {
    if (!stopping) {
      console.error(
        `code-server exited (code ${String(exitCode)}); see ${path.join(DEMO, 'code-server.log')}`,
      );
      process.exit(exitCode || 1);
    }
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
