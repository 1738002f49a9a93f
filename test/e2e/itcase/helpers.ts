// Small waits and reads the itcase scenarios share (on top of the harness).
import type { Frame, Page } from 'playwright-core';
import { editorText, notifications, type Notification } from '../harness';

/** The 1-based line of `text` that starts with `prefix` (after indentation when `trim`). */
export function lineStartingWith(text: string, prefix: string, trim = false): number {
  const index = text.split('\n').findIndex((line) => (trim ? line.trimStart() : line).startsWith(prefix));
  if (index < 0) throw new Error(`No line starts with ${JSON.stringify(prefix)}`);
  return index + 1;
}

/** Polls until `accept` holds for a value read by `read`; the last value is in the error otherwise. */
export async function pollUntil<T>(
  what: string,
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 15_000,
  intervalMs = 200,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | string;
  for (;;) {
    try {
      const value = await read();
      if (accept(value)) return value;
      last = value;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  const shown = typeof last === 'string' ? last : JSON.stringify(last);
  throw new Error(`${what} did not happen within ${timeoutMs} ms; last seen: ${shown.slice(0, 2000)}`);
}

/** Waits until the active text editor's text (unsaved edits included) satisfies `accept`. */
export async function waitForEditorText(
  page: Page,
  accept: (text: string) => boolean,
  what = 'The editor text change',
  timeoutMs = 15_000,
): Promise<string> {
  return pollUntil(what, () => editorText(page), accept, timeoutMs, 250);
}

/** Waits for a notification toast whose message contains `message`. */
export async function waitForNotification(
  page: Page,
  message: string | RegExp,
  timeoutMs = 15_000,
): Promise<Notification> {
  const matches = (n: Notification): boolean =>
    typeof message === 'string' ? n.message.includes(message) : message.test(n.message);
  const list = await pollUntil(
    `A notification ${String(message)}`,
    () => notifications(page),
    (shown) => shown.some(matches),
    timeoutMs,
  );
  return list.find(matches)!;
}

/** `data-draw-count` of every chart canvas of the preview, by `data-chart`. */
export async function drawCounts(frame: Frame): Promise<Record<string, number>> {
  return frame.$$eval('canvas[data-chart]', (canvases) =>
    Object.fromEntries(
      canvases.map((canvas) => [
        canvas.getAttribute('data-chart') ?? '',
        Number(canvas.getAttribute('data-draw-count') ?? '0'),
      ]),
    ),
  );
}

/** Waits until every chart listed in `before` has been drawn again (its draw count went up). */
export async function waitForRedraw(
  frame: Frame,
  before: Record<string, number>,
  timeoutMs = 15_000,
): Promise<Record<string, number>> {
  return pollUntil(
    'Every chart redrawing',
    () => drawCounts(frame),
    (now) => Object.entries(before).every(([chart, count]) => (now[chart] ?? 0) > count),
    timeoutMs,
    100,
  );
}

/** The names on the scenario tab headers, in order. */
export async function scenarioTabNames(frame: Frame): Promise<string[]> {
  return frame.$$eval('[data-section="scenarios"] vscode-tab-header[data-scenario]', (headers) =>
    headers.map((header) => (header as HTMLElement).innerText.trim()),
  );
}

/** The index of the selected scenario tab (`vscode-tabs.selectedIndex`). */
export async function selectedScenarioIndex(frame: Frame): Promise<number> {
  return frame
    .locator('[data-section="scenarios"] vscode-tabs')
    .first()
    .evaluate((tabs) => (tabs as HTMLElement & { selectedIndex: number }).selectedIndex);
}

/** Whether `after` is `before` with one piece of text inserted (returned), else null. */
export function insertedText(before: string, after: string): string | null {
  let prefix = 0;
  while (prefix < before.length && before[prefix] === after[prefix]) prefix += 1;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  )
    suffix += 1;
  if (prefix + suffix !== before.length) return null;
  return after.slice(prefix, after.length - suffix);
}

/**
 * How many pixels of a canvas are within `tolerance` (per channel) of the colour the chart text is
 * drawn in: the theme's `--vscode-charts-foreground`, else `--vscode-editor-foreground`, else
 * `--vscode-foreground`, as the preview reads it. Returns the colour too.
 */
export async function textColourPixels(
  frame: Frame,
  selector: string,
  tolerance = 16,
): Promise<{ colour: string; pixels: number }> {
  return frame
    .locator(selector)
    .first()
    .evaluate(
      (element, tol) => {
        if (!(element instanceof HTMLCanvasElement)) throw new Error(`${element.tagName} is not a canvas`);
        const style = getComputedStyle(document.body);
        const colour =
          ['--vscode-charts-foreground', '--vscode-editor-foreground', '--vscode-foreground']
            .map((name) => style.getPropertyValue(name).trim())
            .find((value) => value !== '') ?? '';
        const probe = document.createElement('canvas').getContext('2d');
        const copy = document.createElement('canvas');
        copy.width = element.width;
        copy.height = element.height;
        const context = copy.getContext('2d');
        if (probe === null || context === null) throw new Error('no 2D context');
        probe.fillStyle = colour;
        probe.fillRect(0, 0, 1, 1);
        const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
        context.drawImage(element, 0, 0);
        const data = context.getImageData(0, 0, copy.width, copy.height).data;
        let pixels = 0;
        for (let i = 0; i < data.length; i += 4) {
          if ((data[i + 3] ?? 0) < 200) continue;
          if (
            Math.abs((data[i] ?? 0) - (r ?? 0)) <= tol &&
            Math.abs((data[i + 1] ?? 0) - (g ?? 0)) <= tol &&
            Math.abs((data[i + 2] ?? 0) - (b ?? 0)) <= tol
          )
            pixels += 1;
        }
        return { colour, pixels };
      },
      tolerance,
      { timeout: 5000 },
    );
}

/** A hash of a canvas's pixels: it changes when anything drawn changes (colour or shape). */
export async function canvasFingerprint(frame: Frame, selector: string): Promise<string> {
  return frame
    .locator(selector)
    .first()
    .evaluate(
      (element) => {
        if (!(element instanceof HTMLCanvasElement)) throw new Error(`${element.tagName} is not a canvas`);
        const copy = document.createElement('canvas');
        copy.width = element.width;
        copy.height = element.height;
        const context = copy.getContext('2d');
        if (context === null || copy.width === 0 || copy.height === 0) return 'empty';
        context.drawImage(element, 0, 0);
        const data = context.getImageData(0, 0, copy.width, copy.height).data;
        let hash = 2166136261;
        for (let i = 0; i < data.length; i += 1) hash = Math.imul(hash ^ (data[i] ?? 0), 16777619) >>> 0;
        return `${copy.width}x${copy.height}:${hash.toString(16)}`;
      },
      undefined,
      { timeout: 5000 },
    );
}
