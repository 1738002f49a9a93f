// Proves the end-to-end harness on VS Code's own Markdown preview, without our extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickEditorTitleAction,
  colorThemeKind,
  cspViolations,
  editorTabs,
  editorText,
  frameText,
  gotoLine,
  measureKeystrokeToPreviewDetailed,
  modalDialog,
  openFile,
  pageErrors,
  previewFrame,
  problems,
  reloadWindow,
  runCommand,
  saveActiveEditor,
  setColorTheme,
  startScenario,
  typeInEditor,
  undo,
  waitForFrameText,
  waitForProblems,
  type Scenario,
} from './harness';

const MARKDOWN = 'vscode.markdown-language-features';
const README = '# Hello Harness\n\nSome text.\n\n[broken](./missing.md)\n';

describe('harness: the built-in Markdown preview in code-server', () => {
  let scenario: Scenario;

  beforeAll(async () => {
    scenario = await startScenario({
      name: 'harness-markdown',
      files: {
        'README.md': README,
        'docs/README.md': '# Docs\n',
        'case.yaml': 'name: harness\nvalue: [1, 2]\n',
      },
      settings: { 'markdown.validate.enabled': true },
    });
  });

  afterAll(async () => {
    await scenario?.finish();
  });

  it('opens README.md with Quick Open and reads the editor text', async () => {
    const { page } = scenario;
    await openFile(page, 'docs/README.md');
    expect(await editorText(page)).toBe('# Docs\n');
    await openFile(page, 'README.md');
    expect((await editorTabs(page)).find((tab) => tab.active)?.label).toBe('README.md');
    expect(await editorText(page)).toBe(README);
    expect(await gotoLine(page, 3, 5)).toEqual({ line: 3, column: 5, selected: 0 });
    // Reading the text puts the cursor back.
    await editorText(page);
    expect(await gotoLine(page, 3, 5)).toMatchObject({ line: 3, column: 5 });
  });

  it('opens the preview to the side and reads its heading', async () => {
    const { page } = scenario;
    await runCommand(page, 'Markdown: Open Preview to the Side');
    const frame = await previewFrame(page, { extensionId: MARKDOWN, selector: 'h1' });
    expect(await frameText(frame, 'h1')).toBe('Hello Harness');
    await scenario.screenshot('preview');
  });

  it('shows typing in the preview, and measures keystroke-to-preview latency', async () => {
    const { page } = scenario;
    await gotoLine(page, 1, README.indexOf('\n') + 1);
    await typeInEditor(page, ' Typed');
    const frame = await previewFrame(page, { extensionId: MARKDOWN });
    expect(await waitForFrameText(frame, 'Hello Harness Typed', { selector: 'h1' })).toBe(
      'Hello Harness Typed',
    );
    expect((await editorText(page)).startsWith('# Hello Harness Typed\n')).toBe(true);

    const timings = [];
    for (let round = 1; round <= 3; round += 1) {
      await gotoLine(page, 3, 11);
      timings.push(
        await measureKeystrokeToPreviewDetailed(page, frame, {
          type: ` mark${round}x`,
          expectText: `mark${round}x`,
        }),
      );
    }
    process.stdout.write(`[e2e] Markdown preview keystroke-to-preview: ${JSON.stringify(timings)}\n`);
    for (const timing of timings) {
      expect(timing.ms).toBeGreaterThan(0);
      expect(timing.ms).toBeLessThan(10_000);
      expect(timing.domMs).toBeLessThanOrEqual(timing.ms);
    }
    // Each round typed at the same column, so the latest mark comes first.
    expect(await frameText(frame, 'p')).toContain('Some text. mark3x mark2x mark1x');
  });

  it('undoes the last typing', async () => {
    const { page } = scenario;
    const before = await editorText(page);
    await gotoLine(page, 3, 1);
    await typeInEditor(page, 'Undone');
    expect(await editorText(page)).toContain('UndoneSome text.');
    // Typing is usually one undo step, but the workbench may cut it in two under load: undo as a person
    // would, until the word is gone.
    let undone = '';
    for (let press = 0; press < 6 && undone !== before; press += 1) {
      await undo(page);
      undone = await editorText(page);
    }
    expect(undone).toBe(before);
  });

  it('lists the broken link in the Problems panel', async () => {
    const { page } = scenario;
    const list = await waitForProblems(page, (found) =>
      found.some((problem) => problem.message.includes('missing.md')),
    );
    expect(list).toContainEqual(
      expect.objectContaining({ severity: 'warning', file: 'README.md', line: 5, code: 'link.no-such-file' }),
    );
    await scenario.screenshot('problems');
    expect(await problems(page)).toEqual(list);
  });

  it('switches to Dark High Contrast and the preview follows', async () => {
    const { page } = scenario;
    expect(await colorThemeKind(page)).toBe('vs');
    expect(await setColorTheme(page, 'Dark High Contrast')).toBe('hc-black');
    const frame = await previewFrame(page, { extensionId: MARKDOWN, selector: 'body.vscode-high-contrast' });
    expect(await frameText(frame, 'h1')).toBe('Hello Harness Typed');
    await scenario.screenshot('high-contrast');
  });

  it('saves the file', async () => {
    const { page } = scenario;
    const text = await editorText(page);
    await saveActiveEditor(page);
    expect(scenario.workspace.read('README.md')).toBe(text);
  });

  it('reloads the window and gets the workbench and the preview back', async () => {
    const { page } = scenario;
    await reloadWindow(page);
    expect(await page.locator('.monaco-workbench').count()).toBe(1);
    expect(await colorThemeKind(page)).toBe('hc-black');
    const frame = await previewFrame(page, { extensionId: MARKDOWN, selector: 'h1', timeoutMs: 60_000 });
    expect(await waitForFrameText(frame, 'Hello Harness Typed', { selector: 'h1' })).toBe(
      'Hello Harness Typed',
    );
    await scenario.screenshot('after-reload');
  });

  it('collected the console without CSP violations or page errors', () => {
    expect(scenario.console.length).toBeGreaterThan(0);
    expect(cspViolations(scenario.console)).toEqual([]);
    expect(pageErrors(scenario.console)).toEqual([]);
  });
});

describe('harness: Restricted Mode when workspace trust is on', () => {
  let scenario: Scenario;

  beforeAll(async () => {
    scenario = await startScenario({
      name: 'harness-restricted-mode',
      files: { 'README.md': '# Untrusted\n' },
      trustWorkspace: false,
    });
  });

  afterAll(async () => {
    await scenario?.finish();
  });

  it('opens the folder in Restricted Mode without a modal prompt', async () => {
    const { page } = scenario;
    await page.locator('.part.statusbar').getByText('Restricted Mode').first().waitFor({ timeout: 30_000 });
    expect(await modalDialog(page)).toBeUndefined();
    await openFile(page, 'README.md');
    expect(await editorText(page)).toBe('# Untrusted\n');
  });

  it('clicks editor title actions, shown and in the "More Actions..." menu', async () => {
    const { page } = scenario;
    await clickEditorTitleAction(page, 'Open Preview to the Side');
    const frame = await previewFrame(page, { extensionId: MARKDOWN, selector: 'h1' });
    expect(await frameText(frame, 'h1')).toBe('Untrusted');
    await scenario.screenshot('preview');
    // The preview's group is now the active one: "Close All" of its menu closes the preview only.
    await clickEditorTitleAction(page, 'Close All');
    await page.locator('.part.editor .tab', { hasText: 'Preview README.md' }).waitFor({ state: 'detached' });
    expect(await editorTabs(page)).toEqual([{ label: 'README.md', active: true, dirty: false }]);
  });
});
