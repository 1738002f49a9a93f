/**
 * A range (format 1.1, "Ranges") as numbers, and what the simulation and sensitivity need of it: its
 * point value, its low/high ends, and its sampler whatever the distribution.
 *
 * Numbers are as written in the file after unit conversion (money in the case's unit, percentages as
 * fractions). The text form "low..high" is a `normal` range. The parser fills in `dist` (triangular
 * when a three-point range names none).
 */
import { sampleLognormal, sampleNormal, samplePert, sampleTriangular, sampleUniform } from './distributions';
import type { RandomStream } from './random';

/** A three-point range: triangular (the default) or Beta-PERT with λ = 4. */
export interface ThreePointRange {
  readonly dist: 'triangular' | 'pert';
  readonly low: number;
  readonly likely: number;
  readonly high: number;
}

/** A two-point range: uniform on [low, high], or normal / lognormal with low and high as 5th and 95th percentiles. */
export interface TwoPointRange {
  readonly dist: 'uniform' | 'normal' | 'lognormal';
  readonly low: number;
  readonly high: number;
}

export type Range = ThreePointRange | TwoPointRange;

/** The distribution names of the format: the values of `dist`. */
export type DistributionName = Range['dist'];

/**
 * What is numerically wrong with a range, by the format's rules, or null when nothing is: a non-finite
 * number, low ≥ high, low > likely, likely > high, or lognormal with low ≤ 0. (Rules about the written
 * form — ends of different kinds, `likely` with a two-point distribution — are the parser's.) Every
 * function below throws a RangeError for a range with a problem.
 */
export function rangeProblem(range: Range): string | null {
  const { low, high } = range;
  if (!Number.isFinite(low) || !Number.isFinite(high)) return 'low and high must be finite numbers';
  if (range.dist === 'triangular' || range.dist === 'pert') {
    if (!Number.isFinite(range.likely)) return 'likely must be a finite number';
    if (low > range.likely) return 'low must not exceed likely';
    if (range.likely > high) return 'likely must not exceed high';
  }
  if (low >= high) return 'low must be below high';
  if (range.dist === 'lognormal' && low <= 0) return 'a lognormal range needs low > 0';
  return null;
}

/**
 * The point value (the base case's number) of a range, per the format's table: `likely` for triangular
 * and PERT; the midpoint (low + high)/2 for uniform and normal; √(low·high), the median, for lognormal
 * (computed as √low·√high, which cannot overflow).
 */
export function pointValue(range: Range): number {
  check(range);
  switch (range.dist) {
    case 'triangular':
    case 'pert':
      return range.likely;
    case 'uniform':
    case 'normal':
      return (range.low + range.high) / 2;
    case 'lognormal':
      return Math.sqrt(range.low) * Math.sqrt(range.high);
  }
}

/**
 * The low and high that sensitivity moves an input between: the range's own `low` and `high` for
 * every distribution (for normal and lognormal those are, by definition, the 5th and 95th percentiles).
 */
export function rangeEnds(range: Range): { low: number; high: number } {
  check(range);
  return { low: range.low, high: range.high };
}

/**
 * Fills `out` (one entry per trial) with independent draws from the range's distribution, taken from
 * `stream`, and returns it. See distributions.ts for how many uniforms each distribution consumes.
 */
export function sampleRange(range: Range, stream: RandomStream, out: Float64Array): Float64Array {
  check(range);
  switch (range.dist) {
    case 'triangular':
      return sampleTriangular(stream, out, range.low, range.likely, range.high);
    case 'pert':
      return samplePert(stream, out, range.low, range.likely, range.high);
    case 'uniform':
      return sampleUniform(stream, out, range.low, range.high);
    case 'normal':
      return sampleNormal(stream, out, range.low, range.high);
    case 'lognormal':
      return sampleLognormal(stream, out, range.low, range.high);
  }
}

function check(range: Range): void {
  const problem = rangeProblem(range);
  if (problem !== null) throw new RangeError(`invalid ${range.dist} range: ${problem}`);
}
