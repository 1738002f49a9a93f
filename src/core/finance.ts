/**
 * Investment metrics (see the format page, "Metric definitions").
 *
 * Conventions shared by every function here:
 * - Rates are fractions per period (0.08 = 8 % per period), never percentages.
 * - `cashflows[t]` is the net cash of period t, in the case's money unit; `cashflows[0]` falls at
 *   t = 0 and is not discounted (numpy-financial convention).
 * - Nothing returns NaN or ±Infinity and nothing throws: an undefined figure is `null`.
 *
 * From the `financial` package (a port of numpy-financial) we use `npv` and `mirr`: both agree with
 * numpy-financial's published reference values (see test/unit/finance.test.ts); we only guard their
 * inputs and outputs. Its `irr` is a single Newton iteration from a guess of 0.1, so it returns
 * whichever root Newton happens to reach (or NaN), cannot report the other roots and does not apply
 * the format page's root choice; `irr` below is our own.
 */
import { mirr as libMirr, npv as libNpv } from 'financial';

const allFinite = (values: readonly number[]): boolean => values.every((v) => Number.isFinite(v));

/** The value, or null when it is not finite; −0 becomes 0 so that no figure prints as "-0". */
const finiteOrNull = (value: number): number | null =>
  Number.isFinite(value) ? (value === 0 ? 0 : value) : null;

/**
 * Relative size below which a sum or difference of money terms is 0: 1e-12 of its largest term.
 *
 * Amounts typed as decimals (7 %, 0.1) are not exact in binary, and each addition rounds by up to
 * half an ulp (≈ 1.1e-16 relative) of its largest term, so a sum that is exactly 0 on paper
 * (100 × 7 % − 5 − 2) comes out as a few ulps (8.9e-16). A case's numbers carry far fewer than 12
 * significant digits, so anything within 1e-12 of the terms' size is rounding, never information.
 */
export const CANCELLATION_TOLERANCE = 1e-12;

/**
 * `value` (a sum or difference), or 0 when |value| ≤ CANCELLATION_TOLERANCE × `magnitude`, the
 * largest |term| that went into it (or their Σ |term|). Same unit as the terms. A non-finite value
 * is left as it is (an overflow is not a cancellation).
 */
export function snapToZero(value: number, magnitude: number): number {
  return Number.isFinite(value) && Math.abs(value) <= CANCELLATION_TOLERANCE * Math.abs(magnitude)
    ? 0
    : value;
}

/**
 * `values` times one power of two that brings the largest |value| to about 1 (at most 2): exact
 * (except for values that become subnormal), so signs, ratios and roots are unchanged, and a sum of
 * n of them stays below 2n: it cannot overflow. Null when every value is 0 (or the list is empty).
 */
function normalised(values: readonly number[]): number[] | null {
  let max = 0;
  for (const v of values) max = Math.max(max, Math.abs(v));
  if (max === 0) return null;
  const e = Math.ceil(Math.log2(max));
  // 2^−e itself may not be a double (|e| up to 1074): apply it in two halves.
  const half = Math.trunc(-e / 2);
  const f1 = 2 ** half;
  const f2 = 2 ** (-e - half);
  return values.map((v) => v * f1 * f2);
}

/**
 * Net present value of `cashflows` at `rate` per period.
 *
 * Σ cashflows[t] / (1 + rate)^t for t = 0 … n − 1, so the first flow is at t = 0 and is not
 * discounted (numpy-financial's `npv`; Excel's NPV discounts the first flow too and equals this
 * divided by 1 + rate). Money is in the case's unit. An empty list is worth 0.
 *
 * @param rate discount rate per period as a fraction (0.08 = 8 %)
 * @returns the NPV, or null if any input is non-finite, rate ≤ −1, or the sum overflows
 */
export function npv(rate: number, cashflows: readonly number[]): number | null {
  if (!Number.isFinite(rate) || rate <= -1 || !allFinite(cashflows)) return null;
  return finiteOrNull(libNpv(rate, [...cashflows]));
}

/** The chosen internal rate of return and the other real roots, if any. */
export interface IrrResult {
  /** IRR per period as a fraction, or null when there is none. */
  irr: number | null;
  /** The other real IRRs (> −1) when the cash flows have several, ascending; empty otherwise. */
  otherRoots: number[];
}

