// What the browser said while a scenario ran: console messages of every frame, page errors, failed requests.
import type { ConsoleMessage, Page, Request, Response } from 'playwright-core';

export interface ConsoleEntry {
  /** Milliseconds since the log was attached to the page. */
  atMs: number;
  /** A console type ('log', 'warning', 'error', ...), or 'pageerror', 'network' or 'dialog'. */
  type: string;
  text: string;
  /** The document (frame) the message came from, or the request's URL. */
  url: string;
  /** When it came from a webview: the extension that owns the webview (e.g. `vscode.markdown-language-features`). */
  webviewExtensionId?: string;
}

const WEBVIEW_PATH = '/contrib/webview/browser/pre/';

/** Webview documents share an `id` query parameter with their host frame, whose URL names the extension. */
function webviewOwner(page: Page, url: string): string | undefined {
  if (!url.includes(WEBVIEW_PATH)) return undefined;
  let id: string | null;
  try {
    id = new URL(url).searchParams.get('id');
  } catch {
    return undefined;
  }
  if (id === null) return undefined;
  for (const frame of page.frames()) {
    const frameUrl = frame.url();
    if (!frameUrl.includes(WEBVIEW_PATH) || !frameUrl.includes('extensionId=')) continue;
    const params = new URL(frameUrl).searchParams;
    if (params.get('id') === id) return params.get('extensionId') ?? undefined;
  }
  return undefined;
}

/** Starts collecting into the returned array (it keeps growing while the page lives, across reloads). */
export function collectConsole(page: Page): ConsoleEntry[] {
  const entries: ConsoleEntry[] = [];
  const start = performance.now();
  const push = (type: string, text: string, url: string): void => {
    const entry: ConsoleEntry = { atMs: Math.round(performance.now() - start), type, text, url };
    const owner = webviewOwner(page, url);
    if (owner !== undefined) entry.webviewExtensionId = owner;
    entries.push(entry);
  };
  page.on('console', (message: ConsoleMessage) => {
    // The location is where the message was logged; CSP violations come from the frame that broke the policy.
    push(message.type(), message.text(), message.location().url || message.page()?.url() || '');
  });
  page.on('pageerror', (error: Error) =>
    push('pageerror', `${error.name}: ${error.message}\n${error.stack ?? ''}`, ''),
  );
  page.on('requestfailed', (request: Request) => {
    push('network', `request failed: ${request.failure()?.errorText ?? 'unknown'}`, request.url());
  });
  page.on('response', (response: Response) => {
    if (response.status() >= 400) push('network', `HTTP ${response.status()}`, response.url());
  });
  page.on('dialog', (dialog) => {
    push('dialog', `${dialog.type()}: ${dialog.message()}`, page.url());
    void dialog.dismiss().catch(() => undefined);
  });
  return entries;
}

/** Content-Security-Policy violations (Chromium words them "... violates the following Content Security Policy directive ..." or "Refused to ..."). */
export function cspViolations(entries: readonly ConsoleEntry[]): ConsoleEntry[] {
  return entries.filter((entry) => /Content[- ]Security[- ]Policy|Refused to/i.test(entry.text));
}

/** Uncaught exceptions of any frame. */
export function pageErrors(entries: readonly ConsoleEntry[]): ConsoleEntry[] {
  return entries.filter((entry) => entry.type === 'pageerror');
}

/** Entries logged inside the webviews of one extension (e.g. `itcase.itcase`). */
export function webviewEntries(entries: readonly ConsoleEntry[], extensionId: string): ConsoleEntry[] {
  const id = extensionId.toLowerCase();
  return entries.filter((entry) => entry.webviewExtensionId?.toLowerCase() === id);
}

/** One line per entry (multi-line texts indented), for the `<scenario>.console.txt` artifact. */
export function formatConsole(entries: readonly ConsoleEntry[]): string {
  return entries
    .map((entry) => {
      const text = entry.text.replace(/\n/g, '\n    ');
      const owner = entry.webviewExtensionId === undefined ? '' : ` webview of ${entry.webviewExtensionId}`;
      const where = entry.url === '' ? owner : `  (${entry.url}${owner === '' ? '' : `,${owner}`})`;
      return `${String(entry.atMs).padStart(7)} ms [${entry.type}] ${text}${where}`;
    })
    .join('\n');
}
