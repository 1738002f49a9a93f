import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/analyze';
import { itSpendMix, itSpendMixSentence } from '../../src/core/present/itSpendMix';
import type { ItSpendLineReport } from '../../src/core/report';

const line = (
  name: string,
  values: number[],
  kind: ItSpendLineReport['kind'] = null,
  type: ItSpendLineReport['type'] = null,
): ItSpendLineReport => ({ name, kind, type, note: null, values });

describe('the IT spend mix', () => {
  it('gives shares of the latest period by kind and by type, the lines that do not say apart', () => {
    const mix = itSpendMix([
      line('hosting', [300, 350], 'run', 'opex'),
      line('platform', [100, 200], 'transform', 'capex'),
      line('licences', [50, 50]),
    ])!;
    expect(mix.period).toBe(1);
    expect(mix.total).toBe(600);
    expect(mix.kind).toEqual({ run: 350 / 600, grow: 0, transform: 200 / 600, unassigned: 50 / 600 });
    expect(mix.type).toEqual({ opex: 350 / 600, capex: 200 / 600, unassigned: 50 / 600 });
  });

  it('is null when no line says its kind or type, or the period spends nothing', () => {
    expect(itSpendMix([line('a', [1])])).toBeNull();
    expect(itSpendMix([line('a', [0], 'run')])).toBeNull();
    expect(itSpendMix([])).toBeNull();
    // A credit line in the period would make shares above 100% and below 0.
    expect(itSpendMix([line('a', [10], 'run'), line('b', [-5], 'transform')])).toBeNull();
  });

  it('leaves out the split no line gives, and takes a chosen period', () => {
    const mix = itSpendMix([line('a', [1, 3], 'grow'), line('b', [1, 1])], 0)!;
    expect(mix.type).toBeNull();
    expect(mix.kind).toEqual({ run: 0, grow: 0.5, transform: 0, unassigned: 0.5 });
  });

  it("is computed from the report's lines, which keep each line's kind and type as written", () => {
    const text = `itcase: 1
title: T
company: { name: Co }
currency: EUR
unit: thousand
periods: [2025, 2026]
revenue: [5000, 6000]
grossMargin: 70%
itSpend:
  hosting: { amount: [300, 350], kind: run, type: opex }
  licences: [50, 50]
`;
    const report = analyzeCase(text).report!;
    expect(report.itSpendLines).toEqual([
      { name: 'hosting', kind: 'run', type: 'opex', note: null, values: [300, 350] },
      { name: 'licences', kind: null, type: null, note: null, values: [50, 50] },
    ]);
    expect(itSpendMix(report.itSpendLines)!.kind!.run).toBeCloseTo(0.875, 12);
  });

  it('says the mix in a sentence, leaving out the parts of 0', () => {
    const lines = [line('a', [3], 'grow'), line('b', [1], null, 'capex')];
    expect(itSpendMixSentence(itSpendMix(lines)!, ['FY2014'])).toBe(
      'IT spend in FY2014: grow 75%, not given 25%; capex 25%, not given 75%.',
    );
  });
});
