import { describe, expect, it } from 'vitest';
import { irr } from '../../src/core/finance';

// Expected values are exact roots worked by hand. With x = 1/(1 + r), NPV is the polynomial
// Q(x) = c_0 + c_1 x + c_2 x² + …, so factoring Q gives every IRR: a root x > 0 is r = 1/x − 1.

/** Every IRR the result names, ascending. */
const allRoots = (result: { irr: number | null; otherRoots: number[] }): number[] =>
  result.irr === null ? [] : [result.irr, ...result.otherRoots].sort((a, b) => a - b);

describe('an IRR of exactly 0 %', () => {
  it('is found and chosen for -100, 300, -200 (roots 0 % and 100 %)', () => {
    // -100 + 300x - 200x² = -100(1 - x)(1 - 2x): x = 1 or 1/2, so r = 0 or 1. The smallest
    // non-negative root is 0 %.
    const result = irr([-100, 300, -200]);
    expect(Object.is(result.irr, 0)).toBe(true);
    expect(result.otherRoots).toHaveLength(1);
    expect(result.otherRoots[0]).toBeCloseTo(1, 12);
    // The same polynomial times -1, and delayed by one period: the same roots.
    expect(allRoots(irr([100, -300, 200]))).toEqual(allRoots(result));
    expect(allRoots(irr([0, -100, 300, -200]))).toEqual(allRoots(result));
  });

  it('is the only IRR of an investment that just gets its money back', () => {
    // -100 + 50x + 50x² = 50(x - 1)(x + 2): x = 1 (r = 0); x = -2 is no rate.
    expect(irr([-100, 50, 50])).toEqual({ irr: 0, otherRoots: [] });
    expect(Object.is(irr([-100, 50, 50]).irr, 0)).toBe(true);
  });

  it('is reported once when repeated', () => {
    // -100 + 200x - 100x² = -100(1 - x)²; -1 + 3x - 3x² + x³ = -(1 - x)³: x = 1 only.
    expect(irr([-100, 200, -100])).toEqual({ irr: 0, otherRoots: [] });
    expect(irr([-1, 3, -3, 1])).toEqual({ irr: 0, otherRoots: [] });
    expect(Object.is(irr([-1, 3, -3, 1]).irr, 0)).toBe(true);
  });

  it('is +0, never -0, when rounding leaves a root within 1e-12 of 0', () => {
    // On paper -0.3 + 0.1x + 0.2x² = 0.1(x - 1)(2x + 3): x = 1, r = 0 (x = -1.5 is no rate). In
    // binary 0.1 + 0.2 - 0.3 = 5.6e-17, so NPV(0) is not exactly 0 and the root is r ≈ 1.1e-16.
    const result = irr([-0.3, 0.1, 0.2]);
    expect(Object.is(result.irr, 0)).toBe(true);
    expect(result.otherRoots).toEqual([]);
    for (const flows of [
      [0.3, -0.1, -0.2],
      [-0.1, -0.2, 0.3],
      [-100, 300, -200],
    ]) {
      expect(allRoots(irr(flows)).some((r) => Object.is(r, -0))).toBe(false);
    }
  });
});
