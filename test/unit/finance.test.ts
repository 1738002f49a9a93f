import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { discountedPaybackPeriods, irr, mirr, npv, paybackPeriods, roi } from '../../src/core/finance';

// Reference values are numpy-financial's own, from the repository numpy/numpy-financial:
// - numpy_financial/tests/test_financial.py (test_npv, test_npv_decimal, test_mirr, test_mirr_decimal,
//   TestIrr.test_basic_values, test_npv_irr_congruence, test_trailing_zeros, test_numpy_gh_6744, test_gh_15)
// - numpy_financial/_financial.py (docstring examples of npv, irr and mirr)
// numpy's assert_almost_equal(x, y, d) and round(x, d) match vitest's toBeCloseTo(y, d).

/** |Σ c_t (1+r)^−t| relative to Σ |c_t| (1+r)^−t: 0 at an exact root. */
function relativeResidual(rate: number, cashflows: readonly number[]): number {
  const value = npv(rate, cashflows);
  const size = npv(
    rate,
    cashflows.map((c) => Math.abs(c)),
  );
  if (value === null || size === null || size === 0) return Number.NaN;
  return Math.abs(value) / size;
}

const isNullOrFinite = (v: number | null): boolean => v === null || Number.isFinite(v);

describe('npv', () => {
  it('matches numpy-financial test_npv and test_npv_decimal', () => {
    const value = npv(0.05, [-15000, 1500, 2500, 3500, 4500, 6000]);
    expect(value).toBeCloseTo(122.89, 2);
    // test_npv_decimal: Decimal('122.894854950942692161628715'), rounded to 15 significant digits.
    expect(value).toBeCloseTo(122.894854950943, 9);
  });

  it('matches the numpy-financial npv docstring example at 8 %', () => {
    expect(npv(0.08, [-40_000, 5_000, 8_000, 12_000, 30_000])).toBeCloseTo(3065.22267, 5);
  });

  it('matches the numpy-financial npv docstring table of rates and cash flows', () => {
    const a = [-4_000, 500, 800];
    const b = [-5_000, 600, 900];
    expect(npv(0, a)).toBeCloseTo(-2700, 2);
    expect(npv(0.05, a)).toBeCloseTo(-2798.19, 2);
    expect(npv(0.1, a)).toBeCloseTo(-2884.3, 2);
    expect(npv(0, b)).toBeCloseTo(-3500, 2);
    expect(npv(0.05, b)).toBeCloseTo(-3612.24, 2);
    expect(npv(0.1, b)).toBeCloseTo(-3710.74, 2);
  });

  it('does not discount the first cash flow, so Excel NPV equals it divided by 1 + rate', () => {
    const flows = [-40_000, 5_000, 8_000, 12_000, 30_000];
    const excel = flows.reduce((sum, c, i) => sum + c / 1.08 ** (i + 1), 0);
    expect(npv(0.08, flows)! / 1.08).toBeCloseTo(excel, 8);
    expect(npv(0.08, [-100])).toBe(-100);
  });

  it('is 0 for no cash flows', () => {
    expect(npv(0.1, [])).toBe(0);
  });

  it('returns null for non-finite inputs and for rates at or below -100 %', () => {
    expect(npv(Number.NaN, [1, 2])).toBeNull();
    expect(npv(Number.POSITIVE_INFINITY, [1, 2])).toBeNull();
    expect(npv(0.1, [1, Number.NaN])).toBeNull();
    expect(npv(0.1, [1, Number.NEGATIVE_INFINITY])).toBeNull();
    expect(npv(-1, [1, 2])).toBeNull();
    expect(npv(-2, [1, 2])).toBeNull();
  });

  it('returns null rather than Infinity when the sum overflows', () => {
    expect(npv(0, [1e308, 1e308])).toBeNull();
    expect(
      npv(
        -0.999999,
        Array.from({ length: 200 }, () => 1),
      ),
    ).toBeNull();
  });
});

