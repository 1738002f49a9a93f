// Proves the harness on an installed VSIX: the fixture extension's command, notification and webview.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureExtension, FIXTURE_EXTENSION_ID } from './fixtures/fixtureExtension';
import {
  canvasStats,
  cspViolations,
  dismissNotifications,
  frameText,
  gotoLine,
  measureKeystrokeToPreviewDetailed,
  notifications,
  openFile,
  pageErrors,
  previewFrame,
  runCommand,
  setColorTheme,
  startScenario,
  waitForCanvasDrawn,
  waitForFrameText,
  webviewEntries,
  type Scenario,
} from './harness';

describe('harness: a VSIX installed into code-server', () => {
  let fixture: ReturnType<typeof buildFixtureExtension> | undefined;
  let scenario: Scenario;

  beforeAll(async () => {
    fixture = buildFixtureExtension();
    scenario = await startScenario({
      name: 'harness-vsix',
      vsixPath: fixture.vsixPath,
      files: { 'notes.md': '# Chart title\n\nBody.\n' },
    });
  });

  afterAll(async () => {
    await scenario?.finish();
    fixture?.remove();
  });

  it("runs the extension's command and reads its notification", async () => {
    const { page } = scenario;
    await openFile(page, 'notes.md');
    await runCommand(page, 'Harness Fixture: Say Hello');
    await expect
      .poll(() => notifications(page), { timeout: 30_000 })
      .toContainEqual(
        expect.objectContaining({ severity: 'info', message: 'Hello from the fixture', buttons: ['Wave'] }),
      );
    await scenario.screenshot('notification');
    expect(await dismissNotifications(page)).toBe(1);
    expect(await notifications(page)).toEqual([]);
  });

  it('finds its webview, sees the canvas drawn, and times an edit reaching it', async () => {
    const { page } = scenario;
    await runCommand(page, 'Harness Fixture: Open Chart');
    const frame = await previewFrame(page, { extensionId: FIXTURE_EXTENSION_ID, selector: '#chart' });
    expect(await waitForFrameText(frame, 'Chart title', { selector: '#title' })).toBe('Chart title');
    const light = await waitForCanvasDrawn(frame, '#chart');
    expect(light.paintedPixels).toBeGreaterThan(0);

    await gotoLine(page, 1, '# Chart title'.length + 1);
    const timing = await measureKeystrokeToPreviewDetailed(page, frame, {
      type: ' grows',
      expectText: 'Chart title grows',
    });
    process.stdout.write(`[e2e] fixture webview keystroke-to-preview: ${JSON.stringify(timing)}\n`);
    expect(timing.ms).toBeGreaterThan(0);
    expect(await frameText(frame, '#title')).toBe('Chart title grows');
    expect((await canvasStats(frame, '#chart')).paintedPixels).toBeGreaterThan(light.paintedPixels);
    await scenario.screenshot('webview');
  });

  it('re-themes the webview', async () => {
    const { page } = scenario;
    await setColorTheme(page, 'Dark Modern');
    const frame = await previewFrame(page, {
      extensionId: FIXTURE_EXTENSION_ID,
      selector: 'body.vscode-dark',
    });
    expect(await frameText(frame, '#title')).toBe('Chart title grows');
    await scenario.screenshot('dark');
  });

  it("attributes the webview's CSP violation to the extension", () => {
    const fromFixture = webviewEntries(scenario.console, FIXTURE_EXTENSION_ID);
    const violations = cspViolations(fromFixture);
    expect(violations.length).toBeGreaterThan(0);
    expect(violations[0]?.text).toContain('img-src');
    expect(pageErrors(scenario.console)).toEqual([]);
  });
});
