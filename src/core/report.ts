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
  /** What the scenario stands for, as written (an addition to the format page's report shape); null when not given. */
  note: string | null;
  /** (scenario − base) / |base| of operating profit, per period; null where the base is 0. */
  operatingProfitChange: (number | null)[];
}

/** A point of the operating-leverage curve: both changes are fractions (−0.1 is a 10% fall). */
export interface LeveragePoint {
  revenueChange: number;
  /** (changed − base) / |base| of operating profit; null where the base operating profit is 0. */
  operatingProfitChange: number | null;
}

/**
 * The operating-leverage curve of the latest period (an addition to the format page's report
 * shape): what a revenue change does to operating profit with gross margin, fixed costs and IT
 * spend held, from −30% to +30% in steps of 5 points, and where each scenario lands against it.
 */
export interface LeverageCurve {
  /** The period's label: the latest of `periods`. */
  period: string;
  /** One per revenue change, −0.3 to 0.3 in steps of 0.05 (13 points). */
  points: LeveragePoint[];
  /** The operating-profit change for a 10% sales drop (the seed's example); null where undefined. */
  tenPercentDrop: number | null;
  /**
   * Each scenario whose changes are defined in the period: its revenue change against the base
   * (scenario revenue / base revenue − 1) and its operatingProfitChange. Other changes (margin,
   * costs) move a scenario off the curve.
   */
  scenarios: { name: string; revenueChange: number; operatingProfitChange: number }[];
}

export interface InvestmentReport {
  name: string;
  /** What the investment is and what it rests on, as written (an addition to the format page's report shape); null when not given. */
  note: string | null;
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
  /** What the entry says of its figures (estimates, how they were counted), as written; null when it says nothing. */
  note: string | null;
  values: Record<string, number>;
  /** This case's value of the benchmark's metric, in the benchmark's unit, or why it cannot be placed. */
  comparison: BenchmarkComparison;
}

/** The case beside a benchmark (an addition to the format page's report shape). */
export type BenchmarkComparison =
  | { ok: true; value: number; period: string }
  | { ok: false; reason: 'no-metric' | 'no-value' | 'unit' | 'currency' };

/** An IT spend line of the base case as written, with its kind and type (null where not given). */
export interface ItSpendLineReport {
  name: string;
  /** Run the business, grow it, or transform it (the TBM split); null where the line does not say. */
  kind: 'run' | 'grow' | 'transform' | null;
  type: 'opex' | 'capex' | null;
  /** What the line holds and where its numbers come from, as written; null where it does not say. */
  note: string | null;
  /** Per period, in the case's unit. */
  values: number[];
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
  leverageCurve: LeverageCurve;
  /** The IT spend lines behind `base.itSpend` (an addition to the format page's report shape). */
  itSpendLines: ItSpendLineReport[];
  investments: InvestmentReport[];
  benchmarks: BenchmarkReport[];
  sources: string[];
  diagnostics: Diagnostic[];
}

/**
 * A figure over the trials of a simulation (format 1.1): percentiles like numpy's `percentile`
 * default, and the mean. Null where no trial defined the figure.
 */
export interface PercentileSummary {
  p5: number | null;
  p10: number | null;
  p50: number | null;
  p90: number | null;
  p95: number | null;
  mean: number | null;
}

/** How often an outcome fell in each of `counts.length` equal bins from `start`, each `width` wide. */
export interface Histogram {
  start: number;
  width: number;
  counts: number[];
}

/** The base case or a scenario over the trials, per period. */
export interface UncertainPeriods {
  operatingProfit: PercentileSummary[];
  operatingMargin: PercentileSummary[];
  /** Share of trials with operating profit below 0, per period. */
  probabilityOperatingLoss: number[];
}

export interface UncertainInvestment {
  name: string;
  npv: PercentileSummary;
  /** Share of trials with NPV below 0. */
  probabilityNegativeNpv: number;
  /** The NPVs of the trials, binned (an addition to the format page's shape, for the preview's chart). */
  npvHistogram: Histogram;
  irr: PercentileSummary & { undefinedShare: number };
  paybackPeriods: PercentileSummary & { neverShare: number };
}

/** `uncertainty` of the report: null when the file has no range. */
export interface UncertaintyReport {
  trials: number;
  seed: number;
  base: UncertainPeriods;
  scenarios: (UncertainPeriods & { name: string })[];
  investments: UncertainInvestment[];
}

/**
 * What an input's `low` and `high` are (an addition to the format page's report shape): `money`, a
 * money range in the case's unit; `percent`, a percent range as fractions (gross margin, a rate, a
 * scenario's change, a growth); `change`, relative changes of the whole line (−0.1 and 0.1: a file
 * without ranges moves each input line by ±10%).
 */
export type SensitivityInputKind = 'money' | 'percent' | 'change';

/** One input of a tornado: the output with the input at its low and at its high end, all others at their point values. */
export interface SensitivityInput {
  /** Where the input is, e.g. `investments[0].benefits[2]`, or a whole line such as `revenue`. */
  path: string;
  /** Its name for people, e.g. "Cloud: benefits, 2014" (an addition to the format page's report shape). */
  label: string;
  /** 1-based position of the input's value in the file. */
  line: number;
  column: number;
  kind: SensitivityInputKind;
  low: number;
  high: number;
  outputAtLow: number | null;
  outputAtHigh: number | null;
  /** |outputAtHigh − outputAtLow|; inputs are sorted by it, largest first. */
  swing: number;
}

export type SensitivityTarget =
  | { target: 'npv'; investment: string; pointOutput: number | null; inputs: SensitivityInput[] }
  | {
      target: 'operatingProfit';
      scenario: null;
      period: string;
      pointOutput: number | null;
      inputs: SensitivityInput[];
    };

export interface BreakEvenReport {
  investments: {
    name: string;
    /** Relative change of all benefits (of positive flows, for `cashflows`) that makes NPV 0; null where none can. */
    benefitsChangeForZeroNpv: number | null;
    /** The same for costs (negative flows). */
    costsChangeForZeroNpv: number | null;
  }[];
  base: { revenueChangeForZeroOperatingProfit: (number | null)[] };
}

/** What format 1.1 adds to a report: how sure (uncertainty), what drives it (sensitivity), what must be true (break-even). */
export interface UncertaintySections {
  uncertainty: UncertaintyReport | null;
  sensitivity: SensitivityTarget[];
  breakEven: BreakEvenReport;
}