describe('irr', () => {
  it('matches the numpy-financial irr docstring examples to five decimals', () => {
    expect(irr([-100, 39, 59, 55, 20]).irr).toBeCloseTo(0.28095, 5);
    expect(irr([-100, 0, 0, 74]).irr).toBeCloseTo(-0.0955, 5);
    expect(irr([-100, 100, 0, -7]).irr).toBeCloseTo(-0.0833, 5);
    expect(irr([-100, 100, 0, 7]).irr).toBeCloseTo(0.06206, 5);
    expect(irr([-5, 10.5, 1, -8, 1]).irr).toBeCloseTo(0.0886, 5);
  });

  it('matches numpy-financial TestIrr.test_basic_values', () => {
    expect(irr([-150000, 15000, 25000, 35000, 45000, 60000]).irr).toBeCloseTo(0.0524, 4);
    expect(irr([-100, 39, 59, 55, 20]).irr).toBeCloseTo(0.28095, 2);
    expect(irr([-100, 0, 0, 74]).irr).toBeCloseTo(-0.0955, 2);
    expect(irr([-100, 100, 0, -7]).irr).toBeCloseTo(-0.0833, 2);
    expect(irr([-100, 100, 0, 7]).irr).toBeCloseTo(0.06206, 2);
    expect(irr([-5, 10.5, 1, -8, 1]).irr).toBeCloseTo(0.0886, 2);
  });

  it('ignores trailing zeros (numpy-financial test_trailing_zeros)', () => {
    expect(irr([-5, 10.5, 1, -8, 1, 0, 0, 0]).irr).toBeCloseTo(0.0886, 2);
    expect(irr([-5, 10.5, 1, -8, 1, 0, 0, 0])).toEqual(irr([-5, 10.5, 1, -8, 1]));
  });

  it('is a root of npv (numpy-financial test_npv_irr_congruence)', () => {
    const flows = [-40000, 5000, 8000, 12000, 30000];
    const result = irr(flows);
    expect(Math.abs(npv(result.irr!, flows)!)).toBeLessThan(1e-10);
    expect(result.otherRoots).toEqual([]);
  });

  it('returns null when no solution exists (numpy-financial test_numpy_gh_6744)', () => {
    expect(irr([-1, -2, -3])).toEqual({ irr: null, otherRoots: [] });
  });

  it('finds a root just above -100 % with tiny flows (numpy-financial test_gh_15)', () => {
    const flows = [
      -3000.0, 2.3926932267015667e-7, 4.1672087103345505e-16, 5.3965110036378706e-25, 5.1962551071806174e-34,
      3.7202955645436402e-43, 1.9804961711632469e-52, 7.8393517651814181e-62, 2.3072565113911438e-71,
      5.0491839233308912e-81, 8.2159177668499263e-91, 9.9403244366963527e-101, 8.942410813633967e-111,
      5.9816122646481191e-121, 2.9750309031844241e-131, 1.1002067043497954e-141, 3.0252876563518021e-152,
      6.1854121948207909e-163, 9.4032980015353301e-174, 1.0629218520017728e-184, 8.9337141847171845e-196,
      5.5830607698467935e-207, 2.5943122036622652e-218, 8.9635842466507006e-230, 2.3027710094332358e-241,
      4.3987510596745562e-253, 6.2476630372575209e-265, 6.598046841695288e-277, 5.1811095266842017e-289,
      3.0250999925830644e-301, 1.3133070599585015e-313,
    ];
    const result = irr(flows).irr!;
    expect(Number.isFinite(result)).toBe(true);
    const desired = -0.9999999990596069;
    expect(Math.abs(result - desired)).toBeLessThanOrEqual(1e-9 * Math.abs(desired));
  });

  it('returns null when the cash flows never change sign', () => {
    expect(irr([100, 200, 300])).toEqual({ irr: null, otherRoots: [] });
    expect(irr([-100, -200, 0])).toEqual({ irr: null, otherRoots: [] });
    expect(irr([0, 0, 0])).toEqual({ irr: null, otherRoots: [] });
  });

  it('returns null for empty cash flows and for NaN or infinite flows', () => {
    expect(irr([])).toEqual({ irr: null, otherRoots: [] });
    expect(irr([-100, Number.NaN, 120])).toEqual({ irr: null, otherRoots: [] });
    expect(irr([-100, Number.POSITIVE_INFINITY])).toEqual({ irr: null, otherRoots: [] });
  });

  it('chooses the smallest non-negative root of two and reports the other', () => {
    // NPV = -100 + 230/(1+r) - 132/(1+r)^2 = 0 at r = 10 % and r = 20 %.
    const result = irr([-100, 230, -132]);
    expect(result.irr).toBeCloseTo(0.1, 10);
    expect(result.otherRoots).toHaveLength(1);
    expect(result.otherRoots[0]).toBeCloseTo(0.2, 10);
  });

  it('prefers a non-negative root over a negative root nearer zero', () => {
    // (1+r - 0.95)(1+r - 1.2) = 0: roots -5 % and 20 %.
    const result = irr([-100, 215, -114]);
    expect(result.irr).toBeCloseTo(0.2, 10);
    expect(result.otherRoots).toHaveLength(1);
    expect(result.otherRoots[0]).toBeCloseTo(-0.05, 10);
  });

  it('chooses the negative root nearest zero when every root is negative', () => {
    const flows = [-100, 100, 0, -7];
    const result = irr(flows);
    expect(result.irr).toBeCloseTo(-0.0833, 4);
    expect(result.otherRoots).toHaveLength(1);
    expect(result.otherRoots[0]).toBeLessThan(result.irr!);
    expect(result.otherRoots[0]).toBeGreaterThan(-1);
    expect(relativeResidual(result.otherRoots[0]!, flows)).toBeLessThan(1e-12);
  });

  it('finds all three roots of [-5, 10.5, 1, -8, 1] and chooses 0.0886', () => {
    const flows = [-5, 10.5, 1, -8, 1];
    const result = irr(flows);
    expect(result.irr).toBeCloseTo(0.0886, 4);
    expect(result.otherRoots).toHaveLength(2);
    const [low, high] = result.otherRoots as [number, number];
    expect(low).toBeLessThan(0);
    expect(low).toBeGreaterThan(-1);
    expect(high).toBeGreaterThan(result.irr!);
    for (const r of result.otherRoots) expect(relativeResidual(r, flows)).toBeLessThan(1e-12);
  });

  it('reports a double root once, where npv touches zero without changing sign', () => {
    expect(irr([-100, 200, -100])).toEqual({ irr: 0, otherRoots: [] });
    const result = irr([1, -2.2, 1.21]); // (1+r - 1.1)^2, up to rounding
    expect(result.irr).toBeCloseTo(0.1, 6);
    expect(result.otherRoots).toEqual([]);
  });

  it('separates two roots closer together than its search grid', () => {
    // (1+r - 1.0001)(1+r - 1.0099): roots 0.01 % and 0.99 %.
    const result = irr([-100, 201, -101.0001]);
    expect(result.irr).toBeCloseTo(0.000101, 6);
    expect(result.otherRoots).toHaveLength(1);
    expect(result.otherRoots[0]).toBeCloseTo(0.009899, 6);
  });

  it('ignores leading zeros, which only delay every flow', () => {
    expect(irr([0, 0, -100, 39, 59, 55, 20]).irr).toBeCloseTo(0.28095, 5);
  });

  it('handles extreme rates and magnitudes without overflow', () => {
    expect(irr([-1e-10, 1e10]).irr! / 1e20).toBeCloseTo(1, 10);
    expect(irr([-1, 1e300]).irr! / 1e300).toBeCloseTo(1, 10);
    // -1 + 1/g + 1/g^2 = 0 at g = golden ratio, so r = g - 1.
    expect(irr([-1e308, 1e308, 1e308]).irr).toBeCloseTo((Math.sqrt(5) - 1) / 2, 10);
    // The root lies ~1e-600 above -100 %: not representable, so no IRR.
    expect(irr([-1e300, 1e-300])).toEqual({ irr: null, otherRoots: [] });
  });

  it('stays fast and finite for thousands of cash flows', () => {
    const flows = Array.from({ length: 3000 }, (_, t) => (t === 0 ? -1e6 : 1000 * Math.sin(t) + 600));
    const start = Date.now();
    const result = irr(flows);
    expect(Date.now() - start).toBeLessThan(2000);
    expect(Number.isFinite(result.irr)).toBe(true);
    expect(relativeResidual(result.irr!, flows)).toBeLessThan(1e-9);
  });
});

