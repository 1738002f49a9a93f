/* global document, window, getComputedStyle, requestAnimationFrame */
/**
 * `npm run screenshots` — the README's screenshots, taken from the running extension: a real VS Code
 * (code-server) in headless Chromium through the end-to-end harness, with the packaged .vsix.
 * Writes docs/screenshots/{preview-dark,preview-light,high-contrast,uncertainty,problems,insert-benchmark}.png.
 * Run with tsx (the harness is TypeScript); needs `npm run package` and code-server (the npm script
 * does both).
 */
import fs from 'node:fs';
import path from 'node:path';
import * as harnessModule from '../test/e2e/harness/index.ts';

// tsx loads the harness as CommonJS: its exports arrive as the default export.
const harness = harnessModule.default ?? harnessModule;
const {
  PROJECT_ROOT,
  focusEditor,
  gotoLine,
  openFile,
  previewFrame,
  problems,
  runCommand,
  setColorTheme,
  startScenario,
  typeInEditor,
  waitForCanvasDrawn,
  waitForProblems,
  waitForQuickInput,
} = harness;

const OUT = path.join(PROJECT_ROOT, 'docs', 'screenshots');
const EXTENSION_ID = 'itcase.itcase';
const CHARTS = ['revenue-it', 'bridge', 'leverage', 'investment-0', 'benchmark-0', 'benchmark-1'];
/** The uncertainty section's charts: drawn a moment after the first render, once the simulation ran. */
const UNCERTAINTY = '[data-section="uncertainty"][data-state="ready"]';
const BODY_CLASS = {
  vs: 'vscode-light',
  'vs-dark': 'vscode-dark',
  'hc-black': 'vscode-high-contrast',
  'hc-light': 'vscode-high-contrast-light',
};
const WALMART = fs.readFileSync(path.join(PROJECT_ROOT, 'examples', 'walmart.itcase.yaml'), 'utf8');

function lineOf(prefix) {
  const index = WALMART.split('\n').findIndex((line) => line.startsWith(prefix));
  if (index < 0) throw new Error(`walmart.itcase.yaml has no line starting with ${prefix}`);
  return index + 1;
}

async function drawCounts(frame) {
  return frame.$$eval('canvas[data-chart]', (canvases) =>
    Object.fromEntries(
      canvases.map((c) => [c.getAttribute('data-chart'), Number(c.getAttribute('data-draw-count') ?? '0')]),
    ),
  );
}