/**
 * Internal rate of return: the rate r > −1 per period (a fraction) at which `npv(r, cashflows)` is 0,
 * with `cashflows[0]` at t = 0.
 *
 * Cash flows that change sign more than once can have several IRRs. All real roots are found; the
 * one returned is the format page's choice, "the smallest non-negative root, else the negative root
 * nearest zero", and the others are listed in `otherRoots` (ascending) so the caller can warn.
 *
 * @returns `irr: null` when any flow is non-finite, the flows never change sign, or no root > −1 is
 *   found.
 */
export function irr(cashflows: readonly number[]): IrrResult {
  const roots = irrRoots(cashflows);
  if (roots.length === 0) return { irr: null, otherRoots: [] };
  const nonNegative = roots.filter((r) => r >= 0);
  const chosen = nonNegative.length > 0 ? nonNegative[0]! : roots[roots.length - 1]!;
  return { irr: chosen, otherRoots: roots.filter((r) => r !== chosen) };
}

/**
 * Modified internal rate of return per period (a fraction), numpy-financial's definition:
 * (FV of the positive flows at `reinvestRate` / |PV of the negative flows at `financeRate`|)^(1/(n−1))
 * × (1 + reinvestRate) − 1, where n is the number of cash flows and `cashflows[0]` is at t = 0.
 *
 * @param financeRate rate per period (fraction) paid on the negative flows
 * @param reinvestRate rate per period (fraction) earned on the positive flows
 * @returns the MIRR, or null when there are no positive or no negative flows, an input is
 *   non-finite, a rate is ≤ −1, or the result is not finite
 */
export function mirr(cashflows: readonly number[], financeRate: number, reinvestRate: number): number | null {
  if (!allFinite(cashflows) || !Number.isFinite(financeRate) || !Number.isFinite(reinvestRate)) return null;
  if (financeRate <= -1 || reinvestRate <= -1) return null;
  if (!cashflows.some((v) => v > 0) || !cashflows.some((v) => v < 0)) return null;
  return finiteOrNull(libMirr([...cashflows], financeRate, reinvestRate));
}

/**
 * Payback period, in periods: the first period in which the cumulative undiscounted cash (summed
 * from t = 0) reaches 0 after having been negative, linearly interpolated inside that period and
 * counted from t = 0. [−100, 50, 50, 50] → 2; [−100, 60, 60] → 1 + 40/60; [0, −100, 60, 60] →
 * 2 + 40/60 (the money goes out in period 1, so the leading 0 is not a payback).
 *
 * When the cumulative cash is never negative there is nothing to pay back: 0 if some cash comes in
 * ([10, −5, 20], [0, 10]), null if every flow is 0 (no investment at all, like `irr` and `roi`).
 * A cumulative within 1e-12 of its terms is 0 (see `snapToZero`), so [−0.1, −0.2, 0.3] pays back
 * at 2 although 0.1 + 0.2 ≠ 0.3 in binary. Scale-free: no sum can overflow.
 *
 * @returns the payback in periods, or null when it is never reached, every flow is 0, the list is
 *   empty or an input is non-finite
 */
export function paybackPeriods(cashflows: readonly number[]): number | null {
  if (!allFinite(cashflows)) return null;
  return paybackPoint(cashflows, 0);
}

/**
 * Discounted payback period, in periods: `paybackPeriods` applied to the discounted flows
 * cashflows[t] / (1 + rate)^t (t = 0 first, so cashflows[0] is not discounted), with the same
 * rules for leading zeros and flows that are never negative. At rate 0 it equals `paybackPeriods`.
 *
 * @param rate discount rate per period as a fraction (0.08 = 8 %)
 * @returns the discounted payback in periods, or null when it is never reached, every flow is 0,
 *   the list is empty, an input is non-finite or rate ≤ −1
 */
export function discountedPaybackPeriods(cashflows: readonly number[], rate: number): number | null {
  if (!Number.isFinite(rate) || rate <= -1 || !allFinite(cashflows)) return null;
  return paybackPoint(cashflows, rate);
}

/**
 * Return on investment, undiscounted: (totalBenefits − totalCosts) / totalCosts, as a fraction
 * (0.25 = 25 %). Both totals are money in the case's unit.
 *
 * @returns the ROI, or null when totalCosts is 0, an input is non-finite, or the result overflows
 */
export function roi(totalCosts: number, totalBenefits: number): number | null {
  if (!Number.isFinite(totalCosts) || !Number.isFinite(totalBenefits) || totalCosts === 0) return null;
  return finiteOrNull((totalBenefits - totalCosts) / totalCosts);
}

