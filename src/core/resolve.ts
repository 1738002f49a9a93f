/**
 * Turns a validated case into numbers per period: series forms expanded over the periods, money
 * converted to the file's unit, percents to fractions. Checks what needs the whole file: series
 * lengths, period labels, unique scenario names, `cashflows` beside `costs`/`benefits`.
 */
import {
  DEFAULT_DISCOUNT_RATE,
  type CostLine,
  type ResolvedCase,
  type ResolvedInvestment,
  type ResolvedScenario,
} from './model';
import { pathLabel, type PathIssue } from './pathIssue';
import type { RawCase } from './schema';
import { countValue, moneyInUnit, percentValue, type MoneyUnit } from './values';
import type { Path } from './yamlDocument';

type Scalar = number | string;
type RawSeriesValue = Scalar | Scalar[] | Record<string, Scalar> | { start: Scalar; growth: Scalar };
type Convert = (value: Scalar) => number | null;

/** What a period missing from a by-period map means: an error, or a default value. */
type MissingPeriods = { error: true } | { error: false; fill: (index: number) => number };

export interface ResolveResult {
  model: ResolvedCase;
  issues: PathIssue[];
}

export function resolveCase(raw: RawCase): ResolveResult {
  const issues: PathIssue[] = [];
  const unit: MoneyUnit = raw.unit ?? 'one';
  const rawPeriods = raw.periods;
  const periods = Array.isArray(rawPeriods)
    ? rawPeriods.map(String)
    : Array.from({ length: rawPeriods.count }, (_, i) => String(rawPeriods.start + i));

  const seenPeriods = new Map<string, number>();
  periods.forEach((label, index) => {
    if (seenPeriods.has(label)) {
      issues.push({
        path: ['periods', index],
        severity: 'error',
        code: 'duplicate-name',
        message: `periods lists ${label} twice`,
      });
    }
    seenPeriods.set(label, index);
  });

  const money: Convert = (v) => moneyInUnit(v, unit);
  const series = (value: RawSeriesValue, path: Path, convert: Convert, missing: MissingPeriods): number[] =>
    expandSeries(value, path, convert, missing, periods, issues);
  const zero: MissingPeriods = { error: false, fill: () => 0 };
  const required: MissingPeriods = { error: true };

  const discountRate =
    raw.discountRate === undefined
      ? DEFAULT_DISCOUNT_RATE
      : (percentValue(raw.discountRate) ?? DEFAULT_DISCOUNT_RATE);
  warnLargeRatio(raw.discountRate, ['discountRate'], 'discountRate', issues);

  const revenue = series(raw.revenue, ['revenue'], money, required);
  const grossMargin = series(raw.grossMargin, ['grossMargin'], percentValue, required);
  warnLargeRatioSeries(raw.grossMargin, ['grossMargin'], issues);

  const fixedCosts: CostLine[] = Object.entries(raw.fixedCosts ?? {}).map(([name, value]) => ({
    name,
    values: series(value, ['fixedCosts', name], money, zero),
  }));

  const itSpend: CostLine[] = Object.entries(raw.itSpend ?? {}).map(([name, value]) => {
    if (isItSpendLine(value)) {
      const line: CostLine = { name, values: series(value.amount, ['itSpend', name, 'amount'], money, zero) };
      if (value.kind) line.kind = value.kind;
      if (value.type) line.type = value.type;
      return line;
    }
    return { name, values: series(value as RawSeriesValue, ['itSpend', name], money, zero) };
  });

  const employees =
    raw.company.employees === undefined
      ? null
      : series(raw.company.employees, ['company', 'employees'], countValue, required);

  const investments: ResolvedInvestment[] = (raw.investments ?? []).map((investment, index) => {
    const path: Path = ['investments', index];
    const rate =
      investment.discountRate === undefined
        ? discountRate
        : (percentValue(investment.discountRate) ?? discountRate);
    if (investment.cashflows) {
      for (const key of ['costs', 'benefits'] as const) {
        if (investment[key] !== undefined) {
          issues.push({
            path: [...path, key],
            at: 'key',
            severity: 'error',
            code: 'cashflows-with-costs',
            message: `${pathLabel(path)} (${investment.name}) has both \`cashflows\` and \`${key}\`: give net cash flows, or costs and benefits, not both`,
          });
        }
      }
      const cashflows = investment.cashflows.map((v) => money(v) ?? 0);
      return { name: investment.name, cashflows, totalCosts: null, totalBenefits: null, discountRate: rate };
    }
    const costs =
      investment.costs === undefined
        ? periods.map(() => 0)
        : series(investment.costs, [...path, 'costs'], money, zero);
    const benefits =
      investment.benefits === undefined
        ? periods.map(() => 0)
        : series(investment.benefits, [...path, 'benefits'], money, zero);
    if (investment.costs === undefined && investment.benefits === undefined) {
      issues.push({
        path: [...path, 'name'],
        severity: 'warning',
        code: 'required',
        message: `${pathLabel(path)} (${investment.name}) has no \`cashflows\`, \`costs\` or \`benefits\`: nothing to judge`,
      });
    }
    return {
      name: investment.name,
      cashflows: periods.map((_, i) => (benefits[i] ?? 0) - (costs[i] ?? 0)),
      totalCosts: sum(costs),
      totalBenefits: sum(benefits),
      discountRate: rate,
    };
  });

  const scenarioNames = new Set<string>();
  const noChange: MissingPeriods = zero;
  const scenarios: ResolvedScenario[] = (raw.scenarios ?? []).map((scenario, index) => {
    const path: Path = ['scenarios', index];
    if (scenarioNames.has(scenario.name)) {
      issues.push({
        path: [...path, 'name'],
        severity: 'error',
        code: 'duplicate-name',
        message: `Scenario name '${scenario.name}' is used twice: each scenario needs its own name`,
      });
    }
    scenarioNames.add(scenario.name);
    const change = (key: 'revenueChange' | 'fixedCostsChange' | 'itSpendChange') =>
      scenario[key] === undefined
        ? periods.map(() => 0)
        : series(scenario[key], [...path, key], percentValue, noChange);
    const margin =
      scenario.grossMargin === undefined
        ? null
        : series(scenario.grossMargin, [...path, 'grossMargin'], percentValue, {
            error: false,
            fill: (i) => grossMargin[i] ?? 0,
          });
    if (scenario.grossMargin !== undefined)
      warnLargeRatioSeries(scenario.grossMargin, [...path, 'grossMargin'], issues);
    return {
      name: scenario.name,
      revenueChange: change('revenueChange'),
      grossMargin: margin,
      fixedCostsChange: change('fixedCostsChange'),
      itSpendChange: change('itSpendChange'),
    };
  });

  const benchmarks = (raw.benchmarks ?? []).map((b) => ({
    id: b.id,
    title: b.title,
    metric: b.metric,
    unit: b.unit ?? null,
    currency: b.currency ?? null,
    year: b.year ?? null,
    source: b.source,
    note: b.note ?? null,
    values: { ...b.values },
  }));

  return {
    model: {
      title: raw.title,
      company: { name: raw.company.name, industry: raw.company.industry ?? null, employees },
      currency: raw.currency,
      unit,
      periods,
      discountRate,
      revenue,
      grossMargin,
      fixedCosts,
      itSpend,
      investments,
      scenarios,
      benchmarks,
      sources: raw.sources ?? [],
    },
    issues,
  };
}

