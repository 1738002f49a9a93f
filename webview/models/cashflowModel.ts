/** Chart (4): an investment's cash flows, cumulated, with the payback point. */
import { cashflowFigures, type CashflowFigures } from '../../src/core/present/cashflows';
import type { CaseReport, InvestmentReport } from '../../src/core/report';

export interface CashflowModel extends CashflowFigures {
  name: string;
  flows: number[];
  /** Payback in periods (x on the t axis, where the cumulative line crosses 0), or null: never. */
  payback: number | null;
  discountedPayback: number | null;
  unit: string;
  currency: string;
}

export function cashflowModel(report: CaseReport, investment: InvestmentReport): CashflowModel {
  return {
    name: investment.name,
    ...cashflowFigures(investment.cashflows, report.periods, report.unit, report.currency),
    flows: investment.cashflows,
    payback: investment.paybackPeriods,
    discountedPayback: investment.discountedPaybackPeriods,
    unit: report.unit,
    currency: report.currency,
  };
}
