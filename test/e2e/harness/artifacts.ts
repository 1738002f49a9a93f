// What a scenario leaves behind in test-results/e2e/: screenshots, the browser console, server logs.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { CodeServer } from './codeServer';
import { formatConsole, type ConsoleEntry } from './consoleLog';
import { RESULTS_DIR } from './paths';

/** A file-name-safe form of a scenario name ("Markdown preview: theme" → "markdown-preview-theme"). */
export function scenarioSlug(scenario: string): string {
  const slug = scenario
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'scenario' : slug;
}

function resultPath(scenario: string, suffix: string): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  return path.join(RESULTS_DIR, `${scenarioSlug(scenario)}${suffix}`);
}

/** Saves `<scenario>.png`, or `<scenario>.<step>.png` for a step. Returns the path. */
export async function saveScreenshot(page: Page, scenario: string, step?: string): Promise<string> {
  const file = resultPath(scenario, step === undefined ? '.png' : `.${scenarioSlug(step)}.png`);
  await page.screenshot({ path: file, timeout: 15_000 });
  return file;
}

/** Saves `<scenario>.console.txt`. Returns the path. */
export function saveConsoleLog(entries: readonly ConsoleEntry[], scenario: string): string {
  const file = resultPath(scenario, '.console.txt');
  fs.writeFileSync(file, `${formatConsole(entries)}\n`);
  return file;
}

/** Saves `<scenario>.server.log` and VS Code's logs under `<scenario>.vscode-logs/` (call before stop()). */
export function saveServerLogs(server: CodeServer, scenario: string): string {
  fs.writeFileSync(resultPath(scenario, '.server.log'), server.serverLog());
  const dir = resultPath(scenario, '.vscode-logs');
  fs.rmSync(dir, { recursive: true, force: true });
  const logsRoot = path.join(server.userDataDir, 'logs');
  for (const file of server.logFiles()) {
    const target = path.join(dir, path.relative(logsRoot, file));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(file, target);
  }
  return dir;
}

/** Removes what an earlier run of the scenario left (`<scenario>.*`), so no stale step screenshots remain. */
export function clearArtifacts(scenario: string): void {
  if (!fs.existsSync(RESULTS_DIR)) return;
  const prefix = `${scenarioSlug(scenario)}.`;
  for (const name of fs.readdirSync(RESULTS_DIR)) {
    if (name.startsWith(prefix)) fs.rmSync(path.join(RESULTS_DIR, name), { recursive: true, force: true });
  }
}

export interface ScenarioArtifacts {
  scenario: string;
  page?: Page;
  console?: readonly ConsoleEntry[];
  server?: CodeServer;
}

/** Saves whatever it is given; never throws (a failing test's own error matters more). */
export async function saveArtifacts(artifacts: ScenarioArtifacts): Promise<string[]> {
  const saved: string[] = [];
  const attempt = async (save: () => Promise<string> | string): Promise<void> => {
    try {
      saved.push(await save());
    } catch (error) {
      process.stderr.write(`[e2e] could not save an artifact of ${artifacts.scenario}: ${String(error)}\n`);
    }
  };
  const { page, console, server, scenario } = artifacts;
  if (page !== undefined && !page.isClosed()) await attempt(() => saveScreenshot(page, scenario));
  if (console !== undefined) await attempt(() => saveConsoleLog(console, scenario));
  if (server !== undefined) await attempt(() => saveServerLogs(server, scenario));
  return saved;
}
