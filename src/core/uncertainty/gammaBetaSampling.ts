/**
 * Gamma and Beta variates from a `RandomStream`, for Beta-PERT.
 *
 * Gamma(shape, 1) by Marsaglia & Tsang (2000), "A simple method for generating gamma variables"
 * (ACM TOMS 26(3)); its normal variates come from the inverse normal CDF of one uniform each, so every
 * draw is a fixed function of the stream. Shapes below 1 use Gamma(shape) = Gamma(shape + 1) · U^(1/shape).
 * Beta(α, β) = X / (X + Y) with X ~ Gamma(α), Y ~ Gamma(β).
 *
 * Rejection sampling: the number of uniforms per variate varies (about 2.05 per Gamma draw for shape
 * ≥ 1), so a stream used for a Beta should serve that one input only (see `createRandomStream`).
 */
import type { RandomStream } from './random';
import { standardNormalQuantile } from './specialFunctions';

/**
 * Fills `out` with independent Gamma(shape, scale 1) variates (mean = shape) and returns it.
 *
 * @param shape k > 0 (finite)
 * @throws RangeError when shape is not positive and finite
 */
export function sampleGamma(stream: RandomStream, out: Float64Array, shape: number): Float64Array {
  const gamma = gammaSampler(shape);
  for (let i = 0; i < out.length; i++) out[i] = gamma(stream);
  return out;
}

/**
 * Fills `out` with independent Beta(alpha, beta) variates on [0, 1] and returns it. Each variate uses
 * one Gamma(alpha) draw, then one Gamma(beta) draw, from `stream`.
 *
 * @param alpha α > 0 (finite)
 * @param beta β > 0 (finite)
 * @throws RangeError when alpha or beta is not positive and finite
 */
export function sampleBeta(
  stream: RandomStream,
  out: Float64Array,
  alpha: number,
  beta: number,
): Float64Array {
  const gammaA = gammaSampler(alpha);
  const gammaB = gammaSampler(beta);
  for (let i = 0; i < out.length; i++) {
    const x = gammaA(stream);
    const y = gammaB(stream);
    // x + y > 0 but either may underflow to 0 for tiny shapes: then the variate is 0 or 1.
    out[i] = x + y > 0 ? x / (x + y) : x > 0 ? 1 : 0;
  }
  return out;
}

/** A Gamma(shape, 1) sampler with Marsaglia–Tsang's constants computed once. */
function gammaSampler(shape: number): (stream: RandomStream) => number {
  if (!(shape > 0 && Number.isFinite(shape))) {
    throw new RangeError(`a Gamma shape must be positive and finite, got ${shape}`);
  }
  const boosted = shape < 1;
  const d = (boosted ? shape + 1 : shape) - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  const inverseShape = 1 / shape;
  return (stream) => {
    let value: number;
    for (;;) {
      const z = standardNormalQuantile(stream.nextUniform());
      let v = 1 + c * z;
      if (v <= 0) continue;
      v = v * v * v;
      const u = stream.nextUniform();
      const z2 = z * z;
      // The squeeze accepts about 98 % of candidates without a logarithm.
      if (u < 1 - 0.0331 * z2 * z2 || Math.log(u) < 0.5 * z2 + d * (1 - v + Math.log(v))) {
        value = d * v;
        break;
      }
    }
    return boosted ? value * Math.pow(stream.nextUniform(), inverseShape) : value;
  };
}
