/**
 * A benchmark beside this case: the case's own value of the benchmark's metric, in the benchmark's
 * unit, for the period the benchmark describes. Computed once into the report; the preview's chart
 * and hover both show this one answer.
 */
import type { BenchmarkComparison, BenchmarkReport, CaseReport } from '../report';
import { UNIT_FACTORS } from '../values';
import { isMoneyUnit, moneyUnitLabel } from '../format';
import { metricInfo } from './metrics';

/**
 * The period of the case to compare with a benchmark: the one whose label names the benchmark's year
 * as a whole number (FY2014 for 2014; `year: 1` is not the 1 inside FY2013), else the latest.
 */
export function comparablePeriod(periods: readonly string[], year: number | null): number {
  if (year !== null) {
    const index = periods.findIndex((label) => (label.match(/\d+/g) ?? []).some((n) => Number(n) === year));
    if (index >= 0) return index;
  }
  return periods.length - 1;
}

/**
 * This case's value of the benchmark's metric, in the benchmark's unit. Money is converted between
 * the units one/thousand/million/billion (revenuePerEmployee 0.0002165 billion → 216,500 one); it is
 * not placed when the currencies differ. Ratios are compared as fractions (unit `ratio`, or none).
 */
export function compareWithCase(
  report: Pick<CaseReport, 'periods' | 'base' | 'unit' | 'currency'>,
  benchmark: Omit<BenchmarkReport, 'comparison'>,
): BenchmarkComparison {
  const metric = metricInfo(benchmark.metric);
  if (!metric) return { ok: false, reason: 'no-metric' };
  const period = comparablePeriod(report.periods, benchmark.year);
  const raw = report.base[metric.key][period];
  if (raw === null || raw === undefined || !Number.isFinite(raw)) return { ok: false, reason: 'no-value' };
  const periodLabel = report.periods[period] ?? '';
  if (metric.kind === 'ratio') {
    if (benchmark.unit !== null && benchmark.unit !== 'ratio') return { ok: false, reason: 'unit' };
    return { ok: true, value: raw, period: periodLabel };
  }
  // A multiple (operating leverage 5.2) has no unit: compared only with values that have none.
  if (metric.kind === 'multiple') {
    if (benchmark.unit !== null || benchmark.currency !== null) return { ok: false, reason: 'unit' };
    return { ok: true, value: raw, period: periodLabel };
  }
  // A benchmark's currency is free text: `eur` is EUR.
  if (benchmark.currency !== null && benchmark.currency.trim().toUpperCase() !== report.currency)
    return { ok: false, reason: 'currency' };
  const to = benchmark.unit ?? 'one';
  if (!isMoneyUnit(to) || !isMoneyUnit(report.unit)) return { ok: false, reason: 'unit' };
  return { ok: true, value: (raw * UNIT_FACTORS[report.unit]) / UNIT_FACTORS[to], period: periodLabel };
}

/**
 * What a benchmark's values are in, for a table's Unit column or a caption: "%" for a ratio, "USD"
 * or "USD B" for money, the unit as written otherwise, "" when the benchmark gives none (a count:
 * `unit: one` without a currency).
 */
export function benchmarkUnitLabel(benchmark: Pick<BenchmarkReport, 'unit' | 'currency'>): string {
  const { unit, currency } = benchmark;
  if (unit === 'ratio') return '%';
  if (unit === null) return currency ?? '';
  if (isMoneyUnit(unit)) return moneyUnitLabel(currency ?? '', unit);
  return [currency, unit].filter(Boolean).join(' ');
}

/** A bar of a benchmark chart or a row of its table. */
export interface BenchmarkBar {
  label: string;
  value: number;
  /** The bar of this case (highlighted, labelled "<company> (this case)"). */
  isCase: boolean;
}

/** The label of the case's bar. */
export function caseBarLabel(report: CaseReport): string {
  return `${report.company.name} (this case)`;
}

/**
 * The bars of a benchmark's chart, or the rows of its table: its values, and this case's own value
 * (the report's `comparison`) placed among them when it can be compared. The case's bar is labelled
 * `caseLabel` (the preview says the period in the bar's tooltip, a table in the label).
 */
export function benchmarkBars(
  benchmark: BenchmarkReport,
  caseLabel: (period: string) => string,
): BenchmarkBar[] {
  const bars: BenchmarkBar[] = Object.entries(benchmark.values)
    .filter(([, value]) => Number.isFinite(value))
    .map(([label, value]) => ({ label, value, isCase: false }));
  const own = benchmark.comparison;
  return own.ok ? placeAmong(bars, { label: caseLabel(own.period), value: own.value, isCase: true }) : bars;
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

/** Why the case is not beside a benchmark, for a person; null when it is, or the metric is not the case's. */
export function caseNote(comparison: BenchmarkComparison): string | null {
  return comparison.ok ? null : NOTES[comparison.reason];
}
