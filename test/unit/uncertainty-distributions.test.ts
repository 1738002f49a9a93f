import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createRandomStream } from '../../src/core/uncertainty/random';
import {
  Z95,
  lognormalCdf,
  lognormalParameters,
  lognormalQuantile,
  normalCdf,
  normalParameters,
  normalQuantile,
  pertCdf,
  pertQuantile,
  pertShape,
  sampleTriangular,
  triangularCdf,
  triangularQuantile,
  uniformCdf,
  uniformQuantile,
} from '../../src/core/uncertainty/distributions';
import { sampleBeta, sampleGamma } from '../../src/core/uncertainty/gammaBetaSampling';
import { regularizedIncompleteBeta } from '../../src/core/uncertainty/specialFunctions';
import { percentile } from '../../src/core/uncertainty/percentiles';
import {
  pointValue,
  rangeEnds,
  rangeProblem,
  sampleRange,
  type Range,
} from '../../src/core/uncertainty/ranges';

const N = 20_000;
/** Kolmogorov–Smirnov critical value for α = 1 %: 1.63/√n ≈ 0.0115. With a fixed seed the test is deterministic. */
const KS_BOUND = 1.63 / Math.sqrt(N);

/** The KS statistic D = sup |F_n(x) − F(x)| of a sample against a CDF. */
function ksStatistic(sample: Float64Array, cdf: (x: number) => number): number {
  const sorted = sample.slice().sort();
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(sorted[i]!);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return d;
}

const draw = (range: Range, seed = 1, n = N): Float64Array =>
  sampleRange(range, createRandomStream(seed), new Float64Array(n));

const RANGES: readonly Range[] = [
  { dist: 'triangular', low: 9.8, likely: 10.16, high: 10.6 },
  { dist: 'triangular', low: 0, likely: 0, high: 1 },
  { dist: 'triangular', low: -3, likely: 5, high: 5 },
  { dist: 'pert', low: 9.8, likely: 10.16, high: 10.6 },
  { dist: 'pert', low: -0.15, likely: -0.05, high: 0 },
  { dist: 'pert', low: 0, likely: 0, high: 2 },
  { dist: 'uniform', low: -0.15, high: -0.05 },
  { dist: 'normal', low: 440, high: 500 },
  { dist: 'normal', low: -0.15, high: -0.05 },
  { dist: 'lognormal', low: 0.2, high: 5 },
  { dist: 'lognormal', low: 9.8e9, high: 10.6e9 },
];

describe('samplers against their analytic CDFs (Kolmogorov–Smirnov, n = 20,000, seed 1)', () => {
  for (const range of RANGES) {
    it(`${range.dist} ${JSON.stringify(range)}`, () => {
      const sample = draw(range);
      expect(sample).toHaveLength(N);
      expect(ksStatistic(sample, (x) => rangeCdf(range, x))).toBeLessThan(KS_BOUND);
      // Support: bounded distributions stay inside [low, high]; lognormal stays positive.
      if (range.dist !== 'normal' && range.dist !== 'lognormal') {
        expect(sample.every((x) => x >= range.low && x <= range.high)).toBe(true);
      }
      if (range.dist === 'lognormal') expect(sample.every((x) => x > 0)).toBe(true);
    });
  }

  it('Beta(1/2, 1/2) (Gamma shapes below 1) against the arcsine law', () => {
    const sample = sampleBeta(createRandomStream(1), new Float64Array(N), 0.5, 0.5);
    expect(
      ksStatistic(sample, (x) => (2 / Math.PI) * Math.asin(Math.sqrt(Math.min(1, Math.max(0, x))))),
    ).toBeLessThan(KS_BOUND);
  });

  it('Beta(2.2, 3.8) against the incomplete beta function', () => {
    const sample = sampleBeta(createRandomStream(1), new Float64Array(N), 2.2, 3.8);
    expect(ksStatistic(sample, (x) => regularizedIncompleteBeta(x, 2.2, 3.8))).toBeLessThan(KS_BOUND);
  });

  it('Gamma(k) has mean k and variance k', () => {
    for (const shape of [0.3, 1, 4.5]) {
      const sample = sampleGamma(createRandomStream(1), new Float64Array(N), shape);
      let mean = 0;
      for (const x of sample) mean += x / N;
      let variance = 0;
      for (const x of sample) variance += (x - mean) ** 2 / (N - 1);
      // The mean's standard error is √(k/n); the variance's relative one is about √((2 + 6/k)/n) ≤ 0.034.
      expect(Math.abs(mean - shape)).toBeLessThan(4 * Math.sqrt(shape / N));
      expect(Math.abs(variance / shape - 1)).toBeLessThan(0.1);
      expect(sample.every((x) => x > 0)).toBe(true);
    }
  });
});

