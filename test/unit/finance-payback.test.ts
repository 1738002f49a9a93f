import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discountedPaybackPeriods, paybackPeriods } from '../../src/core/finance';

// Every expected value below is worked by hand from the cumulative cash, in the comment beside it.
// Payback is the first period in which the cumulative cash gets back to 0 after having been
// negative, interpolated linearly inside that period and counted from t = 0.

describe('payback when the money goes out later than t = 0', () => {
  it('does not count a leading run of zeros as a payback', () => {
    // Cumulative 0, −100, −40, 20: back to 0 in period 3, 40 of its 60 in: 2 + 40/60 = 8/3.
    expect(paybackPeriods([0, -100, 60, 60])).toBeCloseTo(8 / 3, 12);
    // Cumulative 0, 0, −100, −50, 0: exactly 0 at the end of period 4.
    expect(paybackPeriods([0, 0, -100, 50, 50])).toBe(4);
  });

  it('discounts from t = 0, not from the first outlay', () => {
    // Discounted at 10 %: 0, −100/1.1, 60/1.1², 60/1.1³. After period 2 the cumulative is
    // (−110 + 60)/1.1² = −50/1.1²; period 3 brings 60/1.1³, so the fraction is
    // (50/1.1²)/(60/1.1³) = 50·1.1/60 = 11/12, and the payback 2 + 11/12.
    expect(discountedPaybackPeriods([0, -100, 60, 60], 0.1)).toBeCloseTo(2 + 11 / 12, 12);
    expect(discountedPaybackPeriods([0, -100, 60, 60], 0)).toBe(paybackPeriods([0, -100, 60, 60]));
  });

  it('counts a dip below 0 after early income as money to pay back', () => {
    // Cumulative 10, −10, 5: back to 0 in period 2, 10 of its 15 in: 1 + 10/15 = 5/3.
    expect(paybackPeriods([10, -20, 15])).toBeCloseTo(5 / 3, 12);
  });
});

describe('payback when there is nothing to pay back', () => {
  it('is null when every flow is 0: there is no investment', () => {
    expect(paybackPeriods([0])).toBeNull();
    expect(paybackPeriods([0, 0, 0])).toBeNull();
    expect(paybackPeriods([0, -0, 0])).toBeNull();
    expect(discountedPaybackPeriods([0, 0, 0], 0.08)).toBeNull();
  });

  it('is 0 when the cumulative cash is never negative and some cash comes in', () => {
    expect(paybackPeriods([10, -5, 20])).toBe(0); // cumulative 10, 5, 25
    expect(paybackPeriods([0, 10])).toBe(0);
    expect(paybackPeriods([0, 0, 5])).toBe(0);
    expect(paybackPeriods([5, -5])).toBe(0); // cumulative 5, 0: never below 0
    expect(discountedPaybackPeriods([0, 0, 5], 0.08)).toBe(0);
  });

  it('never returns -0', () => {
    for (const flows of [
      [10, -5, 20],
      [0, 10],
      [5, -5],
      [-0, 3],
    ]) {
      expect(Object.is(paybackPeriods(flows), -0)).toBe(false);
      expect(Object.is(discountedPaybackPeriods(flows, 0.1), -0)).toBe(false);
    }
  });
});

describe('payback at the edges of floating point', () => {
  it('treats a cumulative within rounding of 0 as 0', () => {
    // On paper −0.1 − 0.2 + 0.3 = 0: paid back at the end of period 2. In binary the sum is
    // 5.6e-17, far below 1e-12 of the terms.
    expect(paybackPeriods([-0.1, -0.2, 0.3])).toBe(2);
    // 0.1 + 0.2 exceeds 0.3 in binary: still exactly 0, not a payback at t = 1 + 0.99999….
    expect(paybackPeriods([-0.3, 0.1, 0.2])).toBe(2);
  });

  it('does not overflow with flows near the largest double', () => {
    // In units of 1e308: cumulative −1, −2, −1, 0 — back to 0 at the end of period 3. Summed
    // directly, −1e308 − 1e308 is −Infinity.
    expect(paybackPeriods([-1e308, -1e308, 1e308, 1e308])).toBe(3);
    // Cumulative −1, 0.5: back to 0 half-way through period 1.
    expect(paybackPeriods([-1e308, 1.5e308])).toBeCloseTo(1 / 1.5, 12);
  });

  it('discounts over hundreds of periods at extreme rates without overflow or underflow', () => {
    // At 1000 % (g = 11), with −1 at t = 400 and 22 at t = 401: the discounted cumulative is
    // −11^−400 and then −11^−400 + 22·11^−401 = 11^−400 > 0, so the fraction is
    // 11^−400 / (22·11^−401) = 11/22 = 1/2: payback 400.5. 11^400 alone overflows a double.
    const late = [...new Array<number>(400).fill(0), -1, 22];
    expect(discountedPaybackPeriods(late, 10)).toBeCloseTo(400.5, 12);
    // Undiscounted: cumulative −1, then 21: 400 + 1/22.
    expect(paybackPeriods(late)).toBeCloseTo(400 + 1 / 22, 12);
    // At −99 % (g = 0.01), 1e-300 at t = 301 is worth 1e-300·100^301 = 1e302 at t = 0, against −1:
    // the fraction is 1/1e302, so the payback is 300 + 1e-302 = 300 in doubles. 0.01^301 underflows.
    const far = [-1, ...new Array<number>(300).fill(0), 1e-300];
    expect(discountedPaybackPeriods(far, -0.99)).toBeCloseTo(300, 12);
  });
});

describe('payback against exact integer arithmetic', () => {
  /** The rule, on integers (every cumulative sum is exact): the reference for the property below. */
  function referencePayback(flows: readonly number[]): number | null {
    let cumulative = 0;
    let wasNegative = false;
    let wasPositive = false;
    for (let t = 0; t < flows.length; t++) {
      const next = cumulative + flows[t]!;
      if (next < 0) wasNegative = true;
      else if (wasNegative) return t - 1 + -cumulative / flows[t]!;
      else if (next > 0) wasPositive = true;
      cumulative = next;
    }
    return !wasNegative && wasPositive ? 0 : null;
  }

  it('matches the rule for small integer flows, leading zeros included', () => {
    const flows = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: -20, max: 20 })), { maxLength: 8 });
    fc.assert(
      fc.property(flows, (cashflows) => {
        const expected = referencePayback(cashflows);
        const actual = paybackPeriods(cashflows);
        if (expected === null) expect(actual).toBeNull();
        else expect(actual).toBeCloseTo(expected, 12);
        // At rate 0 the discounted payback is the same number.
        expect(discountedPaybackPeriods(cashflows, 0)).toBe(actual);
      }),
      { numRuns: 1000 },
    );
  });
});
