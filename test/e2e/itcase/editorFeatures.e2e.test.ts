// A person works in a case the way VS Code taught them: figures above each investment and scenario
// (CodeLens) that follow the edits, a light bulb that fixes a misspelt key, and an Outline that lists
// the investments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  editorText,
  focusEditor,
  gotoLine,
  openFile,
  previewFrame,
  runCommand,
  startScenario,
  waitForProblems,
  type Scenario,
} from '../harness';
import { builtVsix, EXTENSION_ID } from './fixtures';
import { lineStartingWith, pollUntil, waitForEditorText } from './helpers';

const CASE = `itcase: 1
title: Lens
company: { name: Co }
currency: USD
unit: million
periods: [2024, 2025, 2026]
revenue: 100
grossMargin: 25%
fixedCosts:
  stores: 20 # rent and staff
investments:
  - name: Cloud
    cashflows: [-10, { low: 4, likely: 6, high: 8 }, 6]
scenarios:
  - name: Sales fall 10%
    revenueChange: -10%
`;

const TYPO = CASE.replace('revenue: 100', 'revnue: 100 # from the 10-K');
/** A title with ": " in it: YAML reads a key and its value, and cannot go on. */
const COLON = CASE.replace('title: Lens', 'title: Lens: the cloud case');
const HASH = CASE.replace('title: Lens', 'title: Lens #2 rollout');

/** The text of every CodeLens the editor shows, top to bottom. */
async function codeLenses(page: Page): Promise<string[]> {
  return page.$$eval('.part.editor .monaco-editor .codelens-decoration', (lenses) =>
    lenses
      .map((lens) => ({
        top: lens.getBoundingClientRect().top,
        text: (lens.textContent ?? '').replace(/\s+/g, ' ').trim(),
      }))
      .sort((a, b) => a.top - b.top)
      .map((lens) => lens.text),
  );
}

/** Every row of the Outline view, top to bottom: the list is virtual, so it is read while scrolling. */
async function outlineLabels(page: Page): Promise<string[]> {
  const list = page.locator('.outline-pane .monaco-list').first();
  const byIndex = new Map<number, string>();
  for (let round = 0; round < 50; round += 1) {
    const before = byIndex.size;
    const rows = await page.$$eval('.outline-pane .monaco-list-row', (elements) =>
      elements.map((row) => ({
        index: Number(row.getAttribute('data-index')),
        label: row.querySelector('.label-name')?.textContent?.trim() ?? '',
      })),
    );
    for (const row of rows) byIndex.set(row.index, row.label);
    if (round > 0 && byIndex.size === before) break;
    const box = await list.boundingBox();
    if (box === null) break;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, box.height * 0.8);
    await page.waitForTimeout(100);
  }
  return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, label]) => label);
}

async function waitForLenses(page: Page, accept: (lenses: string[]) => boolean): Promise<string[]> {
  return pollUntil('The CodeLens', () => codeLenses(page), accept, 30_000);
}

