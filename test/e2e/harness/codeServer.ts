// Starts and stops one code-server (VS Code 1.100 in the browser) with fresh user data and extensions.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './freePort';
import { codeServerEntry } from './paths';
import { killGroup, registerGroup } from './processGroup';
import { buildUserSettings, type Settings } from './userSettings';

export interface CodeServerOptions {
  /** The folder that VS Code opens. */
  workspace: string;
  /** A built extension (or several) to install into the fresh extensions folder before start. */
  vsixPath?: string | readonly string[];
  /** User settings, applied after the harness defaults (see userSettings.ts). */
  settings?: Settings;
  /** false: workspace trust on and the folder untrusted, to test Restricted Mode. Default true. */
  trustWorkspace?: boolean;
  /** Default true: typing lands verbatim (no auto-indent, auto-close, suggestions). */
  deterministicTyping?: boolean;
  /** Default 60 s: how long to wait for the server to answer HTTP. */
  startTimeoutMs?: number;
  /** Default: a free port. */
  port?: number;
  /**
   * Default: a temporary folder, removed on stop. Given, the user data, extensions, home, config and
   * log live under this folder: replaced by fresh ones at start, and kept on stop.
   */
  root?: string;
}

export interface CodeServer {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  port: number;
  pid: number;
  workspace: string;
  userDataDir: string;
  extensionsDir: string;
  /** The settings written to User/settings.json. */
  settings: Settings;
  /** code-server's own stdout and stderr so far. */
  serverLog(): string;
  /** VS Code's log files under the user-data-dir (remote agent, extension hosts, output channels). */
  logFiles(): string[];
  /** Resolves with how code-server's own process exited, once it has (stopped, or by itself). */
  exited: Promise<string>;
  /** Kills the process group and removes the temporary folder (a given `root` stays). Safe to call twice. */
  stop(): Promise<void>;
}

/** Variables that would make code-server hand off to another instance or change its auth or port. */
const INHERITED_VARIABLES_TO_DROP =
  /^(VSCODE_|CODE_SERVER_|ELECTRON_RUN_AS_NODE$|PORT$|PASSWORD$|HASHED_PASSWORD$)/;

function childEnvironment(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!INHERITED_VARIABLES_TO_DROP.test(key)) env[key] = value;
  }
  // code-server keeps a config and a heartbeat under XDG folders: keep them out of the real home.
  env.XDG_CONFIG_HOME = path.join(home, 'config');
  env.XDG_DATA_HOME = path.join(home, 'data');
  return env;
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

function installExtensions(
  entry: string,
  vsixPaths: readonly string[],
  dirs: { userDataDir: string; extensionsDir: string },
  env: NodeJS.ProcessEnv,
): void {
  for (const vsixPath of vsixPaths) {
    if (!fs.existsSync(vsixPath)) throw new Error(`No extension package at ${vsixPath}: build it first.`);
  }
  const result = spawnSync(
    process.execPath,
    [
      entry,
      '--user-data-dir',
      dirs.userDataDir,
      '--extensions-dir',
      dirs.extensionsDir,
      '--force',
      ...vsixPaths.flatMap((vsixPath) => ['--install-extension', path.resolve(vsixPath)]),
    ],
    { env, encoding: 'utf8', timeout: 120_000 },
  );
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  const installed = fs
    .readdirSync(dirs.extensionsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory()).length;
  if (result.status !== 0 || installed < vsixPaths.length || /Failed Installing|^\s*Error\b/im.test(output)) {
    throw new Error(
      `Installing ${vsixPaths.join(', ')} into code-server failed (exit ${String(result.status)}):\n${output}`,
    );
  }
}

async function waitForHttp(url: string, exited: () => string | undefined, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    const exit = exited();
    if (exit !== undefined) throw new Error(`code-server exited before it answered (${exit})`);
    try {
      const response = await fetch(new URL('healthz', url), { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`code-server did not answer at ${url} within ${timeoutMs} ms (${lastError})`);
}

/** Starts code-server on a free (or the given) loopback port; resolves when it answers HTTP. */
export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const entry = codeServerEntry();
  const workspace = path.resolve(options.workspace);
  if (!fs.statSync(workspace, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`The workspace folder ${workspace} does not exist.`);
  }
  const root =
    options.root !== undefined
      ? path.resolve(options.root)
      : fs.mkdtempSync(path.join(os.tmpdir(), 'itcase-cs-'));
  const userDataDir = path.join(root, 'user-data');
  const extensionsDir = path.join(root, 'extensions');
  const home = path.join(root, 'home');
  const configFile = path.join(root, 'config.yaml');
  const logFile = path.join(root, 'code-server.log');
  for (const item of [userDataDir, extensionsDir, home, logFile])
    fs.rmSync(item, { recursive: true, force: true });
  for (const dir of [path.join(userDataDir, 'User'), extensionsDir, home])
    fs.mkdirSync(dir, { recursive: true });
  const removeRoot = (): void => {
    if (options.root === undefined) fs.rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };

  const settings = buildUserSettings(options);
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
  // An explicit config keeps code-server from writing ~/.config/code-server/config.yaml (an empty one is invalid).
  fs.writeFileSync(configFile, 'auth: none\n');
  const env = childEnvironment(home);

  try {
    if (options.vsixPath !== undefined)
      installExtensions(entry, [options.vsixPath].flat(), { userDataDir, extensionsDir }, env);
  } catch (error) {
    removeRoot();
    throw error;
  }

  const trustArgs = options.trustWorkspace === false ? [] : ['--disable-workspace-trust'];
  let lastFailure: unknown;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const port = options.port ?? (await freePort());
    const url = `http://127.0.0.1:${port}/`;
    const log = fs.openSync(logFile, 'a');
    const child = spawn(
      process.execPath,
      [
        entry,
        '--config',
        configFile,
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--auth',
        'none',
        '--disable-telemetry',
        '--disable-update-check',
        ...trustArgs,
        '--user-data-dir',
        userDataDir,
        '--extensions-dir',
        extensionsDir,
        workspace,
      ],
      { detached: true, stdio: ['ignore', log, log], env, cwd: workspace },
    );
    fs.closeSync(log);
    const pid = child.pid;
    if (pid === undefined) {
      removeRoot();
      throw new Error('code-server could not be spawned');
    }
    registerGroup(pid, entry);
    let exitStatus: string | undefined;
    const exited = new Promise<string>((resolve) => {
      child.once('exit', (code, signal) => {
        exitStatus = `exit code ${String(code)}, signal ${String(signal)}`;
        resolve(exitStatus);
      });
    });
    child.unref();

    const serverLog = (): string => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '');
    try {
      await waitForHttp(url, () => exitStatus, options.startTimeoutMs ?? 60_000);
    } catch (error) {
      await killGroup(pid);
      lastFailure = new Error(`${error instanceof Error ? error.message : String(error)}\n${serverLog()}`);
      if (options.port === undefined && /EADDRINUSE/.test(serverLog())) continue;
      removeRoot();
      throw lastFailure;
    }

    let stopped = false;
    let finalLog = '';
    return {
      url,
      port,
      pid,
      workspace,
      userDataDir,
      extensionsDir,
      settings,
      exited,
      serverLog: () => (stopped ? finalLog : serverLog()),
      logFiles: () => listFiles(path.join(userDataDir, 'logs')),
      stop: async () => {
        if (stopped) return;
        finalLog = serverLog();
        stopped = true;
        await killGroup(pid);
        removeRoot();
      },
    };
  }
  removeRoot();
  throw lastFailure instanceof Error ? lastFailure : new Error('code-server did not start');
}