/** v × 2^k, exact while the result is a normal double (2^k itself may not be a double). */
const times2ToThe = (v: number, k: number): number =>
  v * 2 ** Math.trunc(k / 2) * 2 ** (k - Math.trunc(k / 2));

/**
 * The payback point of `cashflows` discounted at `rate` (0: undiscounted), as documented on
 * `paybackPeriods`.
 *
 * With g = 1 + rate, the discounted cumulative D_t = Σ c_s g^−s has the sign of
 * E_t = g^t D_t = g E_(t−1) + c_t, and the crossing inside period t lies at the fraction
 * −D_(t−1) / (c_t g^−t) = −g E_(t−1) / c_t. E is carried as a double times 2^k, renormalised by a
 * power of two every period (exact), so neither g^t nor g^−t is ever formed: rates near −100 % or
 * far above 100 % over hundreds of periods neither overflow nor underflow. At rate 0, E_t is the
 * plain cumulative cash.
 */
function paybackPoint(cashflows: readonly number[], rate: number): number | null {
  const flows = normalised(cashflows);
  if (flows === null) return null;
  const g = 1 + rate;
  const gShift = Math.round(Math.log2(g));
  let sum = 0; // E_t × 2^−k
  let size = 0; // Σ |c_s| g^(t−s) × 2^−k, the terms' size for snapToZero
  let k = 0;
  let wasNegative = false;
  let wasPositive = false;
  for (let t = 0; t < flows.length; t++) {
    // Carry to period t: bring size to about 1, multiply by g, bring g back to about 1.
    const shift = size === 0 ? 0 : Math.round(Math.log2(size));
    let before = times2ToThe(times2ToThe(sum, -shift) * g, -gShift);
    let carriedSize = times2ToThe(times2ToThe(size, -shift) * g, -gShift);
    // Nothing carried yet (leading zeros): no scale to keep.
    k = carriedSize === 0 ? 0 : k + shift + gShift;
    let flow = flows[t]!;
    if (flow !== 0) {
      const exponent = Math.log2(Math.abs(flow)) - k;
      if (exponent > 700) {
        // The flow dwarfs everything before it (by 2^600 or more): start again at its scale.
        before = 0;
        carriedSize = 0;
        k = 0;
      } else if (exponent < -700) {
        flow = 0; // negligible against what came before
      } else {
        flow = times2ToThe(flow, -k);
      }
    }
    size = carriedSize + Math.abs(flow);
    sum = snapToZero(before + flow, size);
    if (sum < 0) {
      wasNegative = true;
    } else if (wasNegative) {
      // before < 0 ≤ before + flow, so flow > 0 and the fraction lies in (0, 1].
      return sum === 0 ? t : finiteOrNull(t - 1 + Math.min(1, -before / flow));
    } else if (sum > 0) {
      wasPositive = true;
    }
  }
  return !wasNegative && wasPositive ? 0 : null;
}

// ---------------------------------------------------------------------------------------------
// IRR root finding.
//
// With g = 1 + r > 0, NPV(r) = Σ c_t g^−t. Its zeros for r > −1 are the positive real roots of the
// polynomial P(g) = Σ c_t g^(N−t) (= g^N · NPV), equivalently of Q(x) = Σ c_t x^t with x = 1/g
// (= NPV). We evaluate P by Horner when g ≤ 1 and Q when g > 1, so the Horner variable never
// exceeds 1 and nothing overflows; both have the sign of NPV.
//
// 1. r = 0 (g = 1) is a root exactly when Σ c_t = 0. That sum is taken exactly (no rounding), and
//    the root divided out (g − 1 deflation: the cumulative cash), as often as it repeats. A
//    sign-change scan cannot be trusted there: a root at 0 is also where rounding makes NPV ±1e-16.
// 2. The other positive roots lie between Cauchy's bounds. We scan u = ln g over them on a fixed
//    grid (fine around r = 0, coarser further out), bisect every sign change, and look at every
//    local minimum of |NPV| on the grid for a double root (touching zero) or a pair of roots closer
//    than the grid spacing. Roots closer than 1e-7 are one root.
// 3. A root of multiplicity m touches zero (m even) or crosses it so flatly (m odd) that rounding
//    hides it within ≈ ε^(1/m) — 1e-8 for a double root, 5e-6 for a triple. It is a simple root of
//    the (m − 1)th derivative, though: each root found is refined there when P and its lower
//    derivatives vanish within rounding at that point. Inside such a root's rounding radius every
//    sign change is rounding noise, so the roots found there are that one root.
// 4. A rate within 1e-12 of 0 is 0 (never −0): it cannot be told from 0 by the data.
//
// Everything is bounded by the grid size (≈ 2 200 points) and fixed iteration caps, and is
// deterministic. The scan evaluates only NPV at the grid points (exp of the fixed points is
// computed once), and the size of the terms only where a test needs it.
// ---------------------------------------------------------------------------------------------

