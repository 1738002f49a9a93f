// One scenario end to end: a workspace, a code-server, a browser on the workbench, and its artifacts.
import type { Page } from 'playwright-core';
import { clearArtifacts, saveArtifacts, saveScreenshot } from './artifacts';
import { openWorkbench, type OpenWorkbenchOptions, type Workbench } from './browser';
import { startCodeServer, type CodeServer, type CodeServerOptions } from './codeServer';
import type { ConsoleEntry } from './consoleLog';
import { createWorkspace, type TempWorkspace } from './workspace';

export interface ScenarioOptions extends Omit<CodeServerOptions, 'workspace'>, OpenWorkbenchOptions {
  /** Names the artifacts: test-results/e2e/<name>.png, <name>.console.txt, ... */
  name: string;
  /** Files of the temporary workspace (relative path → text). */
  files?: Record<string, string>;
  /** A fixture folder copied into the temporary workspace first. */
  copyFrom?: string;
}

export interface Scenario {
  name: string;
  workspace: TempWorkspace;
  server: CodeServer;
  workbench: Workbench;
  page: Page;
  console: ConsoleEntry[];
  /** Saves test-results/e2e/<name>.<step>.png and returns its path. */
  screenshot(step: string): Promise<string>;
  /** Saves <name>.png, <name>.console.txt and the server logs, then closes everything. Safe to call twice. */
  finish(): Promise<void>;
}

/** Starts a scenario; on failure, cleans up what it had started and rethrows. */
export async function startScenario(options: ScenarioOptions): Promise<Scenario> {
  const { name, files, copyFrom, viewport, timeoutMs, ...serverOptions } = options;
  clearArtifacts(name);
  const workspace = createWorkspace(files ?? {}, copyFrom === undefined ? {} : { copyFrom });
  let server: CodeServer | undefined;
  let workbench: Workbench | undefined;
  try {
    server = await startCodeServer({ ...serverOptions, workspace: workspace.dir });
    const browserOptions: OpenWorkbenchOptions = {};
    if (viewport !== undefined) browserOptions.viewport = viewport;
    if (timeoutMs !== undefined) browserOptions.timeoutMs = timeoutMs;
    workbench = await openWorkbench(server.url, workspace.dir, browserOptions);
  } catch (error) {
    if (server !== undefined) {
      await saveArtifacts({ scenario: name, server });
      await server.stop();
    }
    workspace.remove();
    throw error;
  }
  const started = { server, workbench };
  let finished = false;
  return {
    name,
    workspace,
    server,
    workbench,
    page: workbench.page,
    console: workbench.console,
    screenshot: (step) => saveScreenshot(started.workbench.page, name, step),
    finish: async () => {
      if (finished) return;
      finished = true;
      await saveArtifacts({
        scenario: name,
        page: started.workbench.page,
        console: started.workbench.console,
        server: started.server,
      });
      await started.workbench.close();
      await started.server.stop();
      workspace.remove();
    },
  };
}
