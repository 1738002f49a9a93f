// Opens the VS Code workbench of a code-server in headless Debian Chromium.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { collectConsole, type ConsoleEntry } from './consoleLog';
import { chromiumPath } from './paths';
import { dismissNotifications, waitForWorkbench } from './workbenchReady';

/** The flags that work for Debian's Chromium here (see shared/recipes/vscode-in-browser.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface OpenWorkbenchOptions {
  /** Default 1600×1000. */
  viewport?: { width: number; height: number };
  /** Default 90 s: how long the workbench may take to appear. */
  timeoutMs?: number;
}

export interface Workbench {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console messages of all frames, page errors and failed requests, growing while the page lives. */
  console: ConsoleEntry[];
  /** Closes the browser. Safe to call twice. */
  close(): Promise<void>;
}

/** `http://host/?folder=/abs/path` for a code-server URL and a folder. */
export function workbenchUrl(url: string, folder: string): string {
  const target = new URL(url);
  target.searchParams.set('folder', folder);
  return target.toString();
}

/** Launches Chromium, opens the folder in the workbench, waits until it is ready and clears notifications. */
export async function openWorkbench(
  url: string,
  folder: string,
  options: OpenWorkbenchOptions = {},
): Promise<Workbench> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await browser.close().catch(() => undefined);
  };
  try {
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1600, height: 1000 },
    });
    // Run by tsx (scripts), the functions passed to evaluate() are compiled with esbuild's keepNames
    // and call its `__name` helper, which the page does not have: give every frame a no-op one.
    await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
    const page = await context.newPage();
    const console = collectConsole(page);
    const timeout = options.timeoutMs ?? 90_000;
    await page.goto(workbenchUrl(url, folder), { waitUntil: 'domcontentloaded', timeout });
    await waitForWorkbench(page, timeout);
    await dismissNotifications(page);
    return { browser, context, page, console, close };
  } catch (error) {
    await close();
    throw error;
  }
}
