import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  percentile,
  percentileOfSorted,
  shareBelow,
  sortedDefined,
  summarizeOutcomes,
} from '../../src/core/uncertainty/percentiles';

// numpy's default ("linear") percentile of n sorted values v at probability p: h = (n − 1)·p,
// i = ⌊h⌋, t = h − i, result v[i] + (v[i+1] − v[i])·t.

describe('percentile, like numpy.percentile', () => {
  it('np.percentile([1, 2, 3, 4], [5, 50, 95]) = [1.15, 2.5, 3.85]', () => {
    const v = Float64Array.of(1, 2, 3, 4);
    // h = 3·0.05 = 0.15 → 1 + 0.15; h = 1.5 → 2 + 0.5; h = 2.85 → 3 + 0.85
    expect(percentile(v, 0.05)).toBeCloseTo(1.15, 14);
    expect(percentile(v, 0.5)).toBe(2.5);
    expect(percentile(v, 0.95)).toBeCloseTo(3.85, 14);
  });

  it('the numpy docstring example: np.percentile([[10, 7, 4], [3, 2, 1]], 50) = 3.5', () => {
    // Sorted 1 2 3 4 7 10; h = 5·0.5 = 2.5 → 3 + 0.5·(4 − 3)
    expect(percentile(Float64Array.of(10, 7, 4, 3, 2, 1), 0.5)).toBe(3.5);
  });

  it('an unsorted vector with ties and negatives', () => {
    const v = Float64Array.of(3.5, -1, 7, 7, 2, 0, 10, 4.25); // sorted: −1 0 2 3.5 4.25 7 7 10
    expect(percentile(v, 0.05)).toBeCloseTo(-0.65, 14); // h = 0.35: −1 + 0.35·1
    expect(percentile(v, 0.1)).toBeCloseTo(-0.3, 14); // h = 0.7: −1 + 0.7·1
    expect(percentile(v, 0.5)).toBe(3.875); // h = 3.5: 3.5 + 0.5·0.75
    expect(percentile(v, 0.9)).toBeCloseTo(7.9, 14); // h = 6.3: 7 + 0.3·3
    expect(percentile(v, 0.95)).toBeCloseTo(8.95, 14); // h = 6.65: 7 + 0.65·3
    expect(percentile(v, 0)).toBe(-1);
    expect(percentile(v, 1)).toBe(10);
    // Bit for bit what numpy 2.4 prints for np.percentile(v, [5, 10, 90]), rounding included.
    expect(percentile(v, 0.05)).toBe(-0.6499999999999999);
    expect(percentile(v, 0.1)).toBe(-0.29999999999999993);
    expect(percentile(v, 0.9)).toBe(7.8999999999999995);
  });

  it('np.percentile([0.1, 0.2, 0.7], [5, 10, 50, 90, 95]) = [0.11, 0.12, 0.2, 0.6, 0.65]', () => {
    const v = Float64Array.of(0.7, 0.1, 0.2);
    // h = 2p: 0.1 → 0.1 + 0.1·0.1; 0.2 → 0.1 + 0.2·0.1; 1 → 0.2; 1.8 → 0.2 + 0.8·0.5; 1.9 → 0.2 + 0.9·0.5
    const expected = [0.11, 0.12, 0.2, 0.6, 0.65];
    [0.05, 0.1, 0.5, 0.9, 0.95].forEach((p, k) => expect(percentile(v, p)).toBeCloseTo(expected[k]!, 14));
  });

  it('one value is every percentile; no value or a bad p gives null', () => {
    expect(percentile(Float64Array.of(42), 0.05)).toBe(42);
    expect(percentile(Float64Array.of(42), 0.95)).toBe(42);
    expect(percentile(new Float64Array(0), 0.5)).toBeNull();
    expect(percentile(Float64Array.of(Number.NaN, Number.NaN), 0.5)).toBeNull();
    expect(percentile(Float64Array.of(1, 2), -0.1)).toBeNull();
    expect(percentile(Float64Array.of(1, 2), 1.5)).toBeNull();
    expect(percentile(Float64Array.of(1, 2), Number.NaN)).toBeNull();
  });

  it('ignores NaN like np.nanpercentile([nan, 4, 1, nan, 3, 2], [5, 50, 95]) = [1.15, 2.5, 3.85]', () => {
    const v = Float64Array.of(Number.NaN, 4, 1, Number.NaN, 3, 2);
    expect(percentile(v, 0.05)).toBeCloseTo(1.15, 14);
    expect(percentile(v, 0.5)).toBe(2.5);
    expect(percentile(v, 0.95)).toBeCloseTo(3.85, 14);
  });

  it('does not modify its input', () => {
    const v = Float64Array.of(3, Number.NaN, 1, 2);
    percentile(v, 0.5);
    summarizeOutcomes(v);
    expect(Array.from(v)).toEqual([3, Number.NaN, 1, 2]);
  });

  it('lies between its neighbours, grows with p, and equals the formula', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p, p2) => {
          const sorted = sortedDefined(Float64Array.from(values));
          const n = sorted.length;
          const h = (n - 1) * p;
          const i = Math.floor(h);
          const a = sorted[i]!;
          const b = sorted[Math.min(i + 1, n - 1)]!;
          const q = percentileOfSorted(sorted, p)!;
          const formula = a + (b - a) * (h - i);
          const [lo, hi] = p <= p2 ? [p, p2] : [p2, p];
          return (
            q >= a &&
            q <= b &&
            Math.abs(q - formula) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) &&
            percentileOfSorted(sorted, lo)! <= percentileOfSorted(sorted, hi)!
          );
        },
      ),
    );
  });
});

