// A person uses the commands around a case: inserts benchmark data (and undoes it), clicks a figure
// to find its line, lets the preview follow the editor, and starts a new case from a template.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { amazonTemplate } from '../../../src/core/templates/amazon';
import {
  clickNotificationButton,
  cspViolations,
  cursorPosition,
  dismissNotifications,
  editorText,
  focusEditor,
  frameText,
  gotoLine,
  openFile,
  pageErrors,
  pickQuickPickItem,
  previewFrame,
  problems,
  runCommand,
  startScenario,
  undo,
  visibleEditorLines,
  waitForCanvasDrawn,
  waitForFrameText,
  webviewFrames,
  type Scenario,
} from '../harness';
import { builtVsix, EXAMPLES, EXTENSION_ID } from './fixtures';
import {
  insertedText,
  lineStartingWith,
  pollUntil,
  scenarioTabNames,
  waitForEditorText,
  waitForNotification,
} from './helpers';

const WALMART = fs.readFileSync(path.join(EXAMPLES, 'walmart.itcase.yaml'), 'utf8');
const MARKET_VALUE = {
  title: 'Market value, July 2015',
  id: 'market-value-2015-07',
  source: 'Forbes, 2015-07-25, as retold by the Storage Story blog, 2015-07-26',
  note: "Walmart's value is given as about $230B to $233B (Storage Story writes both); market values move daily.",
};

async function allTabLabels(scenario: Scenario): Promise<string[]> {
  return scenario.page.$$eval('.part.editor .tab .label-name', (labels) =>
    labels.map((label) => label.textContent?.trim() ?? ''),
  );
}

