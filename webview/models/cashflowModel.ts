/** Chart (4): an investment's cash flows, cumulated, with the payback point. */
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

/** Running sums: [−100, 60, 60] → [−100, −40, 20]. */
export function cumulativeSums(values: readonly number[]): number[] {
  const sums: number[] = [];
  let total = 0;
  for (const value of values) {
    total += value;
    sums.push(total);
  }
  return sums;
}

export function cashflowModel(report: CaseReport, investment: InvestmentReport): CashflowModel {
  return {
    name: investment.name,
    labels: investment.cashflows.map((_, t) =>
      investment.cashflows.length === report.periods.length ? periodLabel(report.periods, t) : `t = ${t}`,
    ),
    flows: investment.cashflows,
    cumulative: cumulativeSums(investment.cashflows),
    payback: investment.paybackPeriods,
    discountedPayback: investment.discountedPaybackPeriods,
    unit: report.unit,
    currency: report.currency,
  };
}

/** "t = 0 · FY2012": the first cash flow falls at t = 0, in the case's first period. */
export function periodLabel(periods: readonly string[], t: number): string {
  const period = periods[t];
  return period === undefined ? `t = ${t}` : `t = ${t} · ${period}`;
}
