/**
 * The five range distributions of format 1.1 ("Ranges"): CDF, quantile and a vectorised sampler each.
 *
 * Conventions shared by every function here:
 * - `low`, `likely`, `high` are the range's numbers as written (money in the case's unit, or a ratio
 *   as a fraction); x has the same unit; probabilities p are fractions in [0, 1].
 * - Parameters must satisfy the format's rules (low < high, low ≤ likely ≤ high, low > 0 for lognormal,
 *   all finite); otherwise the function throws a RangeError. The validator reports those cases at
 *   their position before anything is sampled, so a throw here is a programming error.
 * - A quantile of p outside [0, 1] (or NaN) is NaN; quantile(0) and quantile(1) are the support's ends
 *   (±Infinity for normal, 0 and Infinity for lognormal). A CDF of NaN is NaN.
 * - A sampler fills the whole `out` (length = the number of trials) from `stream`, in index order, and
 *   returns it. Triangular, uniform, normal and lognormal use exactly one uniform per trial (inverse-CDF
 *   sampling: out[i] = quantile(u_i)), so the same stream gives the same trial-by-trial draws whatever
 *   the other trials; Beta-PERT uses rejection sampling (about 4 uniforms per trial).
 * - Reproducibility: triangular and uniform use only arithmetic and `Math.sqrt`, which IEEE 754 fixes
 *   to the bit. Normal, lognormal and PERT also use `Math.log`/`Math.exp`, which give the same bits in
 *   every V8 (Node, VS Code's webview, its web workers; checked Node 20 against Chromium 150) but
 *   which the ECMAScript standard lets other engines round differently in the last bit.
 */
import { sampleBeta } from './gammaBetaSampling';
import type { RandomStream } from './random';
import {
  inverseRegularizedIncompleteBeta,
  regularizedIncompleteBeta,
  standardNormalCdf,
  standardNormalQuantile,
} from './specialFunctions';

/** Φ⁻¹(0.95): low and high of a normal or lognormal range lie this many σ from the centre. */
export const Z95 = 1.6448536269514722;

// ---------------------------------------------------------------------------------------------
// Triangular(low, likely, high)
// ---------------------------------------------------------------------------------------------

/**
 * CDF of the triangular distribution on [low, high] with mode `likely`:
 * (x − low)² / ((high − low)(likely − low)) up to the mode, 1 − (high − x)² / ((high − low)(high − likely))
 * after it; 0 below low, 1 above high.
 */
export function triangularCdf(x: number, low: number, likely: number, high: number): number {
  checkThreePoint(low, likely, high);
  if (Number.isNaN(x)) return x;
  if (x <= low) return 0;
  if (x >= high) return 1;
  const width = high - low;
  if (x <= likely) return ((x - low) * (x - low)) / (width * (likely - low));
  return 1 - ((high - x) * (high - x)) / (width * (high - likely));
}

/**
 * Quantile of the triangular distribution: low + √(p (high − low)(likely − low)) for p below
 * F(likely) = (likely − low)/(high − low), high − √((1 − p)(high − low)(high − likely)) from there on;
 * clamped to [low, high] against rounding.
 */
export function triangularQuantile(p: number, low: number, likely: number, high: number): number {
  checkThreePoint(low, likely, high);
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  return triangularInverse(p, low, likely, high);
}

/** triangularQuantile for checked parameters and p in [0, 1]. */
function triangularInverse(p: number, low: number, likely: number, high: number): number {
  const width = high - low;
  const value =
    p * width < likely - low
      ? low + Math.sqrt(p * width * (likely - low))
      : high - Math.sqrt((1 - p) * width * (high - likely));
  return Math.min(high, Math.max(low, value));
}

