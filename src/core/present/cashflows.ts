/**
 * An investment's cash flows as the preview's chart, the HTML report's chart and its table show
 * them: a label per flow, the cumulative cash, and the money axis both are drawn on.
 */
import { moneyAxis } from './tableMoney';

/** What the three show of one investment's flows (in the case's unit, the first at t = 0). */
export interface CashflowFigures {
  labels: string[];
  cumulative: number[];
  /** In the unit the flows and the cumulative cash are written in together (USD millions for 0.13 billion). */
  axis: { title: string; factor: number };
}

export function cashflowFigures(
  flows: readonly number[],
  periods: readonly string[],
  unit: string,
  currency: string,
): CashflowFigures {
  const cumulative = cumulativeSums(flows);
  return {
    labels: cashflowLabels(flows, periods),
    cumulative,
    axis: moneyAxis([...flows, ...cumulative], unit, currency),
  };
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

/**
 * One label per cash flow: "t = 0 · FY2012" when the flows run over the case's periods (as costs and
 * benefits do), else "t = 0" (a `cashflows` list of another length has its own timeline).
 */
export function cashflowLabels(flows: readonly number[], periods: readonly string[]): string[] {
  return flows.map((_, t) => (flows.length === periods.length ? `t = ${t} · ${periods[t]}` : `t = ${t}`));
}
