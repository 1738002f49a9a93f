import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { npv } from '../../src/core/finance';
import {
  benefitsChangeForZeroNpv,
  costsChangeForZeroNpv,
  revenueChangeForZeroOperatingProfit,
  splitCashflows,
} from '../../src/core/uncertainty/breakEven';

/**
 * NPV of (1 + k)·scaled + held, and the size PV(|scaled|) + PV(|held|) to judge it against: k is a
 * double, so (1 + k) is exact only to about 1e-16 absolute, which moves the NPV by up to 1e-16·PV(scaled).
 */
function npvAfterChange(
  scaled: number[],
  held: number[],
  k: number,
  rate: number,
): { value: number; size: number } {
  const n = Math.max(scaled.length, held.length);
  const flows = Array.from({ length: n }, (_, t) => (1 + k) * (scaled[t] ?? 0) + (held[t] ?? 0));
  const size = Array.from({ length: n }, (_, t) => Math.abs(scaled[t] ?? 0) + Math.abs(held[t] ?? 0));
  return { value: npv(rate, flows)!, size: npv(rate, size)! };
}

describe('benefitsChangeForZeroNpv and costsChangeForZeroNpv', () => {
  it('a hand example: −100 now, 60 in each of two periods, at 0 %', () => {
    // PV⁺ = 120, PV⁻ = −100: benefits may fall to 100/120 (k = −1/6); costs may rise to 120 (k = 0.2).
    const { positive, negative } = splitCashflows([-100, 60, 60]);
    expect(positive).toEqual([0, 60, 60]);
    expect(negative).toEqual([-100, 0, 0]);
    expect(benefitsChangeForZeroNpv(positive, negative, 0)).toBeCloseTo(-1 / 6, 15);
    expect(costsChangeForZeroNpv(positive, negative, 0)).toBeCloseTo(0.2, 15);
  });

  it('a hand example at 10 %: costs 100 at t = 0, benefits 55 and 60.5', () => {
    // PV⁺ = 55/1.1 + 60.5/1.21 = 50 + 50 = 100 = −PV⁻: NPV is already 0, so both changes are 0.
    expect(benefitsChangeForZeroNpv([0, 55, 60.5], [-100], 0.1)).toBeCloseTo(0, 14);
    expect(costsChangeForZeroNpv([0, 55, 60.5], [-100], 0.1)).toBeCloseTo(0, 14);
  });

  it('for costs/benefits investments, the negative part is −costs', () => {
    const benefits = [0, 40, 50, 60];
    const costs = [80, 10, 10, 10];
    const negative = costs.map((c) => -c);
    const k = benefitsChangeForZeroNpv(benefits, negative, 0.08)!;
    const after = npvAfterChange(benefits, negative, k, 0.08);
    expect(Math.abs(after.value)).toBeLessThanOrEqual(1e-9 * after.size);
  });

  it('plugging k back gives NPV 0 within 1e-9 relative', () => {
    // Money amounts: 0, or from a thousandth to ten million (subnormal flows would overflow the ratio).
    const flow = fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1e7, noNaN: true }));
    fc.assert(
      fc.property(
        fc.array(flow, { minLength: 1, maxLength: 15 }),
        fc.array(flow, { minLength: 1, maxLength: 15 }),
        fc.double({ min: -0.5, max: 1, noNaN: true }),
        (benefits, costs, rate) => {
          const negative = costs.map((c) => -c);
          const kBenefits = benefitsChangeForZeroNpv(benefits, negative, rate);
          const kCosts = costsChangeForZeroNpv(benefits, negative, rate);
          const pvPlus = npv(rate, benefits)!;
          const pvMinus = npv(rate, negative)!;
          // null exactly when there is nothing to scale; otherwise k ≥ −1 and NPV(k) = 0.
          if ((kBenefits === null) !== (pvPlus === 0)) return false;
          if ((kCosts === null) !== (pvMinus === 0)) return false;
          for (const [k, scaled, held] of [
            [kBenefits, benefits, negative],
            [kCosts, negative, benefits],
          ] as const) {
            if (k === null) continue;
            if (!(k >= -1)) return false;
            const after = npvAfterChange([...scaled], [...held], k, rate);
            if (!(Math.abs(after.value) <= 1e-9 * after.size)) return false;
          }
          return true;
        },
      ),
    );
  });

  it('signs: a positive NPV allows benefits to fall and costs to rise', () => {
    const { positive, negative } = splitCashflows([-1000, 300, 400, 500, 200]);
    expect(benefitsChangeForZeroNpv(positive, negative, 0.08)!).toBeLessThan(0);
    expect(costsChangeForZeroNpv(positive, negative, 0.08)!).toBeGreaterThan(0);
    const loss = splitCashflows([-1000, 100, 100]);
    expect(benefitsChangeForZeroNpv(loss.positive, loss.negative, 0.08)!).toBeGreaterThan(0);
    expect(costsChangeForZeroNpv(loss.positive, loss.negative, 0.08)!).toBeLessThan(0);
  });

  it('null cases', () => {
    // No benefits to scale / no costs to scale.
    expect(benefitsChangeForZeroNpv([0, 0], [-100], 0.08)).toBeNull();
    expect(benefitsChangeForZeroNpv([], [-100], 0.08)).toBeNull();
    expect(costsChangeForZeroNpv([0, 50], [0, 0], 0.08)).toBeNull();
    // Only benefits: they must vanish entirely (k = −1); only costs: likewise.
    expect(benefitsChangeForZeroNpv([0, 50], [], 0.08)).toBe(-1);
    expect(costsChangeForZeroNpv([], [-100], 0.08)).toBe(-1);
    // Wrong signs would need negative benefits (k < −1).
    expect(benefitsChangeForZeroNpv([10], [5], 0)).toBeNull();
    expect(costsChangeForZeroNpv([-10], [-5], 0)).toBeNull();
    // Inputs the NPV does not accept.
    expect(benefitsChangeForZeroNpv([10], [-5], -1)).toBeNull();
    expect(benefitsChangeForZeroNpv([10], [-5], Number.NaN)).toBeNull();
    expect(benefitsChangeForZeroNpv([Number.POSITIVE_INFINITY], [-5], 0.08)).toBeNull();
    expect(costsChangeForZeroNpv([10], [Number.NaN], 0.08)).toBeNull();
  });
});

