/** Chart (1): revenue and IT spend per period, with IT spend as a share of revenue. */
import type { CaseReport } from '../../src/core/report';

export interface RevenueItModel {
  periods: string[];
  revenue: number[];
  itSpend: number[];
  /** IT spend / revenue per period (fraction); null where revenue is 0. */
  itShare: (number | null)[];
  unit: string;
  currency: string;
}

export function revenueItModel(report: CaseReport): RevenueItModel {
  return {
    periods: report.periods,
    revenue: report.base.revenue,
    itSpend: report.base.itSpend,
    itShare: report.base.itSpendShareOfRevenue,
    unit: report.unit,
    currency: report.currency,
  };
}
