/** An investment's NPV over the trials of the simulation, binned as the report sends it. */
import type {
  CaseReport,
  InvestmentReport,
  PercentileSummary,
  UncertainInvestment,
} from '../../src/core/report';
import { formatChance, formatNumber, formatPercent } from '../../src/core/format';

export interface HistogramBin {
  /** The bin's NPV range, in the case's unit. */
  from: number;
  to: number;
  /** How many trials had an NPV in it. */
  count: number;
  /** Every NPV in the bin is below 0 (the investment loses money in those trials). */
  belowZero: boolean;
}

export interface NpvHistogramModel {
  name: string;
  unit: string;
  currency: string;
  trials: number;
  discountRate: number;
  bins: HistogramBin[];
  /** The x axis from the lowest bin to the highest, stretched to include 0 so the zero line shows. */
  axisMin: number;
  axisMax: number;
  npv: PercentileSummary;
  probabilityNegativeNpv: number;
}

export function npvHistogramModel(
  report: CaseReport,
  investment: InvestmentReport,
  uncertain: UncertainInvestment,
  trials: number,
): NpvHistogramModel {
  const { start, width, counts } = uncertain.npvHistogram;
  const bins = counts.map((count, i) => {
    const from = start + i * width;
    const to = start + (i + 1) * width;
    return { from, to, count, belowZero: to <= 0 };
  });
  return {
    name: investment.name,
    unit: report.unit,
    currency: report.currency,
    trials,
    discountRate: investment.discountRate,
    bins,
    axisMin: Math.min(start, 0),
    axisMax: Math.max(start + counts.length * width, 0),
    npv: uncertain.npv,
    probabilityNegativeNpv: uncertain.probabilityNegativeNpv,
  };
}

/** "A 12% chance this investment loses money at 8%." (NPV below 0 at its discount rate). */
export function lossChanceSentence(model: NpvHistogramModel): string {
  const rate = formatPercent(model.discountRate);
  const trials = formatNumber(model.trials, 0);
  if (model.probabilityNegativeNpv === 0) return `None of the ${trials} trials loses money at ${rate}.`;
  if (model.probabilityNegativeNpv === 1) return `Every one of the ${trials} trials loses money at ${rate}.`;
  return `A ${formatChance(model.probabilityNegativeNpv)} chance this investment loses money at ${rate}.`;
}
