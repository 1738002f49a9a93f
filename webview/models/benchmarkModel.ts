/**
 * Chart (5): a benchmark data set as bars, with this case's own value (the report's `comparison`)
 * placed among them when the benchmark measures something the case computes.
 */
import { metricInfo } from '../../src/core/present/metrics';
import type { BenchmarkComparison, BenchmarkReport, CaseReport } from '../../src/core/report';

export interface BenchmarkBar {
  label: string;
  value: number;
  /** The bar of this case (highlighted, labelled "<company> (this case)"). */
  isCase: boolean;
}

export interface BenchmarkModel {
  title: string;
  metric: string;
  unit: string | null;
  currency: string | null;
  year: number | null;
  source: string;
  bars: BenchmarkBar[];
  /** The case period shown among the bars (its latest, or the one naming the benchmark's year). */
  casePeriod: string | null;
  /** Why the case is not among the bars, when its metric matches but it cannot be compared. */
  caseNote: string | null;
  /** Source link candidates of the case's value (its inputs in the file). */
  caseLinks: string[];
}

/** The label of the case's bar. */
export function caseBarLabel(report: CaseReport): string {
  return `${report.company.name} (this case)`;
}

/**
 * Inserts the case's bar among the benchmark's: at its rank when the benchmark's values are ranked
 * (sorted descending or ascending), else after them (a series of years, say, keeps its order).
 */
export function placeAmong(bars: readonly BenchmarkBar[], entry: BenchmarkBar): BenchmarkBar[] {
  const values = bars.map((b) => b.value);
  const descending = values.every((v, i) => i === 0 || values[i - 1]! >= v);
  const ascending = values.every((v, i) => i === 0 || values[i - 1]! <= v);
  const result = [...bars];
  if (bars.length >= 2 && descending && !ascending) {
    const at = values.findIndex((v) => v < entry.value);
    result.splice(at < 0 ? result.length : at, 0, entry);
  } else if (bars.length >= 2 && ascending && !descending) {
    const at = values.findIndex((v) => v > entry.value);
    result.splice(at < 0 ? result.length : at, 0, entry);
  } else {
    result.push(entry);
  }
  return result;
}

const NOTES: Record<Exclude<BenchmarkComparison, { ok: true }>['reason'], string | null> = {
  'no-metric': null,
  'no-value': 'This case has no value for this metric yet (per-employee figures need company.employees).',
  unit: 'This case is not shown: the benchmark’s unit cannot be compared with the case’s.',
  currency: 'This case is not shown: the benchmark is in another currency.',
};

export function benchmarkModel(report: CaseReport, benchmark: BenchmarkReport): BenchmarkModel {
  const bars: BenchmarkBar[] = Object.entries(benchmark.values)
    .filter(([, value]) => Number.isFinite(value))
    .map(([label, value]) => ({ label, value, isCase: false }));
  const own = benchmark.comparison;
  return {
    title: benchmark.title,
    metric: benchmark.metric,
    unit: benchmark.unit,
    currency: benchmark.currency,
    year: benchmark.year,
    source: benchmark.source,
    bars: own.ok ? placeAmong(bars, { label: caseBarLabel(report), value: own.value, isCase: true }) : bars,
    casePeriod: own.ok ? own.period : null,
    caseNote: own.ok ? null : NOTES[own.reason],
    caseLinks: [...(metricInfo(benchmark.metric)?.sources ?? [benchmark.metric])],
  };
}
