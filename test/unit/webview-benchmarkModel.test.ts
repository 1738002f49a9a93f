import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/analyze';
import type { BenchmarkReport, CaseReport } from '../../src/core/report';
import { caseTemplates } from '../../src/core/templates';
import { compareWithCase } from '../../src/core/present/benchmarkComparison';
import { placeAmong, type BenchmarkBar } from '../../src/core/present/benchmarkComparison';
import { benchmarkModel } from '../../webview/models/benchmarkModel';
import { formatInUnit } from '../../src/core/format';
import {
  BENCHMARK_LABEL_WRAP,
  benchmarkAxisTitle,
  benchmarkChartHeight,
} from '../../webview/charts/benchmarkChart';
import { wrapCategory } from '../../webview/charts/chartStyle';
import { metricLabel } from '../../src/core/present/metrics';

const walmart = (() => {
  const { report } = analyzeCase(caseTemplates.find((t) => t.id === 'walmart')!.text);
  return report as CaseReport;
})();

const benchmark = (overrides: Partial<BenchmarkReport>): BenchmarkReport => {
  const b = {
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
  };
  return { ...b, comparison: compareWithCase(walmart, b) };
};

const bar = (label: string, value: number, isCase = false): BenchmarkBar => ({ label, value, isCase });

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

describe('the benchmark chart height', () => {
  it('gives a wrapped name the room of its lines, so names never run into each other', () => {
    const short = benchmarkChartHeight(['Walmart', 'Costco', 'Amazon', 'Target'], 16);
    expect(short).toBe(64 + 4 * 34);
    // Three lines at 16 px each need 58 px; a one-line name keeps its 34.
    expect(wrapCategory('Company data on virtual machines', BENCHMARK_LABEL_WRAP)).toHaveLength(3);
    expect(benchmarkChartHeight(['Company data on virtual machines', 'Walmart'], 16)).toBe(
      Math.max(140, 64 + (3 * 16 + 10) + 34),
    );
    expect(benchmarkChartHeight([], 16)).toBe(140);
  });
});

describe('the benchmark axis title', () => {
  it('names a metric in words: the label of one the engine knows, the words of another', () => {
    expect(metricLabel('operatingMargin')).toBe('Operating margin');
    expect(metricLabel('shareOfRespondents')).toBe('Share of respondents');
    expect(metricLabel('it_spend-share')).toBe('It spend share');
    expect(metricLabel('ITSpendPerFTE')).toBe('IT spend per FTE');
    expect(metricLabel('capexToEBITDA')).toBe('Capex to EBITDA');
    expect(metricLabel('EBITDA_margin')).toBe('EBITDA margin');
    expect(metricLabel('  ')).toBe('');
    expect(metricLabel('x')).toBe('X');
  });

  it('titles money with its currency and scale, a count or a multiple with the metric', () => {
    const title = (overrides: Partial<BenchmarkReport>) =>
      benchmarkAxisTitle(benchmarkModel(walmart, benchmark(overrides)));
    expect(title({ metric: 'itSpend', unit: 'billion', currency: 'USD' })).toBe('USD billions');
    expect(title({ metric: 'operatingMargin', unit: 'ratio', currency: null })).toBe('Operating margin (%)');
    // A store count (`unit: one`, no currency) used to be titled "amount".
    expect(title({ metric: 'stores', unit: 'one', currency: null })).toBe('Stores');
    expect(title({ metric: 'operatingLeverage', unit: null, currency: null })).toBe('Operating leverage');
  });
});
