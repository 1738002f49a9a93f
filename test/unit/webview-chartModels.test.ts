import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/analyze';
import type { CaseReport } from '../../src/core/report';
import { caseTemplates } from '../../src/core/templates';
import { cashflowModel } from '../../webview/models/cashflowModel';
import { cumulativeSums } from '../../src/core/present/cashflows';
import { investmentFigures } from '../../webview/models/investmentFigures';
import { keyFigures } from '../../webview/models/keyFigures';
import { leverageModel } from '../../webview/models/leverageModel';
import { marginBridgeModel } from '../../webview/models/marginBridgeModel';
import { scenarioComparison } from '../../webview/models/scenarioComparison';
import { SEED_CASE } from './fixtures';

function reportOf(text: string): CaseReport {
  const { report, diagnostics } = analyzeCase(text);
  if (!report) throw new Error(JSON.stringify(diagnostics));
  return report;
}
const seed = reportOf(SEED_CASE);
const walmart = reportOf(caseTemplates.find((t) => t.id === 'walmart')!.text);

/** The report with its leverage curve replaced: what the engine says, not what the webview could work out. */
function withCurve(report: CaseReport, leverageCurve: CaseReport['leverageCurve']): CaseReport {
  return { ...report, leverageCurve };
}

describe('the operating-leverage curve', () => {
  it('runs from −30% to +30% revenue change in steps of 5 points', () => {
    const xs = leverageModel(seed).curve.map((p) => p.x);
    expect(xs[0]).toBe(-0.3);
    expect(xs[xs.length - 1]).toBe(0.3);
    expect(xs).toContain(-0.1);
    expect(xs).toContain(0);
    expect(xs).toHaveLength(13);
  });

  it("draws the report's curve, its 10% drop and its scenarios as they are, computing none of them", () => {
    const report = withCurve(seed, {
      period: 'FY9',
      points: [
        { revenueChange: -0.2, operatingProfitChange: -0.7 },
        { revenueChange: 0, operatingProfitChange: null },
        { revenueChange: 0.2, operatingProfitChange: 0.9 },
      ],
      tenPercentDrop: -0.123,
      scenarios: [{ name: 'Sales fall 10%', revenueChange: -0.05, operatingProfitChange: -0.4 }],
    });
    const model = leverageModel(report);
    expect(model.period).toBe('FY9');
    expect(model.curve).toEqual([
      { x: -0.2, y: -0.7 },
      { x: 0.2, y: 0.9 },
    ]);
    expect(model.reference).toEqual([
      { x: -0.2, y: -0.2 },
      { x: 0.2, y: 0.2 },
    ]);
    expect(model.tenPercentDrop).toBe(-0.123);
    expect(model.scenarios).toEqual([{ name: 'Sales fall 10%', index: 0, x: -0.05, y: -0.4 }]);
    const leverageCard = keyFigures(report).find((f) => f.id === 'operatingLeverage')!;
    expect(leverageCard.note).toBe('Sales −10% → operating profit −12.3%');
  });

  it("shows the seed's argument: a 10% sales drop halves operating profit", () => {
    const model = leverageModel(seed);
    const drop = model.curve.find((p) => p.x === -0.1);
    expect(drop?.y).toBeCloseTo(-0.5, 12);
    expect(model.tenPercentDrop).toBeCloseTo(-0.5, 12);
    expect(model.leverage).toBeCloseTo(5, 12);
    // Linear, through the origin, with the degree of operating leverage as its slope.
    for (const p of model.curve) expect(p.y).toBeCloseTo(5 * p.x, 12);
  });

  it('draws y = x across the same range as the "no leverage" reference', () => {
    expect(leverageModel(seed).reference).toEqual([
      { x: -0.3, y: -0.3 },
      { x: 0.3, y: 0.3 },
    ]);
  });

  it('places each scenario at its revenue change and operating-profit change in the latest period', () => {
    const model = leverageModel(seed);
    expect(model.scenarios).toHaveLength(1);
    expect(model.scenarios[0]!.name).toBe('Sales fall 10%');
    expect(model.scenarios[0]!.index).toBe(0);
    expect(model.scenarios[0]!.x).toBeCloseTo(-0.1, 12);
    expect(model.scenarios[0]!.y).toBeCloseTo(-0.5, 12);
  });

  it('places a scenario that does not move revenue at x = 0, off the curve', () => {
    const model = leverageModel(walmart);
    const itUp = model.scenarios.find((s) => s.name === 'IT spend up 10%')!;
    expect(itUp.x).toBeCloseTo(0, 12);
    expect(itUp.y).toBeLessThan(0);
    expect(model.period).toBe('FY2014');
  });

  it('has no curve when the base operating profit is 0 (the change is undefined)', () => {
    const breakEven = reportOf(SEED_CASE.replace('stores-and-logistics: 20', 'stores-and-logistics: 25'));
    const model = leverageModel(breakEven);
    expect(model.curve).toEqual([]);
    expect(model.scenarios).toEqual([]);
    expect(model.tenPercentDrop).toBeNull();
  });
});