/** Grid spacing in u = ln(1 + r) near r = 0, where real IRRs live. */
const FINE_STEP = 0.0025;
/** |u| up to which the fine spacing is used (r from about −0.9 to 9). */
const FINE_SPAN = 2.3;
/** Growth factor of the spacing beyond FINE_SPAN. */
const STEP_GROWTH = 1.08;
/** exp(±U_LIMIT) stays well inside the finite doubles. */
const U_LIMIT = 708;

/** NPV times a positive factor (Horner in g when g ≤ 1, in 1/g otherwise). */
function valueAt(c: readonly number[], g: number): number {
  let value = 0;
  if (g <= 1) {
    for (let t = 0; t < c.length; t++) value = value * g + c[t]!;
  } else {
    const x = 1 / g;
    for (let t = c.length - 1; t >= 0; t--) value = value * x + c[t]!;
  }
  return value;
}

/** The same sum over |c_t|. It never exceeds Σ |c_t| (each Horner step multiplies by g or 1/g ≤ 1). */
function sizeAt(c: readonly number[], g: number): number {
  let size = 0;
  if (g <= 1) {
    for (let t = 0; t < c.length; t++) size = size * g + Math.abs(c[t]!);
  } else {
    const x = 1 / g;
    for (let t = c.length - 1; t >= 0; t--) size = size * x + Math.abs(c[t]!);
  }
  return size;
}

/** A rate this close to 0 is 0: well below anything cash flows can tell apart (per period). */
const ZERO_RATE = 1e-12;
/**
 * Roots of 1 + r closer than this (relative) are one root as far as the data can tell: moving a
 * double root's coefficients by one rounding error splits it by ~1e-8.
 */
const SAME_ROOT = 1e-7;
/** The highest multiplicity refined through derivatives (item 3 above). */
const MAX_MULTIPLICITY = 8;

/** All real IRRs (> −1), ascending, each once; a rate within ZERO_RATE of 0 is +0. */
function irrRoots(cashflows: readonly number[]): number[] {
  if (!allFinite(cashflows)) return [];
  // Normalising by a power of two moves no root and lets no sum below overflow. Leading zeros only
  // shift time (NPV gains a positive factor); trailing zeros add roots at g = 0 (r = −1), which are
  // not IRRs.
  let c = trimZeros(normalised(cashflows) ?? []);
  if (!hasBothSigns(c)) return [];

  // NPV(0) = Σ c_t. When that is exactly 0, NPV_c(r) = r / (1 + r) · NPV_d(r), where d_t = Σ_(s≤t)
  // c_s is the cumulative cash without its last (zero) element: the remaining roots are d's.
  let zeroIsRoot = false;
  for (;;) {
    const partials: number[] = [];
    const cumulative: number[] = [];
    for (const v of c) {
      addExactly(partials, v);
      cumulative.push(roundedSum(partials));
    }
    if (c.length < 2 || !partials.every((p) => p === 0)) break;
    zeroIsRoot = true;
    c = trimZeros(cumulative.slice(0, -1));
  }

  const rates = zeroIsRoot ? [0] : [];
  if (hasBothSigns(c)) {
    for (const g of positiveRoots(c)) {
      const r = g - 1;
      if (Math.abs(r) <= ZERO_RATE) rates.push(0);
      else if (r > -1 && Number.isFinite(r)) rates.push(r);
    }
  }
  rates.sort((a, b) => a - b);
  return rates.filter((r, i) => i === 0 || r !== rates[i - 1]);
}

/** `values` without leading and trailing zeros. */
function trimZeros(values: readonly number[]): number[] {
  let first = 0;
  while (first < values.length && values[first] === 0) first++;
  let last = values.length - 1;
  while (last >= first && values[last] === 0) last--;
  return values.slice(first, last + 1);
}