describe('normal and lognormal: low and high are the 5th and 95th percentiles', () => {
  const cases: Range[] = [
    { dist: 'normal', low: 440, high: 500 },
    { dist: 'normal', low: -0.15, high: -0.05 },
    { dist: 'lognormal', low: 0.2, high: 5 },
    { dist: 'lognormal', low: 9.8e9, high: 10.6e9 },
  ];
  for (const range of cases) {
    it(`${range.dist} [${range.low}, ${range.high}]`, () => {
      // Analytic: the quantiles at 5 % and 95 % give back low and high, to rounding.
      const scale = Math.max(Math.abs(range.low), Math.abs(range.high));
      expect(Math.abs(rangeQuantile(range, 0.05) - range.low)).toBeLessThan(1e-14 * scale);
      expect(Math.abs(rangeQuantile(range, 0.95) - range.high)).toBeLessThan(1e-14 * scale);
      expect(rangeCdf(range, range.low)).toBeCloseTo(0.05, 14);
      expect(rangeCdf(range, range.high)).toBeCloseTo(0.95, 14);
      // Sampled: p5 and p95 of 20,000 draws within 2 % of the interval's width of low and high (for the
      // normal, the standard error of a sample 5th percentile is about 0.015 σ, 0.0046 of the width).
      const sample = draw(range);
      const width = range.high - range.low;
      expect(Math.abs(percentile(sample, 0.05)! - range.low)).toBeLessThan(0.02 * width);
      expect(Math.abs(percentile(sample, 0.95)! - range.high)).toBeLessThan(0.02 * width);
      // The median is the point value.
      expect(Math.abs(rangeQuantile(range, 0.5) - pointValue(range))).toBeLessThan(1e-14 * scale);
    });
  }

  it('derives mean, σ, μ from the 90 % interval', () => {
    expect(normalParameters(440, 500)).toEqual({ mean: 470, sd: 60 / (2 * 1.6448536269514722) });
    expect(Z95).toBe(1.6448536269514722);
    const { mu, sigma } = lognormalParameters(0.2, 5);
    expect(Math.exp(mu)).toBeCloseTo(1, 15); // √(0.2·5)
    expect(sigma).toBeCloseTo(Math.log(25) / (2 * Z95), 15);
    expect(normalQuantile(0.05, 440, 500)).toBeCloseTo(440, 12);
    expect(lognormalQuantile(0.95, 0.2, 5)).toBeCloseTo(5, 13);
  });
});