describe('mirr', () => {
  it('matches numpy-financial test_mirr', () => {
    expect(mirr([-4500, -800, 800, 800, 600, 600, 800, 800, 700, 3000], 0.08, 0.055)).toBeCloseTo(0.0666, 4);
    expect(mirr([-120000, 39000, 30000, 21000, 37000, 46000], 0.1, 0.12)).toBeCloseTo(0.126094, 6);
    expect(mirr([100, 200, -50, 300, -200], 0.05, 0.06)).toBeCloseTo(0.3428, 4);
    // numpy-financial returns NaN here (no negative flow): we return null.
    expect(mirr([39000, 30000, 21000, 37000, 46000], 0.1, 0.12)).toBeNull();
  });

  it('matches numpy-financial test_mirr_decimal to twelve decimals', () => {
    // The Decimal references (0.066597175031553548874239618, 0.126094130365905145828421880,
    // 0.342823387842176663647819868) rounded to 15 significant digits, which is what a double holds.
    expect(mirr([-4500, -800, 800, 800, 600, 600, 800, 800, 700, 3000], 0.08, 0.055)).toBeCloseTo(
      0.0665971750315535,
      12,
    );
    expect(mirr([-120000, 39000, 30000, 21000, 37000, 46000], 0.1, 0.12)).toBeCloseTo(0.126094130365905, 12);
    expect(mirr([100, 200, -50, 300, -200], 0.05, 0.06)).toBeCloseTo(0.342823387842177, 12);
  });

  it('matches the numpy-financial mirr docstring examples', () => {
    expect(mirr([-100, 50, -60, 70], 0.1, 0.12)).toBeCloseTo(-0.03909366594356467, 12);
    expect(mirr([-100, -50, -60, -70], 0.1, 0.12)).toBeNull();
    expect(mirr([100, 50, 60, 70], 0.1, 0.12)).toBeNull();
  });

  it('returns null for empty or invalid inputs', () => {
    expect(mirr([], 0.1, 0.1)).toBeNull();
    expect(mirr([-100, Number.NaN, 120], 0.1, 0.1)).toBeNull();
    expect(mirr([-100, 120], Number.NaN, 0.1)).toBeNull();
    expect(mirr([-100, 120], 0.1, Number.POSITIVE_INFINITY)).toBeNull();
    expect(mirr([-100, 120], -1, 0.1)).toBeNull();
  });
});

