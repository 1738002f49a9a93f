import { describe, expect, it } from 'vitest';
import { uncertaintyText } from '../../src/cli/uncertaintyText';
import { prepareExport, type ExportSource } from '../../src/core/export';
import { htmlReport } from '../../src/core/export/html';
import { OPERATING_PROFIT_SAME_IN_EVERY_TRIAL, POINT_AND_TRIALS } from '../../src/core/present/sentences';
import { differsAcrossTrials, operatingProfitDiffers } from '../../src/core/present/trialSpread';
import type { UncertainPeriods } from '../../src/core/report';
import { walmartTemplate } from '../../src/core/templates/walmart';
import { uncertaintyModel } from '../../webview/models/uncertaintyModel';

const flat = { p5: 2, p10: 2, p50: 2, p90: 2, p95: 2, mean: 2 };
const spread = { p5: 1, p10: 1.5, p50: 2, p90: 2.5, p95: 3, mean: 2 };
const periods = (operatingProfit: UncertainPeriods['operatingProfit'], loss: number[]): UncertainPeriods => ({
  operatingProfit,
  operatingMargin: [],
  probabilityOperatingLoss: loss,
});

describe('whether a simulated figure differs from trial to trial', () => {
  it('is false for one value in every trial, or none, and true for a spread', () => {
    expect(differsAcrossTrials(flat)).toBe(false);
    expect(differsAcrossTrials({ ...flat, p5: null, p95: null })).toBe(false);
    expect(differsAcrossTrials(undefined)).toBe(false);
    expect(differsAcrossTrials(spread)).toBe(true);
  });

  it('counts operating profit as differing when one period spreads, or some trials only make a loss', () => {
    expect(operatingProfitDiffers(periods([flat, flat], [0, 1]))).toBe(false);
    expect(operatingProfitDiffers(periods([flat, spread], [0, 0]))).toBe(true);
    expect(operatingProfitDiffers(periods([flat, flat], [0, 0.02]))).toBe(true);
    expect(operatingProfitDiffers(periods([], []))).toBe(false);
  });
});

/** The Walmart template with its gross-margin and IT-spend ranges written as points: only the investment's ranges are left. */
const INVESTMENT_RANGES_ONLY = walmartTemplate.text
  .replace('{ low: 24.25%, high: 24.35%, dist: uniform }', '24.3%')
  .replace('{ low: 9.8, likely: 9.8, high: 9.86 }', '9.8');

function prepared(text: string): ExportSource {
  const result = prepareExport(text, { trials: 2000 });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.source;
}

/** What `itcase report` prints of the sections. */
function cliText(source: ExportSource): string {
  const { unit, currency, periods } = source.report;
  return uncertaintyText(source.sections!, { file: 'case.itcase.yaml', unit, currency, periods });
}

describe('a case whose ranges do not reach operating profit', () => {
  const source = prepared(INVESTMENT_RANGES_ONLY);
  const simulation = source.sections!.uncertainty!;

  it('is simulated (the investment has ranges) with operating profit the same in every trial', () => {
    expect(INVESTMENT_RANGES_ONLY).not.toBe(walmartTemplate.text);
    expect(simulation.investments[0]!.npv.p5).not.toBe(simulation.investments[0]!.npv.p95);
    expect([simulation.base, ...simulation.scenarios].some(operatingProfitDiffers)).toBe(false);
  });

  it('gets one sentence, not tables of one number five times, in the CLI', () => {
    const text = cliText(source);
    expect(text).toContain(OPERATING_PROFIT_SAME_IN_EVERY_TRIAL);
    expect(text).not.toContain('Operating profit, base case');
    expect(text).toContain('NPV by investment');
  });

  it('gets the sentence in the HTML report, with no fan chart and no table of its percentiles', () => {
    const page = htmlReport(source);
    expect(page).toContain(OPERATING_PROFIT_SAME_IN_EVERY_TRIAL);
    expect(page).not.toContain('Operating profit over the trials');
    expect(page).not.toContain('Chance of a loss');
  });

  it('gets no fan and no table of operating profit in the preview, and keeps the investment', () => {
    const model = uncertaintyModel(source.report, source.sections!);
    expect(model.simulated).toBe(true);
    expect(model.fan).toBeNull();
    expect(model.sameInEveryTrial).toBe(OPERATING_PROFIT_SAME_IN_EVERY_TRIAL);
    expect(model.operatingLoss).toBeNull();
    expect(model.figures!.outcomes).toBeNull();
    expect(model.figures!.investments).not.toBeNull();
    expect(model.investments[0]!.histogram).not.toBeNull();
  });
});

describe('the Walmart template, whose ranges reach operating profit', () => {
  const source = prepared(walmartTemplate.text);

  it('keeps the fan, the tables and the figures in all three', () => {
    expect(operatingProfitDiffers(source.sections!.uncertainty!.base)).toBe(true);
    const text = cliText(source);
    expect(text).toContain('Operating profit, base case');
    expect(text).not.toContain(OPERATING_PROFIT_SAME_IN_EVERY_TRIAL);
    const page = htmlReport(source);
    expect(page).toContain('Operating profit over the trials');
    expect(page).toContain('Chance of a loss');
    expect(page).not.toContain(OPERATING_PROFIT_SAME_IN_EVERY_TRIAL);
    const model = uncertaintyModel(source.report, source.sections!);
    expect(model.fan).not.toBeNull();
    expect(model.sameInEveryTrial).toBeNull();
    expect(model.figures!.outcomes).not.toBeNull();
  });

  it('says in all three why the median and mean over the trials are not the point estimate', () => {
    expect(cliText(source)).toContain(POINT_AND_TRIALS);
    expect(htmlReport(source)).toContain(POINT_AND_TRIALS);
    expect(uncertaintyModel(source.report, source.sections!).summary).toContain(POINT_AND_TRIALS);
  });
});
