/** Chart (4): an investment's cash flows, cumulated, with the payback point. */
import { cashflowLabels, cumulativeSums } from '../../src/core/present/cashflows';
import type { CaseReport, InvestmentReport } from '../../src/core/report';

export interface CashflowModel {
  name: string;
  /**
   * One label per cash flow: "t = 0 · FY2012" when the flows run over the case's periods (as costs
   * and benefits do), else "t = 0" (a `cashflows` list of another length has its own timeline).
   */
  labels: string[];
  flows: number[];
  cumulative: number[];
  /** Payback in periods (x on the t axis, where the cumulative line crosses 0), or null: never. */
  payback: number | null;
  discountedPayback: number | null;
  unit: string;
  currency: string;
}

export function cashflowModel(report: CaseReport, investment: InvestmentReport): CashflowModel {
  return {
    name: investment.name,
    labels: cashflowLabels(investment.cashflows, report.periods),
    flows: investment.cashflows,
    cumulative: cumulativeSums(investment.cashflows),
    payback: investment.paybackPeriods,
    discountedPayback: investment.discountedPaybackPeriods,
    unit: report.unit,
    currency: report.currency,
  };
}
