/** Chart (2): the margin bridge (waterfall) from revenue to operating profit, for one period. */
import type { CaseReport } from '../../src/core/report';

export type BridgeStepKind = 'total' | 'decrease' | 'itSpend' | 'result';

export interface BridgeStep {
  /** Stable id of the step, also the link key candidate of its source. */
  id: 'revenue' | 'costOfSales' | 'grossProfit' | 'fixedCosts' | 'itSpend' | 'operatingProfit';
  label: string;
  /** The bar floats from `from` to `to` (money, in the case's unit). */
  from: number;
  to: number;
  /** The signed amount the step adds (negative for costs). */
  amount: number;
  kind: BridgeStepKind;
  /** Where in the file the step's number comes from, most specific first. */
  links: string[];
}

export interface MarginBridgeModel {
  period: string;
  unit: string;
  currency: string;
  steps: BridgeStep[];
}

/**
 * Revenue → cost of sales → gross profit → fixed costs → IT spend → operating profit, as floating
 * bars: totals stand on 0, costs hang from the running total. Uses the latest period.
 */
export function marginBridgeModel(report: CaseReport, period = report.periods.length - 1): MarginBridgeModel {
  const at = (series: readonly number[]) => series[period] ?? 0;
  const revenue = at(report.base.revenue);
  const grossProfit = at(report.base.grossProfit);
  const fixedCosts = at(report.base.fixedCosts);
  const itSpend = at(report.base.itSpend);
  const operatingProfit = at(report.base.operatingProfit);
  const afterFixed = grossProfit - fixedCosts;
  return {
    period: report.periods[period] ?? '',
    unit: report.unit,
    currency: report.currency,
    steps: [
      {
        id: 'revenue',
        label: 'Revenue',
        from: 0,
        to: revenue,
        amount: revenue,
        kind: 'total',
        links: ['revenue'],
      },
      {
        id: 'costOfSales',
        label: 'Cost of sales',
        from: revenue,
        to: grossProfit,
        amount: grossProfit - revenue,
        kind: 'decrease',
        links: ['grossMargin'],
      },
      {
        id: 'grossProfit',
        label: 'Gross profit',
        from: 0,
        to: grossProfit,
        amount: grossProfit,
        kind: 'total',
        links: ['grossMargin'],
      },
      {
        id: 'fixedCosts',
        label: 'Fixed costs',
        from: grossProfit,
        to: afterFixed,
        amount: -fixedCosts,
        kind: 'decrease',
        links: ['fixedCosts'],
      },
      {
        id: 'itSpend',
        label: 'IT spend',
        from: afterFixed,
        to: operatingProfit,
        amount: -itSpend,
        kind: 'itSpend',
        links: ['itSpend'],
      },
      {
        id: 'operatingProfit',
        label: 'Operating profit',
        from: 0,
        to: operatingProfit,
        amount: operatingProfit,
        kind: 'result',
        links: ['fixedCosts', 'itSpend', 'revenue'],
      },
    ],
  };
}
