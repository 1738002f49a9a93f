import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  erfc,
  inverseRegularizedIncompleteBeta,
  lnBeta,
  lnGamma,
  regularizedIncompleteBeta,
  standardNormalCdf,
  standardNormalQuantile,
} from '../../src/core/uncertainty/specialFunctions';

/** |actual − expected| ≤ tolerance · |expected|. */
function expectRelative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

describe('lnGamma', () => {
  it('matches factorials and Γ(1/2) = √π', () => {
    let factorial = 1;
    for (let n = 1; n <= 20; n++) {
      // Γ(n) = (n − 1)!
      expect(lnGamma(n)).toBeCloseTo(Math.log(factorial), 13);
      factorial *= n;
    }
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 14);
    expect(lnGamma(1.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI) / 2), 14);
    // Reflection branch: Γ(0.25) = 3.625609908221908… (A068466).
    expect(lnGamma(0.25)).toBeCloseTo(Math.log(3.625609908221908), 14);
  });

  it('is NaN outside its domain', () => {
    expect(lnGamma(0)).toBeNaN();
    expect(lnGamma(-1)).toBeNaN();
    expect(lnGamma(Number.NaN)).toBeNaN();
  });

  it('B(a, b) for whole numbers is (a−1)!(b−1)!/(a+b−1)!', () => {
    expect(Math.exp(lnBeta(2, 3))).toBeCloseTo(1 / 12, 14);
    expect(Math.exp(lnBeta(1, 5))).toBeCloseTo(1 / 5, 14);
  });
});

describe('erfc and the standard normal CDF', () => {
  it('match reference values (scipy.special.erfc / ndtr)', () => {
    expectRelative(erfc(1), 0.15729920705028513, 1e-14);
    expectRelative(erfc(0.5), 0.4795001221869535, 1e-14);
    expectRelative(erfc(3), 2.209049699858544e-5, 1e-14);
    expectRelative(erfc(10), 2.088487583762545e-45, 1e-13);
    expectRelative(erfc(-1), 1.8427007929497148, 1e-15);
    expect(erfc(0)).toBe(1);
    expect(erfc(40)).toBe(0);
    expect(erfc(-40)).toBe(2);
    expectRelative(standardNormalCdf(1.96), 0.9750021048517795, 1e-15);
    expectRelative(standardNormalCdf(-8), 6.22096057427174e-16, 1e-13);
    expect(standardNormalCdf(0)).toBe(0.5);
    expect(standardNormalCdf(Number.NaN)).toBeNaN();
  });

  it('Φ(−z) + Φ(z) = 1', () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (z) => {
        return Math.abs(standardNormalCdf(-z) + standardNormalCdf(z) - 1) < 1e-15;
      }),
    );
  });
});

describe('standardNormalQuantile (AS 241)', () => {
  it('matches reference values (scipy.special.ndtri)', () => {
    expectRelative(standardNormalQuantile(0.975), 1.959963984540054, 1e-15);
    expectRelative(standardNormalQuantile(0.95), 1.6448536269514722, 1e-15);
    expectRelative(standardNormalQuantile(0.05), -1.6448536269514729, 1e-15);
    expectRelative(standardNormalQuantile(0.25), -0.6744897501960817, 1e-15);
    expectRelative(standardNormalQuantile(0.001), -3.090232306167813, 1e-15);
    expectRelative(standardNormalQuantile(1e-10), -6.361340902404056, 1e-15);
    expectRelative(standardNormalQuantile(1e-20), -9.262340089798409, 1e-15);
    expectRelative(standardNormalQuantile(1e-300), -37.0470962993612, 1e-15);
    expect(standardNormalQuantile(0.5)).toBe(0);
  });

  it('handles the ends and invalid probabilities', () => {
    expect(standardNormalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(standardNormalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(standardNormalQuantile(-0.1)).toBeNaN();
    expect(standardNormalQuantile(1.1)).toBeNaN();
    expect(standardNormalQuantile(Number.NaN)).toBeNaN();
  });

  it('inverts the CDF', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p) => {
        const z = standardNormalQuantile(p);
        return Math.abs(standardNormalCdf(z) - p) <= 1e-14 * Math.max(p, 1e-3);
      }),
    );
  });
});

describe('regularizedIncompleteBeta', () => {
  it('agrees with closed forms', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }),
        fc.double({ min: 0.2, max: 6, noNaN: true }),
        (x, s) => {
          const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-13;
          return (
            // I_x(1, b) = 1 − (1 − x)^b, I_x(a, 1) = x^a
            close(regularizedIncompleteBeta(x, 1, s), 1 - (1 - x) ** s) &&
            close(regularizedIncompleteBeta(x, s, 1), x ** s) &&
            // I_x(2, 2) = 3x² − 2x³; I_x(1/2, 1/2) = (2/π) asin √x (the arcsine law)
            close(regularizedIncompleteBeta(x, 2, 2), 3 * x * x - 2 * x * x * x) &&
            close(regularizedIncompleteBeta(x, 0.5, 0.5), (2 / Math.PI) * Math.asin(Math.sqrt(x)))
          );
        },
      ),
    );
  });

  it('matches scipy.special.betainc(2, 3, 0.4) = 0.5248 and symmetry I_x(a, b) = 1 − I_{1−x}(b, a)', () => {
    // Hand: I_x(2, 3) = 6x² − 8x³ + 3x⁴ = 0.96 − 0.512 + 0.0768 = 0.5248 at x = 0.4.
    expect(regularizedIncompleteBeta(0.4, 2, 3)).toBeCloseTo(0.5248, 14);
    expect(regularizedIncompleteBeta(0.3, 2.2, 3.8) + regularizedIncompleteBeta(0.7, 3.8, 2.2)).toBeCloseTo(
      1,
      14,
    );
  });

  it('is 0 below the support, 1 above it, NaN for bad shapes', () => {
    expect(regularizedIncompleteBeta(-0.5, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
    expect(regularizedIncompleteBeta(2, 2, 3)).toBe(1);
    expect(regularizedIncompleteBeta(0.5, 0, 3)).toBeNaN();
    expect(regularizedIncompleteBeta(0.5, 2, Number.POSITIVE_INFINITY)).toBeNaN();
    expect(regularizedIncompleteBeta(Number.NaN, 2, 3)).toBeNaN();
  });
});

describe('inverseRegularizedIncompleteBeta', () => {
  it('matches scipy.special.betaincinv(2.2, 3.8, 0.3)', () => {
    expectRelative(inverseRegularizedIncompleteBeta(0.3, 2.2, 3.8), 0.25096665501343607, 1e-13);
  });

  it('inverts I_x(a, b) over the PERT shapes (1 ≤ a, b ≤ 5)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (p, share) => {
          const a = 1 + 4 * share;
          const b = 6 - a;
          const x = inverseRegularizedIncompleteBeta(p, a, b);
          return x >= 0 && x <= 1 && Math.abs(regularizedIncompleteBeta(x, a, b) - p) <= 1e-13;
        },
      ),
    );
  });

  it('handles the ends and invalid input', () => {
    expect(inverseRegularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(inverseRegularizedIncompleteBeta(1, 2, 3)).toBe(1);
    expect(inverseRegularizedIncompleteBeta(1.5, 2, 3)).toBeNaN();
    expect(inverseRegularizedIncompleteBeta(0.5, -1, 3)).toBeNaN();
  });
});
