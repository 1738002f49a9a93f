/**
 * The fan chart: operating profit of the base case over the periods, as the simulation saw it (the
 * 5–95 and 10–90 percentile bands and the median) beside the point estimate of the file's values.
 */
import type { CaseReport, UncertaintyReport } from '../../src/core/report';
import { formatChance } from '../../src/core/format';

export interface FanChartModel {
  periods: string[];
  unit: string;
  currency: string;
  trials: number;
  seed: number;
  p5: (number | null)[];
  p10: (number | null)[];
  p50: (number | null)[];
  p90: (number | null)[];
  p95: (number | null)[];
  /** The report's operating profit: every input at its point value. */
  pointEstimate: number[];
  /** Share of trials with an operating loss, per period. */
  probabilityLoss: number[];
}

export function fanChartModel(report: CaseReport, uncertainty: UncertaintyReport): FanChartModel {
  const summaries = uncertainty.base.operatingProfit;
  const column = (key: 'p5' | 'p10' | 'p50' | 'p90' | 'p95') =>
    report.periods.map((_, i) => summaries[i]?.[key] ?? null);
  return {
    periods: report.periods,
    unit: report.unit,
    currency: report.currency,
    trials: uncertainty.trials,
    seed: uncertainty.seed,
    p5: column('p5'),
    p10: column('p10'),
    p50: column('p50'),
    p90: column('p90'),
    p95: column('p95'),
    pointEstimate: report.base.operatingProfit,
    probabilityLoss: uncertainty.base.probabilityOperatingLoss,
  };
}

/** "Chance of an operating loss: 2013 3%, 2014 12%". */
export function operatingLossSentence(model: FanChartModel): string {
  const parts = model.periods.map((period, i) => `${period} ${formatChance(model.probabilityLoss[i])}`);
  return `Chance of an operating loss: ${parts.join(', ')}`;
}
