/**
 * The engine: a resolved case → the report of the format page. Money stays in the file's unit;
 * ratios are fractions; an undefined figure is null, never NaN, ±Infinity or −0.
 */
import { discountedPaybackPeriods, irr, mirr, npv, paybackPeriods, roi, snapToZero } from './finance';
import type { CostLine, ResolvedCase, ResolvedInvestment, ResolvedScenario } from './model';
import { pathLabel, type PathIssue } from './pathIssue';
import { compareWithCase } from './present/benchmarkComparison';
import type { CaseReport, InvestmentReport, LeverageCurve, PeriodMetrics, ScenarioReport } from './report';
import type { Path } from './path';

type EngineReport = Omit<CaseReport, 'diagnostics'>;

export interface EngineResult {
  /**
   * Every number in it is finite and never −0. A figure that overflowed is null, with an error in
   * `issues` — even in the money series, which are numbers in every report without errors (a case
   * with errors shows no report).
   */
  report: EngineReport;
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

/**
 * numerator / denominator, null where the denominator is 0 (the format page's "null where …"). An
 * overflow stays non-finite, for `guardFigures` to report where it came from.
 */
const ratio = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : numerator / denominator;

/**
 * A finance function returns null both where a figure is undefined and where it overflows. Where
 * it is defined (`defined`), null can only be an overflow: NaN, for `guardFigures` to report.
 */
const overflowIfNull = (value: number | null, defined: boolean): number | null =>
  value === null && defined ? Number.NaN : value;

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
    note: scenario.note,
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
  const { costs, benefits } =
    investment.totalCosts !== null && investment.totalBenefits !== null
      ? { costs: investment.totalCosts, benefits: investment.totalBenefits }
      : totalsFromNet(cashflows);
  const bothSigns = cashflows.some((c) => c > 0) && cashflows.some((c) => c < 0);
  return {
    name: investment.name,
    note: investment.note,
    cashflows: [...cashflows],
    discountRate: rate,
    // Payback and IRR cannot overflow (they are scale-free); NPV, MIRR and ROI can.
    npv: overflowIfNull(npv(rate, cashflows), rate > -1),
    irr: found.irr,
    mirr: overflowIfNull(mirr(cashflows, rate, rate), rate > -1 && bothSigns),
    paybackPeriods: paybackPeriods(cashflows),
    discountedPaybackPeriods: discountedPaybackPeriods(cashflows, rate),
    roi: overflowIfNull(roi(costs, benefits), costs !== 0),
  };
}

/** With only net cash flows, costs are the negative flows and benefits the positive ones. */
function totalsFromNet(cashflows: readonly number[]): { costs: number; benefits: number } {
  let costs = 0;
  let benefits = 0;
  for (const c of cashflows) {
    if (c < 0) costs -= c;
    else benefits += c;
  }
  return { costs, benefits };
}

export function computeReport(model: ResolvedCase): EngineResult {
  const issues: PathIssue[] = [];
  const base = periodMetrics(baseInputs(model));
  const scenarios = model.scenarios.map((s) => scenarioReport(model, s, base));
  const report: EngineReport = {
    title: model.title,
    company: { name: model.company.name, industry: model.company.industry },
    currency: model.currency,
    unit: model.unit,
    periods: [...model.periods],
    discountRate: model.discountRate,
    base,
    scenarios,
    leverageCurve: leverageCurve(model.periods, base, scenarios),
    itSpendLines: model.itSpend.map((line) => ({
      name: line.name,
      kind: line.kind ?? null,
      type: line.type ?? null,
      note: line.note ?? null,
      values: [...line.values],
    })),
    investments: model.investments.map((inv, i) => investmentReport(inv, i, issues)),
    benchmarks: model.benchmarks.map((b) => ({
      ...b,
      comparison: compareWithCase(
        { periods: model.periods, base, unit: model.unit, currency: model.currency },
        b,
      ),
    })),
    sources: [...model.sources],
  };
  return { report: guardFigures(report, model, issues), issues };
}

// ---------------------------------------------------------------------------------------------
// The report's boundary.
// ---------------------------------------------------------------------------------------------

/** Where a figure sits in the report: ['base', 'operatingProfit', 2], ['investments', 0, 'npv']. */
type ReportPath = readonly (string | number)[];

/**
 * Every number leaving the engine passes here, once: a copy of the report in which −0 is 0 (it
 * would print as "-0") and a non-finite figure is null, with an error issue at the input it came
 * from (one per input, naming the figures). Every number in the file is finite (the schema rejects
 * .inf and .nan), so a non-finite figure is always an overflow, in the resolver (growth compounded
 * past 1.8e308) or here: revenue 1.7e308 raised 50 %, an NPV beyond 1.8e308, a margin over a
 * revenue of 1e-320. JSON.stringify would silently print such a figure as null; here it is an
 * error the author can fix, and the case shows no report.
 */
