// A person opens the Walmart case, previews it, reads how sure it is, edits it, breaks it and fixes it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatChance, formatPercent, formatPeriods } from '../../../src/core/format';
import type { CaseReport, UncertainPeriods, UncertaintySections } from '../../../src/core/report';
import {
  canvasIsDrawn,
  clickEditorTitleAction,
  colorThemeKind,
  cspViolations,
  cursorPosition,
  frameText,
  gotoLine,
  openFile,
  previewFrame,
  problems,
  PROJECT_ROOT,
  setColorTheme,
  startScenario,
  typeInEditor,
  undo,
  waitForFrameText,
  waitForProblems,
  type Scenario,
  type ThemeKind,
} from '../harness';
import { INVESTMENT_COLUMNS } from '../../../webview/models/simulatedFiguresModel';
import { tableMoneyText } from '../../../src/core/present/tableMoney';
import {
  NO_RANGE_REACHES_IT,
  OPERATING_PROFIT_SAME_IN_EVERY_TRIAL,
} from '../../../src/core/present/sentences';
import { builtVsix, EXAMPLES, EXTENSION_ID } from './fixtures';
import { lineStartingWith, pollUntil } from './helpers';

const THEME_NAMES: Record<ThemeKind, string> = {
  vs: 'Light Modern',
  'vs-dark': 'Dark Modern',
  'hc-black': 'Dark High Contrast',
  'hc-light': 'Light High Contrast',
};

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

  it('shows the simulated figures of the investment and of each scenario in a table, as the CLI reports them', async () => {
    const { page } = scenario;
    const frame = await previewFrame(page, { extensionId: EXTENSION_ID, selector: 'h1.case-title' });
    // The same file through the CLI: the preview must show the figures of its report.
    const report = JSON.parse(
      execFileSync(
        process.execPath,
        [
          path.join(PROJECT_ROOT, 'dist', 'cli.js'),
          'report',
          path.join(EXAMPLES, 'walmart.itcase.yaml'),
          '--json',
        ],
        { encoding: 'utf8' },
      ),
    ) as CaseReport & UncertaintySections;
    const simulation = report.uncertainty!;
    // Each table's money in one unit, as `itcase report` writes it.
    const moneyOf = (values: readonly (number | null | undefined)[]) =>
      tableMoneyText(values, report.unit, report.currency);
    const irr = (value: number | null) => formatPercent(value, 1);
    const cells = (selector: string) =>
      frame.$$eval(selector, (rows) =>
        rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')),
      );

    await frame.waitForSelector('[data-simulated="investments"] tbody tr th');
    const investment = simulation.investments[0]!;
    const { npv, irr: rate, paybackPeriods: payback } = investment;
    const money = moneyOf(
      simulation.investments.flatMap((i) => [i.npv.p5, i.npv.p50, i.npv.p95, i.npv.mean]),
    );
    expect(await cells('[data-simulated="investments"] tbody tr')).toEqual([
      [
        investment.name,
        `${money(npv.p5)} to ${money(npv.p95)}`,
        money(npv.p50),
        money(npv.mean),
        formatChance(investment.probabilityNegativeNpv),
        `${irr(rate.p5)} to ${irr(rate.p95)}`,
        irr(rate.p50),
        formatChance(rate.undefinedShare),
        formatPeriods(payback.p50),
        formatPeriods(payback.p90),
        formatChance(payback.neverShare),
      ],
    ]);
    expect(await cells('[data-simulated="investments"] thead tr')).toEqual([[...INVESTMENT_COLUMNS]]);

    const last = report.periods.length - 1;
    const profitMoney = moneyOf(
      [simulation.base, ...simulation.scenarios].flatMap((p) => {
        const profit = p.operatingProfit[last];
        return [profit?.p5, profit?.p50, profit?.p95];
      }),
    );
    const outcome = (periods: UncertainPeriods) => {
      const profit = periods.operatingProfit[last]!;
      return [
        `${profitMoney(profit.p5)} to ${profitMoney(profit.p95)}`,
        profitMoney(profit.p50),
        formatChance(periods.probabilityOperatingLoss[last]),
      ];
    };
    expect(await frameText(frame, '[data-simulated="outcomes"] caption')).toContain(
      `Operating profit in ${report.periods[last]}`,
    );
    expect(await cells('[data-simulated="outcomes"] tbody tr')).toEqual([
      ['Base case', ...outcome(simulation.base)],
      ...simulation.scenarios.map((s) => [s.name, ...outcome(s)]),
    ]);

    // As a person reads it, in a light theme.
    const theme = await colorThemeKind(page);
    await setColorTheme(page, 'Light Modern');
    await frame.locator('[data-simulated-figures]').scrollIntoViewIfNeeded();
    await scenario.screenshot('simulated-figures');
    if (theme !== 'vs') await setColorTheme(page, THEME_NAMES[theme]);

    // The investment's name shows its entry in the file.
    const walmart = fs.readFileSync(path.join(EXAMPLES, 'walmart.itcase.yaml'), 'utf8');
    const investmentLine = lineStartingWith(walmart, `- name: ${investment.name}`, true);
    await frame.locator('[data-simulated="investments"] tbody tr th').first().click();
    const position = await pollUntil(
      'The cursor moving to the investment',
      () => cursorPosition(page),
      (p) => p.line === investmentLine,
    );
    expect(position.line).toBe(investmentLine);
  });

  it('recomputes the figures when a revenue number is typed', async () => {
    const { page } = scenario;
    const frame = await previewFrame(page, { extensionId: EXTENSION_ID, selector: 'h1.case-title' });
    // revenue: [446.51, 468.65, 476.29]: FY2014 revenue becomes 500.29
    const line = await findLine(page, 'revenue: [446.51, 468.65, 476.29]');
    await gotoLine(page, line, 'revenue: [446.51, 468.65, '.length + 1);
    // The simulated figures update in place: the same table, new text.
    const baseCase = '[data-simulated="outcomes"] tbody tr:first-child';
    const before = await frameText(frame, baseCase);
    await frame.$eval('[data-simulated="outcomes"]', (table) => table.setAttribute('data-e2e-kept', ''));
    for (let i = 0; i < '476'.length; i++) await page.keyboard.press('Delete');
    await typeInEditor(page, '500');
    expect(
      await waitForFrameText(frame, 'USD 500.29B', { selector: '[data-figure="revenue"] .figure-value' }),
    ).toBe('USD 500.29B');
    await pollUntil(
      "The base case's simulated figures updating",
      () => frameText(frame, baseCase),
      (text) => text !== before,
    );
    expect(await frame.$$('[data-simulated="outcomes"][data-e2e-kept]')).toHaveLength(1);
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
    // Scrolled to the bottom of the preview, the banner is still in view: the figures are stale.
    const banner = await frame.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      return new Promise<{ scrollY: number; top: number; bottom: number; viewport: number }>((resolve) =>
        requestAnimationFrame(() => {
          const box = document.querySelector('.problems-banner')!.getBoundingClientRect();
          resolve({
            scrollY: window.scrollY,
            top: box.top,
            bottom: box.bottom,
            viewport: window.innerHeight,
          });
        }),
      );
    });
    expect(banner.scrollY).toBeGreaterThan(500);
    expect(banner.top).toBeGreaterThanOrEqual(0);
    expect(banner.bottom).toBeLessThanOrEqual(banner.viewport);
    // The last good render stays.
    expect(await frameText(frame, '[data-figure="revenue"] .figure-value')).toBe('USD 500.29B');
    await scenario.screenshot('error');
    for (let i = 0; i < 'high'.length; i++) await page.keyboard.press('Backspace');
    await frame.waitForSelector('.problems-banner', { state: 'detached' });
    await waitForProblems(page, (list) => list.length === 0);
    expect(cspViolations(scenario.console)).toEqual([]);
  });

  it('says in one sentence, in place of the fan chart, when no range reaches operating profit, and draws no empty tornado', async () => {
    const { page } = scenario;
    const frame = await previewFrame(page, { extensionId: EXTENSION_ID, selector: 'h1.case-title' });
    await frame.waitForSelector('canvas[data-chart="fan"]');
    // The gross margin's and the IT spend's ranges written as points: only the investment's are left.
    const margin = await findLine(page, 'grossMargin: [24.5%, 24.3%, ');
    await gotoLine(page, margin, 'grossMargin: [24.5%, 24.3%, '.length + 1);
    await page.keyboard.press('Shift+End');
    await page.keyboard.insertText('24.3%]');
    const itSpend = await findLine(page, '    amount: [9.3, { low: 9.8');
    await gotoLine(page, itSpend, '    amount: [9.3, '.length + 1);
    for (let i = 0; i < '{ low: 9.8, likely: 9.8, high: 9.86 }'.length; i++)
      await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.insertText('9.8');

    const note = frame.locator('[data-note="same-in-every-trial"]');
    await note.waitFor({ state: 'visible' });
    expect(await note.textContent()).toBe(OPERATING_PROFIT_SAME_IN_EVERY_TRIAL);
    await frame.waitForSelector('canvas[data-chart="fan"]', { state: 'detached' });
    // The tornado of operating profit says why it has no bars, and shows no empty chart.
    const tornado = frame.locator('[data-chart-panel="tornado-operating-profit"]');
    expect(await tornado.locator('.chart-caption').textContent()).toBe(NO_RANGE_REACHES_IT);
    expect(await tornado.locator('.chart-canvas-box').isHidden()).toBe(true);
    expect(await tornado.locator('[data-save-chart]').isHidden()).toBe(true);
    // No table of operating profit over the trials; the investment's, whose ranges are left, stays.
    expect(await frame.locator('[data-simulated="outcomes"]').isHidden()).toBe(true);
    expect(await frame.locator('[data-simulated="investments"]').isVisible()).toBe(true);
    await frame.locator('[data-section="uncertainty"]').scrollIntoViewIfNeeded();
    await scenario.screenshot('no-range-reaches-operating-profit');

    await undo(page);
    await undo(page);
    await frame.waitForSelector('canvas[data-chart="fan"]');
    expect(await note.isHidden()).toBe(true);
    expect(await tornado.locator('.chart-canvas-box').isVisible()).toBe(true);
  });
});

/** The 1-based line of the editor that starts with the given text (the file on disk is the example). */
async function findLine(_page: unknown, text: string): Promise<number> {
  const lines = fs.readFileSync(path.join(EXAMPLES, 'walmart.itcase.yaml'), 'utf8').split('\n');
  const index = lines.findIndex((l) => l.startsWith(text));
  if (index < 0) throw new Error(`no line starts with ${text}`);
  return index + 1;
}
