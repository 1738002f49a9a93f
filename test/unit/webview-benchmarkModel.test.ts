import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/analyze';
import type { BenchmarkReport, CaseReport } from '../../src/core/report';
import { caseTemplates } from '../../src/core/templates';
import {
  benchmarkModel,
  caseValueFor,
  comparablePeriod,
  placeAmong,
  type BenchmarkBar,
} from '../../webview/models/benchmarkModel';
import { convertMoney, formatInUnit } from '../../webview/models/units';

const walmart = (() => {
  const { report } = analyzeCase(caseTemplates.find((t) => t.id === 'walmart')!.text);
  return report as CaseReport;
})();

const benchmark = (overrides: Partial<BenchmarkReport>): BenchmarkReport => ({
  id: 'test',
  title: 'Test',
  metric: 'itSpend',
  unit: 'billion',
  currency: 'USD',
  year: 2014,
  source: 'A test',
  values: { A: 20, B: 5 },
  ...overrides,
});

const bar = (label: string, value: number, isCase = false): BenchmarkBar => ({ label, value, isCase });

describe('money unit conversion', () => {
  it('converts between one, thousand, million and billion', () => {
    expect(convertMoney(10.16, 'billion', 'million')).toBeCloseTo(10160, 9);
    expect(convertMoney(0.00021649545, 'billion', 'one')).toBeCloseTo(216495.45, 6);
    expect(convertMoney(220000, 'one', 'thousand')).toBe(220);
    expect(convertMoney(1, 'million', 'million')).toBe(1);
  });

  it('does not convert to or from a ratio', () => {
    expect(convertMoney(1, 'ratio', 'one')).toBeNull();
    expect(convertMoney(1, 'one', 'ratio')).toBeNull();
  });
});

describe("this case's value among a benchmark", () => {
  it('converts revenue per employee from the case unit per employee to the benchmark unit', () => {
    // Walmart FY2014: 476.29 billion / 2.2 million employees = 0.00021649… billion = USD 216,495 each.
    const found = caseValueFor(walmart, benchmark({ metric: 'revenuePerEmployee', unit: 'one', year: 2015 }));
    expect(found.ok).toBe(true);
    if (found.ok) {
      expect(found.value).toBeCloseTo(216495.45, 1);
      expect(found.period).toBe('FY2014');
    }
  });

  it('converts IT spend to the benchmark unit', () => {
    const found = caseValueFor(walmart, benchmark({ metric: 'itSpend', unit: 'million' }));
    expect(found).toEqual({ ok: true, value: 10160, period: 'FY2014' });
  });

  it('takes the period that names the benchmark year, else the latest', () => {
    expect(comparablePeriod(['FY2012', 'FY2013', 'FY2014'], 2013)).toBe(1);
    expect(comparablePeriod(['FY2012', 'FY2013', 'FY2014'], 2020)).toBe(2);
    expect(comparablePeriod(['2014'], null)).toBe(0);
    const found = caseValueFor(walmart, benchmark({ metric: 'revenue', year: 2012 }));
    expect(found).toEqual({ ok: true, value: 446.51, period: 'FY2012' });
  });

  it('compares ratios as fractions', () => {
    const margin = caseValueFor(
      walmart,
      benchmark({ metric: 'operatingMargin', unit: 'ratio', currency: null }),
    );
    expect(margin.ok && margin.value).toBeCloseTo(0.0564, 4);
    const share = caseValueFor(
      walmart,
      benchmark({ metric: 'itSpendShareOfRevenue', unit: 'ratio', currency: null }),
    );
    expect(share.ok && share.value).toBeCloseTo(0.0213, 4);
  });

  it('is not placed for a metric the case does not compute, another currency or an incomparable unit', () => {
    expect(caseValueFor(walmart, benchmark({ metric: 'marketCap' }))).toEqual({
      ok: false,
      reason: 'no-metric',
    });
    expect(caseValueFor(walmart, benchmark({ currency: 'EUR' }))).toEqual({ ok: false, reason: 'currency' });
    expect(caseValueFor(walmart, benchmark({ unit: 'ratio' }))).toEqual({ ok: false, reason: 'unit' });
    expect(caseValueFor(walmart, benchmark({ metric: 'operatingMargin', unit: 'billion' }))).toEqual({
      ok: false,
      reason: 'unit',
    });
  });

  it('is not placed when the case has no value (per-employee figures without employees)', () => {
    const withoutStaff = { ...walmart, base: { ...walmart.base, revenuePerEmployee: [null, null, null] } };
    expect(caseValueFor(withoutStaff, benchmark({ metric: 'revenuePerEmployee', unit: 'one' }))).toEqual({
      ok: false,
      reason: 'no-value',
    });
  });
});

