/**
 * Percentiles and summaries of simulated outcomes, computed like numpy's `percentile` with its default
 * method "linear" (Hyndman & Fan type 7).
 *
 * Conventions:
 * - An outcome array holds one value per trial; NaN marks a trial where the figure is undefined (IRR
 *   without a sign change, payback never reached). NaN entries are left out of every percentile and
 *   mean and counted in `undefinedShare` (numpy's `nanpercentile`). Other values, ±Infinity included,
 *   take part as they are.
 * - Probabilities p are fractions in [0, 1] (numpy takes percent: p = q / 100).
 * - Input arrays are never modified: sorting works on a copy (`Float64Array.prototype.sort`, numeric).
 */

import type { PercentileSummary } from '../report';

/** The percentile block of the report, over the defined trials; null figures when none is defined. */
export interface OutcomeSummary extends PercentileSummary {
  /** Share of trials (0 … 1) whose value is NaN (undefined); 0 for an empty array. */
  undefinedShare: number;
}

/**
 * The defined (non-NaN) values of `values`, ascending, as a new array. −0 sorts before +0.
 */
export function sortedDefined(values: Float64Array): Float64Array {
  let defined = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) defined++;
  const sorted = new Float64Array(defined);
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) sorted[k++] = v;
  }
  return sorted.sort();
}

/**
 * The p-quantile of already sorted values (ascending, no NaN), as numpy's `percentile(sorted, 100·p)`:
 * with h = (n − 1)·p, i = ⌊h⌋ and t = h − i, the result is v[i] + (v[i+1] − v[i])·t for t < 1/2 and
 * v[i+1] − (v[i+1] − v[i])·(1 − t) for t ≥ 1/2 (numpy's `_lerp`, which gives the same bits); v[n−1] at p = 1.
 *
 * @param p a fraction in [0, 1]
 * @returns the percentile, or null when `sorted` is empty or p is outside [0, 1] or NaN
 */
export function percentileOfSorted(sorted: Float64Array, p: number): number | null {
  const n = sorted.length;
  if (n === 0 || !(p >= 0 && p <= 1)) return null;
  const h = (n - 1) * p;
  const i = Math.floor(h);
  const a = sorted[i]!;
  if (i >= n - 1) return a;
  const b = sorted[i + 1]!;
  const t = h - i;
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/**
 * The p-quantile of `values` (any order, NaN entries ignored), as numpy's `nanpercentile(values, 100·p)`.
 * Sorts a copy; for several percentiles of the same array use `summarizeOutcomes` or `sortedDefined`.
 *
 * @param p a fraction in [0, 1]
 * @returns the percentile, or null when no value is defined or p is outside [0, 1]
 */
export function percentile(values: Float64Array, p: number): number | null {
  return percentileOfSorted(sortedDefined(values), p);
}

/**
 * p5, p10, p50, p90, p95 and the mean of the defined trials, and the share of undefined (NaN) trials.
 * The mean is a compensated (Neumaier) sum over the sorted defined values, divided by their count.
 * A figure that is not finite (only possible when values include ±Infinity) is null, as the report
 * holds no NaN or Infinity.
 */
export function summarizeOutcomes(values: Float64Array): OutcomeSummary {
  const sorted = sortedDefined(values);
  const undefinedShare = values.length === 0 ? 0 : (values.length - sorted.length) / values.length;
  const at = (p: number): number | null => finiteOrNull(percentileOfSorted(sorted, p));
  return {
    p5: at(0.05),
    p10: at(0.1),
    p50: at(0.5),
    p90: at(0.9),
    p95: at(0.95),
    mean: sorted.length === 0 ? null : finiteOrNull(neumaierSum(sorted) / sorted.length),
    undefinedShare,
  };
}

/**
 * Share of all trials (0 … 1) whose value is strictly below `threshold`, for `probabilityNegativeNpv`
 * and `probabilityOperatingLoss` (threshold 0). NaN trials count as not below; 0 for an empty array.
 */
export function shareBelow(values: Float64Array, threshold: number): number {
  if (values.length === 0) return 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! < threshold) count++;
  return count / values.length;
}

/** Σ values with Neumaier's compensation (exact to about one rounding for sums without cancellation). */
function neumaierSum(values: Float64Array): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return Number.isFinite(sum) ? sum + compensation : sum;
}

function finiteOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}
