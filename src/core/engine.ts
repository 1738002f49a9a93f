/**
 * The engine: a resolved case → the report of the format page. Money stays in the file's unit;
 * ratios are fractions; an undefined figure is null, never NaN.
 */
import { discountedPaybackPeriods, irr, mirr, npv, paybackPeriods, roi, snapToZero } from './finance';
import type { CostLine, ResolvedCase, ResolvedInvestment, ResolvedScenario } from './model';
import type { PathIssue } from './pathIssue';
import type { CaseReport, InvestmentReport, PeriodMetrics, ScenarioReport } from './report';

export interface EngineResult {
  report: Omit<CaseReport, 'diagnostics'>;
  issues: PathIssue[];
}

/** The inputs of the operating-profit arithmetic for one case or scenario, per period. */
interface ProfitInputs {
  revenue: readonly number[];
  grossMargin: readonly number[];
  fixedCosts: readonly number[];
  itSpend: readonly number[];
  employees: readonly number[] | null;
}

const ratio = (numerator: number, denominator: number): number | null => {
  if (denominator === 0) return null;
  const value = numerator / denominator;
  return Number.isFinite(value) ? value : null;
};

/** The largest |term|, for snapToZero: a sum of these terms within 1e-12 of it is 0. */
const largest = (...terms: number[]): number => terms.reduce((m, t) => Math.max(m, Math.abs(t)), 0);

/** Σ of cost lines per period (a credit line may be negative, so the sum can cancel to 0). */
function totalPerPeriod(
  lines: readonly CostLine[],
  n: number,
  scale: readonly number[] | null = null,
): number[] {
  const totals = new Array<number>(n).fill(0);
  const sizes = new Array<number>(n).fill(0);
  const factors = new Array<number>(n);
  for (let i = 0; i < n; i++) factors[i] = scale ? 1 + (scale[i] ?? 0) : 1;
  for (const line of lines) {
    const values = line.values;
    for (let i = 0; i < n; i++) {
      const term = (values[i] ?? 0) * factors[i]!;
      totals[i]! += term;
      sizes[i] = largest(sizes[i]!, term);
    }
  }
  return totals.map((total, i) => snapToZero(total, sizes[i]!));
}

/**
 * Operating profit = revenue × grossMargin − Σ fixedCosts − Σ itSpend, and the metrics derived from
 * it per period (the format page's definitions).
 *
 * At break-even the difference is 0 on paper but a few ulps in binary (100 × 7 % − 5 − 2 =
 * 8.9e-16, because 7 % is not exact): it is snapped to 0 when within 1e-12 of its largest term
 * (see `snapToZero`), so operating leverage is null there, as the format page says, instead of
 * 7.9e15×, and the operating margin is 0.
 */
export function periodMetrics(inputs: ProfitInputs): PeriodMetrics {
  const { revenue, grossMargin, fixedCosts, itSpend, employees } = inputs;
  const m: PeriodMetrics = {
    revenue: [],
    grossProfit: [],
    fixedCosts: [],
    itSpend: [],
    operatingProfit: [],
    operatingMargin: [],
    itSpendShareOfRevenue: [],
    revenuePerEmployee: [],
    itSpendPerEmployee: [],
    breakEvenRevenue: [],
    operatingLeverage: [],
  };
  for (let i = 0; i < revenue.length; i++) {
    const r = revenue[i] ?? 0;
    const gm = grossMargin[i] ?? 0;
    const fixed = fixedCosts[i] ?? 0;
    const it = itSpend[i] ?? 0;
    const grossProfit = r * gm;
    const operatingProfit = snapToZero(grossProfit - fixed - it, largest(grossProfit, fixed, it));
    const staff = employees ? (employees[i] ?? 0) : 0;
    m.revenue.push(r);
    m.grossProfit.push(grossProfit);
    m.fixedCosts.push(fixed);
    m.itSpend.push(it);
    m.operatingProfit.push(operatingProfit);
    m.operatingMargin.push(ratio(operatingProfit, r));
    m.itSpendShareOfRevenue.push(ratio(it, r));
    m.revenuePerEmployee.push(employees ? ratio(r, staff) : null);
    m.itSpendPerEmployee.push(employees ? ratio(it, staff) : null);
    m.breakEvenRevenue.push(gm > 0 ? ratio(snapToZero(fixed + it, largest(fixed, it)), gm) : null);
    m.operatingLeverage.push(ratio(grossProfit, operatingProfit));
  }
  return m;
}

function baseInputs(model: ResolvedCase): ProfitInputs {
  const n = model.periods.length;
  return {
    revenue: model.revenue,
    grossMargin: model.grossMargin,
    fixedCosts: totalPerPeriod(model.fixedCosts, n),
    itSpend: totalPerPeriod(model.itSpend, n),
    employees: model.company.employees,
  };
}