const hasBothSigns = (values: readonly number[]): boolean =>
  values.some((v) => v > 0) && values.some((v) => v < 0);

/**
 * Adds x to an exact sum kept as non-overlapping partials, smallest first (Shewchuk's algorithm,
 * the one behind Python's math.fsum): the partials always add up to the exact real sum, so "is the
 * sum 0" has an exact answer. The values must be small enough not to overflow (normalised).
 */
function addExactly(partials: number[], value: number): void {
  let x = value;
  let i = 0;
  for (let j = 0; j < partials.length; j++) {
    let y = partials[j]!;
    if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
    const hi = x + y;
    const lo = y - (hi - x);
    if (lo !== 0) partials[i++] = lo;
    x = hi;
  }
  partials.length = i;
  partials.push(x);
}

/** The exact sum held by `partials`, rounded (within an ulp). */
const roundedSum = (partials: readonly number[]): number => partials.reduce((sum, p) => sum + p, 0);

/**
 * The positive roots g of P (c trimmed, normalised, with both signs), ascending, each once: the
 * grid scan (items 2 and 3 in the comment above).
 */
function positiveRoots(c: readonly number[]): number[] {
  const n = c.length - 1; // degree, ≥ 1 since both signs are present

  // Cauchy bounds on the positive roots g of P (leading coefficient c_0, constant term c_n).
  const lead = Math.abs(c[0]!);
  const tail = Math.abs(c[n]!);
  let maxAfterLead = 0;
  let maxBeforeTail = 0;
  for (let t = 0; t <= n; t++) {
    if (t >= 1) maxAfterLead = Math.max(maxAfterLead, Math.abs(c[t]!));
    if (t < n) maxBeforeTail = Math.max(maxBeforeTail, Math.abs(c[t]!));
  }
  const ratio = maxAfterLead / lead;
  const uHiRaw = Number.isFinite(ratio) ? Math.log1p(ratio) : Math.log(maxAfterLead) - Math.log(lead);
  const uLoRaw = Math.log(tail) - Math.log(tail + maxBeforeTail);
  const uHi = Math.min(U_LIMIT, uHiRaw + 0.01);
  const uLo = Math.max(-U_LIMIT, uLoRaw - 0.01);
  if (!(uLo < uHi)) return [];

  const { us, gs } = grid(uLo, uHi);
  const fs = new Float64Array(gs.length);
  for (let i = 0; i < gs.length; i++) fs[i] = valueAt(c, gs[i]!);
  // Every size is at most Σ |c_t| (rounding aside, hence the factor 2): above this bound a value
  // cannot be zero within rounding, and its size need not be computed.
  const sizeBound = 2 * c.reduce((sum, v) => sum + Math.abs(v), 0);
  const found: number[] = [];
  const f = (g: number): number => valueAt(c, g);

  for (let i = 0; i < gs.length; i++) {
    const fi = fs[i]!;
    if (fi === 0) {
      found.push(gs[i]!);
      continue;
    }
    // Zero within rounding at a grid point: a root even if NPV only touches zero.
    if (Math.abs(fi) <= 1e-13 * sizeBound && Math.abs(fi) <= 1e-13 * sizeAt(c, gs[i]!)) found.push(gs[i]!);
    if (i + 1 < gs.length) {
      const fj = fs[i + 1]!;
      if (fj !== 0 && Math.sign(fj) !== Math.sign(fi)) found.push(bisect(f, gs[i]!, gs[i + 1]!, fi));
    }
    // A local minimum of |NPV| between two grid neighbours of the same sign may hide a double root
    // or two roots closer than the grid spacing.
    if (i === 0 || i + 1 === gs.length) continue;
    const before = fs[i - 1]!;
    const after = fs[i + 1]!;
    const s = Math.sign(fi);
    if (Math.sign(before) !== s || Math.sign(after) !== s) continue;
    const a = Math.abs(fi);
    if (!(a <= Math.abs(before) && a < Math.abs(after)) || a > 0.05 * sizeAt(c, gs[i]!)) continue;
    const { u: uMin, value: vMin } = goldenMin((u) => s * f(Math.exp(u)), us[i - 1]!, us[i + 1]!);
    const gMin = Math.exp(uMin);
    if (vMin < 0) {
      found.push(bisect(f, gs[i - 1]!, gMin, before), bisect(f, gMin, gs[i + 1]!, s * vMin));
    } else if (vMin <= 1e-10 * sizeAt(c, gMin)) {
      found.push(gMin);
    }
  }

  // Roots found within rounding of one multiple root converge to it when refined, or lie inside its
  // rounding radius (rounding makes NPV change sign at random there, and even its derivatives look
  // like multiple roots of lower order): one root. The highest multiplicity claims first.
  const refined = oncePerRoot(found)
    .map((g) => refineMultipleRoot(c, g))
    .sort((p, q) => q.multiplicity - p.multiplicity || q.radius - p.radius);
  const kept: RefinedRoot[] = [];
  for (const root of refined) {
    if (!kept.some((k) => Math.abs(root.g - k.g) <= k.radius)) kept.push(root);
  }
  return oncePerRoot(kept.map((root) => root.g)).filter((g) => g > 0 && Number.isFinite(g));
}

