// A person picks a scenario, reloads the window and finds the preview as they left it, then switches
// colour themes and finds the charts redrawn in each theme's colours.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  colorThemeKind,
  cspViolations,
  frameText,
  openFile,
  previewFrame,
  reloadWindow,
  runCommand,
  setColorTheme,
  startScenario,
  waitForCanvasDrawn,
  type Scenario,
  type ThemeKind,
} from '../harness';
import { builtVsix, EXAMPLES, EXTENSION_ID } from './fixtures';
import {
  canvasFingerprint,
  drawCounts,
  pollUntil,
  scenarioTabNames,
  selectedScenarioIndex,
  textColourPixels,
  waitForRedraw,
} from './helpers';

const WALMART_TITLE = 'Walmart 2012–2014';
const CHARTS = ['revenue-it', 'bridge', 'leverage', 'investment-0', 'benchmark-0', 'benchmark-1'];
/** The webview's body class for each workbench theme kind. */
const BODY_CLASS: Record<ThemeKind, string> = {
  vs: 'vscode-light',
  'vs-dark': 'vscode-dark',
  'hc-black': 'vscode-high-contrast',
  'hc-light': 'vscode-high-contrast-light',
};

describe('the preview across a window reload and colour themes', () => {
  let scenario: Scenario;

  beforeAll(async () => {
    scenario = await startScenario({ name: 'itcase-session', vsixPath: builtVsix(), copyFrom: EXAMPLES });
  });

  afterAll(async () => {
    await scenario?.finish();
  });

  it('restores the preview of the same case, with the chosen scenario tab, after a window reload', async () => {
    const { page } = scenario;
    await openFile(page, 'walmart.itcase.yaml');
    await runCommand(page, 'IT Case: Open Preview to the Side');
    let frame = await previewFrame(page, { extensionId: EXTENSION_ID, selector: 'h1.case-title' });
    await frame.waitForSelector('[data-section="scenarios"] vscode-tab-header[data-scenario="1"]');
    const names = await scenarioTabNames(frame);
    expect(names).toEqual(['Sales fall 10%', 'Sales grow 5%', 'IT spend up 10%']);
    expect(await selectedScenarioIndex(frame)).toBe(0);
    await frame.locator('[data-section="scenarios"] vscode-tab-header[data-scenario="2"]').click();
    await pollUntil(
      'The third scenario tab being selected',
      () => selectedScenarioIndex(frame),
      (index) => index === 2,
    );
    // From the keyboard: the clicked tab has the focus; the arrows move it, Space and Enter select
    // (the arrows alone do not).
    expect(await frame.evaluate(() => document.activeElement?.getAttribute('data-scenario'))).toBe('2');
    await page.keyboard.press('ArrowLeft');
    const scrollTop = await frame.evaluate(() => window.scrollY);
    await page.keyboard.press('Space');
    await pollUntil(
      'Space selecting the second scenario tab',
      () => selectedScenarioIndex(frame),
      (index) => index === 1,
    );
    expect(await frame.evaluate(() => window.scrollY)).toBe(scrollTop);
    await page.keyboard.press('ArrowRight');
    expect(await selectedScenarioIndex(frame)).toBe(1);
    await page.keyboard.press('Enter');
    await pollUntil(
      'Enter selecting the third scenario tab again',
      () => selectedScenarioIndex(frame),
      (index) => index === 2,
    );
    expect(await frameText(frame, '[data-section="scenarios"] [data-scenario-panel="2"]')).toContain(
      'IT spend up 10%',
    );
    // What the file says of a scenario and an investment shows with it, as written.
    expect(await frameText(frame, '[data-scenario-panel="2"] .case-note')).toBe('Illustrative');
    expect(await frameText(frame, '[data-investment="0"] .case-note')).toBe(
      'Illustrative amounts, not published by Walmart or IDC. Scale from Storage Story - 100,000+ cores (2014).',
    );
    await scenario.screenshot('before-reload');

    await reloadWindow(page);
    // VS Code restores the panel through the extension's WebviewPanelSerializer.
    frame = await previewFrame(page, {
      extensionId: EXTENSION_ID,
      selector: '[data-section="scenarios"] vscode-tab-header[data-scenario="2"]',
      timeoutMs: 60_000,
    });
    expect(await frameText(frame, 'h1.case-title')).toContain(WALMART_TITLE);
    expect(await scenarioTabNames(frame)).toEqual(names);
    await pollUntil(
      'The restored preview selecting the third scenario tab',
      () => selectedScenarioIndex(frame),
      (index) => index === 2,
    );
    for (const chart of CHARTS) await waitForCanvasDrawn(frame, `canvas[data-chart="${chart}"]`);
    const tabs = await page.$$eval('.part.editor .tab .label-name', (labels) =>
      labels.map((label) => label.textContent?.trim() ?? ''),
    );
    expect(tabs).toEqual(expect.arrayContaining(['walmart.itcase.yaml', 'Preview walmart.itcase.yaml']));
    await scenario.screenshot('after-reload');
  });

  it('redraws every chart in the colours of Dark Modern, Dark High Contrast and Light Modern', async () => {
    const { page } = scenario;
    // Each switch must change the theme: start with the one farthest from the current kind.
    const start = await colorThemeKind(page);
    const themes =
      start === 'vs'
        ? ['Dark Modern', 'Dark High Contrast', 'Light Modern']
        : ['Light Modern', 'Dark High Contrast', 'Dark Modern'];
    for (const theme of themes) {
      let frame = await previewFrame(page, { extensionId: EXTENSION_ID, selector: 'h1.case-title' });
      const before = await drawCounts(frame);
      expect(Object.keys(before)).toEqual(expect.arrayContaining(CHARTS));
      const pixelsBefore = await canvasFingerprint(frame, 'canvas[data-chart="revenue-it"]');
      const kind = await setColorTheme(page, theme);
      // The webview keeps its document: the theme arrives as new CSS variables and a body class.
      frame = await previewFrame(page, { extensionId: EXTENSION_ID, selector: `body.${BODY_CLASS[kind]}` });
      const after = await waitForRedraw(frame, before);
      for (const chart of CHARTS) {
        expect(after[chart], chart).toBeGreaterThan(before[chart] ?? 0);
        await waitForCanvasDrawn(frame, `canvas[data-chart="${chart}"]`);
      }
      // The tick labels and titles are drawn in the theme's text colour.
      for (const chart of ['revenue-it', 'bridge', 'benchmark-0']) {
        const text = await textColourPixels(frame, `canvas[data-chart="${chart}"]`);
        expect(text.pixels, `${theme}: ${chart} pixels in ${text.colour}`).toBeGreaterThan(50);
      }
      expect(await canvasFingerprint(frame, 'canvas[data-chart="revenue-it"]')).not.toBe(pixelsBefore);
      // The screenshot shows the charts (look at them: readable text in every theme).
      await frame.locator('[data-chart-panel="revenue-it"]').evaluate((panel) => panel.scrollIntoView());
      await scenario.screenshot(`theme-${theme}`);
    }
    expect(cspViolations(scenario.console)).toEqual([]);
  });
});
