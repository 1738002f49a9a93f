/**
 * The case's arithmetic over many trials at once: each figure is a lane, a Float64Array with one
 * number per trial (or a plain number where it is the same in every trial). No object per trial is
 * made. The formulas are the engine's (format page, "Metric definitions"): operating profit =
 * revenue × grossMargin − Σ fixedCosts − Σ itSpend; scenario changes are relative; an investment's
 * net cash flow is benefits − costs (or its `cashflows`), the first at t = 0.
 *
 * Used with the trials of a Monte Carlo run, and with two "trials" (an input at its low and at its
 * high end) for the sensitivity analysis.
 */
import type { ResolvedCase, ResolvedInvestment } from '../model';
import type { RateKey } from './inputs';

/** One number per trial, or the same number in every trial. */
export type Lane = Float64Array | number;

/** Where the lanes of the model's inputs come from. */
export interface LaneSource {
  readonly trials: number;
  /** The lane of period `period` of one of the model's series arrays. */
  series(values: readonly number[], period: number): Lane;
  /** The lane of a discount rate. */
  rate(key: RateKey, point: number): Lane;
}

export interface PeriodLanes {
  operatingProfit: Lane[];
  operatingMargin: Lane[];
}

export interface InvestmentLanes {
  /** Net cash flow per period. */
  cashflows: Lane[];
  rate: Lane;
  npv: Float64Array;
}

export interface ModelLanes {
  base: PeriodLanes;
  scenarios: PeriodLanes[];
  investments: InvestmentLanes[];
}

function combine(a: Lane, b: Lane, n: number, op: (x: number, y: number) => number): Lane {
  if (typeof a === 'number' && typeof b === 'number') return op(a, b);
  const out = new Float64Array(n);
  if (typeof a === 'number') for (let t = 0; t < n; t++) out[t] = op(a, (b as Float64Array)[t]!);
  else if (typeof b === 'number') for (let t = 0; t < n; t++) out[t] = op(a[t]!, b);
  else for (let t = 0; t < n; t++) out[t] = op(a[t]!, b[t]!);
  return out;
}

const add = (a: Lane, b: Lane, n: number) => combine(a, b, n, (x, y) => x + y);
const sub = (a: Lane, b: Lane, n: number) => combine(a, b, n, (x, y) => x - y);
const mul = (a: Lane, b: Lane, n: number) => combine(a, b, n, (x, y) => x * y);
/** The ratio, NaN where the denominator is 0 (an undefined figure, left out of percentiles). */
const div = (a: Lane, b: Lane, n: number) => combine(a, b, n, (x, y) => (y === 0 ? Number.NaN : x / y));
/** x × (1 + change). */
const grow = (a: Lane, change: Lane, n: number) => combine(a, change, n, (x, c) => x * (1 + c));

/** A lane as a Float64Array (a constant lane filled). */
export function expand(lane: Lane, n: number): Float64Array {
  return typeof lane === 'number' ? new Float64Array(n).fill(lane) : lane;
}

function profitLanes(revenue: Lane[], grossMargin: Lane[], costLines: Lane[][], n: number): PeriodLanes {
  const operatingProfit: Lane[] = [];
  const operatingMargin: Lane[] = [];
  revenue.forEach((r, p) => {
    let costs: Lane = 0;
    for (const line of costLines) costs = add(costs, line[p]!, n);
    const op = sub(mul(r, grossMargin[p]!, n), costs, n);
    operatingProfit.push(op);
    operatingMargin.push(div(op, r, n));
  });
  return { operatingProfit, operatingMargin };
}

/** Σ cashflows[p] / (1 + rate)^p per trial: the NPV with the first flow at t = 0 (numpy-financial's convention). */
function npvLane(cashflows: readonly Lane[], rate: Lane, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    const r = typeof rate === 'number' ? rate : rate[t]!;
    let factor = 1;
    let sum = 0;
    for (const flow of cashflows) {
      sum += (typeof flow === 'number' ? flow : flow[t]!) * factor;
      factor /= 1 + r;
    }
    out[t] = r <= -1 || !Number.isFinite(sum) ? Number.NaN : sum;
  }
  return out;
}

function investmentCashflows(investment: ResolvedInvestment, source: LaneSource): Lane[] {
  const n = source.trials;
  const { costs, benefits } = investment;
  if (costs && benefits)
    return benefits.map((_, p) => sub(source.series(benefits, p), source.series(costs, p), n));
  return investment.cashflows.map((_, p) => source.series(investment.cashflows, p));
}

/** The model's figures over the trials of `source`; `rateKeys[i]` says whose discount rate investment i uses. */
export function modelLanes(
  model: ResolvedCase,
  source: LaneSource,
  rateKeys: readonly RateKey[],
): ModelLanes {
  const n = source.trials;
  const periods = model.periods.map((_, p) => p);
  const revenue = periods.map((p) => source.series(model.revenue, p));
  const grossMargin = periods.map((p) => source.series(model.grossMargin, p));
  const fixed = model.fixedCosts.map((line) => periods.map((p) => source.series(line.values, p)));
  const it = model.itSpend.map((line) => periods.map((p) => source.series(line.values, p)));
  const base = profitLanes(revenue, grossMargin, [...fixed, ...it], n);

  const scenarios = model.scenarios.map((scenario) => {
    const change = (values: readonly number[], p: number) => source.series(values, p);
    const scaled = (lines: Lane[][], changes: readonly number[]) =>
      lines.map((line) => line.map((lane, p) => grow(lane, change(changes, p), n)));
    return profitLanes(
      revenue.map((r, p) => grow(r, change(scenario.revenueChange, p), n)),
      scenario.grossMargin ? periods.map((p) => change(scenario.grossMargin!, p)) : grossMargin,
      [...scaled(fixed, scenario.fixedCostsChange), ...scaled(it, scenario.itSpendChange)],
      n,
    );
  });

  const investments = model.investments.map((investment, index) => {
    const cashflows = investmentCashflows(investment, source);
    const rate = source.rate(rateKeys[index] ?? 'file', investment.discountRate);
    return { cashflows, rate, npv: npvLane(cashflows, rate, n) };
  });
  return { base, scenarios, investments };
}