function guardFigures(report: EngineReport, model: ResolvedCase, issues: PathIssue[]): EngineReport {
  const overflows = new Map<string, { source: Path; figures: string[] }>();
  const walk = (value: unknown, at: ReportPath): unknown => {
    if (typeof value === 'number') {
      if (Number.isFinite(value)) return value === 0 ? 0 : value;
      const source = sourceOf(at, model, report);
      const key = JSON.stringify(source);
      const entry = overflows.get(key) ?? { source, figures: [] };
      entry.figures.push(figureLabel(at, model));
      overflows.set(key, entry);
      return null;
    }
    if (Array.isArray(value)) return value.map((item, i) => walk(item, [...at, i]));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, item]) => [k, walk(item, [...at, k])]));
    }
    return value;
  };
  // The walk keeps the shape and turns only numbers into numbers or null.
  const guarded = walk(report, []) as EngineReport;
  for (const { source, figures } of overflows.values()) {
    const more = figures.length - 1;
    const named =
      more === 0 ? figures[0]! : `${figures[0]!} and ${more} more ${more === 1 ? 'figure' : 'figures'}`;
    issues.push({
      path: source,
      severity: 'error',
      code: 'invalid-value',
      message: `${named} would exceed ±1.8e308, the largest number itcase can compute with: check the size of ${pathLabel(source)} (and the file's unit)`,
    });
  }
  return guarded;
}

/** Where in the file the inputs of one case's (or scenario's) profit arithmetic are written. */
interface InputSources {
  revenue: Path;
  fixedCosts: Path;
  itSpend: Path;
}

const overflowedAt = (metrics: PeriodMetrics, key: string, p: number): boolean => {
  const value = (metrics as unknown as Record<string, readonly (number | null)[] | undefined>)[key]?.[p];
  return typeof value === 'number' && !Number.isFinite(value);
};

/** The input in the file that a non-finite figure comes from, for the error's position. */
function sourceOf(at: ReportPath, model: ResolvedCase, report: EngineReport): Path {
  const [section, first, key, period] = at;
  if (section === 'base') {
    const p = Number(key);
    return figureSource(String(first), p, report.base, baseSources(model, p));
  }
  if (section === 'scenarios') {
    const s = Number(first);
    const p = Number(period);
    const metrics = report.scenarios[s];
    if (!metrics) return ['scenarios', s];
    // A figure (or an input) that overflows in the base already overflows the scenario from the
    // same place.
    const base = baseSources(model, p);
    if (overflowedAt(report.base, String(key), p)) return figureSource(String(key), p, report.base, base);
    const own = (field: string, inherited: Path, baseKey: string): Path =>
      overflowedAt(report.base, baseKey, p) ? inherited : ['scenarios', s, field];
    const inputs: InputSources = {
      revenue: own('revenueChange', base.revenue, 'revenue'),
      fixedCosts: own('fixedCostsChange', base.fixedCosts, 'fixedCosts'),
      itSpend: own('itSpendChange', base.itSpend, 'itSpend'),
    };
    if (key === 'operatingProfitChange' && overflowedAt(report.base, 'operatingProfit', p))
      return figureSource('operatingProfit', p, report.base, base);
    return figureSource(
      key === 'operatingProfitChange' ? 'operatingProfit' : String(key),
      p,
      metrics,
      inputs,
    );
  }
  if (section === 'investments') return ['investments', Number(first)];
  return at; // a benchmark value or the discount rate is itself the input
}

/** The base case's inputs: a cost line that is itself non-finite in period p, or the whole map. */
function baseSources(model: ResolvedCase, p: number): InputSources {
  const line = (field: 'fixedCosts' | 'itSpend'): Path => {
    const culprit = model[field].find((l) => !Number.isFinite(l.values[p] ?? 0));
    return culprit ? [field, culprit.name] : [field];
  };
  return { revenue: ['revenue'], fixedCosts: line('fixedCosts'), itSpend: line('itSpend') };
}

/**
 * The input behind figure `key` in period p, following the format page's definitions back: a
 * figure computed from one that overflowed comes from that one's input; otherwise the figure itself
 * overflowed, from its largest term (sums) or its denominator (ratios: a tiny revenue, margin or
 * head count).
 */
