/**
 * Chart (5): a benchmark data set as bars, with this case's own value placed among them when the
 * benchmark measures something the case computes.
 */
import type { BenchmarkReport, CaseReport, MetricKey } from '../../src/core/report';
import { convertMoney, isMoneyUnit } from './units';

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

/** Where the case's value of a metric comes from in its file, most relevant first. */
const METRIC_LINKS: Readonly<Record<string, string[]>> = {
  revenuePerEmployee: ['company.employees', 'company', 'revenue'],
  itSpendPerEmployee: ['company.employees', 'company', 'itSpend'],
  itSpendShareOfRevenue: ['itSpend', 'revenue'],
  operatingMargin: ['grossMargin', 'fixedCosts', 'revenue'],
  grossProfit: ['grossMargin', 'revenue'],
  operatingProfit: ['fixedCosts', 'itSpend', 'grossMargin'],
  breakEvenRevenue: ['fixedCosts', 'itSpend', 'grossMargin'],
};

/** Metrics the case computes as money in its unit (per employee: its unit per employee). */
const MONEY_METRICS: ReadonlySet<string> = new Set<MetricKey>([
  'revenue',
  'grossProfit',
  'fixedCosts',
  'itSpend',
  'operatingProfit',
  'breakEvenRevenue',
  'revenuePerEmployee',
  'itSpendPerEmployee',
]);

/** Metrics the case computes as fractions (0.05 = 5%). */
const RATIO_METRICS: ReadonlySet<string> = new Set<MetricKey>(['operatingMargin', 'itSpendShareOfRevenue']);

export type CaseValue =
  | { ok: true; value: number; period: string }
  | { ok: false; reason: 'no-metric' | 'no-value' | 'unit' | 'currency' };

/** The label of the case's bar. */
export function caseBarLabel(report: CaseReport): string {
  return `${report.company.name} (this case)`;
}

/**
 * The period of the case to compare with a benchmark: the one whose label names the benchmark's year
 * (FY2014 for 2014), else the latest.
 */
export function comparablePeriod(periods: readonly string[], year: number | null): number {
  if (year !== null) {
    const index = periods.findIndex((label) => label.includes(String(year)));
    if (index >= 0) return index;
  }
  return periods.length - 1;
}

/**
 * This case's value of the benchmark's metric, in the benchmark's unit. Money is converted between
 * the units one/thousand/million/billion (revenuePerEmployee 0.0002165 billion → 216,500 one); it is
 * not placed when the currencies differ. Ratios are compared as fractions (the benchmark's unit
 * `ratio`, or none).
 */
export function caseValueFor(report: CaseReport, benchmark: BenchmarkReport): CaseValue {
  const metric = benchmark.metric;
  const isMoney = MONEY_METRICS.has(metric);
  if (!isMoney && !RATIO_METRICS.has(metric)) return { ok: false, reason: 'no-metric' };
  const period = comparablePeriod(report.periods, benchmark.year);
  const raw = report.base[metric as MetricKey][period];
  if (raw === null || raw === undefined || !Number.isFinite(raw)) return { ok: false, reason: 'no-value' };
  const periodLabel = report.periods[period] ?? '';
  if (!isMoney) {
    if (benchmark.unit !== null && benchmark.unit !== 'ratio') return { ok: false, reason: 'unit' };
    return { ok: true, value: raw, period: periodLabel };
  }
  if (benchmark.currency !== null && benchmark.currency !== report.currency)
    return { ok: false, reason: 'currency' };
  const value = convertMoney(raw, report.unit, benchmark.unit ?? 'one');
  if (value === null || !isMoneyUnit(benchmark.unit ?? 'one')) return { ok: false, reason: 'unit' };
  return { ok: true, value, period: periodLabel };
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

const NOTES: Record<Exclude<CaseValue, { ok: true }>['reason'], string | null> = {
  'no-metric': null,
  'no-value': 'This case has no value for this metric yet (per-employee figures need company.employees).',
  unit: 'This case is not shown: the benchmark’s unit cannot be compared with the case’s.',
  currency: 'This case is not shown: the benchmark is in another currency.',
};

export function benchmarkModel(report: CaseReport, benchmark: BenchmarkReport): BenchmarkModel {
  const bars: BenchmarkBar[] = Object.entries(benchmark.values)
    .filter(([, value]) => Number.isFinite(value))
    .map(([label, value]) => ({ label, value, isCase: false }));
  const own = caseValueFor(report, benchmark);
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
    caseLinks: METRIC_LINKS[benchmark.metric] ?? [benchmark.metric],
  };
}