describe('paybackPeriods', () => {
  it('is the period in which cumulative cash reaches zero exactly', () => {
    expect(paybackPeriods([-100, 50, 50, 50])).toBe(2);
  });

  it('interpolates linearly inside the period in which cumulative cash turns non-negative', () => {
    expect(paybackPeriods([-100, 60, 60])).toBeCloseTo(1 + 40 / 60, 12);
    expect(paybackPeriods([-100, -50, 100, 100])).toBeCloseTo(2.5, 12);
  });

  it('is 0 when cumulative cash is already non-negative at t = 0', () => {
    expect(paybackPeriods([10, -5, 20])).toBe(0);
    expect(paybackPeriods([0, 10])).toBe(0);
  });

  it('uses the first period in which cumulative cash reaches zero, even if it dips again', () => {
    expect(paybackPeriods([-100, 100, -50, 10])).toBe(1);
  });

  it('returns null when cumulative cash never reaches zero, when empty, or for non-finite flows', () => {
    expect(paybackPeriods([-100, 30, 30, 30])).toBeNull();
    expect(paybackPeriods([])).toBeNull();
    expect(paybackPeriods([-100, Number.NaN, 200])).toBeNull();
    expect(paybackPeriods([-1e308, -1e308, 1e308])).toBeNull();
  });
});