describe('CDF and quantile are inverse to each other', () => {
  const rangeArbitrary: fc.Arbitrary<Range> = fc
    .tuple(
      fc.constantFrom('triangular', 'pert', 'uniform', 'normal', 'lognormal'),
      fc.double({ min: 0.001, max: 1000, noNaN: true }),
      fc.double({ min: 0.001, max: 1000, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
    )
    .map(([dist, low, width, share]): Range => {
      const high = low + width;
      if (dist === 'triangular' || dist === 'pert') {
        return { dist, low, likely: Math.min(high, low + share * width), high };
      }
      return { dist, low, high };
    });

  it('F(Q(p)) = p and Q is non-decreasing', () => {
    fc.assert(
      fc.property(rangeArbitrary, fc.double({ min: 0.001, max: 0.999, noNaN: true }), (range, p) => {
        const q = rangeQuantile(range, p);
        const qHigher = rangeQuantile(range, Math.min(1, p + 0.001));
        return Math.abs(rangeCdf(range, q) - p) < 1e-9 && qHigher >= q;
      }),
    );
  });

  it('bounded distributions: Q(0) = low, Q(1) = high, F(low) = 0, F(high) = 1', () => {
    for (const range of RANGES.filter((r) => r.dist !== 'normal' && r.dist !== 'lognormal')) {
      expect(rangeQuantile(range, 0)).toBe(range.low);
      expect(rangeQuantile(range, 1)).toBe(range.high);
      expect(rangeCdf(range, range.low)).toBe(0);
      expect(rangeCdf(range, range.high)).toBe(1);
      expect(rangeCdf(range, range.low - 1)).toBe(0);
      expect(rangeCdf(range, range.high + 1)).toBe(1);
    }
    expect(rangeQuantile({ dist: 'normal', low: 1, high: 2 }, 0)).toBe(Number.NEGATIVE_INFINITY);
    expect(rangeQuantile({ dist: 'lognormal', low: 1, high: 2 }, 0)).toBe(0);
    expect(rangeCdf({ dist: 'lognormal', low: 1, high: 2 }, -1)).toBe(0);
    expect(rangeQuantile({ dist: 'uniform', low: 1, high: 2 }, 1.5)).toBeNaN();
  });

  it('triangular: hand values', () => {
    const range: Range = { dist: 'triangular', low: 0, likely: 1, high: 4 };
    // F(1) = 1/4; F(x) = x²/4 below the mode, 1 − (4 − x)²/12 above it.
    expect(rangeCdf(range, 1)).toBe(0.25);
    expect(rangeCdf(range, 0.5)).toBe(0.0625);
    expect(rangeCdf(range, 3)).toBeCloseTo(1 - 1 / 12, 15);
    expect(rangeQuantile(range, 0.25)).toBe(1);
    expect(rangeQuantile(range, 0.0625)).toBe(0.5);
  });

  it('PERT: α and β from λ = 4, and the mean (low + 4·likely + high)/6', () => {
    expect(pertShape(0, 1, 4)).toEqual({ alpha: 2, beta: 4 });
    expect(pertShape(0, 0, 2)).toEqual({ alpha: 1, beta: 5 });
    const range: Range = { dist: 'pert', low: 9.8, likely: 10.16, high: 10.6 };
    const sample = draw(range);
    let mean = 0;
    for (const x of sample) mean += x / N;
    expect(Math.abs(mean - (9.8 + 4 * 10.16 + 10.6) / 6)).toBeLessThan(0.005);
  });
});

describe('pointValue and rangeEnds', () => {
  it('follow the format page’s table', () => {
    expect(pointValue({ dist: 'triangular', low: 9.8, likely: 10.16, high: 10.6 })).toBe(10.16);
    expect(pointValue({ dist: 'pert', low: 9.8, likely: 10.16, high: 10.6 })).toBe(10.16);
    expect(pointValue({ dist: 'uniform', low: -0.15, high: -0.05 })).toBe(-0.1);
    expect(pointValue({ dist: 'normal', low: 440, high: 500 })).toBe(470);
    expect(pointValue({ dist: 'lognormal', low: 4, high: 9 })).toBe(6);
    expect(pointValue({ dist: 'lognormal', low: 1e200, high: 4e200 })).toBeCloseTo(2e200, -186);
  });

  it('rangeEnds are the given low and high, for every distribution', () => {
    for (const range of RANGES) expect(rangeEnds(range)).toEqual({ low: range.low, high: range.high });
  });
});

describe('rangeProblem and invalid ranges', () => {
  it('names what is wrong', () => {
    expect(rangeProblem({ dist: 'triangular', low: 1, likely: 0.5, high: 2 })).toMatch(
      /low must not exceed likely/,
    );
    expect(rangeProblem({ dist: 'pert', low: 1, likely: 3, high: 2 })).toMatch(/likely must not exceed high/);
    expect(rangeProblem({ dist: 'triangular', low: 1, likely: 1, high: 1 })).toMatch(/below high/);
    expect(rangeProblem({ dist: 'uniform', low: 2, high: 2 })).toMatch(/below high/);
    expect(rangeProblem({ dist: 'normal', low: 3, high: 2 })).toMatch(/below high/);
    expect(rangeProblem({ dist: 'lognormal', low: 0, high: 2 })).toMatch(/low > 0/);
    expect(rangeProblem({ dist: 'uniform', low: Number.NaN, high: 2 })).toMatch(/finite/);
    expect(rangeProblem({ dist: 'triangular', low: 0, likely: Number.POSITIVE_INFINITY, high: 2 })).toMatch(
      /finite/,
    );
    for (const range of RANGES) expect(rangeProblem(range)).toBeNull();
  });

  it('every function throws a RangeError for an invalid range', () => {
    const bad: Range = { dist: 'lognormal', low: -1, high: 2 };
    expect(() => pointValue(bad)).toThrow(RangeError);
    expect(() => rangeEnds(bad)).toThrow(RangeError);
    expect(() => rangeCdf(bad, 1)).toThrow(RangeError);
    expect(() => rangeQuantile(bad, 0.5)).toThrow(RangeError);
    expect(() => sampleRange(bad, createRandomStream(1), new Float64Array(3))).toThrow(RangeError);
    expect(() => sampleTriangular(createRandomStream(1), new Float64Array(3), 0, 2, 1)).toThrow(RangeError);
    expect(() => sampleGamma(createRandomStream(1), new Float64Array(3), 0)).toThrow(RangeError);
  });
});

describe('reproducibility of samples', () => {
  it('same seed → identical arrays, bit for bit; different seeds → different arrays', () => {
    for (const range of RANGES) {
      const a = draw(range, 1, 2000);
      const b = draw(range, 1, 2000);
      expect(b).toEqual(a);
      expect(b.every((x, i) => Object.is(x, a[i]))).toBe(true);
      expect(draw(range, 2, 2000)).not.toEqual(a);
    }
  });

  it('inverse-CDF samplers consume one uniform per trial: a prefix does not depend on the length', () => {
    for (const range of RANGES.filter((r) => r.dist !== 'pert')) {
      expect(draw(range, 3, 100)).toEqual(draw(range, 3, 1000).subarray(0, 100));
    }
  });

  it('an empty output stays empty', () => {
    for (const range of RANGES) expect(draw(range, 1, 0)).toHaveLength(0);
  });
});

// The dispatch by `dist` that only these tests need (the product samples with `sampleRange`).
/** P(X ≤ x) for X distributed as the range says. */
function rangeCdf(range: Range, x: number): number {
  switch (range.dist) {
    case 'triangular':
      return triangularCdf(x, range.low, range.likely, range.high);
    case 'pert':
      return pertCdf(x, range.low, range.likely, range.high);
    case 'uniform':
      return uniformCdf(x, range.low, range.high);
    case 'normal':
      return normalCdf(x, range.low, range.high);
    case 'lognormal':
      return lognormalCdf(x, range.low, range.high);
  }
}

/** The p-quantile (p a fraction in [0, 1]) of the range's distribution; NaN for p outside [0, 1]. */
function rangeQuantile(range: Range, p: number): number {
  switch (range.dist) {
    case 'triangular':
      return triangularQuantile(p, range.low, range.likely, range.high);
    case 'pert':
      return pertQuantile(p, range.low, range.likely, range.high);
    case 'uniform':
      return uniformQuantile(p, range.low, range.high);
    case 'normal':
      return normalQuantile(p, range.low, range.high);
    case 'lognormal':
      return lognormalQuantile(p, range.low, range.high);
  }
}
