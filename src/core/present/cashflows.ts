/**
 * An investment's cash flows as the preview's chart, the HTML report's chart and its table show
 * them: a label per flow and the cumulative cash.
 */

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