/** Sorts `roots` and reports each cluster closer than SAME_ROOT (relative) once, at its mean. */
function oncePerRoot(roots: readonly number[]): number[] {
  const sorted = [...roots].sort((p, q) => p - q);
  const once: number[] = [];
  for (let k = 0; k < sorted.length;) {
    let end = k + 1;
    let sum = sorted[k]!;
    while (end < sorted.length && sorted[end]! - sorted[k]! <= SAME_ROOT * sorted[end]!)
      sum += sorted[end++]!;
    once.push(sum / (end - k));
    k = end;
  }
  return once;
}

/** A root g of P with its multiplicity and rounding radius (absolute, in g); see below. */
interface RefinedRoot {
  g: number;
  multiplicity: number;
  radius: number;
}

/**
 * A root g of P, refined in case it is multiple (item 3 above). For m = 2 … MAX_MULTIPLICITY: when
 * the (m − 1)th derivative changes sign within one fine grid step of g, its root there is bisected
 * to the last bit, and taken when P and its first m − 2 derivatives all vanish within rounding at
 * it — so a simple root (whose derivative is not 0 there) is left as it was (radius 0).
 *
 * For a root of multiplicity m, `radius` is twice the distance δ from it within which
 * |P^(m)(g) δ^m / m!| — the size of P there — stays below the rounding bound of `vanishesAt`:
 * inside it the computed P is noise, and every sign change it shows is this root again.
 */
function refineMultipleRoot(c: readonly number[], g: number): RefinedRoot {
  const simple = { g, multiplicity: 1, radius: 0 };
  const lo = g * Math.exp(-FINE_STEP);
  const hi = g * Math.exp(FINE_STEP);
  if (!(lo > 0) || !Number.isFinite(hi)) return simple;
  let best = g;
  let multiplicity = 1;
  const derivatives: (readonly number[])[] = [c];
  for (let m = 2; m <= MAX_MULTIPLICITY && derivatives[m - 2]!.length > 2; m++) {
    const p = differentiate(derivatives[m - 2]!);
    derivatives.push(p);
    const fLo = valueAt(p, lo);
    const fHi = valueAt(p, hi);
    if (fLo === 0 || fHi === 0 || Math.sign(fLo) === Math.sign(fHi)) continue;
    const root = bisect((x) => valueAt(p, x), lo, hi, fLo);
    if (derivatives.slice(0, m - 1).every((q) => vanishesAt(q, root))) {
      best = root;
      multiplicity = m;
    }
  }
  if (multiplicity === 1) return simple;
  // ln of P^(m)(best)/m! and of P's rounding bound, both unscaled (valueAt and sizeAt divide by
  // g^degree when g > 1): (bound / |P^(m)/m!|)^(1/m) is the relative radius δ/g.
  const top = differentiate(derivatives[multiplicity - 1]!);
  let logFactorial = 0;
  for (let k = 2; k <= multiplicity; k++) logFactorial += Math.log(k);
  const lead = Math.abs(valueAt(top, best));
  const bound = 8 * c.length * Number.EPSILON * sizeAt(c, best);
  if (!(lead > 0) || !(bound > 0)) return { g: best, multiplicity, radius: 0 };
  const logG = Math.log(best);
  const logScale = best > 1 ? 0 : -multiplicity * logG; // best ≤ 1: unscaled, so divide by g^m
  const logRelative = (Math.log(bound) + logFactorial - Math.log(lead) + logScale) / multiplicity;
  return { g: best, multiplicity, radius: 2 * best * Math.exp(logRelative) };
}