function figureSource(key: string, p: number, metrics: PeriodMetrics, inputs: InputSources): Path {
  const from = (operands: readonly string[], otherwise: () => Path): Path => {
    const culprit = operands.find((k) => overflowedAt(metrics, k, p));
    return culprit === undefined ? otherwise() : figureSource(culprit, p, metrics, inputs);
  };
  const largest = (keys: readonly ('grossProfit' | 'fixedCosts' | 'itSpend')[]): Path => {
    let best = keys[0]!;
    for (const k of keys) if (Math.abs(metrics[k][p] ?? 0) > Math.abs(metrics[best][p] ?? 0)) best = k;
    return best === 'grossProfit' ? inputs.revenue : inputs[best];
  };
  const employees: Path = ['company', 'employees'];
  switch (key) {
    case 'revenue':
    case 'grossProfit': // revenue × margin: the money is what is large
      return inputs.revenue;
    case 'fixedCosts':
      return inputs.fixedCosts;
    case 'itSpend':
      return inputs.itSpend;
    case 'operatingProfit':
      return from(['grossProfit', 'fixedCosts', 'itSpend'], () =>
        largest(['grossProfit', 'fixedCosts', 'itSpend']),
      );
    case 'breakEvenRevenue':
      return from(['fixedCosts', 'itSpend'], () => largest(['fixedCosts', 'itSpend']));
    case 'operatingMargin':
      return from(['operatingProfit', 'revenue'], () => inputs.revenue);
    case 'operatingLeverage':
      return from(['grossProfit', 'operatingProfit'], () => inputs.revenue);
    case 'itSpendShareOfRevenue':
      return from(['itSpend', 'revenue'], () => inputs.revenue);
    case 'revenuePerEmployee':
      return from(['revenue'], () => employees);
    case 'itSpendPerEmployee':
      return from(['itSpend'], () => employees);
    default:
      return inputs.revenue;
  }
}

/** How a figure reads in a message: "operatingProfit in 2024", "scenario 'Boom' revenue in 2024". */
function figureLabel(at: ReportPath, model: ResolvedCase): string {
  const [section, first, key, period] = at;
  const periodLabel = (p: unknown) => model.periods[Number(p)] ?? String(p);
  if (section === 'base') return `${String(first)} in ${periodLabel(key)}`;
  if (section === 'scenarios') {
    const name = model.scenarios[Number(first)]?.name ?? String(first);
    return `scenario '${name}' ${String(key)} in ${periodLabel(period)}`;
  }
  if (section === 'investments') {
    const name = model.investments[Number(first)]?.name ?? String(first);
    return key === 'cashflows'
      ? `investment '${name}' cash flow ${String(period)}`
      : `investment '${name}' ${String(key)}`;
  }
  return pathLabel(at);
}

/** The revenue changes of the operating-leverage curve: −30% … +30% in steps of 5 points. */
const LEVERAGE_REVENUE_CHANGES: readonly number[] = Object.freeze(
  Array.from({ length: 13 }, (_, i) => Math.round((-0.3 + i * 0.05) * 100) / 100),
);

/**
 * The operating-leverage curve: operating-profit change (fraction) for a relative revenue change,
 * all else equal, in one period. With fixed costs F and IT spend I unchanged:
 * ΔOP / |OP| = (R·Δ·gm) / |R·gm − F − I|. Null where the base operating profit is 0.
 */
function operatingProfitChangeFor(base: PeriodMetrics, period: number, revenueChange: number): number | null {
  const op = base.operatingProfit[period] ?? 0;
  const gp = base.grossProfit[period] ?? 0;
  const change = ratio(gp * revenueChange, Math.abs(op));
  // Finite or null: |change| ≤ 0.3 × |operatingLeverage|, so it overflows only where the leverage
  // already has (an error, and no report). A −0 (a gross loss, revenue unchanged) leaves the engine
  // as 0 through `guardFigures`, like every figure.
  return change === null || !Number.isFinite(change) ? null : change;
}

/**
 * The report's `leverageCurve`: in the latest period, what a revenue change does to operating
 * profit with gross margin, fixed costs and IT spend held (the curve and the 10% drop), and where
 * each scenario lands against it.
 */
function leverageCurve(
  periods: readonly string[],
  base: PeriodMetrics,
  scenarios: readonly ScenarioReport[],
): LeverageCurve {
  const period = periods.length - 1;
  const baseRevenue = base.revenue[period] ?? 0;
  return {
    period: periods[period] ?? '',
    points: LEVERAGE_REVENUE_CHANGES.map((revenueChange) => ({
      revenueChange,
      operatingProfitChange: operatingProfitChangeFor(base, period, revenueChange),
    })),
    tenPercentDrop: operatingProfitChangeFor(base, period, -0.1),
    scenarios: scenarios.flatMap((scenario) => {
      const revenue = scenario.revenue[period];
      const operatingProfitChange = scenario.operatingProfitChange[period];
      if (baseRevenue === 0 || revenue === undefined) return [];
      if (operatingProfitChange === null || operatingProfitChange === undefined) return [];
      const revenueChange = revenue / baseRevenue - 1;
      return Number.isFinite(revenueChange) && Number.isFinite(operatingProfitChange)
        ? [{ name: scenario.name, revenueChange, operatingProfitChange }]
        : [];
    }),
  };
}
