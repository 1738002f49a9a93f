// A person hands the case on: exports it as an HTML report, an Excel workbook and CSV files from the
// command, and saves a chart of the preview as an image, each through VS Code's own Save dialog.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openFile,
  pickQuickPickItem,
  previewFrame,
  runCommand,
  startScenario,
  waitForCanvasDrawn,
  waitForQuickInput,
  waitForQuickInputClosed,
  type Scenario,
} from '../harness';
import { builtVsix, EXAMPLES, EXTENSION_ID } from './fixtures';
import { pollUntil } from './helpers';

describe('exporting the Walmart case from the running extension', () => {
  let scenario: Scenario;

  beforeAll(async () => {
    scenario = await startScenario({ name: 'itcase-export', vsixPath: builtVsix(), copyFrom: EXAMPLES });
    await openFile(scenario.page, 'walmart.itcase.yaml');
  });

  afterAll(async () => {
    await scenario?.finish();
  });

  /** Accepts the Save dialog as it opens, at the name it proposes beside the case. */
  async function acceptSaveDialog(): Promise<void> {
    await waitForQuickInput(scenario.page);
    await scenario.page.keyboard.press('Enter');
    await waitForQuickInputClosed(scenario.page);
  }

  const exists = (name: string) =>
    pollUntil(
      `${name} in the workspace`,
      async () => fs.existsSync(path.join(scenario.workspace.dir, name)),
      (found) => found,
    );

  it('writes the HTML report, the workbook and the CSV folder', async () => {
    const { page } = scenario;
    for (const [label, name] of [
      [/HTML report\s*$/, 'walmart.html'],
      [/Excel workbook/, 'walmart.xlsx'],
      [/CSV files/, 'walmart-csv'],
    ] as const) {
      await runCommand(page, 'IT Case: Export Report…');
      await pickQuickPickItem(page, label, { filter: '' });
      await acceptSaveDialog();
      await exists(name);
    }
    const html = fs.readFileSync(path.join(scenario.workspace.dir, 'walmart.html'), 'utf8');
    expect(html).toContain('Content-Security-Policy');
    expect(html).toContain('Walmart');
    const xlsx = fs.readFileSync(path.join(scenario.workspace.dir, 'walmart.xlsx'));
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
    // The folder appears with its first file; the others follow.
    const tables = await pollUntil(
      'the CSV files',
      async () => fs.readdirSync(path.join(scenario.workspace.dir, 'walmart-csv')),
      (names) => names.length >= 8,
    );
    expect(tables).toContain('base-case.csv');
  });

  it('saves a chart of the preview as a PNG that is not blank', async () => {
    const { page } = scenario;
    await runCommand(page, 'IT Case: Open Preview to the Side');
    const frame = await previewFrame(page, { extensionId: EXTENSION_ID, selector: 'h1.case-title' });
    await waitForCanvasDrawn(frame, 'canvas[data-chart="bridge"]');
    await frame.click('[data-save-chart="bridge"]');
    await acceptSaveDialog();
    await exists('walmart-bridge.png');
    const png = fs.readFileSync(path.join(scenario.workspace.dir, 'walmart-bridge.png'));
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    // A chart drawn at twice the screen's resolution: far more than a blank image's few hundred bytes.
    expect(png.length).toBeGreaterThan(10_000);
  });
});
