// Keystroke-to-preview latency: from the keydown of the last typed key in the workbench to the frame
// in which a webview shows the text the edit produced.
import type { Frame, Page } from 'playwright-core';
import { focusEditor } from './editor';
import { typeAtSteadyPace } from './steadyTyping';

export interface KeystrokeToPreviewOptions {
  /** Keys to type into the focused text editor; the clock starts at the keydown of the last one. */
  type: string;
  /** Text that the preview shows once it has rendered the edit (and does not show before). */
  expectText: string;
  /** Default 30 s. */
  timeoutMs?: number;
  /**
   * Milliseconds from one keydown to the next, as a person types (30–50), kept whatever the page is
   * doing (steadyTyping.ts); default: each key as soon as the browser has taken the one before.
   */
  keyDelayMs?: number;
}

export interface KeystrokeToPreviewTiming {
  /** Keydown (in the workbench) to the end of the rendering update that paints the text in the webview. */
  ms: number;
  /** Keydown to the DOM mutation that made the text appear. */
  domMs: number;
  /** The same span as seen from Node: before sending the last key to when the wait returned (coarser). */
  nodeMs: number;
}

type LatencyWindow = Window & {
  __itcaseKeydowns?: number[];
  __itcaseSeen?: { dom: number; paint?: number };
  __itcaseStopFrames?: () => void;
};

/**
 * Measures in the page, with `performance.timeOrigin + performance.now()` in both documents (one clock
 * for all frames of the renderer): a capturing keydown listener on the workbench window, and a
 * MutationObserver in the webview that stamps when `expectText` first appears, then the end of the
 * rendering update that paints it (the next frame's, or the current one's when the text changed in
 * an animation frame callback). Node-side timing is returned alongside as a check.
 */
export async function measureKeystrokeToPreviewDetailed(
  page: Page,
  frame: Frame,
  options: KeystrokeToPreviewOptions,
): Promise<KeystrokeToPreviewTiming> {
  if (options.type === '') throw new Error('Nothing to type.');
  const timeout = options.timeoutMs ?? 30_000;
  const already = await frame.evaluate((expect) => {
    const w = window as LatencyWindow;
    delete w.__itcaseSeen;
    if ((document.body?.textContent ?? '').includes(expect)) return true;
    const now = (): number => performance.timeOrigin + performance.now();
    // The text is painted by the rendering update after the change; a task queued during that
    // update runs once it is done. A change made in a message task is rendered in the next frame; a
    // change made in an animation frame callback (a page that applies updates once per frame) is
    // rendered in the current one. A callback at the head of every frame tells the two apart.
    let inFrame = false;
    let done = false;
    const afterThisRendering = (run: () => void): void => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => run();
      channel.port2.postMessage(null);
    };
    const frameHead = (): void => {
      inFrame = true;
      afterThisRendering(() => {
        inFrame = false;
      });
      if (!done) requestAnimationFrame(frameHead);
    };
    requestAnimationFrame(frameHead);
    w.__itcaseStopFrames = () => {
      done = true;
    };
    const observer = new MutationObserver(() => {
      if (!(document.body?.textContent ?? '').includes(expect)) return;
      observer.disconnect();
      const seen = { dom: now() } as { dom: number; paint?: number };
      w.__itcaseSeen = seen;
      const stampPaint = (): void => {
        done = true;
        seen.paint = now();
      };
      if (inFrame) afterThisRendering(stampPaint);
      else requestAnimationFrame(() => afterThisRendering(stampPaint));
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true });
    return false;
  }, options.expectText);
  if (already) throw new Error(`The preview already shows "${options.expectText}" before typing.`);

  await focusEditor(page);
  await page.evaluate(() => {
    const w = window as LatencyWindow;
    if (w.__itcaseKeydowns === undefined) {
      const stamps: number[] = [];
      w.__itcaseKeydowns = stamps;
      window.addEventListener('keydown', () => stamps.push(performance.timeOrigin + performance.now()), true);
    }
    w.__itcaseKeydowns.length = 0;
  });
  const delay = options.keyDelayMs ?? 0;
  let start: number;
  if (delay > 0) {
    // A typist's steady pace; the clock starts at the last key's keydown, stamped in the page.
    start = await typeAtSteadyPace(page, options.type, delay);
  } else {
    const keys = [...options.type];
    const last = keys.pop() ?? '';
    if (keys.length > 0) await page.keyboard.type(keys.join(''));
    start = performance.now();
    await page.keyboard.type(last);
  }
  try {
    await frame.waitForFunction(() => (window as LatencyWindow).__itcaseSeen !== undefined, undefined, {
      timeout,
      polling: 'raf',
    });
  } catch (error) {
    await frame.evaluate(() => (window as LatencyWindow).__itcaseStopFrames?.()).catch(() => undefined);
    const shown = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '(frame gone)');
    throw new Error(
      `The preview did not show "${options.expectText}" within ${timeout} ms after typing; it shows:\n${shown}`,
      { cause: error },
    );
  }
  const nodeMs = performance.now() - start;
  // The paint stamp follows within a frame; a hidden webview gets no animation frames, so do not insist.
  const seen = await frame
    .waitForFunction(() => (window as LatencyWindow).__itcaseSeen?.paint !== undefined, undefined, {
      timeout: 2000,
    })
    .then(() => frame.evaluate(() => (window as LatencyWindow).__itcaseSeen))
    .catch(() => frame.evaluate(() => (window as LatencyWindow).__itcaseSeen));
  const keydowns = await page.evaluate(() => (window as LatencyWindow).__itcaseKeydowns ?? []);
  const keydown = keydowns[keydowns.length - 1];
  if (seen === undefined || keydown === undefined) {
    throw new Error(`Timing marks missing (keydowns: ${keydowns.length}, seen: ${JSON.stringify(seen)})`);
  }
  if (seen.dom < keydown) {
    throw new Error(
      `"${options.expectText}" appeared before the last key was pressed: it must need the whole input.`,
    );
  }
  return { ms: (seen.paint ?? seen.dom) - keydown, domMs: seen.dom - keydown, nodeMs };
}

/** Milliseconds from the keystroke to the text appearing (painted) in the preview frame. */
export async function measureKeystrokeToPreview(
  page: Page,
  frame: Frame,
  options: KeystrokeToPreviewOptions,
): Promise<number> {
  return (await measureKeystrokeToPreviewDetailed(page, frame, options)).ms;
}