describe('the IT Case commands, used from the command palette and the preview', () => {
  let scenario: Scenario;

  beforeAll(async () => {
    scenario = await startScenario({ name: 'itcase-commands', vsixPath: builtVsix(), copyFrom: EXAMPLES });
  });

  afterAll(async () => {
    await scenario?.finish();
  });

  it('inserts a benchmark data set with its source, draws it, and takes it out again with one undo', async () => {
    const { page } = scenario;
    await openFile(page, 'walmart.itcase.yaml');
    await runCommand(page, 'IT Case: Open Preview to the Side');
    const frame = await previewFrame(page, { extensionId: EXTENSION_ID, selector: 'h1.case-title' });
    // The example has two benchmarks already; the inserted one is the third card.
    await waitForCanvasDrawn(frame, 'canvas[data-chart="benchmark-1"]');
    expect(await frame.locator('canvas[data-chart="benchmark-2"]').count()).toBe(0);
    const before = await editorText(page);
    expect(before).toBe(WALMART);

    await focusEditor(page);
    await runCommand(page, 'IT Case: Insert Benchmark Data…');
    await pickQuickPickItem(page, MARKET_VALUE.title);
    const after = await waitForEditorText(page, (text) => text.includes(`id: ${MARKET_VALUE.id}`));
    const inserted = insertedText(before, after);
    expect(inserted, 'the rest of the file is kept as written').not.toBeNull();
    expect(inserted).toContain(`- id: ${MARKET_VALUE.id}`);
    expect(inserted).toContain(`title: ${MARKET_VALUE.title}`);
    expect(inserted).toContain(`source: ${MARKET_VALUE.source}`);
    expect(inserted).toMatch(/Walmart: 233\s+Amazon: 248/);
    // It lands in the benchmarks list, before `sources:`.
    expect(after.indexOf(`id: ${MARKET_VALUE.id}`)).toBeLessThan(after.indexOf('\nsources:'));

    await frame.waitForSelector('canvas[data-chart="benchmark-2"][data-draw-count]');
    await waitForCanvasDrawn(frame, 'canvas[data-chart="benchmark-2"]');
    expect(await frameText(frame, '[data-benchmark="2"] .chart-source')).toBe(
      `Source: ${MARKET_VALUE.source}`,
    );
    // The entry's note, with its caveats, under the source.
    expect(await frameText(frame, '[data-benchmark="2"] .chart-caveat')).toBe(`Note: ${MARKET_VALUE.note}`);
    expect(await frameText(frame, '[data-benchmark="2"]')).toContain(MARKET_VALUE.title);
    await frame.locator('[data-benchmark="2"]').scrollIntoViewIfNeeded();
    await scenario.screenshot('benchmark-inserted');

    // The same set again: a notification says it is there, and nothing is added.
    await dismissNotifications(page);
    await focusEditor(page);
    await runCommand(page, 'IT Case: Insert Benchmark Data…');
    await pickQuickPickItem(page, MARKET_VALUE.title);
    const toast = await waitForNotification(page, `"${MARKET_VALUE.title}" is already in this case`);
    expect(toast.message).toMatch(/\(line \d+\)/);
    const again = await editorText(page);
    expect(again).toBe(after);
    expect(again.split(`id: ${MARKET_VALUE.id}`).length - 1).toBe(1);
    await dismissNotifications(page);

    // One Ctrl+Z: the file is as before and the chart has gone.
    await undo(page, 1);
    expect(await waitForEditorText(page, (text) => text === before, 'Undo restoring the file')).toBe(before);
    await frame.waitForSelector('canvas[data-chart="benchmark-2"]', { state: 'detached' });
    await waitForCanvasDrawn(frame, 'canvas[data-chart="benchmark-1"]');
  });

  it('reveals the source line of a key figure when it is clicked in the preview', async () => {
    const { page } = scenario;
    const frame = await previewFrame(page, { extensionId: EXTENSION_ID, selector: 'h1.case-title' });
    expect(await gotoLine(page, 1, 1)).toMatchObject({ line: 1, column: 1 });
    const revenueLine = lineStartingWith(WALMART, 'revenue:');
    await frame.locator('[data-figure="revenue"] .figure-value').click();
    const position = await pollUntil(
      'The cursor moving to the revenue line',
      () => cursorPosition(page),
      (p) => p.line === revenueLine,
    );
    expect(position).toMatchObject({ line: revenueLine, column: 1 });
    // The revealed line is on screen (read without pressing keys, which a busy machine may route
    // to the webview while focus moves back to the editor).
    const shown = await pollUntil(
      'The revenue line on screen',
      () => visibleEditorLines(page),
      (lines) => lines.some((line) => /^revenue: \[/.test(line)),
    );
    expect(shown.some((line) => /^revenue: \[/.test(line))).toBe(true);
    await scenario.screenshot('revealed');
  });

  it('follows the active editor: opening the Amazon case in the left group switches the preview to it', async () => {
    const { page } = scenario;
    const frame = await previewFrame(page, { extensionId: EXTENSION_ID, selector: 'h1.case-title' });
    expect(await frameText(frame, 'h1.case-title')).toContain('Walmart 2012–2014');
    await openFile(page, 'amazon.itcase.yaml');
    const title = await waitForFrameText(frame, 'Amazon 2014', { selector: 'h1.case-title' });
    expect(title).toBe("Amazon 2014: the online challenger's cost structure");
    expect(await scenarioTabNames(frame)).toEqual(['Sales fall 10%', 'Sales grow 20%']);
    expect(await allTabLabels(scenario)).toContain('Preview amazon.itcase.yaml');
  });

  it('starts a new case from the Amazon template in an untitled editor and previews it from the notification', async () => {
    const { page } = scenario;
    // Start from an empty editor area, so the preview that appears is the one the notification opens.
    await runCommand(page, 'View: Close All Editors');
    await pollUntil(
      'The preview closing',
      () => webviewFrames(page, { extensionId: EXTENSION_ID }),
      (frames) => frames.length === 0,
    );
    await dismissNotifications(page);

    await runCommand(page, 'IT Case: New Business Case…');
    await pickQuickPickItem(page, amazonTemplate.label);
    await pickQuickPickItem(page, 'Untitled editor');
    // An untitled editor's tab is named after its first line, with "Untitled-N" beside it.
    await page
      .locator('.part.editor .tab.active', { hasText: /Untitled-\d+/ })
      .first()
      .waitFor({ timeout: 15_000 });
    const toast = await waitForNotification(page, `from the ${amazonTemplate.label} template`);
    expect(toast.buttons).toContain('Open Preview to the Side');
    expect(await editorText(page)).toBe(amazonTemplate.text);

    await clickNotificationButton(page, 'New business case', 'Open Preview to the Side');
    const frame = await previewFrame(page, { extensionId: EXTENSION_ID, selector: 'h1.case-title' });
    await frame.waitForSelector('#root[data-state="render"]');
    expect(await frameText(frame, 'h1.case-title')).toBe(
      "Amazon 2014: the online challenger's cost structure",
    );
    const template = parse(amazonTemplate.text) as { scenarios: { name: string }[] };
    const names = template.scenarios.map((s) => s.name);
    expect(names.length).toBeGreaterThan(1);
    expect(await scenarioTabNames(frame)).toEqual(names);
    expect((await allTabLabels(scenario)).some((label) => /^Preview Untitled-\d+$/.test(label))).toBe(true);
    // A valid case: the preview rendered it (no errors), and the Problems panel lists nothing.
    expect(await problems(page)).toEqual([]);
    await scenario.screenshot('new-case');

    expect(cspViolations(scenario.console)).toEqual([]);
    expect(pageErrors(scenario.console)).toEqual([]);
  });
});
