/**
 * A benchmark data set shipped with the product: reference values the preview draws beside a case.
 * Every set names who published it and when (`source`), and its caveats (`note`).
 */
export interface BenchmarkDataSet {
  /** Stable kebab-case id, the same as a case file's `benchmarks[].id`. */
  id: string;
  title: string;
  /** What is measured: itSpend, revenue, revenuePerEmployee, marketCap, operatingMargin, or another name. */
  metric: string;
  /** Scale of the values; `ratio` values are fractions (0.4355), shown as percents (43.55%). */
  unit: 'one' | 'thousand' | 'million' | 'billion' | 'ratio';
  /** ISO 4217 code of money values; absent for ratios. */
  currency?: string;
  /** The year the data describes (the last one, for a series of years). */
  year: number;
  /** Who published it, and when. */
  source: string;
  /** Caveats: definitions, what is missing, how far to trust it. */
  note?: string;
  /** Label (a company, a year, a measure) → value, in the order a chart shows them. */
  values: Record<string, number>;
}
