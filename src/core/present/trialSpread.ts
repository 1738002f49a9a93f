/**
 * Whether a simulated figure differs from trial to trial. A figure that no range reaches is computed
 * from the same numbers in every trial, so it is the same number in each: its percentiles are one
 * value five times, a fan is a line and a table of percentiles says nothing. The CLI, the preview and
 * the HTML report say so in one sentence instead (OPERATING_PROFIT_SAME_IN_EVERY_TRIAL).
 */
import type { PercentileSummary, UncertainPeriods, UncertaintyReport } from '../report';

/** True when the trials gave the figure more than one value between its 5th and 95th percentile. */
export function differsAcrossTrials(summary: PercentileSummary | undefined): boolean {
  return summary !== undefined && summary.p5 !== null && summary.p95 !== null && summary.p5 !== summary.p95;
}

/**
 * True when operating profit differs from trial to trial in some period: its percentiles spread, or
 * only some of the trials make a loss.
 */
export function operatingProfitDiffers(periods: UncertainPeriods): boolean {
  return (
    periods.operatingProfit.some(differsAcrossTrials) ||
    periods.probabilityOperatingLoss.some((share) => share > 0 && share < 1)
  );
}

/** True when operating profit differs from trial to trial in the base case or any scenario. */
export function operatingProfitDiffersInAnyCase(simulation: UncertaintyReport): boolean {
  return [simulation.base, ...simulation.scenarios].some(operatingProfitDiffers);
}