/** Fills `out` with triangular(low, likely, high) draws by inverse CDF, one uniform per trial. */
export function sampleTriangular(
  stream: RandomStream,
  out: Float64Array,
  low: number,
  likely: number,
  high: number,
): Float64Array {
  checkThreePoint(low, likely, high);
  stream.fillUniform(out);
  for (let i = 0; i < out.length; i++) out[i] = triangularInverse(out[i]!, low, likely, high);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Beta-PERT(low, likely, high), λ = 4
// ---------------------------------------------------------------------------------------------

/**
 * Shape of Beta-PERT with λ = 4: α = 1 + 4(likely − low)/(high − low), β = 1 + 4(high − likely)/(high − low),
 * so 1 ≤ α, β ≤ 5, α + β = 6 and the mean is (low + 4·likely + high)/6.
 */
export function pertShape(low: number, likely: number, high: number): { alpha: number; beta: number } {
  checkThreePoint(low, likely, high);
  const width = high - low;
  return { alpha: 1 + (4 * (likely - low)) / width, beta: 1 + (4 * (high - likely)) / width };
}

/** CDF of Beta-PERT: I_((x − low)/(high − low))(α, β), the regularised incomplete beta function. */
export function pertCdf(x: number, low: number, likely: number, high: number): number {
  const { alpha, beta } = pertShape(low, likely, high);
  if (Number.isNaN(x)) return x;
  return regularizedIncompleteBeta((x - low) / (high - low), alpha, beta);
}

/** Quantile of Beta-PERT: low + (high − low) · I⁻¹_p(α, β), by Newton's method on the incomplete beta. */
export function pertQuantile(p: number, low: number, likely: number, high: number): number {
  const { alpha, beta } = pertShape(low, likely, high);
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  return Math.min(high, low + (high - low) * inverseRegularizedIncompleteBeta(p, alpha, beta));
}

/**
 * Fills `out` with Beta-PERT(low, likely, high) draws: low + (high − low)·B with B ~ Beta(α, β) drawn as
 * X/(X + Y) from two Marsaglia–Tsang Gamma variates (rejection: about 4 uniforms per trial).
 */
export function samplePert(
  stream: RandomStream,
  out: Float64Array,
  low: number,
  likely: number,
  high: number,
): Float64Array {
  const { alpha, beta } = pertShape(low, likely, high);
  sampleBeta(stream, out, alpha, beta);
  const width = high - low;
  for (let i = 0; i < out.length; i++) out[i] = Math.min(high, low + width * out[i]!);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Uniform(low, high)
// ---------------------------------------------------------------------------------------------

/** CDF of the uniform distribution on [low, high]: (x − low)/(high − low), clamped to [0, 1]. */
export function uniformCdf(x: number, low: number, high: number): number {
  checkTwoPoint(low, high);
  if (Number.isNaN(x)) return x;
  return Math.min(1, Math.max(0, (x - low) / (high - low)));
}

/** Quantile of the uniform distribution: low + p (high − low), at most high. */
export function uniformQuantile(p: number, low: number, high: number): number {
  checkTwoPoint(low, high);
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  return Math.min(high, low + p * (high - low));
}

/** Fills `out` with uniform draws on [low, high], one uniform per trial. */
export function sampleUniform(
  stream: RandomStream,
  out: Float64Array,
  low: number,
  high: number,
): Float64Array {
  checkTwoPoint(low, high);
  stream.fillUniform(out);
  const width = high - low;
  for (let i = 0; i < out.length; i++) out[i] = Math.min(high, low + out[i]! * width);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Normal: low and high are the 5th and 95th percentiles
// ---------------------------------------------------------------------------------------------

/** Mean (low + high)/2 and standard deviation σ = (high − low)/(2·Z95) of a normal 90 % interval. */
export function normalParameters(low: number, high: number): { mean: number; sd: number } {
  checkTwoPoint(low, high);
  return { mean: (low + high) / 2, sd: (high - low) / (2 * Z95) };
}

/** CDF of the normal distribution whose 5th and 95th percentiles are low and high: Φ((x − mean)/σ). */
export function normalCdf(x: number, low: number, high: number): number {
  const { mean, sd } = normalParameters(low, high);
  return standardNormalCdf((x - mean) / sd);
}

/**
 * Quantile of the normal distribution whose 5th and 95th percentiles are low and high: mean + σ·Φ⁻¹(p).
 * normalQuantile(0.05, low, high) is low and normalQuantile(0.95, low, high) is high, to rounding.
 */
export function normalQuantile(p: number, low: number, high: number): number {
  const { mean, sd } = normalParameters(low, high);
  return mean + sd * standardNormalQuantile(p);
}

/** Fills `out` with normal draws (5th/95th percentiles low/high) by inverse CDF, one uniform per trial. */
export function sampleNormal(
  stream: RandomStream,
  out: Float64Array,
  low: number,
  high: number,
): Float64Array {
  const { mean, sd } = normalParameters(low, high);
  stream.fillUniform(out);
  for (let i = 0; i < out.length; i++) out[i] = mean + sd * standardNormalQuantile(out[i]!);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Lognormal: low and high (> 0) are the 5th and 95th percentiles
// ---------------------------------------------------------------------------------------------

/**
 * Parameters of ln X ~ Normal(μ, σ) for a lognormal 90 % interval [low, high], 0 < low < high:
 * μ = (ln low + ln high)/2 (so the median e^μ is √(low·high)), σ = (ln high − ln low)/(2·Z95).
 */
export function lognormalParameters(low: number, high: number): { mu: number; sigma: number } {
  checkLognormal(low, high);
  const lnLow = Math.log(low);
  const lnHigh = Math.log(high);
  return { mu: (lnLow + lnHigh) / 2, sigma: (lnHigh - lnLow) / (2 * Z95) };
}

/** CDF of the lognormal whose 5th and 95th percentiles are low and high: Φ((ln x − μ)/σ); 0 for x ≤ 0. */
export function lognormalCdf(x: number, low: number, high: number): number {
  const { mu, sigma } = lognormalParameters(low, high);
  if (Number.isNaN(x)) return x;
  if (x <= 0) return 0;
  return standardNormalCdf((Math.log(x) - mu) / sigma);
}

/**
 * Quantile of the lognormal whose 5th and 95th percentiles are low and high: exp(μ + σ·Φ⁻¹(p)).
 * lognormalQuantile(0.05, …) is low and lognormalQuantile(0.95, …) is high, to rounding.
 */
export function lognormalQuantile(p: number, low: number, high: number): number {
  const { mu, sigma } = lognormalParameters(low, high);
  return Math.exp(mu + sigma * standardNormalQuantile(p));
}

/** Fills `out` with lognormal draws (5th/95th percentiles low/high) by inverse CDF, one uniform per trial. */
export function sampleLognormal(
  stream: RandomStream,
  out: Float64Array,
  low: number,
  high: number,
): Float64Array {
  const { mu, sigma } = lognormalParameters(low, high);
  stream.fillUniform(out);
  for (let i = 0; i < out.length; i++) out[i] = Math.exp(mu + sigma * standardNormalQuantile(out[i]!));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Parameter checks
// ---------------------------------------------------------------------------------------------

function checkTwoPoint(low: number, high: number): void {
  if (!(Number.isFinite(low) && Number.isFinite(high) && low < high)) {
    throw new RangeError(`a range needs finite low < high, got low ${low}, high ${high}`);
  }
}

function checkThreePoint(low: number, likely: number, high: number): void {
  checkTwoPoint(low, high);
  if (!(likely >= low && likely <= high)) {
    throw new RangeError(`a range needs low ≤ likely ≤ high, got ${low}, ${likely}, ${high}`);
  }
}

function checkLognormal(low: number, high: number): void {
  checkTwoPoint(low, high);
  if (!(low > 0)) throw new RangeError(`a lognormal range needs low > 0, got ${low}`);
}
