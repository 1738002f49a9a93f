// A person opens the Walmart case, previews it, edits it, breaks it and fixes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canvasIsDrawn,
  clickEditorTitleAction,
  cspViolations,
  frameText,
  gotoLine,
  openFile,
  previewFrame,
  problems,
  startScenario,
  typeInEditor,
  waitForFrameText,
  waitForProblems,
  type Scenario,
} from '../harness';
import { builtVsix, EXAMPLES, EXTENSION_ID } from './fixtures';

describe('the Walmart case and its live preview', () => {
  let scenario: Scenario;

  beforeAll(async () => {
    scenario = await startScenario({ name: 'itcase-preview', vsixPath: builtVsix(), copyFrom: EXAMPLES });
  });

  afterAll(async () => {
    await scenario?.finish();
  });

  it('opens the Walmart example with no problems and previews it to the side with every chart drawn', async () => {
    const { page } = scenario;
    await openFile(page, 'walmart.itcase.yaml');
    expect(await problems(page)).toEqual([]);
    await clickEditorTitleAction(page, 'Open Preview to the Side');
    const frame = await previewFrame(page, { extensionId: EXTENSION_ID, selector: 'h1.case-title' });
    expect(await frameText(frame, 'h1.case-title')).toContain('Walmart 2012–2014');
    expect(await frameText(frame, '[data-figure="operatingMargin"] .figure-value')).toBe('5.64%');
    for (const chart of ['revenue-it', 'bridge', 'leverage', 'investment-0', 'benchmark-0']) {
      await frame.waitForSelector(`canvas[data-chart="${chart}"][data-draw-count]`);
      expect(await canvasIsDrawn(frame, `canvas[data-chart="${chart}"]`), chart).toBe(true);
    }
    await scenario.screenshot('opened');
  });

  it('recomputes the figures when a revenue number is typed', async () => {
    const { page } = scenario;
    const frame = await previewFrame(page, { extensionId: EXTENSION_ID, selector: 'h1.case-title' });
    // revenue: [446.51, 468.65, 476.29]: FY2014 revenue becomes 500.29
    const line = await findLine(page, 'revenue: [446.51, 468.65, 476.29]');
    await gotoLine(page, line, 'revenue: [446.51, 468.65, '.length + 1);
    for (let i = 0; i < '476'.length; i++) await page.keyboard.press('Delete');
    await typeInEditor(page, '500');
    expect(
      await waitForFrameText(frame, 'USD 500.29B', { selector: '[data-figure="revenue"] .figure-value' }),
    ).toBe('USD 500.29B');
    await scenario.screenshot('edited');
  });

  it('shows a typed error in the Problems panel and as a banner over the last good render, and clears both when fixed', async () => {
    const { page } = scenario;
    const frame = await previewFrame(page, { extensionId: EXTENSION_ID, selector: 'h1.case-title' });
    const line = await findLine(page, 'grossMargin: [24.5%, 24.3%, ');
    await gotoLine(page, line, 'grossMargin: ['.length + 1);
    await typeInEditor(page, 'high');
    const listed = await waitForProblems(page, (list) =>
      list.some((p) => p.message.includes("got 'high24.5%'")),
    );
    expect(listed.find((p) => p.message.includes('grossMargin'))?.line).toBe(line);
    await frame.waitForSelector('.problems-banner button.diagnostic');
    expect(await frameText(frame, '.problems-banner')).toContain(`line ${line}`);
    // The last good render stays.
    expect(await frameText(frame, '[data-figure="revenue"] .figure-value')).toBe('USD 500.29B');
    await scenario.screenshot('error');
    for (let i = 0; i < 'high'.length; i++) await page.keyboard.press('Backspace');
    await frame.waitForSelector('.problems-banner', { state: 'detached' });
    await waitForProblems(page, (list) => list.length === 0);
    expect(cspViolations(scenario.console)).toEqual([]);
  });
});

/** The 1-based line of the editor that starts with the given text (the file on disk is the example). */
async function findLine(_page: unknown, text: string): Promise<number> {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const lines = fs.readFileSync(path.join(EXAMPLES, 'walmart.itcase.yaml'), 'utf8').split('\n');
  const index = lines.findIndex((l) => l.startsWith(text));
  if (index < 0) throw new Error(`no line starts with ${text}`);
  return index + 1;
}
