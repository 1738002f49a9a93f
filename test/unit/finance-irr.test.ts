import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { irr, npv } from '../../src/core/finance';

// Expected values are exact roots worked by hand. With x = 1/(1 + r), NPV is the polynomial
// Q(x) = c_0 + c_1 x + c_2 x² + …, so factoring Q gives every IRR: a root x > 0 is r = 1/x − 1.

/** Every IRR the result names, ascending. */
const allRoots = (result: { irr: number | null; otherRoots: number[] }): number[] =>
  result.irr === null ? [] : [result.irr, ...result.otherRoots].sort((a, b) => a - b);

/** The format page's choice: the smallest non-negative root, else the negative root nearest zero. */
const chosen = (roots: readonly number[]): number | null =>
  roots.find((r) => r >= 0) ?? (roots.length > 0 ? roots[roots.length - 1]! : null);

/**
 * Expands Π (q_i g − p_i), highest power of g first: NPV·g^n, so these are the cash flows (c_0
 * first) whose IRRs are the rates with 1 + r = p_i / q_i.
 */
function flowsWithRoots(factors: readonly (readonly [number, number])[]): number[] {
  let poly = [1];
  for (const [p, q] of factors) {
    const next = new Array<number>(poly.length + 1).fill(0);
    poly.forEach((c, i) => {
      next[i]! += c * q;
      next[i + 1]! -= c * p;
    });
    poly = next;
  }
  return poly;
}

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

describe('repeated IRRs', () => {
  it('finds a double root, where NPV touches zero, to 1e-9 and reports it once', () => {
    // -4 + 12x - 9x² = -(3x - 2)²: x = 2/3, r = 1/2.
    const result = irr([-4, 12, -9]);
    expect(Math.abs(result.irr! - 0.5)).toBeLessThanOrEqual(1e-9);
    expect(result.otherRoots).toEqual([]);
    // 16 - 24x + 9x² = (4 - 3x)²: x = 4/3, r = -1/4 (NPV ≥ 0 everywhere, 0 only there).
    const negative = irr([16, -24, 9]);
    expect(Math.abs(negative.irr! + 0.25)).toBeLessThanOrEqual(1e-9);
    expect(negative.otherRoots).toEqual([]);
  });

  it('finds a triple root, where NPV crosses zero flatly, to 1e-9 and reports it once', () => {
    // -8 + 36x - 54x² + 27x³ = (3x - 2)³: x = 2/3, r = 1/2.
    const result = irr([-8, 36, -54, 27]);
    expect(Math.abs(result.irr! - 0.5)).toBeLessThanOrEqual(1e-9);
    expect(result.otherRoots).toEqual([]);
  });

  it('finds a double root beside a simple one', () => {
    // -4 + 20x - 33x² + 18x³ = (3x - 2)²(2x - 1): x = 2/3 (double, r = 1/2) and x = 1/2 (r = 1).
    const result = irr([-4, 20, -33, 18]);
    expect(Math.abs(result.irr! - 0.5)).toBeLessThanOrEqual(1e-9);
    expect(result.otherRoots).toHaveLength(1);
    expect(Math.abs(result.otherRoots[0]! - 1)).toBeLessThanOrEqual(1e-9);
  });

  it('resolves roots of multiplicity 4, 5 and 8 without reporting rounding noise as roots', () => {
    // (3x - 2)^m = (2g - 3)^m / g^m expanded, lowest power of x first: 16, -96, 216, -216, 81 for
    // m = 4, and so on. Every one has the single root x = 2/3, r = 1/2. Near a root of multiplicity 8 rounding makes NPV
    // change sign dozens of times within ±10 %.
    expect(flowsWithRoots(Array.from({ length: 4 }, () => [3, 2] as const))).toEqual([
      16, -96, 216, -216, 81,
    ]);
    for (const m of [4, 5, 8]) {
      const flows = flowsWithRoots(Array.from({ length: m }, () => [3, 2] as const));
      const result = irr(flows);
      expect(Math.abs(result.irr! - 0.5), `multiplicity ${m}`).toBeLessThanOrEqual(1e-9);
      expect(result.otherRoots, `multiplicity ${m}`).toEqual([]);
    }
  });
});