describe('CodeLens, quick fixes and the Outline in a case', () => {
  let scenario: Scenario;

  beforeAll(async () => {
    scenario = await startScenario({
      name: 'itcase-editor-features',
      vsixPath: builtVsix(),
      files: {
        'lens.itcase.yaml': CASE,
        'typo.itcase.yaml': TYPO,
        'colon.itcase.yaml': COLON,
        'hash.itcase.yaml': HASH,
      },
      settings: { 'outline.collapseItems': 'alwaysExpand' },
    });
  });

  afterAll(async () => {
    await scenario?.finish();
  });

  it('shows each investment’s NPV, IRR and payback and each scenario’s change above it, updated after an edit', async () => {
    const { page } = scenario;
    await openFile(page, 'lens.itcase.yaml');
    // The chance of a negative NPV comes from simulating the range, when that lens comes into view.
    const lenses = await waitForLenses(page, (list) => list.length >= 2 && list[0]!.includes('P(NPV'));
    expect(lenses).toEqual([
      'NPV USD 699.6k · IRR 13.1% · payback 1.67 periods | P(NPV < 0) 19%',
      'operating profit −50% vs base in 2026',
    ]);
    await scenario.screenshot('codelens');

    // One line retyped (the language's auto-indent would re-indent a multi-line paste).
    await gotoLine(page, lineStartingWith(CASE, 'cashflows:', true), 1);
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.insertText('cashflows: [-10, 8, 8]');
    // Without the range, the chance of losing money goes.
    expect(await waitForLenses(page, (list) => list[0]?.startsWith('NPV USD 4.3M') ?? false)).toEqual([
      'NPV USD 4.3M · IRR 38% · payback 1.25 periods',
      'operating profit −50% vs base in 2026',
    ]);

    // A click on a lens opens the preview of the case.
    await page.locator('.part.editor .codelens-decoration a', { hasText: 'NPV USD 4.3M' }).first().click();
    await previewFrame(page, { extensionId: EXTENSION_ID, selector: 'h1.case-title' });
  });

  it('renames a misspelt key from the light bulb, keeping its comment, in one undoable edit', async () => {
    const { page } = scenario;
    await openFile(page, 'typo.itcase.yaml');
    await waitForProblems(page, (list) => list.some((p) => p.message.includes('Unknown key `revnue`')));
    await focusEditor(page);
    await gotoLine(page, lineStartingWith(TYPO, 'revnue:'), 2);
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: "Rename 'revnue' to 'revenue'" });
    await fix.first().waitFor({ state: 'visible', timeout: 15_000 });
    await scenario.screenshot('quick-fix');
    // The preferred fix is the first, focused row: Enter applies it, as a person would.
    await page.keyboard.press('Enter');
    const fixed = await waitForEditorText(page, (text) => !text.includes('revnue'), 'The quick fix');
    expect(fixed).toBe(TYPO.replace('revnue: 100', 'revenue: 100'));
    await waitForProblems(page, (list) => !list.some((p) => p.file === 'typo.itcase.yaml'));
    await page.keyboard.press('Control+Z');
    expect(await waitForEditorText(page, (text) => text === TYPO, 'Undo of the quick fix')).toBe(TYPO);
    expect(await editorText(page)).toBe(TYPO);
  });

  for (const { slip, file, text, problem, quoted } of [
    {
      slip: 'with ": ", which YAML could not read',
      file: 'colon.itcase.yaml',
      text: COLON,
      problem: 'the ": " inside this text',
      quoted: 'title: "Lens: the cloud case"',
    },
    {
      slip: 'cut short at " #", comment and all',
      file: 'hash.itcase.yaml',
      text: HASH,
      problem: 'a text ends at " #"',
      quoted: 'title: "Lens #2 rollout"',
    },
  ])
    it(`puts in quotes, from the light bulb, a title ${slip}`, async () => {
      const { page } = scenario;
      await openFile(page, file);
      await waitForProblems(page, (list) => list.some((p) => p.file === file && p.message.includes(problem)));
      await focusEditor(page);
      await gotoLine(page, lineStartingWith(text, 'title:'), 10);
      await page.keyboard.press('Control+.');
      const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Put the text in quotes' });
      await fix.first().waitFor({ state: 'visible', timeout: 15_000 });
      await page.keyboard.press('Enter');
      const fixed = await waitForEditorText(page, (t) => t.includes('title: "'), 'The quick fix');
      expect(fixed).toBe(CASE.replace('title: Lens', quoted));
      await waitForProblems(page, (list) => !list.some((p) => p.file === file));
    });

  it('lists the periods, the lines, the investments and the scenarios in the Outline', async () => {
    const { page } = scenario;
    await openFile(page, 'lens.itcase.yaml');
    await runCommand(page, 'Explorer: Focus on Outline View');
    const labels = await pollUntil(
      'The Outline',
      () => outlineLabels(page),
      (list) => list.includes('Cloud'),
      30_000,
    );
    expect(labels).toEqual([
      'periods',
      '2024',
      '2025',
      '2026',
      'revenue',
      'grossMargin',
      'fixedCosts',
      'stores',
      'investments',
      'Cloud',
      'scenarios',
      'Sales fall 10%',
    ]);
    await scenario.screenshot('outline');
  });
});
