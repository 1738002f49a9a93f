import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/analyze';
import { operatingProfitChangeFor } from '../../src/core/engine';
import { SEED_CASE, THREE_PERIODS } from './fixtures';

describe('the seed arithmetic (Forbes, 2015-07-25, as retold by the seed)', () => {
  const { report, diagnostics } = analyzeCase(SEED_CASE);

  it('has no problems', () => {
    expect(diagnostics).toEqual([]);
    expect(report).not.toBeNull();
  });

  it('turns revenue 100 at a 25% gross margin with fixed costs 20 into operating profit 5 (5% margin)', () => {
    expect(report!.base.grossProfit).toEqual([25]);
    expect(report!.base.operatingProfit).toEqual([5]);
    expect(report!.base.operatingMargin).toEqual([0.05]);
  });

  it('halves operating profit to 2.5 when sales fall 10%', () => {
    const fall = report!.scenarios[0]!;
    expect(fall.name).toBe('Sales fall 10%');
    expect(fall.revenue[0]).toBeCloseTo(90, 10);
    expect(fall.grossProfit[0]).toBeCloseTo(22.5, 10);
    expect(fall.operatingProfit[0]).toBeCloseTo(2.5, 10);
    expect(fall.operatingProfitChange[0]).toBeCloseTo(-0.5, 10);
  });

  it('has an operating leverage of 25 / 5 = 5 and a break-even revenue of 80', () => {
    expect(report!.base.operatingLeverage).toEqual([5]);
    expect(report!.base.breakEvenRevenue).toEqual([80]);
  });

  it('computes per-employee figures from company.employees', () => {
    expect(report!.base.revenuePerEmployee).toEqual([0.1]);
    expect(report!.base.itSpendPerEmployee).toEqual([0]);
  });

  it('puts a 10% revenue drop at −50% on the operating-leverage curve', () => {
    expect(operatingProfitChangeFor(report!.base, 0, -0.1)).toBeCloseTo(-0.5, 12);
    expect(operatingProfitChangeFor(report!.base, 0, 0.3)).toBeCloseTo(1.5, 12);
  });

  it('reports in the file unit with ratios as fractions and the shape of the format page', () => {
    expect(report!.unit).toBe('million');
    expect(report!.periods).toEqual(['2014']);
    expect(Object.keys(report!.base).sort()).toEqual(
      [
        'breakEvenRevenue',
        'fixedCosts',
        'grossProfit',
        'itSpend',
        'itSpendPerEmployee',
        'itSpendShareOfRevenue',
        'operatingLeverage',
        'operatingMargin',
        'operatingProfit',
        'revenue',
        'revenuePerEmployee',
      ].sort(),
    );
  });
});

describe('series forms and units', () => {
  const { report, diagnostics } = analyzeCase(THREE_PERIODS);

  it('reads every series form without problems', () => {
    expect(diagnostics).toEqual([]);
  });

  it('expands lists, maps by period and start with growth', () => {
    expect(report!.base.revenue).toEqual([100, 110, 120]);
    expect(report!.base.grossProfit).toEqual([25, 27.5, 36]);
    expect(report!.base.fixedCosts[0]).toBeCloseTo(10, 12);
    expect(report!.base.fixedCosts[1]).toBeCloseTo(11, 12);
    expect(report!.base.fixedCosts[2]).toBeCloseTo(12.1, 12);
  });

  it('converts "5B" into the file unit (billion) and fills missing periods of cost lines with 0', () => {
    expect(report!.base.itSpend).toEqual([5, 5, 6]);
  });

  it('nets costs and benefits into cash flows with the first period at t = 0', () => {
    const cloud = report!.investments[0]!;
    expect(cloud.cashflows).toEqual([-10, 6, 10]);
    expect(cloud.roi).toBeCloseTo((20 - 14) / 14, 12);
    expect(cloud.paybackPeriods).toBeCloseTo(1 + 4 / 10, 12);
    expect(cloud.npv).toBeCloseTo(-10 + 6 / 1.08 + 10 / 1.08 ** 2, 10);
  });

  it('converts money with a suffix into a smaller unit', () => {
    const text = THREE_PERIODS.replace('unit: billion', 'unit: million').replace('"5B"', '"220k"');
    const { report: millions } = analyzeCase(text);
    expect(millions!.base.itSpend[0]).toBeCloseTo(0.22, 12);
  });

  it('reports undefined figures as null, never NaN', () => {
    const text = SEED_CASE.replace('revenue: 100', 'revenue: 0').replace(
      'stores-and-logistics: 20',
      'stores-and-logistics: 0',
    );
    const { report: zero } = analyzeCase(text);
    expect(zero!.base.operatingMargin).toEqual([null]);
    expect(zero!.base.operatingLeverage).toEqual([null]);
    expect(JSON.stringify(zero)).not.toContain('NaN');
  });

  it('applies scenario changes to fixed costs and IT spend and replaces the gross margin', () => {
    const text = `${SEED_CASE}  - name: Squeeze\n    grossMargin: 20%\n    fixedCostsChange: -10%\n    itSpendChange: 50%\n`;
    const { report: r } = analyzeCase(text.replace('run-the-business: 0', 'run-the-business: 2'));
    const squeeze = r!.scenarios[1]!;
    expect(squeeze.grossProfit[0]).toBeCloseTo(20, 12);
    expect(squeeze.fixedCosts[0]).toBeCloseTo(18, 12);
    expect(squeeze.itSpend[0]).toBeCloseTo(3, 12);
    expect(squeeze.operatingProfit[0]).toBeCloseTo(-1, 12);
  });

  it('warns with the other roots when an investment has several IRRs', () => {
    const text = `${SEED_CASE}investments:\n  - name: Twisty\n    cashflows: [-100, 230, -132]\n`;
    const { report: r, diagnostics: d } = analyzeCase(text);
    expect(r!.investments[0]!.irr).toBeCloseTo(0.1, 8);
    const warning = d.find((x) => x.code === 'irr-multiple-roots');
    expect(warning?.message).toContain('10.00%');
    expect(warning?.message).toContain('20.00%');
    expect(warning?.line).toBe(21);
  });
});

