/**
 * `npm run bench:preview` — keystroke → preview latency in a real VS Code (code-server 4.100.3 in
 * headless Chromium, through the end-to-end harness), for our preview and for VS Code's own
 * Markdown preview, in ONE browser session.
 *
 * Each sample is one keystroke that changes one digit (the digit is selected first, then the new
 * one typed), spaced apart so every edit is a first change (the host's throttle sends the first
 * change at once): Walmart's FY2014 revenue `476.29` → `476.2d`, waiting for the Revenue key figure
 * to read `USD 476.2dB`; a Markdown heading `# Revenue 476.29` → `476.2d`, waiting for the heading.
 * The clock runs from the keydown in the workbench to the animation frame after the text is in the
 * webview's DOM (measureKeystrokeToPreviewDetailed); the arrival of the host's message in the
 * webview is stamped too, to tell the host's share from the webview's.
 *
 * Writes bench-results/preview.json and prints a table. Needs `npm run package` and code-server
 * (`bash scripts/install-code-server.sh`); the npm script does both.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import {
  CODE_SERVER_DIR,
  PROJECT_ROOT,
  gotoLine,
  measureKeystrokeToPreviewDetailed,
  openFile,
  previewFrame,
  runCommand,
  startScenario,
  waitForCanvasDrawn,
  waitForFrameText,
  type KeystrokeToPreviewTiming,
} from '../test/e2e/harness';

const SAMPLES = Number(process.env.BENCH_PREVIEW_SAMPLES ?? 20);
/** `itcase.preview.delay` for the run (to study the throttle); unset: the shipped default. */
const DELAY = process.env.BENCH_PREVIEW_DELAY;
/**
 * Quiet time between edits: longer than the preview's throttle window (`itcase.preview.delay`, 150
 * ms by default), so each edit takes the immediate path. BENCH_PREVIEW_SPACING overrides it (an edit
 * inside the window waits for the window's end).
 */
const SPACING_MS = Number(process.env.BENCH_PREVIEW_SPACING ?? Math.max(400, Number(DELAY ?? 150) + 250));
const MARKDOWN = '# Revenue 476.29\n\nWalmart FY2014 revenue, in billions of US dollars.\n';

interface Sample extends KeystrokeToPreviewTiming {
  /** Keydown → the host's message with the new value arriving in the webview (the host's share). */
  messageMs: number | null;
  /** Messages that arrived after the keydown without the new value (a render of the state before). */
  staleMessages: number;
}

interface Stamp {
  at: number;
  /** The message holds `probe` (the new value): it is the render of this edit. */
  hasProbe: boolean;
}

type StampWindow = Window & { __benchMessages?: Stamp[]; __benchProbe?: string };

/**
 * Stamps every message the webview receives (its `message` event, in the capture phase: before the
 * page's own handler), with whether it carries the new value.
 */
async function watchMessages(frame: Frame, probe: string): Promise<void> {
  await frame.evaluate((text) => {
    const w = window as StampWindow;
    w.__benchProbe = text;
    if (w.__benchMessages !== undefined) {
      w.__benchMessages.length = 0;
      return;
    }
    const stamps: Stamp[] = [];
    w.__benchMessages = stamps;
    window.addEventListener(
      'message',
      (event: MessageEvent<unknown>) => {
        const at = performance.timeOrigin + performance.now();
        let body = '';
        try {
          body = JSON.stringify(event.data) ?? '';
        } catch {
          // Not JSON: cannot hold the probe.
        }
        stamps.push({ at, hasProbe: body.includes(w.__benchProbe ?? '\u0000') });
      },
      true,
    );
  }, probe);
}

async function keydownStamp(page: Page): Promise<number | undefined> {
  return page.evaluate(() => {
    const stamps = (window as Window & { __itcaseKeydowns?: number[] }).__itcaseKeydowns ?? [];
    return stamps[stamps.length - 1];
  });
}