describe('revenueChangeForZeroOperatingProfit', () => {
  it('the format page’s example: revenue 100, margin 25 %, fixed costs 20, IT 0 → −20 %', () => {
    // 100(1 + k)·0.25 − 20 = 0 → k = 20/25 − 1 = −0.2 (break-even revenue 80).
    expect(revenueChangeForZeroOperatingProfit(100, 0.25, 20, 0)).toBeCloseTo(-0.2, 15);
  });

  it('a loss-making period needs more revenue', () => {
    // 100·0.25 = 25 against costs 20 + 10 = 30: k = 30/25 − 1 = 0.2.
    expect(revenueChangeForZeroOperatingProfit(100, 0.25, 20, 10)).toBeCloseTo(0.2, 15);
    // No costs: revenue may fall to 0.
    expect(revenueChangeForZeroOperatingProfit(100, 0.25, 0, 0)).toBe(-1);
  });

  it('plugging k back gives operating profit 0', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        (revenue, margin, fixed, it) => {
          const k = revenueChangeForZeroOperatingProfit(revenue, margin, fixed, it);
          if (k === null) return false;
          const profit = revenue * (1 + k) * margin - fixed - it;
          return k >= -1 && Math.abs(profit) <= 1e-9 * (fixed + it + revenue * margin);
        },
      ),
    );
  });

  it('null where there is no gross profit to scale, or costs are negative, or an input is not finite', () => {
    expect(revenueChangeForZeroOperatingProfit(0, 0.25, 20, 0)).toBeNull();
    expect(revenueChangeForZeroOperatingProfit(100, 0, 20, 0)).toBeNull();
    expect(revenueChangeForZeroOperatingProfit(100, -0.1, 20, 0)).toBeNull();
    expect(revenueChangeForZeroOperatingProfit(-100, 0.25, 20, 0)).toBeNull();
    expect(revenueChangeForZeroOperatingProfit(100, 0.25, -30, 0)).toBeNull();
    expect(revenueChangeForZeroOperatingProfit(Number.NaN, 0.25, 20, 0)).toBeNull();
    expect(revenueChangeForZeroOperatingProfit(100, 0.25, Number.POSITIVE_INFINITY, 0)).toBeNull();
    expect(revenueChangeForZeroOperatingProfit(1e-300, 1e-10, 1e300, 0)).toBeNull(); // overflows
  });
});