describe('IRR against exact roots', () => {
  /**
   * The IRRs of [a, b, c] from algebra alone: with g = 1 + r, NPV·g² = a g² + b g + c. Small integer
   * inputs, so a + b + c and b² - 4ac are exact. Ascending, each once, rates > -1 only.
   */
  function quadraticRates(a: number, b: number, c: number): number[] {
    const gs: number[] = [];
    if (a === 0 && b === 0 && c === 0) return []; // NPV is 0 at every rate: no IRR
    if (a + b + c === 0) {
      // g = 1 is a root; the other is c/a by Vieta (g₁g₂ = c/a), or none when a = 0 (linear).
      gs.push(1);
      if (a !== 0) gs.push(c / a);
    } else if (a === 0) {
      if (b !== 0) gs.push(-c / b);
    } else {
      const d = b * b - 4 * a * c;
      if (d === 0) gs.push(-b / (2 * a));
      else if (d > 0) {
        // The cancellation-free form of the quadratic formula.
        const q = -(b + (b >= 0 ? 1 : -1) * Math.sqrt(d)) / 2;
        gs.push(q / a, c / q);
      }
    }
    const rates = gs.filter((g) => g > 0).map((g) => (g === 1 ? 0 : g - 1));
    return [...new Set(rates)].sort((x, y) => x - y);
  }

  const small = fc.integer({ min: -10, max: 10 });
  const threeFlows = fc.oneof(
    fc.tuple(small, small, small),
    // Σ = 0: r = 0 is a root (about 1 in 10 uniform vectors is one of these too).
    fc.tuple(small, small).map(([a, b]) => [a, b, -a - b] as [number, number, number]),
    // s(q g - p)²: discriminant 0, a double root at g = p/q.
    fc
      .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.constantFrom(-1, 1))
      .map(([p, q, s]) => [s * q * q, -2 * s * p * q, s * p * p] as [number, number, number]),
  );

  it('finds every IRR of three small integer flows, and chooses as the format page says', () => {
    fc.assert(
      fc.property(threeFlows, ([a, b, c]) => {
        const expected = quadraticRates(a, b, c);
        const result = irr([a, b, c]);
        const found = allRoots(result);
        expect(found).toHaveLength(expected.length);
        found.forEach((r, i) => {
          const want = expected[i]!;
          if (want === 0) expect(Object.is(r, 0), `exact 0 for ${[a, b, c]}`).toBe(true);
          else expect(Math.abs(r - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
        });
        const choice = chosen(expected);
        if (choice === null) expect(result.irr).toBeNull();
        else expect(Math.abs(result.irr! - choice)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(choice)));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds every IRR of flows built from rational roots, repeated ones included', () => {
    // Up to four factors (q g - p) with 1 + r = p/q, p and q from 1 to 4; repeats are common.
    const factor = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }));
    fc.assert(
      fc.property(fc.array(factor, { minLength: 1, maxLength: 4 }), fc.boolean(), (factors, flip) => {
        const flows = flowsWithRoots(factors).map((v) => (flip ? -v : v));
        const expected = [...new Set(factors.map(([p, q]) => p / q))]
          .sort((x, y) => x - y)
          .map((g) => (g === 1 ? 0 : g - 1));
        const found = allRoots(irr(flows));
        expect(found, `${flows}`).toHaveLength(expected.length);
        found.forEach((r, i) => {
          const want = expected[i]!;
          if (want === 0) expect(Object.is(r, 0)).toBe(true);
          else expect(Math.abs(r - want), `${flows}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
          expect(Math.abs(npv(r, flows)!)).toBeLessThanOrEqual(
            1e-9 * flows.reduce((s, v) => s + Math.abs(v), 0),
          );
        });
      }),
      { numRuns: 1000 },
    );
  });
});