/**
 * One measured edit: select the digit at (line, column), type `digit`, wait for `expectText` in the
 * frame; `probe` is how the new value reads in the host's message.
 */
async function measureEdit(
  page: Page,
  frame: Frame,
  at: { line: number; column: number },
  digit: string,
  expectText: string,
  probe: string,
): Promise<Sample> {
  await gotoLine(page, at.line, at.column);
  await page.keyboard.press('Shift+ArrowRight');
  await watchMessages(frame, probe);
  const timing = await measureKeystrokeToPreviewDetailed(page, frame, { type: digit, expectText });
  const keydown = await keydownStamp(page);
  const messages = await frame.evaluate(() => (window as StampWindow).__benchMessages ?? []);
  const after = messages.filter((m) => keydown !== undefined && m.at >= keydown);
  const first = after.find((m) => m.hasProbe);
  const firstIndex = first === undefined ? after.length : after.indexOf(first);
  return {
    ...timing,
    messageMs: first && keydown !== undefined ? first.at - keydown : null,
    staleMessages: firstIndex,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (value: number): number => Math.round(value * 10) / 10;

function codeServerVersion(): string {
  try {
    const file = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'package.json');
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** The digits typed, 1 to 8 in turn: each differs from the one before (and from the 9 at the start). */
function digits(count: number): string[] {
  return Array.from({ length: count }, (_, i) => String((i % 8) + 1));
}

async function spaced(page: Page): Promise<void> {
  // Not an assertion: the benchmark's protocol spaces edits apart so each one is a first change.
  await page.waitForTimeout(SPACING_MS);
}

async function main(): Promise<void> {
  const vsix = path.join(PROJECT_ROOT, 'itcase-0.1.0.vsix');
  const walmart = fs.readFileSync(path.join(PROJECT_ROOT, 'examples', 'walmart.itcase.yaml'), 'utf8');
  const revenueLine =
    walmart.split('\n').findIndex((l) => l.startsWith('revenue: [446.51, 468.65, 476.29]')) + 1;
  if (revenueLine === 0)
    throw new Error('the Walmart example has no `revenue: [446.51, 468.65, 476.29]` line');
  // The hundredths digit of 476.29 (1-based column).
  const ourColumn = 'revenue: [446.51, 468.65, 476.2'.length + 1;
  const markdownColumn = '# Revenue 476.2'.length + 1;

  const scenario = await startScenario({
    name: 'bench-preview',
    vsixPath: vsix,
    copyFrom: path.join(PROJECT_ROOT, 'examples'),
    files: { 'bench.md': MARKDOWN },
    settings: DELAY === undefined ? {} : { 'itcase.preview.delay': Number(DELAY) },
  });
  const ours: Sample[] = [];
  const markdown: Sample[] = [];
  const browserVersion = scenario.workbench.browser.version();
  try {
    const { page } = scenario;

    // Our preview.
    await openFile(page, 'walmart.itcase.yaml');
    await runCommand(page, 'IT Case: Open Preview to the Side');
    const frame = await previewFrame(page, { extensionId: 'itcase.itcase', selector: 'h1.case-title' });
    await waitForCanvasDrawn(frame, 'canvas[data-chart="revenue-it"]');
    await waitForFrameText(frame, 'USD 476.29B', { selector: '[data-figure="revenue"] .figure-value' });
    const ourDigits = digits(SAMPLES + 1);
    for (const [i, digit] of ourDigits.entries()) {
      await spaced(page);
      const sample = await measureEdit(
        page,
        frame,
        { line: revenueLine, column: ourColumn },
        digit,
        `USD 476.2${digit}B`,
        `476.2${digit}`,
      );
      if (i > 0) ours.push(sample); // The first edit warms up.
      process.stderr.write(`itcase   ${String(i).padStart(2)}: ${sample.ms.toFixed(1)} ms\n`);
    }

    // VS Code's Markdown preview, in the same browser session.
    await runCommand(page, 'View: Close All Editors');
    await openFile(page, 'bench.md');
    await runCommand(page, 'Markdown: Open Preview to the Side');
    const md = await previewFrame(page, {
      extensionId: 'vscode.markdown-language-features',
      selector: 'h1',
    });
    await waitForFrameText(md, 'Revenue 476.29', { selector: 'h1' });
    const mdDigits = digits(SAMPLES + 1);
    for (const [i, digit] of mdDigits.entries()) {
      await spaced(page);
      const sample = await measureEdit(
        page,
        md,
        { line: 1, column: markdownColumn },
        digit,
        `Revenue 476.2${digit}`,
        `Revenue 476.2${digit}`,
      );
      if (i > 0) markdown.push(sample);
      process.stderr.write(`markdown ${String(i).padStart(2)}: ${sample.ms.toFixed(1)} ms\n`);
    }
  } finally {
    await scenario.finish();
  }

  const previewUpdateMs = round(median(ours.map((s) => s.ms)));
  const markdownPreviewUpdateMs = round(median(markdown.map((s) => s.ms)));
  const results = {
    previewUpdateMs,
    markdownPreviewUpdateMs,
    previewSamples: ours.map((s) => round(s.ms)),
    markdownSamples: markdown.map((s) => round(s.ms)),
    settings: {
      'itcase.preview.delay': DELAY === undefined ? 'default (150)' : Number(DELAY),
      spacingMs: SPACING_MS,
    },
    breakdown: {
      note: 'Medians in ms from the keydown: messageMs = the message with the new value arrives in the webview (the host side), domMs = the new text is in the DOM (+ the webview handling it), paintMs = the next animation frame (+ chart drawing). samplesWithStaleMessages: edits after which a message without the new value arrived first.',
      itcase: breakdown(ours),
      markdown: breakdown(markdown),
    },
    machine: {
      platform: `${os.platform()} ${os.release()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
      node: process.version,
      codeServer: codeServerVersion(),
      chromium: browserVersion,
    },
    measuredAt: new Date().toISOString(),
  };
  const out = path.join(PROJECT_ROOT, 'bench-results', 'preview.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);

  const row = (name: string, samples: Sample[], value: number): string => {
    const b = breakdown(samples);
    return `${name.padEnd(26)} ${value.toFixed(1).padStart(8)} ${String(b.messageMs ?? '—').padStart(9)} ${String(b.domMs).padStart(8)} ${String(Math.min(...samples.map((s) => s.ms)).toFixed(1)).padStart(8)} ${String(Math.max(...samples.map((s) => s.ms)).toFixed(1)).padStart(8)}`;
  };
  console.log(`\nKeystroke → preview, median of ${SAMPLES} one-key edits (ms)`);
  console.log(
    `${'preview'.padEnd(26)} ${'median'.padStart(8)} ${'message'.padStart(9)} ${'dom'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)}`,
  );
  console.log(row('IT Case (Walmart)', ours, previewUpdateMs));
  console.log(row('Markdown (VS Code)', markdown, markdownPreviewUpdateMs));
  const ratio = previewUpdateMs / markdownPreviewUpdateMs;
  console.log(
    `ratio ${ratio.toFixed(2)} (target ≤ 0.5: ${ratio <= 0.5 ? 'met' : 'NOT met'}) — ${path.relative(PROJECT_ROOT, out)}`,
  );
}

function breakdown(samples: Sample[]): {
  messageMs: number | null;
  domMs: number;
  paintMs: number;
  messageSamples: (number | null)[];
  samplesWithStaleMessages: number;
} {
  const messages = samples.map((s) => s.messageMs).filter((m): m is number => m !== null);
  return {
    messageMs: messages.length === samples.length ? round(median(messages)) : null,
    domMs: round(median(samples.map((s) => s.domMs))),
    paintMs: round(median(samples.map((s) => s.ms))),
    messageSamples: samples.map((s) => (s.messageMs === null ? null : round(s.messageMs))),
    samplesWithStaleMessages: samples.filter((s) => s.staleMessages > 0).length,
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
