// Webviews: an outer iframe (.../webview/browser/pre/index.html?id=…&extensionId=…) holds the content in
// a nested iframe with id "active-frame" (its URL is fake.html?id=…; the content is written into it).
import type { Frame, Page } from 'playwright-core';

const WEBVIEW_HOST_PATH = '/contrib/webview/browser/pre/index.html';

export interface WebviewFrameOptions {
  /** The owning extension as in its URL, e.g. "vscode.markdown-language-features" or "itcase.itcase". */
  extensionId?: string;
  /** An element the content must hold (Playwright selector; pierces open shadow roots). */
  selector?: string;
  /** Text the content's body must hold. */
  text?: string | RegExp;
  /** Default 30 s. */
  timeoutMs?: number;
}

interface Candidate {
  frame: Frame;
  visible: boolean;
}

async function contentMatches(frame: Frame, options: WebviewFrameOptions): Promise<boolean> {
  if (options.selector !== undefined && (await frame.locator(options.selector).count()) === 0) return false;
  if (options.text !== undefined) {
    const body = await frame.evaluate(() => document.body?.innerText ?? '');
    if (typeof options.text === 'string' ? !body.includes(options.text) : !options.text.test(body))
      return false;
  }
  return true;
}

/** The content frames of the webviews open now that match (visible webviews first); does not wait. */
export async function webviewFrames(page: Page, options: WebviewFrameOptions = {}): Promise<Frame[]> {
  const found: Candidate[] = [];
  for (const host of page.frames()) {
    const hostUrl = host.url();
    if (!hostUrl.includes(WEBVIEW_HOST_PATH)) continue;
    const owner = new URL(hostUrl).searchParams.get('extensionId') ?? '';
    if (options.extensionId !== undefined && owner.toLowerCase() !== options.extensionId.toLowerCase())
      continue;
    for (const child of host.childFrames()) {
      try {
        const element = await child.frameElement();
        if ((await element.getAttribute('id')) !== 'active-frame') continue;
        if (!(await contentMatches(child, options))) continue;
        const hostElement = await host.frameElement();
        found.push({ frame: child, visible: await hostElement.isVisible() });
      } catch {
        // Detached while we looked (the webview reloaded): the next poll sees its successor.
      }
    }
  }
  return found.sort((a, b) => Number(b.visible) - Number(a.visible)).map((candidate) => candidate.frame);
}

/**
 * Waits for the content frame of a webview (e.g. a preview) and returns it. Call it again after a
 * reload or theme change that rebuilt the webview: the old Frame is detached then.
 */
export async function previewFrame(page: Page, options: WebviewFrameOptions = {}): Promise<Frame> {
  const timeout = options.timeoutMs ?? 30_000;
  const deadline = Date.now() + timeout;
  for (;;) {
    const [frame] = await webviewFrames(page, options);
    if (frame !== undefined) return frame;
    if (Date.now() >= deadline) break;
    await page.waitForTimeout(100);
  }
  const hosts = page
    .frames()
    .map((frame) => frame.url())
    .filter((url) => url.includes(WEBVIEW_HOST_PATH))
    .map((url) => new URL(url).searchParams.get('extensionId'));
  throw new Error(
    `No webview content frame matching ${JSON.stringify({ ...options, text: options.text?.toString() })} within ${timeout} ms; ` +
      `webviews open: ${JSON.stringify(hosts)}`,
  );
}

/** The text of an element of the frame (default: the whole body), as rendered (innerText). */
export async function frameText(frame: Frame, selector = 'body'): Promise<string> {
  return frame.locator(selector).first().innerText();
}

/** Waits until the element's text holds `expected`, and returns that text. */
export async function waitForFrameText(
  frame: Frame,
  expected: string | RegExp,
  options: { selector?: string; timeoutMs?: number } = {},
): Promise<string> {
  const selector = options.selector ?? 'body';
  const source = typeof expected === 'string' ? expected : expected.source;
  const flags = typeof expected === 'string' ? '' : expected.flags;
  const handle = await frame.waitForFunction(
    ([sel, src, fl, isText]) => {
      const element = document.querySelector<HTMLElement>(sel);
      const text = element?.innerText ?? '';
      const ok = isText ? text.includes(src) : new RegExp(src, fl).test(text);
      return ok ? text : undefined;
    },
    [selector, source, flags, typeof expected === 'string'] as const,
    { timeout: options.timeoutMs ?? 30_000, polling: 100 },
  );
  return (await handle.jsonValue()) ?? '';
}

export interface CanvasStats {
  width: number;
  height: number;
  /** Pixels whose alpha is not 0. */
  paintedPixels: number;
  /** Distinct colours among the painted pixels (counted up to 256). */
  colours: number;
}

/** Reads a canvas's pixels (copied through a 2D canvas, so it works whatever context drew it). */
export async function canvasStats(frame: Frame, selector: string): Promise<CanvasStats> {
  return frame
    .locator(selector)
    .first()
    .evaluate(
      (element) => {
        if (!(element instanceof HTMLCanvasElement)) throw new Error(`${element.tagName} is not a canvas`);
        const { width, height } = element;
        if (width === 0 || height === 0) return { width, height, paintedPixels: 0, colours: 0 };
        const copy = document.createElement('canvas');
        copy.width = width;
        copy.height = height;
        const context = copy.getContext('2d');
        if (context === null) throw new Error('no 2D context for the copy');
        context.drawImage(element, 0, 0);
        const data = context.getImageData(0, 0, width, height).data;
        let paintedPixels = 0;
        const colours = new Set<number>();
        for (let i = 0; i < data.length; i += 4) {
          if (data[i + 3] === 0) continue;
          paintedPixels += 1;
          if (colours.size < 256)
            colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
        }
        return { width, height, paintedPixels, colours: colours.size };
      },
      undefined,
      { timeout: 5000 },
    );
}

/** True when the canvas has at least one pixel that is not transparent. */
export async function canvasIsDrawn(frame: Frame, selector: string): Promise<boolean> {
  return (await canvasStats(frame, selector)).paintedPixels > 0;
}

/** Waits until the canvas has been drawn on (e.g. a chart finished its first render). */
export async function waitForCanvasDrawn(
  frame: Frame,
  selector: string,
  timeoutMs = 30_000,
): Promise<CanvasStats> {
  const deadline = Date.now() + timeoutMs;
  let last: CanvasStats | string = 'not found';
  while (Date.now() < deadline) {
    try {
      last = await canvasStats(frame, selector);
      if (last.paintedPixels > 0) return last;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The canvas ${selector} was not drawn within ${timeoutMs} ms (${JSON.stringify(last)})`);
}
