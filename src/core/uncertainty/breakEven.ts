/**
 * Break-even ("what must be true", format 1.1), solved in closed form rather than searched.
 *
 * Conventions (those of ../finance):
 * - Rates are fractions per period (0.08 = 8 %); flows are money per period in the case's unit, the
 *   first at t = 0 and not discounted (numpy-financial's NPV).
 * - A change k is relative, as a fraction: −0.37 means "37 % less", 0.52 "52 % more"; k ≥ −1 always,
 *   since scaled benefits, costs or revenue cannot become negative.
 * - Nothing throws or returns NaN or ±Infinity: where no change of that kind reaches 0, or an input is
 *   not finite, the result is null.
 *
 * NPV is linear in the flows. Split the net flows into a part A that the change scales and the rest B;
 * then NPV(k) = (1 + k)·PV(A) + PV(B), and NPV(k) = 0 at k = −PV(B)/PV(A) − 1 = −(PV(A) + PV(B))/PV(A).
 */
import { npv } from '../finance';

/**
 * The positive and negative parts of net cash flows, element by element: positive[t] = max(c_t, 0),
 * negative[t] = min(c_t, 0), so positive[t] + negative[t] = c_t. For an investment given as `cashflows`,
 * the positive part is its benefits and the negative part its costs.
 */
export function splitCashflows(cashflows: readonly number[]): { positive: number[]; negative: number[] } {
  return {
    positive: cashflows.map((c) => (c > 0 ? c : 0)),
    negative: cashflows.map((c) => (c < 0 ? c : 0)),
  };
}

/**
 * The relative change k of all benefits that makes NPV exactly 0, costs held:
 * (1 + k)·PV⁺ + PV⁻ = 0, so k = −PV⁻/PV⁺ − 1, where PV⁺ = npv(rate, positivePart) and
 * PV⁻ = npv(rate, negativePart).
 *
 * @param positivePart benefits per period (money in, ≥ 0); for `cashflows`, their positive part
 * @param negativePart costs per period as negative numbers (money out, ≤ 0); for `costs`/`benefits`
 *   investments pass −costs[t]. The lists may differ in length (missing periods count as 0).
 * @param rate discount rate per period as a fraction
 * @returns k (≥ −1; −1 means "no benefits at all", the answer when PV⁻ is 0), or null when PV⁺ is 0
 *   (no benefits to scale), −PV⁻/PV⁺ < 0 (k below −1: benefits would have to turn negative; with parts
 *   of the stated signs this cannot happen), an input is not finite, or rate ≤ −1
 */
export function benefitsChangeForZeroNpv(
  positivePart: readonly number[],
  negativePart: readonly number[],
  rate: number,
): number | null {
  return changeForZeroNpv(positivePart, negativePart, rate);
}

/**
 * The relative change k of all costs that makes NPV exactly 0, benefits held:
 * PV⁺ + (1 + k)·PV⁻ = 0, so k = −PV⁺/PV⁻ − 1 (positive when the case has a positive NPV: costs may
 * rise by k before it turns negative).
 *
 * @param positivePart benefits per period (≥ 0), as for `benefitsChangeForZeroNpv`
 * @param negativePart costs per period as negative numbers (≤ 0)
 * @param rate discount rate per period as a fraction
 * @returns k (≥ −1; −1 means "no costs at all", the answer when PV⁺ is 0), or null when PV⁻ is 0 (no
 *   costs to scale), −PV⁺/PV⁻ < 0 (k below −1: costs would have to turn negative; with parts of the
 *   stated signs this cannot happen), an input is not finite, or rate ≤ −1
 */
export function costsChangeForZeroNpv(
  positivePart: readonly number[],
  negativePart: readonly number[],
  rate: number,
): number | null {
  return changeForZeroNpv(negativePart, positivePart, rate);
}

/**
 * For one period: the relative change k of revenue that makes operating profit exactly 0, with the
 * gross margin, fixed costs and IT spend held: R(1 + k)·gm − F − IT = 0, so k = (F + IT)/(R·gm) − 1
 * (= breakEvenRevenue / revenue − 1). Map it over the periods for the report's per-period list.
 *
 * @param revenue R, money in the case's unit
 * @param grossMargin gm, a fraction of revenue (0.25 = 25 %)
 * @param fixedCosts F, the period's total fixed costs (money)
 * @param itSpend IT, the period's total IT spend (money)
 * @returns k (≥ −1), or null when R·gm ≤ 0 (no gross profit to scale), F + IT < 0 (k would be below
 *   −1: revenue would have to be negative), an input is not finite, or the result overflows
 */
export function revenueChangeForZeroOperatingProfit(
  revenue: number,
  grossMargin: number,
  fixedCosts: number,
  itSpend: number,
): number | null {
  if (![revenue, grossMargin, fixedCosts, itSpend].every((v) => Number.isFinite(v))) return null;
  const grossProfit = revenue * grossMargin;
  if (!(grossProfit > 0) || !Number.isFinite(grossProfit)) return null;
  const costs = fixedCosts + itSpend;
  if (costs < 0) return null;
  const k = costs / grossProfit - 1;
  return Number.isFinite(k) ? k : null;
}

/** k with (1 + k)·PV(scaled) + PV(held) = 0, or null (see the two exported functions). */
function changeForZeroNpv(scaled: readonly number[], held: readonly number[], rate: number): number | null {
  const pvScaled = npv(rate, scaled);
  const pvHeld = npv(rate, held);
  if (pvScaled === null || pvHeld === null || pvScaled === 0) return null;
  const factor = -pvHeld / pvScaled; // 1 + k
  if (!(factor >= 0) || !Number.isFinite(factor)) return null;
  return factor - 1;
}