type RawItSpend = NonNullable<RawCase['itSpend']>[string];
type RawItSpendLine = Extract<RawItSpend, { amount: unknown }>;

function isItSpendLine(value: RawItSpend): value is RawItSpendLine {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && 'amount' in value;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Expands one series form into one number per period; problems become issues, values 0. */
function expandSeries(
  value: RawSeriesValue,
  path: Path,
  convert: Convert,
  missing: MissingPeriods,
  periods: readonly string[],
  issues: PathIssue[],
): number[] {
  const n = periods.length;
  const label = pathLabel(path);
  if (typeof value === 'number' || typeof value === 'string') {
    const v = convert(value) ?? 0;
    return periods.map(() => v);
  }
  if (Array.isArray(value)) {
    if (value.length !== n) {
      issues.push({
        path,
        severity: 'error',
        code: 'series-length',
        message: `${label} has ${value.length} ${value.length === 1 ? 'value' : 'values'} but the case has ${n} ${n === 1 ? 'period' : 'periods'} (${periods.join(', ')})`,
      });
    }
    return periods.map((_, i) => (value[i] === undefined ? 0 : (convert(value[i]) ?? 0)));
  }
  if ('start' in value && 'growth' in value && Object.keys(value).length === 2) {
    const start = convert(value.start) ?? 0;
    const growth = percentValue(value.growth) ?? 0;
    return periods.map((_, i) => start * Math.pow(1 + growth, i));
  }
  const byPeriod = value as Record<string, Scalar>;
  const out = new Array<number | undefined>(n).fill(undefined);
  const index = new Map(periods.map((p, i) => [p, i]));
  for (const [key, item] of Object.entries(byPeriod)) {
    const i = index.get(key);
    if (i === undefined) {
      issues.push({
        path: [...path, key],
        at: 'key',
        severity: 'error',
        code: 'unknown-period',
        message: `${label} names period ${key}, which is not in periods (${periods.join(', ')})`,
      });
      continue;
    }
    out[i] = convert(item) ?? 0;
  }
  const absent = periods.filter((_, i) => out[i] === undefined);
  if (absent.length > 0 && missing.error) {
    issues.push({
      path,
      severity: 'error',
      code: 'missing-period',
      message: `${label} has no value for ${absent.join(', ')}: every period needs one`,
    });
  }
  return out.map((v, i) => v ?? (missing.error ? 0 : missing.fill(i)));
}

/** A plain number above 1 in a percent field is almost always a percent written without `%`. */
function warnLargeRatio(value: Scalar | undefined, path: Path, label: string, issues: PathIssue[]): void {
  if (typeof value === 'number' && Math.abs(value) > 1) {
    issues.push({
      path,
      severity: 'warning',
      code: 'suspicious-percent',
      message: `${label} ${value} is read as ${Math.round(value * 100)}%; write ${value}% if you mean ${value} percent`,
    });
  }
}

function warnLargeRatioSeries(value: RawSeriesValue, path: Path, issues: PathIssue[]): void {
  const label = pathLabel(path);
  if (typeof value === 'number') warnLargeRatio(value, path, label, issues);
  else if (Array.isArray(value)) value.forEach((v, i) => warnLargeRatio(v, [...path, i], label, issues));
  else if (typeof value === 'object' && !('start' in value)) {
    for (const [key, v] of Object.entries(value)) warnLargeRatio(v, [...path, key], label, issues);
  }
}