describe('placing the case among the bars', () => {
  it('keeps a ranking descending', () => {
    const placed = placeAmong([bar('A', 30), bar('B', 20), bar('C', 10)], bar('Case', 15, true));
    expect(placed.map((b) => b.label)).toEqual(['A', 'B', 'Case', 'C']);
  });

  it('keeps a ranking ascending', () => {
    const placed = placeAmong(
      [bar('A', 220000), bar('B', 595000), bar('C', 621000)],
      bar('Case', 216495, true),
    );
    expect(placed.map((b) => b.label)).toEqual(['Case', 'A', 'B', 'C']);
  });

  it('puts the case first or last when it is the largest or smallest', () => {
    expect(placeAmong([bar('A', 3), bar('B', 2)], bar('Case', 9, true))[0]!.label).toBe('Case');
    expect(placeAmong([bar('A', 3), bar('B', 2)], bar('Case', 1, true))[2]!.label).toBe('Case');
  });

  it('places a tie after the equal bar', () => {
    const placed = placeAmong(
      [bar('Walmart', 10.16), bar('Bank of America', 5.33)],
      bar('Case', 10.16, true),
    );
    expect(placed.map((b) => b.label)).toEqual(['Walmart', 'Case', 'Bank of America']);
  });

  it('appends the case to values in no order (a series of years keeps its order)', () => {
    const placed = placeAmong(
      [bar('2012', 9.3), bar('2014', 10.16), bar('2013', 9.8)],
      bar('Case', 9.5, true),
    );
    expect(placed.map((b) => b.label)).toEqual(['2012', '2014', '2013', 'Case']);
    expect(placeAmong([bar('Only', 1)], bar('Case', 2, true)).map((b) => b.label)).toEqual(['Only', 'Case']);
  });
});

describe('benchmarkModel', () => {
  it('adds the case bar labelled with the company name, in the benchmark unit', () => {
    const model = benchmarkModel(
      walmart,
      benchmark({
        metric: 'revenuePerEmployee',
        unit: 'one',
        values: { Walmart: 220000, Costco: 595000, Amazon: 621000 },
      }),
    );
    const own = model.bars.find((b) => b.isCase)!;
    expect(own.label).toBe('Walmart Stores, Inc. (this case)');
    expect(own.value).toBeCloseTo(216495.45, 1);
    expect(model.bars[0]).toBe(own);
    expect(model.caseNote).toBeNull();
    expect(model.casePeriod).toBe('FY2014');
    expect(model.caseLinks[0]).toBe('company.employees');
  });

  it('shows the benchmark alone, with a note, when the case cannot be compared', () => {
    const model = benchmarkModel(walmart, benchmark({ currency: 'EUR' }));
    expect(model.bars.every((b) => !b.isCase)).toBe(true);
    expect(model.caseNote).toContain('currency');
    expect(benchmarkModel(walmart, benchmark({ metric: 'marketCap' })).caseNote).toBeNull();
  });

  it('keeps hostile labels as data (the view sets them as text)', () => {
    const model = benchmarkModel(
      walmart,
      benchmark({ metric: 'marketCap', values: { '<img src=x onerror=alert(1)>': 1 } }),
    );
    expect(model.bars[0]!.label).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('benchmark values as text', () => {
  it('shows ratios as percents and money with its unit', () => {
    expect(formatInUnit(0.4355, 'ratio', null)).toBe('43.55%');
    expect(formatInUnit(10.16, 'billion', 'USD')).toBe('USD 10.16B');
    expect(formatInUnit(216495.45, 'one', 'USD')).toBe('USD 216,495');
    expect(formatInUnit(203, null, null)).toBe('203');
  });
});