/** The derivative of the polynomial Σ p_t g^(N−t) (coefficients highest power first), the same way. */
function differentiate(p: readonly number[]): number[] {
  const n = p.length - 1;
  return p.slice(0, n).map((v, t) => v * (n - t));
}

/**
 * Whether the polynomial p is 0 at g within the rounding of its evaluation: Horner's error is at
 * most ≈ 2N ε Σ |p_t| g^(N−t) (Higham, Accuracy and Stability of Numerical Algorithms, 5.1); the
 * factor 8 covers the rounding of 1/g and of the derivative's coefficients.
 */
function vanishesAt(p: readonly number[], g: number): boolean {
  return Math.abs(valueAt(p, g)) <= 8 * p.length * Number.EPSILON * sizeAt(p, g);
}

/** u ≥ 0 grid points: FINE_STEP up to FINE_SPAN, then each step STEP_GROWTH times the last. */
const HALF_GRID: readonly number[] = (() => {
  const points: number[] = [];
  let u = 0;
  let step = FINE_STEP;
  while (u < U_LIMIT) {
    points.push(u);
    if (u >= FINE_SPAN) step *= STEP_GROWTH;
    u += step;
  }
  return points;
})();

/** exp(±u) of the grid points, computed once. */
const EXP_POSITIVE: readonly number[] = HALF_GRID.map((u) => Math.exp(u));
const EXP_NEGATIVE: readonly number[] = HALF_GRID.map((u) => Math.exp(-u));

/** Ascending grid in u over [uLo, uHi], symmetric about u = 0 (which is included), and g = exp(u) at each point. */
function grid(uLo: number, uHi: number): { us: number[]; gs: number[] } {
  const us = [uLo];
  const gs = [Math.exp(uLo)];
  for (let k = HALF_GRID.length - 1; k >= 1; k--) {
    const u = -HALF_GRID[k]!;
    if (u > uLo && u < uHi) {
      us.push(u);
      gs.push(EXP_NEGATIVE[k]!);
    }
  }
  for (let k = 0; k < HALF_GRID.length; k++) {
    const u = HALF_GRID[k]!;
    if (u > uLo && u < uHi) {
      us.push(u);
      gs.push(EXP_POSITIVE[k]!);
    }
  }
  us.push(uHi);
  gs.push(Math.exp(uHi));
  return { us, gs };
}

/** Bisection for a sign change of f on [lo, hi] (g > 0); f(lo) = fLo ≠ 0. At most 200 steps. */
function bisect(f: (g: number) => number, lo: number, hi: number, fLo: number): number {
  for (let k = 0; k < 200; k++) {
    // Geometric midpoint while the bracket spans orders of magnitude, arithmetic after.
    const mid = hi / lo > 4 ? Math.sqrt(lo) * Math.sqrt(hi) : lo + (hi - lo) / 2;
    if (!(mid > lo && mid < hi)) break;
    const fm = f(mid);
    if (fm === 0) return mid;
    if (Math.sign(fm) === Math.sign(fLo)) {
      lo = mid;
      fLo = fm;
    } else {
      hi = mid;
    }
  }
  return lo + (hi - lo) / 2;
}

/** Golden-section search for the minimum of h on [a, b]; at most 100 steps. */
function goldenMin(h: (u: number) => number, a: number, b: number): { u: number; value: number } {
  const inv = (Math.sqrt(5) - 1) / 2;
  let x1 = b - inv * (b - a);
  let x2 = a + inv * (b - a);
  let h1 = h(x1);
  let h2 = h(x2);
  for (let k = 0; k < 100 && b - a > 1e-15 * Math.max(1, Math.abs(a)); k++) {
    if (h1 <= h2) {
      b = x2;
      x2 = x1;
      h2 = h1;
      x1 = b - inv * (b - a);
      h1 = h(x1);
    } else {
      a = x1;
      x1 = x2;
      h1 = h2;
      x2 = a + inv * (b - a);
      h2 = h(x2);
    }
    if (h1 < 0 || h2 < 0) break; // crossed zero: two roots, bracketed by the caller
  }
  return h1 <= h2 ? { u: x1, value: h1 } : { u: x2, value: h2 };
}

/** The number of times the flows change sign, zeros skipped (more than one: IRR may have several roots). */
export function signChanges(flows: readonly number[]): number {
  let changes = 0;
  let last = 0;
  for (const f of flows) {
    if (f === 0) continue;
    if (last !== 0 && Math.sign(f) !== last) changes++;
    last = Math.sign(f);
  }
  return changes;
}
