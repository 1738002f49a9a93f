/**
 * Chart (5): a benchmark data set as bars, with this case's own value (the report's `comparison`)
 * placed among them when the benchmark measures something the case computes.
 */
import {
  benchmarkBars,
  caseBarLabel,
  caseNote,
  type BenchmarkBar,
} from '../../src/core/present/benchmarkComparison';
import { metricInfo } from '../../src/core/present/metrics';
import type { BenchmarkReport, CaseReport } from '../../src/core/report';

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

export function benchmarkModel(report: CaseReport, benchmark: BenchmarkReport): BenchmarkModel {
  const own = benchmark.comparison;
  return {
    title: benchmark.title,
    metric: benchmark.metric,
    unit: benchmark.unit,
    currency: benchmark.currency,
    year: benchmark.year,
    source: benchmark.source,
    bars: benchmarkBars(benchmark, () => caseBarLabel(report)),
    casePeriod: own.ok ? own.period : null,
    caseNote: caseNote(own),
    caseLinks: [...(metricInfo(benchmark.metric)?.sources ?? [benchmark.metric])],
  };
}