async function waitFor(what, check, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not happen within ${timeoutMs} ms`);
}

/** The preview's background colour: it changes with the theme. */
async function previewBackground(frame) {
  return frame.evaluate(() => getComputedStyle(document.body).getPropertyValue('--vscode-editor-background'));
}

/** Switches the theme and waits until the preview has redrawn every chart in it. */
async function theme(page, label) {
  let frame = await previewFrame(page, { extensionId: EXTENSION_ID, selector: 'h1.case-title' });
  const before = await drawCounts(frame);
  const background = await previewBackground(frame);
  const kind = await setColorTheme(page, label);
  frame = await previewFrame(page, { extensionId: EXTENSION_ID, selector: `body.${BODY_CLASS[kind]}` });
  // The first switch may pick the theme already in use: then nothing is redrawn.
  if ((await previewBackground(frame)) !== background) {
    await waitFor(`the charts redrawing in ${label}`, async () => {
      const now = await drawCounts(frame);
      return CHARTS.every((chart) => (now[chart] ?? 0) > (before[chart] ?? 0));
    });
  }
  for (const chart of CHARTS) await waitForCanvasDrawn(frame, `canvas[data-chart="${chart}"]`);
  await waitForUncertainty(frame);
  return frame;
}

/** Waits until the uncertainty section is shown and every canvas in it is drawn. */
async function waitForUncertainty(frame) {
  await frame.waitForSelector(UNCERTAINTY, { timeout: 60_000 });
  const charts = await frame.$$eval(`${UNCERTAINTY} canvas[data-chart]`, (canvases) =>
    canvases.map((c) => c.getAttribute('data-chart')),
  );
  if (charts.length === 0) throw new Error('the uncertainty section has no charts');
  for (const chart of charts) await waitForCanvasDrawn(frame, `${UNCERTAINTY} canvas[data-chart="${chart}"]`);
}

/** Scrolls the preview so `selector` is at the top (or the page top when null). */
async function scrollPreview(frame, selector) {
  await frame.evaluate((sel) => {
    if (sel === null) window.scrollTo(0, 0);
    else document.querySelector(sel)?.scrollIntoView({ block: 'start' });
  }, selector);
  await frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
}

/** Moves the mouse to an empty spot and waits until no hover, tooltip or progress shows. */
async function settle(page) {
  await page.mouse.move(1250, 45); // The empty end of the preview's tab bar.
  await waitFor('hovers and tooltips closing', () =>
    page.evaluate(
      () =>
        ![...document.querySelectorAll('.monaco-hover, .workbench-hover-container')].some(
          (hover) => !hover.classList.contains('hidden') && hover.getClientRects().length > 0,
        ) && !document.querySelector('.part.statusbar')?.textContent?.includes('Activating Extensions'),
    ),
  );
}

async function shot(page, name, clip) {
  const file = path.join(OUT, name);
  await page.screenshot({ path: file, ...(clip ? { clip } : {}) });
  console.log(`  ${path.relative(PROJECT_ROOT, file)}`);
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const scenario = await startScenario({
    name: 'screenshots',
    vsixPath: path.join(PROJECT_ROOT, 'itcase-0.1.0.vsix'),
    copyFrom: path.join(PROJECT_ROOT, 'examples'),
    viewport: { width: 1600, height: 1000 },
  });
  const { page } = scenario;
  try {
    // More room for the editor and the preview: no side bar.
    await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
    await openFile(page, 'walmart.itcase.yaml');
    await runCommand(page, 'IT Case: Open Preview to the Side');
    let frame = await previewFrame(page, { extensionId: EXTENSION_ID, selector: 'h1.case-title' });
    for (const chart of CHARTS) await waitForCanvasDrawn(frame, `canvas[data-chart="${chart}"]`);
    await waitForUncertainty(frame);
    // The editor shows the money lines (the cursor on an empty line: no word highlighted).
    await gotoLine(page, lineOf('revenue:') + 1, 1);

    console.log('Screenshots:');
    // Dark: the top of the preview (title, key figures); light and high contrast: the charts.
    for (const [label, file, scrollTo] of [
      ['Dark Modern', 'preview-dark.png', null],
      ['Light Modern', 'preview-light.png', '[data-chart-panel="revenue-it"]'],
      ['Dark High Contrast', 'high-contrast.png', '[data-chart-panel="bridge"]'],
      // How sure the case is: fan chart, tornado, then the investment's break-even lines and NPV histogram.
      ['Dark Modern', 'uncertainty.png', '[data-section="uncertainty"]'],
    ]) {
      frame = await theme(page, label);
      await scrollPreview(frame, scrollTo);
      await settle(page);
      await shot(page, file);
    }
    frame = await theme(page, 'Dark Modern');

    // An error: the Problems panel lists it, the preview keeps its last render under a banner.
    const line = lineOf('grossMargin: [24.5%');
    await gotoLine(page, line, 'grossMargin: ['.length + 1);
    await typeInEditor(page, 'high');
    await waitForProblems(page, (list) => list.some((p) => p.severity === 'error'));
    await frame.waitForSelector('#root[data-state="stale"] .problems-banner button.diagnostic');
    await scrollPreview(frame, null);
    await focusEditor(page);
    await settle(page);
    await shot(page, 'problems.png');
    for (let i = 0; i < 'high'.length; i += 1) await page.keyboard.press('Backspace');
    await waitForProblems(page, (list) => list.length === 0);
    await frame.waitForSelector('.problems-banner', { state: 'detached' });
    await runCommand(page, 'View: Hide Panel');

    // Insert Benchmark Data…: the quick pick of the shipped data sets.
    await focusEditor(page);
    await runCommand(page, 'IT Case: Insert Benchmark Data…');
    await waitForQuickInput(page);
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').nth(5).waitFor();
    await settle(page);
    await shot(page, 'insert-benchmark.png', { x: 0, y: 0, width: 1600, height: 640 });
    await page.keyboard.press('Escape');
    if ((await problems(page)).length > 0) throw new Error('the case should be back to valid');
  } finally {
    await scenario.finish();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
