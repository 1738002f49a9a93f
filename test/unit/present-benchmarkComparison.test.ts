import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/analyze';
import {
  benchmarkUnitLabel,
  comparablePeriod,
  compareWithCase,
} from '../../src/core/present/benchmarkComparison';
import type { BenchmarkReport, CaseReport } from '../../src/core/report';
import { caseTemplates } from '../../src/core/templates';

const walmart = (() => {
  const { report } = analyzeCase(caseTemplates.find((t) => t.id === 'walmart')!.text);
  return report as CaseReport;
})();

const benchmark = (overrides: Partial<BenchmarkReport>): Omit<BenchmarkReport, 'comparison'> => ({
  id: 'test',
  title: 'Test',
  metric: 'itSpend',
  unit: 'billion',
  currency: 'USD',
  year: 2014,
  source: 'A test',
  note: null,
  values: { A: 20, B: 5 },
  ...overrides,
});

describe("this case's value among a benchmark", () => {
  it('converts revenue per employee from the case unit per employee to the benchmark unit', () => {
    // Walmart FY2014: 476.29 billion / 2.2 million employees = 0.00021649… billion = USD 216,495 each.
    const found = compareWithCase(
      walmart,
      benchmark({ metric: 'revenuePerEmployee', unit: 'one', year: 2015 }),
    );
    expect(found.ok).toBe(true);
    if (found.ok) {
      expect(found.value).toBeCloseTo(216495.45, 1);
      expect(found.period).toBe('FY2014');
    }
  });

  it('converts IT spend to the benchmark unit', () => {
    const found = compareWithCase(walmart, benchmark({ metric: 'itSpend', unit: 'million' }));
    expect(found).toEqual({ ok: true, value: 10160, period: 'FY2014' });
  });

  it('takes the period that names the benchmark year, else the latest', () => {
    expect(comparablePeriod(['FY2012', 'FY2013', 'FY2014'], 2013)).toBe(1);
    expect(comparablePeriod(['FY2012', 'FY2013', 'FY2014'], 2020)).toBe(2);
    expect(comparablePeriod(['2014'], null)).toBe(0);
    // The year is a whole number in the label, not a digit inside another (FY2013 holds a 1).
    expect(comparablePeriod(['FY2012', 'FY2013', 'FY2014'], 1)).toBe(2);
    expect(comparablePeriod(['FY2012', 'FY2013', 'FY2014'], 201)).toBe(2);
    expect(comparablePeriod(['Year 1', 'Year 2', 'Year 3'], 2)).toBe(1);
    expect(comparablePeriod(['2013/14', '2014/15'], 14)).toBe(0);
    const found = compareWithCase(walmart, benchmark({ metric: 'revenue', year: 2012 }));
    expect(found).toEqual({ ok: true, value: 446.51, period: 'FY2012' });
  });

  it('compares ratios as fractions', () => {
    const margin = compareWithCase(
      walmart,
      benchmark({ metric: 'operatingMargin', unit: 'ratio', currency: null }),
    );
    expect(margin.ok && margin.value).toBeCloseTo(0.0564, 4);
    const share = compareWithCase(
      walmart,
      benchmark({ metric: 'itSpendShareOfRevenue', unit: 'ratio', currency: null }),
    );
    expect(share.ok && share.value).toBeCloseTo(0.0213, 4);
  });

  it('is not placed for a metric the case does not compute, another currency or an incomparable unit', () => {
    expect(compareWithCase(walmart, benchmark({ metric: 'marketCap' }))).toEqual({
      ok: false,
      reason: 'no-metric',
    });
    expect(compareWithCase(walmart, benchmark({ currency: 'EUR' }))).toEqual({
      ok: false,
      reason: 'currency',
    });
    // The same currency written in small letters is the same currency.
    expect(compareWithCase(walmart, benchmark({ currency: ' usd ' })).ok).toBe(true);
    expect(compareWithCase(walmart, benchmark({ unit: 'ratio' }))).toEqual({ ok: false, reason: 'unit' });
    expect(compareWithCase(walmart, benchmark({ metric: 'operatingMargin', unit: 'billion' }))).toEqual({
      ok: false,
      reason: 'unit',
    });
  });

  it('places operating leverage (a multiple) among values without a unit, and says why not otherwise', () => {
    // Walmart FY2014: gross profit 476.29 × 24.3% … over operating profit: the report's own figure.
    const found = compareWithCase(
      walmart,
      benchmark({ metric: 'operatingLeverage', unit: null, currency: null }),
    );
    expect(found).toEqual({ ok: true, value: walmart.base.operatingLeverage[2], period: 'FY2014' });
    expect(walmart.base.operatingLeverage[2]).toBeGreaterThan(1);
    for (const other of [{ unit: 'ratio' }, { unit: null, currency: 'USD' }, { unit: 'billion' }])
      expect(
        compareWithCase(walmart, benchmark({ metric: 'operatingLeverage', currency: null, ...other })),
      ).toEqual({ ok: false, reason: 'unit' });
  });

  it('is not placed when the case has no value (per-employee figures without employees)', () => {
    const withoutStaff = { ...walmart, base: { ...walmart.base, revenuePerEmployee: [null, null, null] } };
    expect(compareWithCase(withoutStaff, benchmark({ metric: 'revenuePerEmployee', unit: 'one' }))).toEqual({
      ok: false,
      reason: 'no-value',
    });
  });
});

describe('the one comparison in the report', () => {
  it('is what the report carries for each benchmark, for the period the benchmark names', () => {
    const text = caseTemplates
      .find((t) => t.id === 'walmart')!
      .text.replace('year: 2014\n    source: "IDC', 'year: 2013\n    source: "IDC');
    const { report } = analyzeCase(text);
    expect(report!.benchmarks[0]!.comparison).toEqual({ ok: true, value: 9.8, period: 'FY2013' });
  });
});

describe("a benchmark's unit, as a table's Unit column says it", () => {
  it('says a ratio as %, money with its currency and scale, and nothing for a bare count', () => {
    expect(benchmarkUnitLabel({ unit: 'ratio', currency: null })).toBe('%');
    expect(benchmarkUnitLabel({ unit: 'billion', currency: 'USD' })).toBe('USD B');
    expect(benchmarkUnitLabel({ unit: 'one', currency: 'USD' })).toBe('USD');
    expect(benchmarkUnitLabel({ unit: null, currency: 'EUR' })).toBe('EUR');
    // A head count or a multiple: no unit to say (it used to read "amount").
    expect(benchmarkUnitLabel({ unit: 'one', currency: null })).toBe('');
    expect(benchmarkUnitLabel({ unit: null, currency: null })).toBe('');
    expect(benchmarkUnitLabel({ unit: 'stores', currency: null })).toBe('stores');
  });
});