describe('sortedDefined', () => {
  it('drops NaN and sorts numerically (not as text)', () => {
    expect(Array.from(sortedDefined(Float64Array.of(10, Number.NaN, 9, -2, 100)))).toEqual([-2, 9, 10, 100]);
  });
});

describe('summarizeOutcomes', () => {
  it('gives p5, p10, p50, p90, p95, the mean and the undefined share', () => {
    const v = Float64Array.of(3.5, -1, 7, Number.NaN, 7, 2, 0, 10, 4.25, Number.NaN);
    const summary = summarizeOutcomes(v);
    expect(summary.p5).toBeCloseTo(-0.65, 14);
    expect(summary.p10).toBeCloseTo(-0.3, 14);
    expect(summary.p50).toBe(3.875);
    expect(summary.p90).toBeCloseTo(7.9, 14);
    expect(summary.p95).toBeCloseTo(8.95, 14);
    expect(summary.mean).toBe(4.09375); // 32.75 / 8
    expect(summary.undefinedShare).toBe(0.2); // 2 of 10
  });

  it('all undefined: null figures and share 1; empty: null figures and share 0', () => {
    expect(summarizeOutcomes(Float64Array.of(Number.NaN, Number.NaN))).toEqual({
      p5: null,
      p10: null,
      p50: null,
      p90: null,
      p95: null,
      mean: null,
      undefinedShare: 1,
    });
    expect(summarizeOutcomes(new Float64Array(0)).undefinedShare).toBe(0);
    expect(summarizeOutcomes(new Float64Array(0)).mean).toBeNull();
  });

  it('never reports NaN or Infinity: a figure that is not finite is null', () => {
    const summary = summarizeOutcomes(
      Float64Array.of(Number.POSITIVE_INFINITY, 1, 2, Number.NEGATIVE_INFINITY),
    );
    for (const value of Object.values(summary)) expect(value === null || Number.isFinite(value)).toBe(true);
  });

  it('the mean is compensated: (1e16 + 1 − 1e16)/3 = 1/3, where a plain sum gives 0', () => {
    expect(summarizeOutcomes(Float64Array.of(1e16, 1, -1e16)).mean).toBe(1 / 3);
  });
});

describe('shareBelow', () => {
  it('counts values strictly below the threshold over all trials, NaN as not below', () => {
    expect(shareBelow(Float64Array.of(-1, 0, 1, Number.NaN), 0)).toBe(0.25);
    expect(shareBelow(Float64Array.of(-1, -2), 0)).toBe(1);
    expect(shareBelow(new Float64Array(0), 0)).toBe(0);
  });
});