describe('IRR warnings at 0 %', () => {
  it('names a root of exactly 0 % as 0.00%, never -0.00%, and reports it', () => {
    // -100 + 300x - 200x² = -100(1 - x)(1 - 2x) with x = 1/(1 + r): r = 0 or 1.
    const text = `${SEED_CASE}investments:\n  - name: Twisty\n    cashflows: [-100, 300, -200]\n`;
    const { report, diagnostics } = analyzeCase(text);
    expect(Object.is(report!.investments[0]!.irr, 0)).toBe(true);
    const warning = diagnostics.find((d) => d.code === 'irr-multiple-roots');
    expect(warning?.message).toContain('(0.00%, 100.00%); 0.00% is reported');
    expect(warning?.message).not.toContain('-0.00%');
  });
});

describe('figures at exact break-even', () => {
  /** One period: revenue 100 at a 7% gross margin (7 is not exact in binary: 100 × 0.07 = 7.000000000000001). */
  const breakEven = (fixed: string, it: string, scenarios = '') =>
    `itcase: 1
title: Break-even
company: { name: Co }
currency: USD
periods: [2024]
revenue: 100
grossMargin: 7%
fixedCosts:
  rent: ${fixed}
itSpend:
  run: ${it}
${scenarios === '' ? '' : `scenarios:\n${scenarios}`}`;

  it('has an operating profit of exactly 0 and no operating leverage', () => {
    // 100 × 7% − 5 − 2 = 7 − 7 = 0; in binary the difference is 8.9e-16, which made the leverage
    // 7 / 8.9e-16 = 7.9e15×.
    const { report, diagnostics } = analyzeCase(breakEven('5', '2'));
    expect(diagnostics).toEqual([]);
    expect(Object.is(report!.base.operatingProfit[0], 0)).toBe(true);
    expect(Object.is(report!.base.operatingMargin[0], 0)).toBe(true);
    expect(report!.base.operatingLeverage).toEqual([null]);
    expect(operatingProfitChangeFor(report!.base, 0, -0.1)).toBeNull();
  });

  it('has a scenario change of exactly -100% when a scenario reaches break-even', () => {
    // Base 7 − 5 − 1 = 1. Doubling IT spend: 7 − 5 − 2 = 0, so the change is (0 − 1)/1 = −1.
    const scenarios = '  - name: IT doubles\n    itSpendChange: 100%\n';
    const { report } = analyzeCase(breakEven('5', '1', scenarios));
    const doubled = report!.scenarios[0]!;
    expect(Object.is(doubled.operatingProfit[0], 0)).toBe(true);
    expect(doubled.operatingProfitChange).toEqual([-1]);
    expect(doubled.operatingLeverage).toEqual([null]);
  });

  it('has a scenario change of exactly 0 when the scenario earns what the base earns', () => {
    // Revenue +20% and fixed costs +28%: 120 × 7% − 6.4 − 1 = 8.4 − 7.4 = 1, the base's 7 − 5 − 1.
    // In binary the two differ by 8.9e-16.
    const scenarios = '  - name: Grow and spend\n    revenueChange: 20%\n    fixedCostsChange: 28%\n';
    const { report } = analyzeCase(breakEven('5', '1', scenarios));
    expect(Object.is(report!.scenarios[0]!.operatingProfitChange[0], 0)).toBe(true);
  });

  it('has no scenario change where the base is at break-even', () => {
    // Base 0 (as above); the change relative to |0| is undefined.
    const scenarios = '  - name: Sales fall 10%\n    revenueChange: -10%\n';
    const { report } = analyzeCase(breakEven('5', '2', scenarios));
    const fall = report!.scenarios[0]!;
    expect(fall.operatingProfit[0]).toBeCloseTo(-0.7, 12); // 90 × 7% − 7
    expect(fall.operatingProfitChange).toEqual([null]);
  });

  it('adds cost lines that cancel on paper to exactly 0', () => {
    // 0.3 − 0.1 − 0.2 = 0; in binary 5.6e-17. Operating profit is then 7 − 0 − 7 = 0 too.
    const text = breakEven('0.3', '7').replace('  rent: 0.3', '  rent: 0.3\n  credit: -0.1\n  rebate: -0.2');
    const { report } = analyzeCase(text);
    expect(Object.is(report!.base.fixedCosts[0], 0)).toBe(true);
    expect(Object.is(report!.base.operatingProfit[0], 0)).toBe(true);
  });
});