describe('the margin bridge', () => {
  it('steps from revenue to operating profit with costs hanging from the running total', () => {
    const model = marginBridgeModel(seed);
    expect(model.steps.map((s) => [s.id, s.from, s.to])).toEqual([
      ['revenue', 0, 100],
      ['costOfSales', 100, 25],
      ['grossProfit', 0, 25],
      ['fixedCosts', 25, 5],
      ['itSpend', 5, 5],
      ['operatingProfit', 0, 5],
    ]);
    expect(model.steps.find((s) => s.id === 'fixedCosts')!.amount).toBe(-20);
  });

  it('uses the latest period', () => {
    const model = marginBridgeModel(walmart);
    expect(model.period).toBe('FY2014');
    expect(model.steps[0]!.to).toBe(476.29);
    expect(model.steps[5]!.to).toBeCloseTo(26.87, 2);
  });
});

describe('investment cash flows', () => {
  it('cumulates the net cash flows', () => {
    expect(cumulativeSums([-100, 60, 60])).toEqual([-100, -40, 20]);
    expect(cumulativeSums([])).toEqual([]);
  });

  it('labels flows with the case periods when they run over them, and marks the payback', () => {
    const investment = walmart.investments[0]!;
    const model = cashflowModel(walmart, investment);
    expect(model.labels).toEqual(['t = 0 · FY2012', 't = 1 · FY2013', 't = 2 · FY2014']);
    expect(model.payback).toBe(investment.paybackPeriods);
    expect(model.cumulative[2]).toBeCloseTo(-0.13 + 0.07 + 0.17, 12);
  });

  it('labels a cash-flow list of another length by t only', () => {
    const model = cashflowModel(seed, { ...walmart.investments[0]!, cashflows: [-10, 4, 4, 4] });
    expect(model.labels).toEqual(['t = 0', 't = 1', 't = 2', 't = 3']);
  });
});

describe('key figures', () => {
  it('shows the latest period and its change since the first', () => {
    const figures = Object.fromEntries(keyFigures(walmart).map((f) => [f.id, f]));
    expect(figures.revenue!.value).toBe('USD 476.29B');
    expect(figures.revenue!.delta).toBe('+6.7% vs FY2012');
    expect(figures.revenue!.trend).toBe('up');
    expect(figures.operatingMargin!.value).toBe('5.64%');
    expect(figures.operatingMargin!.delta).toBe('−0.29 pp vs FY2012');
    expect(figures.operatingMargin!.trend).toBe('down');
    expect(figures.revenuePerEmployee!.value).toBe('USD 216.5k');
    expect(figures.operatingLeverage!.note).toBe('Sales −10% → operating profit −43.1%');
  });

  it('has no deltas with one period, and says what a missing figure needs', () => {
    const figures = Object.fromEntries(
      keyFigures(reportOf(SEED_CASE.replace('  employees: 1000\n', ''))).map((f) => [f.id, f]),
    );
    expect(figures.revenue!.delta).toBeNull();
    expect(figures.revenuePerEmployee!.value).toBe('—');
    expect(figures.revenuePerEmployee!.note).toContain('company.employees');
  });

  it('has one card per figure id the end-to-end tests look for', () => {
    expect(keyFigures(seed).map((f) => f.id)).toEqual([
      'revenue',
      'operatingProfit',
      'operatingMargin',
      'itSpend',
      'itSpendShare',
      'revenuePerEmployee',
      'operatingLeverage',
      'breakEvenRevenue',
    ]);
  });
});

describe('scenario comparison', () => {
  it('compares the scenario with the base case, with the change', () => {
    const comparison = scenarioComparison(seed, seed.scenarios[0]!);
    const row = (metric: string) => comparison.rows.find((r) => r.metric === metric)!;
    expect(comparison.summary).toBe('Revenue −10% → operating profit −50%');
    expect(row('revenue')).toMatchObject({
      base: 'USD 100M',
      scenario: 'USD 90M',
      change: '−10%',
      direction: 'down',
    });
    expect(row('operatingProfit')).toMatchObject({ base: 'USD 5M', scenario: 'USD 2.5M', change: '−50%' });
    expect(row('operatingMargin')).toMatchObject({ base: '5%', scenario: '2.78%', change: '−2.22 pp' });
    expect(row('fixedCosts').change).toBe('0%');
    expect(row('fixedCosts').direction).toBe('flat');
  });
});

describe('the investment figures', () => {
  it('write an NPV below a tenth of the unit in the next smaller one, as the export does', () => {
    const walmart = analyzeCase(caseTemplates.find((t) => t.id === 'walmart')!.text).report!;
    const npv = investmentFigures(walmart, walmart.investments[0]!).find((f) => f.id === 'npv')!;
    expect(npv.value).toBe('USD 80.56M');
  });

  it('write an IRR and a MIRR that do not exist as the export and itcase report do: —', () => {
    const walmart = analyzeCase(caseTemplates.find((t) => t.id === 'walmart')!.text).report!;
    // Benefits only: no money goes out, so no rate makes NPV 0 and MIRR has nothing to finance.
    const gift = { ...walmart.investments[0]!, irr: null, mirr: null };
    const figures = investmentFigures(walmart, gift);
    expect(figures.find((f) => f.id === 'irr')!.value).toBe('—');
    expect(figures.find((f) => f.id === 'mirr')!.value).toBe('—');
  });
});
