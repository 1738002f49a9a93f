/**
 * Hand-made format 1.1 sections for THREE_PERIODS (fixtures.ts): the shapes the engine sends, with
 * round numbers, so the preview's models and the protocol are tested without running a simulation.
 */
import type { UncertaintySections } from '../../src/core/report';

const summary = (p5: number, p10: number, p50: number, p90: number, p95: number) => ({
  p5,
  p10,
  p50,
  p90,
  p95,
  mean: p50,
});

export const THREE_PERIODS_SECTIONS: UncertaintySections = {
  uncertainty: {
    trials: 10000,
    seed: 1,
    base: {
      operatingProfit: [
        summary(6, 7.2, 10.1, 12.8, 13.9),
        summary(-1.5, 2, 11.4, 15, 16.4),
        summary(-4, 0.5, 17.6, 24, 27),
      ],
      operatingMargin: [
        summary(0.06, 0.07, 0.1, 0.12, 0.13),
        summary(-0.01, 0.02, 0.1, 0.14, 0.15),
        summary(-0.03, 0.01, 0.15, 0.2, 0.22),
      ],
      probabilityOperatingLoss: [0, 0.03, 0.12],
    },
    scenarios: [],
    investments: [
      {
        name: 'Cloud',
        npv: summary(-1.2, 0.3, 4.1, 7.5, 8.6),
        probabilityNegativeNpv: 0.12,
        npvHistogram: { start: -4, width: 2, counts: [100, 1100, 2800, 3500, 2000, 500] },
        irr: { ...summary(0.02, 0.09, 0.34, 0.52, 0.58), undefinedShare: 0.01 },
        paybackPeriods: { ...summary(1.1, 1.2, 1.4, 1.8, 2), neverShare: 0.05 },
      },
    ],
  },
  sensitivity: [
    {
      target: 'npv',
      investment: 'Cloud',
      pointOutput: 4.128943758573387,
      inputs: [
        {
          path: 'investments[0].benefits[2]',

          label: 'Benefits, 2014',
          kind: 'money',
          line: 17,
          column: 22,
          low: 9,
          high: 15,
          outputAtLow: 1.56,
          outputAtHigh: 6.7,
          swing: 5.14,
        },
        {
          path: 'investments[0].costs[0]',

          label: 'Costs, 2012',
          kind: 'money',
          line: 16,
          column: 12,
          low: 8,
          high: 12,
          outputAtLow: 6.13,
          outputAtHigh: 2.13,
          swing: 4,
        },
      ],
    },
    {
      target: 'operatingProfit',
      scenario: null,
      period: '2014',
      pointOutput: 17.9,
      inputs: [
        {
          path: 'grossMargin',

          label: 'Gross margin',
          kind: 'percent',
          line: 8,
          column: 14,
          low: 0.27,
          high: 0.33,
          outputAtLow: 14.3,
          outputAtHigh: 21.5,
          swing: 7.2,
        },
        {
          path: 'revenue',

          label: 'Revenue',
          kind: 'money',
          line: 7,
          column: 10,
          low: 108,
          high: 132,
          outputAtLow: 14.3,
          outputAtHigh: 21.5,
          swing: 7.2,
        },
      ],
    },
  ],
  breakEven: {
    investments: [{ name: 'Cloud', benefitsChangeForZeroNpv: -0.37, costsChangeForZeroNpv: 0.52 }],
    base: { revenueChangeForZeroOperatingProfit: [-0.4, -0.38, -0.5] },
  },
};

/** The same case without any range: no simulation, but sensitivity and break-even still. */
export const THREE_PERIODS_SECTIONS_NO_RANGES: UncertaintySections = {
  ...THREE_PERIODS_SECTIONS,
  uncertainty: null,
};
