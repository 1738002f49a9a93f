import type { BenchmarkReport } from './report';
import type { MoneyUnit } from './values';

/**
 * A case after validation and resolution: every series is one number per period, money in the
 * file's unit, ratios as fractions. This is what the engine computes from.
 */
export interface CostLine {
  name: string;
  values: number[];
  kind?: 'run' | 'grow' | 'transform';
  type?: 'opex' | 'capex';
  /** What the line holds and where its numbers come from, as written (IT spend lines). */
  note?: string;
}

export interface ResolvedInvestment {
  name: string;
  /** What the investment is and what it rests on, as written; null when the file says nothing. */
  note: string | null;
  /** Net cash flow per period, the first at t = 0. */
  cashflows: number[];
  /** Costs and benefits per period, where the file gives them instead of net cash flows. */
  costs?: number[];
  benefits?: number[];
  /** Σ costs and Σ benefits, undiscounted, for ROI (null where only net cash flows are given). */
  totalCosts: number | null;
  totalBenefits: number | null;
  discountRate: number;
}

export interface ResolvedScenario {
  name: string;
  /** What the scenario stands for, as written; null when the file says nothing. */
  note: string | null;
  revenueChange: number[];
  grossMargin: number[] | null;
  fixedCostsChange: number[];
  itSpendChange: number[];
}

/** A benchmark as written, with its caveats; the report adds where the case stands. */
export type ResolvedBenchmark = Omit<BenchmarkReport, 'comparison'>;

/** A series the file writes as `{ start, growth }`: its point values (start in the series' units, growth a fraction per period). */
export interface SeriesGrowth {
  start: number;
  growth: number;
}

export interface ResolvedCase {
  title: string;
  company: { name: string; industry: string | null; employees: number[] | null };
  currency: string;
  unit: MoneyUnit;
  periods: string[];
  discountRate: number;
  revenue: number[];
  grossMargin: number[];
  fixedCosts: CostLine[];
  itSpend: CostLine[];
  investments: ResolvedInvestment[];
  scenarios: ResolvedScenario[];
  benchmarks: ResolvedBenchmark[];
  sources: string[];
  /** How ranges are simulated (format 1.1). */
  simulation: { trials: number; seed: number };
  /**
   * The series written as `{ start, growth }`, by their values array (the one in this model), so the
   * Excel export writes the growth as a formula instead of the numbers it gives.
   */
  grownSeries: ReadonlyMap<readonly number[], SeriesGrowth>;
}

/** The format's default discount rate per period. */
export const DEFAULT_DISCOUNT_RATE = 0.08;

/** The format's simulation defaults (format 1.1, `simulation`). */
export const DEFAULT_TRIALS = 10_000;
export const DEFAULT_SEED = 1;
