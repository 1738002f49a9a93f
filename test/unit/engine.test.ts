import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/analyze';
import { computeReport } from '../../src/core/engine';
import type { ResolvedCase } from '../../src/core/model';
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
    // Gross margin 25%, fixed costs 20 of revenue 100: operating profit 5. Revenue 90 keeps
    // 22.5 − 20 = 2.5, half of it; revenue 130 keeps 32.5 − 20 = 12.5, 150% more.
    const curve = report!.leverageCurve;
    expect(curve.tenPercentDrop).toBeCloseTo((22.5 - 20 - 5) / 5, 12);
    expect(curve.tenPercentDrop).toBeCloseTo(-0.5, 12);
    const at = (x: number) => curve.points.find((p) => p.revenueChange === x)!.operatingProfitChange;
    expect(at(-0.1)).toBeCloseTo(-0.5, 12);
    expect(at(0.3)).toBeCloseTo((130 * 0.25 - 20 - 5) / 5, 12);
  });

  it('reports the curve from −30% to +30% revenue change in steps of 5 points, in the latest period', () => {
    const curve = report!.leverageCurve;
    expect(curve.period).toBe('2014');
    expect(curve.points.map((p) => p.revenueChange)).toEqual([
      -0.3, -0.25, -0.2, -0.15, -0.1, -0.05, 0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3,
    ]);
    // Operating profit 100·(1 + x)·25% − 20 against 5: a change of 25x / 5 = 5x.
    for (const p of curve.points) {
      const changed = 100 * (1 + p.revenueChange) * 0.25 - 20;
      expect(p.operatingProfitChange).toBeCloseTo((changed - 5) / 5, 12);
    }
    expect(Object.is(curve.points[6]!.operatingProfitChange, 0)).toBe(true);
  });

  it('places the scenario on the curve at its revenue change and operating-profit change', () => {
    expect(report!.leverageCurve.scenarios).toHaveLength(1);
    const [fall] = report!.leverageCurve.scenarios;
    expect(fall!.name).toBe('Sales fall 10%');
    expect(fall!.revenueChange).toBeCloseTo(90 / 100 - 1, 12);
    expect(fall!.operatingProfitChange).toBeCloseTo((2.5 - 5) / 5, 12);
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

  it('draws the operating-leverage curve in the latest period, against its absolute operating profit', () => {
    // 2014: gross profit 120 × 30% = 36, fixed 10 × 1.1² = 12.1, IT 5 + 1: operating profit 17.9.
    const curve = report!.leverageCurve;
    expect(curve.period).toBe('2014');
    expect(curve.tenPercentDrop).toBeCloseTo((108 * 0.3 - 12.1 - 6 - 17.9) / 17.9, 12);
    // A loss is measured against its size: with fixed costs of 50, operating profit −20.1, and a
    // 10% drop deepens it by 3.6, a change of −3.6 / 20.1.
    const loss = analyzeCase(THREE_PERIODS.replace('start: 10,', 'start: 50,')).report!;
    const base = 36 - 50 * 1.1 ** 2 - 6;
    expect(loss.leverageCurve.tenPercentDrop).toBeCloseTo(
      (108 * 0.3 - 50 * 1.1 ** 2 - 6 - base) / Math.abs(base),
      12,
    );
    expect(loss.leverageCurve.tenPercentDrop).toBeLessThan(0);
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
    expect(report!.leverageCurve.tenPercentDrop).toBeNull();
    expect(report!.leverageCurve.points.every((p) => p.operatingProfitChange === null)).toBe(true);
    expect(report!.leverageCurve.points).toHaveLength(13);
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

describe('no Infinity, NaN or -0 in a report', () => {
  /** The 1-based line of the first line of `text` containing `needle`. */
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('reports a scenario that overflows as an error at its change, not as a silent null', () => {
    // 1.7e308 × (1 + 50%) = 2.55e308, beyond the largest double (≈ 1.8e308). The base is finite.
    const text = SEED_CASE.replace('revenue: 100', 'revenue: 1.7e308').replace('-10%', '50%');
    const { report, model, diagnostics } = analyzeCase(text);
    expect(report).toBeNull();
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.code).toBe('invalid-value');
    expect(errors[0]!.line).toBe(lineOf(text, 'revenueChange'));
    expect(errors[0]!.message).toContain('scenarios[0].revenueChange');

    const computed = computeReport(model!);
    expect(computed.issues.map((i) => i.path)).toEqual([['scenarios', 0, 'revenueChange']]);
    expect(computed.report.base.revenue).toEqual([1.7e308]);
    expect(computed.report.scenarios[0]!.revenue).toEqual([null]);
    expect(computed.report.scenarios[0]!.operatingProfitChange).toEqual([null]);
  });

  it('reports cost lines whose sum overflows once, at fixedCosts', () => {
    // 1.7e308 + 1.7e308 overflows; operating profit, its margin and break-even revenue follow from it.
    const text = SEED_CASE.replace('stores-and-logistics: 20', 'stores: 1.7e308\n  trucks: 1.7e308');
    const { model, diagnostics } = analyzeCase(text);
    const computed = computeReport(model!);
    expect(computed.issues.map((i) => i.path)).toEqual([['fixedCosts']]);
    expect(computed.report.base.fixedCosts).toEqual([null]);
    expect(computed.report.base.operatingMargin).toEqual([null]);
    // At the map of cost lines, which starts on the line after `fixedCosts:`.
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.line)).toEqual([
      lineOf(text, 'stores: 1.7e308'),
    ]);
  });

  it('reports an NPV that overflows at its investment', () => {
    // At 0%, NPV = 1e308 + 1e308 = 2e308. At -99% the flows of 1 are worth 100^t: 100^199 = 1e398.
    const ones = new Array<number>(200).fill(1).join(', ');
    const text = `${SEED_CASE}investments:
  - name: Huge
    discountRate: 0%
    cashflows: [1e308, 1e308]
  - name: Near -100%
    discountRate: -99%
    cashflows: [${ones}]
`;
    const { model, diagnostics } = analyzeCase(text);
    const computed = computeReport(model!);
    expect(computed.issues.map((i) => i.path)).toEqual([
      ['investments', 0],
      ['investments', 1],
    ]);
    const [huge, near] = computed.report.investments;
    expect(huge!.npv).toBeNull();
    expect(near!.npv).toBeNull();
    // Cash never goes out: nothing to pay back.
    expect(huge!.paybackPeriods).toBe(0);
    expect(near!.discountedPaybackPeriods).toBe(0);
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.line)).toEqual([
      lineOf(text, '- name: Huge'),
      lineOf(text, '- name: Near'),
    ]);
  });

  it('reports a margin over a vanishing revenue at revenue', () => {
    // Operating profit 1e-320 × 25% − 20 ≈ −20, over a revenue of 1e-320: −2e321.
    // The scenario (revenue −10%) inherits the same overflow from the same input.
    const text = SEED_CASE.replace('revenue: 100', 'revenue: 1e-320');
    const { model } = analyzeCase(text);
    const computed = computeReport(model!);
    expect(computed.issues.map((i) => i.path)).toEqual([['revenue']]);
    expect(computed.report.scenarios[0]!.operatingMargin).toEqual([null]);
    expect(computed.report.base.operatingMargin).toEqual([null]);
    expect(computed.report.base.breakEvenRevenue).toEqual([80]); // 20 / 25%
  });

  it('turns -0 into 0', () => {
    // A gross margin of −0%: gross profit 100 × −0 = −0, operating profit −0 − 0 − 0 = −0, and the
    // margin −0 / 100 = −0 in IEEE 754; an IT spend of −0: its share −0 / 100 = −0.
    const text = SEED_CASE.replace('grossMargin: 25%', 'grossMargin: -0%').replace(
      'stores-and-logistics: 20',
      'stores-and-logistics: 0',
    );
    const { report } = analyzeCase(text);
    expect(Object.is(report!.base.operatingMargin[0], 0)).toBe(true);
    const share = analyzeCase(SEED_CASE.replace('run-the-business: 0', 'run-the-business: -0')).report!;
    expect(Object.is(share.base.itSpendShareOfRevenue[0], 0)).toBe(true);
    // A gross loss (margin −10%): operating profit −10, and the curve's change at 0 is
    // (−10 × 0) / 10 = −0 in IEEE 754.
    const loss = analyzeCase(
      SEED_CASE.replace('grossMargin: 25%', 'grossMargin: -10%').replace(
        'stores-and-logistics: 20',
        'stores-and-logistics: 0',
      ),
    ).report!;
    const atZero = loss.leverageCurve.points.find((p) => p.revenueChange === 0)!;
    expect(Object.is(atZero.operatingProfitChange, 0)).toBe(true);
  });

  /** Every number in `value`, with where it is. */
  function numbersIn(value: unknown, at = 'report'): [string, number][] {
    if (typeof value === 'number') return [[at, value]];
    if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${at}[${i}]`));
    if (value !== null && typeof value === 'object')
      return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${at}.${k}`));
    return [];
  }

  it('holds for random finite inputs, overflows included (property)', () => {
    const figure = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(0, -0, 1, -1, 0.07, -0.5, 1e308, 1.7e308, -1.7e308, 1e-300, 5e-324, -5e-324),
      fc.integer({ min: -1000, max: 1000 }),
    );
    const cases = fc.integer({ min: 1, max: 3 }).chain((n) => {
      const series = fc.array(figure, { minLength: n, maxLength: n });
      const lines = fc.array(fc.record({ name: fc.constantFrom('a', 'b', 'c'), values: series }), {
        maxLength: 2,
      });
      return fc
        .record({
          revenue: series,
          grossMargin: series,
          fixedCosts: lines,
          itSpend: lines,
          employees: fc.option(series, { nil: null }),
          discountRate: figure,
          scenarios: fc.array(
            fc.record({
              revenueChange: series,
              grossMargin: fc.option(series, { nil: null }),
              fixedCostsChange: series,
              itSpendChange: series,
            }),
            { maxLength: 2 },
          ),
          investments: fc.array(
            fc.record({
              cashflows: fc.array(figure, { maxLength: 6 }),
              totals: fc.option(fc.tuple(figure, figure), { nil: null }),
              discountRate: figure,
            }),
            { maxLength: 2 },
          ),
          benchmark: figure,
        })
        .map((r): ResolvedCase => ({
          title: 'Random',
          company: { name: 'Co', industry: null, employees: r.employees },
          currency: 'USD',
          unit: 'one',
          periods: Array.from({ length: n }, (_, i) => String(2020 + i)),
          discountRate: r.discountRate,
          revenue: r.revenue,
          grossMargin: r.grossMargin,
          fixedCosts: r.fixedCosts,
          itSpend: r.itSpend,
          scenarios: r.scenarios.map((s, i) => ({ name: `S${i}`, note: null, ...s })),
          investments: r.investments.map((inv, i) => ({
            name: `I${i}`,
            note: null,
            cashflows: inv.cashflows,
            totalCosts: inv.totals?.[0] ?? null,
            totalBenefits: inv.totals?.[1] ?? null,
            discountRate: inv.discountRate,
          })),
          benchmarks: [
            {
              id: 'b',
              title: 'B',
              metric: 'revenue',
              unit: null,
              currency: null,
              year: null,
              source: 'S',
              note: null,
              values: { x: r.benchmark },
            },
          ],
          sources: [],
          simulation: { trials: 100, seed: 1 },
          grownSeries: new Map(),
        }));
    });
    const inputs = ['revenue', 'fixedCosts', 'itSpend', 'company', 'scenarios', 'investments'];
    fc.assert(
      fc.property(cases, (model) => {
        const { report, issues } = computeReport(model);
        for (const [at, v] of numbersIn(report)) {
          expect(Number.isFinite(v), `${at} = ${v}`).toBe(true);
          expect(Object.is(v, -0), `${at} is -0`).toBe(false);
        }
        const errors = issues.filter((i) => i.severity === 'error');
        for (const e of errors) {
          expect(e.code).toBe('invalid-value');
          expect(inputs).toContain(e.path[0]);
        }
        // A money series is null only where something overflowed, and then there is an error.
        const money = [report.base, ...report.scenarios].flatMap((m) => [
          ...m.revenue,
          ...m.grossProfit,
          ...m.fixedCosts,
          ...m.itSpend,
          ...m.operatingProfit,
        ]);
        if (money.some((v) => v === null)) expect(errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
