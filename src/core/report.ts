import type { Diagnostic } from './diagnostic';

/**
 * The report: what the CLI prints with `report --json` and what the preview draws.
 * Money figures are in the case's `unit` and `currency`; ratios are fractions (0.05, not 5);
 * an undefined figure is `null`, never NaN. One array entry per period, in `periods` order.
 */
export interface PeriodMetrics {
  revenue: number[];
  grossProfit: number[];
  fixedCosts: number[];
  itSpend: number[];
  operatingProfit: number[];
  operatingMargin: (number | null)[];
  itSpendShareOfRevenue: (number | null)[];
  revenuePerEmployee: (number | null)[];
  itSpendPerEmployee: (number | null)[];
  breakEvenRevenue: (number | null)[];
  operatingLeverage: (number | null)[];
}

export type MetricKey = keyof PeriodMetrics;

export interface ScenarioReport extends PeriodMetrics {
  name: string;
  /** (scenario − base) / |base| of operating profit, per period; null where the base is 0. */
  operatingProfitChange: (number | null)[];
}

export interface InvestmentReport {
  name: string;
  /** Net cash flow per period, the first at t = 0, in the case's unit. */
  cashflows: number[];
  discountRate: number;
  npv: number | null;
  irr: number | null;
  mirr: number | null;
  paybackPeriods: number | null;
  discountedPaybackPeriods: number | null;
  roi: number | null;
}

export interface BenchmarkReport {
  id: string;
  title: string;
  metric: string;
  unit: string | null;
  currency: string | null;
  year: number | null;
  source: string;
  values: Record<string, number>;
}

export interface CaseReport {
  title: string;
  company: { name: string; industry: string | null };
  currency: string;
  unit: string;
  periods: string[];
  discountRate: number;
  base: PeriodMetrics;
  scenarios: ScenarioReport[];
  investments: InvestmentReport[];
  benchmarks: BenchmarkReport[];
  sources: string[];
  diagnostics: Diagnostic[];
}