describe('discountedPaybackPeriods', () => {
  it('equals the undiscounted payback at a 0 % rate', () => {
    for (const flows of [
      [-100, 50, 50, 50],
      [-100, 60, 60],
      [10, -5],
      [-100, 30, 30, 30],
      [-100, -50, 100, 100],
    ]) {
      expect(discountedPaybackPeriods(flows, 0)).toBe(paybackPeriods(flows));
    }
  });

  it('discounts each flow by (1 + rate)^t before interpolating', () => {
    const d1 = 60 / 1.1;
    const d2 = 60 / 1.1 ** 2;
    expect(discountedPaybackPeriods([-100, 60, 60, 60], 0.1)).toBeCloseTo(1 + (100 - d1) / d2, 12);
  });

  it('can be never although the undiscounted payback exists', () => {
    expect(paybackPeriods([-100, 50, 50])).toBe(2);
    expect(discountedPaybackPeriods([-100, 50, 50], 0.1)).toBeNull();
  });

  it('returns null for invalid rates and flows', () => {
    expect(discountedPaybackPeriods([-100, 200], Number.NaN)).toBeNull();
    expect(discountedPaybackPeriods([-100, 200], -1)).toBeNull();
    expect(discountedPaybackPeriods([-100, Number.NaN], 0.1)).toBeNull();
    expect(discountedPaybackPeriods([], 0.1)).toBeNull();
  });
});

describe('roi', () => {
  it('is (benefits - costs) / costs as a fraction', () => {
    expect(roi(100, 150)).toBeCloseTo(0.5, 12);
    expect(roi(200, 100)).toBeCloseTo(-0.5, 12);
    expect(roi(100, 0)).toBe(-1);
  });

  it('returns null when there are no costs or an input is not finite', () => {
    expect(roi(0, 100)).toBeNull();
    expect(roi(Number.NaN, 100)).toBeNull();
    expect(roi(100, Number.POSITIVE_INFINITY)).toBeNull();
    expect(roi(1e-320, 1e300)).toBeNull();
  });
});

describe('properties', () => {
  const money = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

  it('finds exactly one IRR that zeroes npv for flows with one sign change, negative first', () => {
    const flows = fc
      .tuple(
        fc.array(money(1, 1e6), { minLength: 1, maxLength: 4 }),
        fc.array(money(1, 1e6), { minLength: 1, maxLength: 40 }),
      )
      .map(([costs, gains]) => [...costs.map((c) => -c), ...gains]);
    fc.assert(
      fc.property(flows, (cashflows) => {
        const result = irr(cashflows);
        expect(result.irr).not.toBeNull();
        expect(result.otherRoots).toEqual([]);
        expect(relativeResidual(result.irr!, cashflows)).toBeLessThan(1e-7);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and never returns NaN or Infinity, whatever the input', () => {
    const anyNumber = fc.oneof(
      fc.double(),
      money(-1e6, 1e6),
      fc.constantFrom(0, -1, 1, 1e308, -1e308, 5e-324),
    );
    fc.assert(
      fc.property(fc.array(anyNumber, { maxLength: 30 }), anyNumber, anyNumber, (cashflows, a, b) => {
        expect(isNullOrFinite(npv(a, cashflows))).toBe(true);
        const result = irr(cashflows);
        expect(isNullOrFinite(result.irr)).toBe(true);
        for (const r of result.otherRoots) expect(Number.isFinite(r) && r > -1).toBe(true);
        expect(isNullOrFinite(mirr(cashflows, a, b))).toBe(true);
        expect(isNullOrFinite(paybackPeriods(cashflows))).toBe(true);
        expect(isNullOrFinite(discountedPaybackPeriods(cashflows, a))).toBe(true);
        expect(isNullOrFinite(roi(a, b))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
