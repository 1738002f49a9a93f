/**
 * Format 1.1 end to end: ranges in the file, the deterministic report from their point values, the
 * seeded simulation, sensitivity and break-even — each checked against an independent computation.
 */
import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/analyze';
import type { Diagnostic } from '../../src/core/diagnostic';
import { normalCdf } from '../../src/core/uncertainty/distributions';
import { uncertaintySections } from '../../src/core/uncertainty/sections';
import { THREE_PERIODS } from './fixtures';

const at = (d: Diagnostic | undefined) => (d ? `${d.line}:${d.column}-${d.endLine}:${d.endColumn}` : 'none');
const sections = (text: string, options = {}) => {
  const analysis = analyzeCase(text);
  expect(analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { analysis, sections: uncertaintySections(analysis, options)! };
};

/** One investment whose NPV is linear in one normal input: NPV = −10 + X / 1.1 at 10%. */
const ONE_RANGE = `itcase: 1
title: One range
company: { name: Co }
currency: USD
periods: [2013, 2014]
discountRate: 10%
revenue: 100
grossMargin: 30%
investments:
  - name: Bet
    cashflows: [-10, "8..14"]
`;

describe('ranges in the file', () => {
  it('the deterministic report uses each range’s point value', () => {
    const ranged = analyzeCase(ONE_RANGE).report!;
    const point = analyzeCase(ONE_RANGE.replace('"8..14"', '11')).report!;
    expect(ranged.investments).toEqual(point.investments);
    const triangular = analyzeCase(
      THREE_PERIODS.replace(
        'revenue: [100, 110, 120]',
        'revenue: [{ low: 90, likely: 100, high: 130 }, 110, 120]',
      ),
    ).report!;
    expect(triangular.base.revenue).toEqual([100, 110, 120]);
    const lognormal = analyzeCase(
      THREE_PERIODS.replace('revenue: [100, 110, 120]', 'revenue: { low: 100, high: 400, dist: lognormal }'),
    ).report!;
    expect(lognormal.base.revenue[0]).toBeCloseTo(200, 12);
  });

  it('a file without ranges has no uncertainty section', () => {
    expect(sections(THREE_PERIODS).sections.uncertainty).toBeNull();
  });

  const rangeError = (replacement: string) =>
    analyzeCase(
      THREE_PERIODS.replace('revenue: [100, 110, 120]', `revenue: ${replacement}`),
    ).diagnostics.find((d) => d.code === 'invalid-range');

  it('reports a range that breaks the format’s rules at its position', () => {
    // At `likely`, with the three as written.
    expect(rangeError('{ low: 5, likely: 4, high: 9 }')!.message).toBe(
      'revenue: likely must lie between low and high (got 4, below low: 5 to 9)',
    );
    expect(at(rangeError('{ low: 5, likely: 4, high: 9 }'))).toBe('7:28-7:29');
    expect(rangeError('{ low: 1, likely: 10, high: 9 }')!.message).toBe(
      'revenue: likely must lie between low and high (got 10, above high: 1 to 9)',
    );
    expect(
      analyzeCase(
        THREE_PERIODS.replace(/grossMargin: .*/, 'grossMargin: { low: 20%, likely: 35%, high: 30% }'),
      ).diagnostics.map((d) => d.message),
    ).toEqual(['grossMargin: likely must lie between low and high (got 35%, above high: 20% to 30%)']);
    expect(rangeError('{ low: 9, high: 9, dist: uniform }')!.message).toMatch(/low must be below high/);
    expect(rangeError('"12..10"')!.message).toMatch(/low must be below high/);
    // The ends as written, not as read: 40% and 30%, not 0.4 and 0.3.
    const margin = analyzeCase(
      THREE_PERIODS.replace(/grossMargin: .*/, 'grossMargin: "40%..30%"'),
    ).diagnostics.find((d) => d.code === 'invalid-range');
    expect(margin!.message).toBe('grossMargin: low must be below high (got 40% and 30%)');
    expect(rangeError('{ low: 10B, high: 9.5B, dist: uniform }')!.message).toBe(
      'revenue: low must be below high (got 10B and 9.5B)',
    );
    expect(rangeError('{ low: 0, high: 9, dist: lognormal }')!.message).toMatch(
      /lognormal range needs low above 0/,
    );
    const likely = rangeError('{ low: 1, likely: 2, high: 9, dist: normal }')!;
    expect(likely.message).toMatch(/`likely` has no meaning for a normal range/);
    expect(at(likely)).toBe('7:28-7:29');
    expect(rangeError('{ low: 1, high: 9 }')!.message).toMatch(/needs `dist: uniform`/);
  });

  it('refuses a range whose ends are of different kinds', () => {
    const d = analyzeCase(THREE_PERIODS.replace('revenue: [100, 110, 120]', 'revenue: "5B..10%"'))
      .diagnostics[0]!;
    expect(d.code).toBe('not-money');
    expect(at(d)).toBe('7:10-7:19');
  });
});

describe('the seeded simulation', () => {
  it('gives the same numbers for the same file and seed, other numbers for another seed', () => {
    const a = sections(ONE_RANGE).sections.uncertainty;
    const b = sections(ONE_RANGE).sections.uncertainty;
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const c = sections(ONE_RANGE, { seed: 2 }).sections.uncertainty;
    expect(c!.investments[0]!.npv.p50).not.toBe(a!.investments[0]!.npv.p50);
    expect(a!.trials).toBe(10_000);
    expect(sections(`${ONE_RANGE}simulation: { trials: 500, seed: 3 }\n`).sections.uncertainty!.trials).toBe(
      500,
    );
  });

  it('matches the analytic distribution of an NPV linear in one normal input', () => {
    // X ~ normal with 5th/95th percentiles 8 and 14 (mean 11); NPV = −10 + X/1.1 is normal too, with
    // 5th/95th percentiles −10 + 8/1.1 and −10 + 14/1.1.
    const npvMean = -10 + 11 / 1.1;
    const u = sections(`${ONE_RANGE}simulation: { trials: 100000 }\n`).sections.uncertainty!.investments[0]!;
    expect(u.npv.mean!).toBeCloseTo(npvMean, 1);
    expect(u.npv.p5!).toBeCloseTo(-10 + 8 / 1.1, 1);
    expect(u.npv.p95!).toBeCloseTo(-10 + 14 / 1.1, 1);
    expect(u.probabilityNegativeNpv).toBeCloseTo(normalCdf(0, -10 + 8 / 1.1, -10 + 14 / 1.1), 2);
    // IRR = X/10 − 1 exactly for two flows; its median is 11/10 − 1.
    expect(u.irr.p50!).toBeCloseTo(0.1, 2);
    expect(u.irr.undefinedShare).toBe(0);
    const total = u.npvHistogram.counts.reduce((sum, c) => sum + c, 0);
    expect(total).toBe(100_000);
  });

  it('draws a range for a whole series once per trial and a list of ranges per period', () => {
    const whole = sections(THREE_PERIODS.replace('revenue: [100, 110, 120]', 'revenue: "90..110"')).sections
      .uncertainty!;
    const op = whole.base.operatingProfit;
    // One draw for all periods: the spread of operating profit is as wide in each period.
    expect(op[0]!.p95! - op[0]!.p5!).toBeGreaterThan(0);
    const perPeriod = sections(
      THREE_PERIODS.replace('revenue: [100, 110, 120]', 'revenue: ["90..110", "100..120", "110..130"]'),
    ).sections.uncertainty!;
    expect(perPeriod.base.probabilityOperatingLoss).toHaveLength(3);
  });
});

describe('sensitivity and break-even', () => {
  it('moves each range from its low to its high end, others at their points', () => {
    const text = ONE_RANGE.replace(
      'cashflows: [-10, "8..14"]',
      'cashflows: [{ low: -12, likely: -10, high: -9 }, "8..14"]',
    );
    const tornado = sections(text).sections.sensitivity[0]!;
    expect(tornado.target).toBe('npv');
    const npvWith = (first: string, second: string) =>
      analyzeCase(ONE_RANGE.replace('cashflows: [-10, "8..14"]', `cashflows: [${first}, ${second}]`)).report!
        .investments[0]!.npv!;
    const second = tornado.inputs.find((i) => i.path === 'investments[0].cashflows[1]')!;
    expect(second.outputAtLow).toBeCloseTo(npvWith('-10', '8'), 12);
    expect(second.outputAtHigh).toBeCloseTo(npvWith('-10', '14'), 12);
    expect(second.line).toBe(11);
    const first = tornado.inputs.find((i) => i.path === 'investments[0].cashflows[0]')!;
    expect(first.outputAtLow).toBeCloseTo(npvWith('-12', '11'), 12);
    expect(tornado.inputs[0]!.swing).toBeGreaterThanOrEqual(tornado.inputs[1]!.swing);
  });

  it('says of each input whether its ends are money, a percent or a change of its whole line', () => {
    const text = THREE_PERIODS.replace('revenue: [100, 110, 120]', 'revenue: "9.8B..10.6B"')
      .replace('unit: billion', 'unit: million')
      .replace('{ 2012: 25%, 2013: 25%, 2014: 30% }', '{ 2012: 25%, 2013: 25%, 2014: "28%..32%" }')
      .replace(
        'stores: { start: 10, growth: 10% }',
        'stores: { start: 10, growth: { low: 5%, likely: 10%, high: 12% } }',
      );
    const op = sections(text).sections.sensitivity.find((t) => t.target === 'operatingProfit')!;
    const byPath = Object.fromEntries(op.inputs.map((i) => [i.path, i]));
    // Money in the case's unit: 9.8B and 10.6B are 9,800 and 10,600 million.
    expect(byPath['revenue']).toMatchObject({ kind: 'money', low: 9800, high: 10600 });
    // Percents as fractions: a gross margin and a growth.
    expect(byPath['grossMargin.2014']).toMatchObject({ kind: 'percent', low: 0.28, high: 0.32 });
    expect(byPath['fixedCosts.stores.growth']).toMatchObject({ kind: 'percent', low: 0.05, high: 0.12 });
    // Without ranges, every line moves by ±10% of itself: its ends are changes, whatever the line.
    const plain = sections(THREE_PERIODS).sections.sensitivity.flatMap((t) => t.inputs);
    expect(plain.length).toBeGreaterThan(0);
    for (const input of plain) expect(input).toMatchObject({ kind: 'change', low: -0.1, high: 0.1 });
  });

  it('without ranges, moves every input line by −10% and +10%', () => {
    const { sections: s, analysis } = sections(THREE_PERIODS);
    const op = s.sensitivity.find((t) => t.target === 'operatingProfit')!;
    expect(op.pointOutput).toBe(analysis.report!.base.operatingProfit[2]);
    const revenue = op.inputs.find((i) => i.path === 'revenue')!;
    const plus10 = analyzeCase(
      THREE_PERIODS.replace('revenue: [100, 110, 120]', 'revenue: [110, 121, 132]'),
    ).report!;
    expect(revenue.outputAtHigh).toBeCloseTo(plus10.base.operatingProfit[2]!, 10);
  });

  it('break-even changes make NPV exactly zero when applied', () => {
    const { sections: s } = sections(THREE_PERIODS);
    const k = s.breakEven.investments[0]!.benefitsChangeForZeroNpv!;
    const scaled = [0, 8, 12].map((b) => b * (1 + k)).join(', ');
    const npv = analyzeCase(THREE_PERIODS.replace('benefits: [0, 8, 12]', `benefits: [${scaled}]`)).report!
      .investments[0]!.npv!;
    expect(Math.abs(npv)).toBeLessThan(1e-9);
    const r = s.breakEven.base.revenueChangeForZeroOperatingProfit;
    expect(r).toHaveLength(3);
  });
});