function scenarioReport(
  model: ResolvedCase,
  scenario: ResolvedScenario,
  base: PeriodMetrics,
): ScenarioReport {
  const n = model.periods.length;
  const metrics = periodMetrics({
    revenue: model.revenue.map((r, i) => r * (1 + (scenario.revenueChange[i] ?? 0))),
    grossMargin: scenario.grossMargin ?? model.grossMargin,
    fixedCosts: totalPerPeriod(model.fixedCosts, n, scenario.fixedCostsChange),
    itSpend: totalPerPeriod(model.itSpend, n, scenario.itSpendChange),
    employees: model.company.employees,
  });
  return {
    name: scenario.name,
    ...metrics,
    // Scenario and base are differences of terms of their own size: the change is rounding, and
    // snapped to 0, when within 1e-12 of the largest of those terms.
    operatingProfitChange: metrics.operatingProfit.map((op, i) => {
      const b = base.operatingProfit[i] ?? 0;
      const terms = largest(
        ...[metrics, base].flatMap((m) => [m.grossProfit[i] ?? 0, m.fixedCosts[i] ?? 0, m.itSpend[i] ?? 0]),
      );
      return ratio(snapToZero(op - b, terms), Math.abs(b));
    }),
  };
}

function investmentReport(
  investment: ResolvedInvestment,
  index: number,
  issues: PathIssue[],
): InvestmentReport {
  const { cashflows, discountRate: rate } = investment;
  const found = irr(cashflows);
  if (found.irr !== null && found.otherRoots.length > 0) {
    // Two decimals; a rate that rounds to 0.00 % without being 0 keeps two significant digits, so
    // that it neither reads "-0.00%" nor looks like a root at exactly 0.
    const pct = (r: number) => {
      const percent = r * 100;
      return `${percent !== 0 && Math.abs(percent) < 0.005 ? percent.toPrecision(2) : percent.toFixed(2)}%`;
    };
    issues.push({
      path: ['investments', index, 'name'],
      severity: 'warning',
      code: 'irr-multiple-roots',
      message: `${investment.name}: the cash flows change sign more than once, so IRR has several values (${[
        found.irr,
        ...found.otherRoots,
      ]
        .sort((a, b) => a - b)
        .map(pct)
        .join(', ')}); ${pct(found.irr)} is reported. Judge this investment by its NPV and MIRR.`,
    });
  }
  return {
    name: investment.name,
    cashflows: [...cashflows],
    discountRate: rate,
    npv: npv(rate, cashflows),
    irr: found.irr,
    mirr: mirr(cashflows, rate, rate),
    paybackPeriods: paybackPeriods(cashflows),
    discountedPaybackPeriods: discountedPaybackPeriods(cashflows, rate),
    roi:
      investment.totalCosts !== null && investment.totalBenefits !== null
        ? roi(investment.totalCosts, investment.totalBenefits)
        : roiFromNet(cashflows),
  };
}

/** With only net cash flows, costs are the negative flows and benefits the positive ones. */
function roiFromNet(cashflows: readonly number[]): number | null {
  let costs = 0;
  let benefits = 0;
  for (const c of cashflows) {
    if (c < 0) costs -= c;
    else benefits += c;
  }
  return roi(costs, benefits);
}

export function computeReport(model: ResolvedCase): EngineResult {
  const issues: PathIssue[] = [];
  const base = periodMetrics(baseInputs(model));
  return {
    report: {
      title: model.title,
      company: { name: model.company.name, industry: model.company.industry },
      currency: model.currency,
      unit: model.unit,
      periods: [...model.periods],
      discountRate: model.discountRate,
      base,
      scenarios: model.scenarios.map((s) => scenarioReport(model, s, base)),
      investments: model.investments.map((inv, i) => investmentReport(inv, i, issues)),
      benchmarks: model.benchmarks.map(({ note: _note, ...b }) => b),
      sources: [...model.sources],
    },
    issues,
  };
}

/**
 * The operating-leverage curve: operating-profit change (fraction) for a relative revenue change,
 * all else equal, in one period. With fixed costs F and IT spend I unchanged:
 * ΔOP / |OP| = (R·Δ·gm) / |R·gm − F − I|. Null where the base operating profit is 0.
 */
export function operatingProfitChangeFor(
  base: PeriodMetrics,
  period: number,
  revenueChange: number,
): number | null {
  const op = base.operatingProfit[period] ?? 0;
  const gp = base.grossProfit[period] ?? 0;
  return ratio(gp * revenueChange, Math.abs(op));
}
