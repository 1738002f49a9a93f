/**
 * Turns a validated case into numbers per period: series forms expanded over the periods, money
 * converted to the file's unit, percents to fractions. Checks what needs the whole file: series
 * lengths, period labels, unique scenario names, `cashflows` beside `costs`/`benefits`, negative
 * costs and benefits, discount rates of −100% or below, amounts too large to compute with.
 *
 * It runs on whatever the validator kept: a field that was invalid is absent (a list item or map
 * entry that was invalid is `undefined` in its place), and is read as nothing, without a second
 * problem — the validator has reported it already. So every check here runs on every valid field.
 */
import {
  DEFAULT_DISCOUNT_RATE,
  DEFAULT_SEED,
  DEFAULT_TRIALS,
  type CostLine,
  type SeriesGrowth,
  type ResolvedCase,
  type ResolvedInvestment,
  type ResolvedScenario,
} from './model';
import type { Severity } from './diagnostic';
import { pathLabel, type Path } from './path';
import { suspiciousPercent, type PathIssue } from './pathIssue';
import type { RawCase, ValueKind } from './schema';
import { emptyUncertainModel, type Cell, type RateKey, type UncertainModel } from './uncertainty/inputs';
import { pointValue, rangeProblem, type Range } from './uncertainty/ranges';
import { formatNumber, formatPercent } from './format';
import { normalCdf } from './uncertainty/distributions';
import { METRICS, metricInfo } from './present/metrics';
import { roundFigure } from './present/roundFigures';
import { didYouMean, nearest } from './suggest';
import {
  countValue,
  looksUnscaled,
  moneyInUnit,
  moneyTextWithSuffix,
  parseMoneyText,
  percentValue,
  rangeTextEnds,
  type MoneyUnit,
} from './values';

/** A validated value with its invalid parts taken out (see the file comment). */
export type Loose<T> = T extends readonly (infer U)[]
  ? (Loose<U> | undefined)[]
  : T extends object
    ? { [K in keyof T]?: Loose<T[K]> | undefined }
    : T;

export type LooseCase = Loose<RawCase>;

type Scalar = number | string;
/** A range as written (format 1.1): the object form; the text form is a Scalar with `..`. */
interface RawRange {
  low?: Scalar | undefined;
  likely?: Scalar | undefined;
  high?: Scalar | undefined;
  dist?: Range['dist'] | undefined;
}
type RawValue = Scalar | RawRange;
type RawSeriesValue =
  | RawValue
  | (RawValue | undefined)[]
  | Record<string, RawValue | undefined>
  | { start?: RawValue | undefined; growth?: RawValue | undefined };
type Convert = (value: Scalar) => number | null;

/** What a period missing from a by-period map means: an error, or a default value. */
type MissingPeriods = { error: true } | { error: false; fill: (index: number) => number };

interface SeriesRules {
  /** What the values are: how they convert, and what kind of input a range among them is. */
  kind: ValueKind;
  missing: MissingPeriods;
  /**
   * Money out or money in, written as positive numbers: a negative value is a problem of this
   * severity, and `reason` says why.
   */
  nonNegative?: { severity: Severity; reason: string };
  /**
   * A share of a whole (a gross margin): above 100% it is an error, and `reason` says why. A plain
   * number above 1 (25, read as 2500%) is the reader's suspicious-percent warning made an error here.
   */
  atMostWhole?: { reason: string };
  /**
   * A relative change of an amount (a scenario's `revenueChange`): below −100% it is an error, as
   * the amount would turn negative; `reason` says which. −100% itself is allowed (the amount ends).
   */
  atLeastMinusWhole?: { reason: string };
}

export interface ResolveResult {
  model: ResolvedCase;
  issues: PathIssue[];
  /** Where the file's ranges land in the model, for the simulation and sensitivity. */
  uncertain: UncertainModel;
}

/**
 * `writtenAt` gives the text a value was written as (for a number, its digits as typed), so period
 * labels are shown as given: `2012.10` stays `2012.10`, as it does as a map key.
 */
export function resolveCase(
  raw: LooseCase,
  writtenAt: (path: Path) => string | undefined,
  /** Whether the file has a key at `path`, valid or not (an invalid field is absent from `raw`). */
  isWritten: (path: Path) => boolean,
): ResolveResult {
  const issues: PathIssue[] = [];
  const uncertain = emptyUncertainModel();
  const unit: MoneyUnit = raw.unit ?? 'one';
  const periods = periodLabels(raw.periods, writtenAt);

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
  const periodIndex = new Map(periods.map((p, i) => [p, i]));

  const convert: Record<ValueKind, Convert> = {
    money: (v) => moneyInUnit(v, unit),
    percent: percentValue,
    count: countValue,
  };
  const grownSeries = new Map<readonly number[], SeriesGrowth>();
  const context: Context = {
    grownSeries,
    periods,
    periodIndex,
    issues,
    uncertain,
    convert,
    unit,
    currency: raw.currency ?? '',
    isWritten,
  };
  const series = (
    value: RawSeriesValue | undefined,
    path: Path,
    rules: SeriesRules,
    line = true,
  ): number[] => {
    const values = value === undefined ? periods.map(() => 0) : expandSeries(value, path, rules, context);
    if (line && value !== undefined) uncertain.lines.push({ path, series: values });
    return values;
  };
  const rate = (value: RawValue | undefined, path: Path, fallback: number, key: RateKey): number => {
    if (value === undefined) return fallback;
    const cell = convertCell(value, path, { kind: 'percent', missing: zero }, context);
    const r = pointOf(cell, uncertain);
    uncertain.lines.push({ path, rate: key });
    if (typeof cell !== 'number') uncertain.rates.set(key, cell);
    const ranged = typeof cell === 'object' && 'input' in cell;
    const lowest = ranged ? uncertain.inputs[cell.input]!.range.low : r;
    if (lowest <= -1) {
      // A range is named by its low end as written (a map has no one text to quote).
      const at =
        ranged && typeof value === 'object' && value !== null && 'low' in value
          ? `its low end, ${String(value.low)},`
          : String(value);
      issues.push({
        path,
        severity: 'error',
        code: 'invalid-value',
        message: `${pathLabel(path)} must be above −100%: at ${at} ${RATE_FLOOR.reason}`,
      });
      return fallback;
    }
    // Its ends are above −100%, but a normal range's tails reach past them.
    const tail = ranged ? normalTail(uncertain.inputs[cell.input]!.range, RATE_RULES) : null;
    if (tail)
      issues.push({ path, severity: 'warning', code: 'range-tail', message: `${pathLabel(path)} ${tail}` });
    return r;
  };
  const zero: MissingPeriods = { error: false, fill: () => 0 };
  const required: MissingPeriods = { error: true };
  const discountRate = rate(raw.discountRate, ['discountRate'], DEFAULT_DISCOUNT_RATE, 'file');

  const revenue = series(raw.revenue, ['revenue'], {
    kind: 'money',
    missing: required,
    nonNegative: {
      severity: 'error',
      reason: 'revenue is money in, written as a positive amount (a fall belongs in a scenario)',
    },
  });
  const marginRule = { reason: 'the cost of goods sold would be negative' };
  const grossMargin = series(raw.grossMargin, ['grossMargin'], {
    kind: 'percent',
    missing: required,
    atMostWhole: marginRule,
  });

  // A negative cost line lowers the costs: it may be a credit, so it counts, with a warning.
  const costLine: SeriesRules = {
    kind: 'money',
    missing: zero,
    nonNegative: {
      severity: 'warning',
      reason: 'a negative cost lowers operating costs; if it is a saving, a scenario shows it better',
    },
  };
  const fixedCosts: CostLine[] = entries(raw.fixedCosts).map(([name, value]) => ({
    name,
    values: series(value, ['fixedCosts', name], costLine),
  }));

  const itSpend: CostLine[] = entries(raw.itSpend).map(([name, value]) => {
    if (isItSpendLine(value)) {
      const line: CostLine = {
        name,
        values: series(value.amount, ['itSpend', name, 'amount'], costLine),
      };
      if (value.kind) line.kind = value.kind;
      if (value.type) line.type = value.type;
      if (value.note !== undefined) line.note = value.note;
      return line;
    }
    return { name, values: series(value, ['itSpend', name], costLine) };
  });

  const employees =
    raw.company?.employees === undefined
      ? null
      : series(
          raw.company.employees,
          ['company', 'employees'],
          {
            kind: 'count',
            missing: required,
            nonNegative: { severity: 'error', reason: 'a head count is 0 or more' },
          },
          false,
        );

  const investments: ResolvedInvestment[] = [];
  (raw.investments ?? []).forEach((investment, index) => {
    if (!investment) return;
    const path: Path = ['investments', index];
    const name = investment.name ?? `Investment ${index + 1}`;
    const investmentRate = rate(investment.discountRate, [...path, 'discountRate'], discountRate, index);
    uncertain.rateKeys[investments.length] = investment.discountRate === undefined ? 'file' : index;
    if (investment.cashflows !== undefined) {
      for (const key of ['costs', 'benefits'] as const) {
        if (investment[key] !== undefined) {
          issues.push({
            path: [...path, key],
            at: 'key',
            severity: 'error',
            code: 'cashflows-with-costs',
            message: `${pathLabel(path)} (${name}) has both \`cashflows\` and \`${key}\`: give net cash flows, or costs and benefits, not both`,
          });
        }
      }
      const cells = investment.cashflows.map((v, i) =>
        v === undefined
          ? 0
          : convertCell(v, [...path, 'cashflows', i], { kind: 'money', missing: zero }, context),
      );
      const cashflows = cells.map((cell) => pointOf(cell, uncertain));
      if (cells.some((cell) => typeof cell !== 'number')) uncertain.cells.set(cashflows, cells);
      uncertain.lines.push({ path: [...path, 'cashflows'], series: cashflows });
      investments.push({
        name,
        note: investment.note ?? null,
        cashflows,
        totalCosts: null,
        totalBenefits: null,
        discountRate: investmentRate,
      });
      return;
    }
    const costs = series(investment.costs, [...path, 'costs'], {
      kind: 'money',
      missing: zero,
      nonNegative: { severity: 'error', reason: 'costs are money out, written as positive amounts' },
    });
    const benefits = series(investment.benefits, [...path, 'benefits'], {
      kind: 'money',
      missing: zero,
      nonNegative: { severity: 'error', reason: 'benefits are money in, written as positive amounts' },
    });
    if (
      investment.costs === undefined &&
      investment.benefits === undefined &&
      !['cashflows', 'costs', 'benefits'].some((key) => isWritten([...path, key]))
    ) {
      issues.push({
        path: [...path, 'name'],
        severity: 'warning',
        code: 'required',
        message: `${pathLabel(path)} (${name}) has no \`cashflows\`, \`costs\` or \`benefits\`: nothing to judge`,
      });
    }
    investments.push({
      name,
      note: investment.note ?? null,
      cashflows: periods.map((_, i) => (benefits[i] ?? 0) - (costs[i] ?? 0)),
      costs,
      benefits,
      totalCosts: sum(costs),
      totalBenefits: sum(benefits),
      discountRate: investmentRate,
    });
  });

  const scenarioNames = new Set<string>();
  /** The first scenario name of each way of reading one (see readAs). */
  const scenarioLookalikes = new Map<string, string>();
  const scenarios: ResolvedScenario[] = [];
  (raw.scenarios ?? []).forEach((scenario, index) => {
    if (!scenario) return;
    const path: Path = ['scenarios', index];
    const name = scenario.name ?? `Scenario ${index + 1}`;
    if (scenario.name !== undefined && scenarioNames.has(scenario.name)) {
      issues.push({
        path: [...path, 'name'],
        severity: 'error',
        code: 'duplicate-name',
        message: `Scenario name '${scenario.name}' is used twice: each scenario needs its own name`,
      });
    }
    const lookalike = scenarioLookalikes.get(readAs(name));
    if (scenario.name !== undefined && lookalike !== undefined && !scenarioNames.has(name)) {
      issues.push({
        path: [...path, 'name'],
        severity: 'warning',
        code: 'duplicate-name',
        message: `Scenario name '${scenario.name}' differs from '${lookalike}' only in capitals or spaces: the report and the preview would show two scenarios that read the same`,
      });
    }
    scenarioNames.add(name);
    if (!scenarioLookalikes.has(readAs(name))) scenarioLookalikes.set(readAs(name), name);
    const change = (key: 'revenueChange' | 'fixedCostsChange' | 'itSpendChange', amount: string) =>
      series(
        scenario[key],
        [...path, key],
        { kind: 'percent', missing: zero, atLeastMinusWhole: { reason: `${amount} would be negative` } },
        false,
      );
    const margin =
      scenario.grossMargin === undefined
        ? null
        : series(
            scenario.grossMargin,
            [...path, 'grossMargin'],
            {
              kind: 'percent',
              missing: { error: false, fill: (i) => grossMargin[i] ?? 0 },
              atMostWhole: marginRule,
            },
            false,
          );
    scenarios.push({
      name,
      note: scenario.note ?? null,
      revenueChange: change('revenueChange', 'revenue'),
      grossMargin: margin,
      fixedCostsChange: change('fixedCostsChange', 'fixed costs'),
      itSpendChange: change('itSpendChange', 'IT spend'),
    });
  });

  const benchmarks: ResolvedCase['benchmarks'] = [];
  for (const [index, b] of (raw.benchmarks ?? []).entries()) {
    if (!b || b.id === undefined || b.title === undefined || b.metric === undefined || b.source === undefined)
      continue;
    // Any name is a metric, drawn without the case; one a letter or two from the case's own is a slip
    // that would leave the case out of the chart without a word.
    const metric = metricInfo(b.metric);
    const meant = metric ? undefined : nearest(b.metric, METRIC_KEYS);
    if (meant) {
      const path = ['benchmarks', index, 'metric'];
      issues.push({
        path,
        severity: 'warning',
        code: 'unknown-metric',
        message: `${pathLabel(path)} \`${b.metric}\` is not a metric of this case, so the case is not placed among these values${didYouMean(meant)}`,
      });
    }
    const values: Record<string, number> = {};
    // A margin or share of revenue is a fraction: 2.5 is 250%, most likely a percent written bare.
    const fraction = metric?.kind === 'ratio' && (b.unit ?? 'ratio') === 'ratio';
    for (const [label, value] of entries(b.values)) {
      if (typeof value !== 'number') continue;
      Object.defineProperty(values, label, { value, enumerable: true, writable: true, configurable: true });
      if (fraction && Math.abs(value) > 1) {
        const path = ['benchmarks', index, 'values', label];
        issues.push({
          path,
          severity: 'warning',
          code: 'suspicious-percent',
          message: `${pathLabel(path)} is ${value}, ${RATIO_READING} ${formatPercent(value, 0)}: if it is ${value}%, write ${roundFigure(value / 100)}`,
        });
      }
    }
    benchmarks.push({
      id: b.id,
      title: b.title,
      metric: b.metric,
      unit: b.unit ?? null,
      currency: b.currency ?? null,
      year: b.year ?? null,
      source: b.source,
      note: b.note ?? null,
      values,
    });
  }

  return {
    model: {
      title: raw.title ?? '',
      company: {
        name: raw.company?.name ?? '',
        industry: raw.company?.industry ?? null,
        employees,
      },
      currency: raw.currency ?? '',
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
      sources: (raw.sources ?? []).filter((s): s is string => typeof s === 'string'),
      simulation: {
        trials: raw.simulation?.trials ?? DEFAULT_TRIALS,
        seed: raw.simulation?.seed ?? DEFAULT_SEED,
      },
      grownSeries,
    },
    issues,
    uncertain,
  };
}

/** Period labels as written: `2012.10` stays `2012.10` (the reader keeps map keys as written; list items are values). */
function periodLabels(raw: LooseCase['periods'], writtenAt: (path: Path) => string | undefined): string[] {
  if (raw === undefined) return [];
  if (Array.isArray(raw))
    return raw.map((label, i) =>
      label === undefined
        ? ''
        : typeof label === 'number'
          ? (writtenAt(['periods', i]) ?? String(label))
          : label,
    );
  if (typeof raw.start === 'number' && typeof raw.count === 'number') {
    const start = raw.start;
    return Array.from({ length: raw.count }, (_, i) => String(start + i));
  }
  return [];
}

/** A name as a reader takes it in: names the same but for capitals and spaces read alike. */
function readAs(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Own entries of a map, in the order written (user-chosen names such as `__proto__` included). */
function entries<T>(map: Record<string, T> | undefined): [string, T][] {
  return map ? Object.keys(map).map((key) => [key, map[key]!]) : [];
}

function hasKey(value: object, ...keys: string[]): boolean {
  return keys.some((key) => Object.prototype.hasOwnProperty.call(value, key));
}

type RawItSpend = NonNullable<LooseCase['itSpend']>[string];
interface RawItSpendLine {
  amount?: RawSeriesValue;
  kind?: CostLine['kind'];
  type?: CostLine['type'];
}

function isItSpendLine(value: RawItSpend | RawItSpendLine): value is RawItSpendLine {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    hasKey(value, 'amount', 'kind', 'type', 'note')
  );
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

interface Context {
  /** The series written as `{ start, growth }` (ResolvedCase.grownSeries). */
  grownSeries: Map<readonly number[], SeriesGrowth>;
  periods: readonly string[];
  periodIndex: ReadonlyMap<string, number>;
  issues: PathIssue[];
  uncertain: UncertainModel;
  /** How each kind of value converts: money into the file's unit, percents into fractions. */
  convert: Readonly<Record<ValueKind, Convert>>;
  unit: MoneyUnit;
  currency: string;
  /** Whether the file writes a value at a path (the validator drops a wrong one it has reported). */
  isWritten: (path: Path) => boolean;
}

/**
 * `unscaled-money`: a money text written as a whole amount ("$150,000") without a scale suffix is
 * read in the file's unit; it counts as read, and the warning says how it was read and how to
 * write the amount that was probably meant.
 */
function warnUnscaled(text: string, path: Path, context: Context): void {
  const ends = rangeTextEnds(text);
  const parts = (ends ? [ends.low, ends.high] : [text]).filter((part) => looksUnscaled(part, context.unit));
  if (parts.length === 0) return;
  const amounts = parts.map((part) => parseMoneyText(part)!);
  const written = amounts.map((a) => formatNumber(a, 6)).join(' and ');
  const meant = amounts.map((a) => moneyTextWithSuffix(a)).filter((t): t is string => t !== null);
  const currency = context.currency ? ` ${context.currency}` : '';
  context.issues.push({
    path,
    severity: 'warning',
    code: 'unscaled-money',
    message:
      `${pathLabel(path)} "${text}": ${written} ${parts.length > 1 ? 'have' : 'has'} no k, M, B or T, so ${parts.length > 1 ? 'they are' : 'it is'} read in the file's unit, as ${written} ${context.unit}${currency}.` +
      (meant.length === amounts.length
        ? ` If you mean ${written}${currency}, write ${meant.map((t) => `"${t}"`).join(' and ')}.`
        : ''),
  });
}

/** A cell's point value: the number the deterministic report uses. */
function pointOf(cell: Cell, uncertain: UncertainModel): number {
  if (typeof cell === 'number') return cell;
  if ('input' in cell) return uncertain.inputs[cell.input]!.point;
  return pointOf(cell.start, uncertain) * Math.pow(1 + pointOf(cell.growth, uncertain), cell.period);
}

function isRawRange(value: RawValue): value is RawRange {
  return typeof value === 'object' && value !== null;
}

/**
 * One value converted into a cell: a number, or for a range, a new uncertain input. A value the
 * schema accepted but that is too large to hold is an error, not 0; so is a negative amount where
 * only money out or money in is meant.
 */
function convertCell(value: RawValue, path: Path, rules: SeriesRules, context: Context): Cell {
  const { issues } = context;
  if (
    isRawRange(value) ||
    (typeof value === 'string' && (rangeTextEnds(value) !== null || value.includes('...')))
  ) {
    return rangeCell(value, path, rules, context);
  }
  const v = context.convert[rules.kind](value);
  if (v === null) {
    issues.push({
      path,
      severity: 'error',
      code: 'overflow',
      message: `${pathLabel(path)} ${String(value)} is too large to compute with`,
    });
    return 0;
  }
  if (rules.kind === 'money' && typeof value === 'string') warnUnscaled(value, path, context);
  if (rules.nonNegative !== undefined && v < 0) {
    issues.push({
      path,
      severity: rules.nonNegative.severity,
      code: 'negative-amount',
      message: `${pathLabel(path)} is ${String(value)}: ${rules.nonNegative.reason}`,
    });
  }
  if (rules.atMostWhole !== undefined && v > 1) {
    issues.push(
      typeof value === 'number'
        ? suspiciousPercent(path, value, `above 100% ${rules.atMostWhole.reason}`)
        : {
            path,
            severity: 'error',
            code: 'invalid-value',
            message: `${pathLabel(path)} is ${value}: above 100% ${rules.atMostWhole.reason}`,
          },
    );
  }
  if (rules.atLeastMinusWhole !== undefined && value === -1) {
    // −100% ends the amount: allowed, but as a plain -1 it is more likely a slip for -1%.
    issues.push(suspiciousPercent(path, value));
  }
  if (rules.atLeastMinusWhole !== undefined && v < -1) {
    const cannotBe = `below −100% ${rules.atLeastMinusWhole.reason}`;
    issues.push(
      typeof value === 'number'
        ? suspiciousPercent(path, value, cannotBe)
        : {
            path,
            severity: 'error',
            code: 'invalid-value',
            message: `${pathLabel(path)} is ${value}: ${cannotBe}`,
          },
    );
  }
  return v;
}

const TWO_POINT = new Set<Range['dist']>(['uniform', 'normal', 'lognormal']);

/** A range (format 1.1) checked by the format's rules, at its own position; its point value stands in for it when it is wrong. */
function rangeCell(value: RawRange | string, path: Path, rules: SeriesRules, context: Context): Cell {
  const { issues, uncertain } = context;
  const label = pathLabel(path);
  const fail = (message: string, at: Path = path): Cell => {
    issues.push({ path: at, severity: 'error', code: 'invalid-range', message: `${label}: ${message}` });
    return 0;
  };
  // The schema takes no range for a count (employees); the kind of an input is money or percent.
  const kind = rules.kind;
  if (kind === 'count') return fail('a count is one number, not a range');
  const end = (written: Scalar | undefined, at: Path): number | null => {
    if (written === undefined) return null;
    const v = context.convert[kind](written);
    if (v === null) {
      issues.push({
        path: at,
        severity: 'error',
        code: 'overflow',
        message: `${pathLabel(at)} ${String(written)} is too large to compute with`,
      });
    }
    return v;
  };
  let range: Range;
  if (typeof value === 'string') {
    // "3...5" splits into 3 and .5 (0.5): almost surely a slip for "3..5", so it is not guessed at.
    if (value.includes('...'))
      return fail(
        `"${value}" has three dots: a range is written low..high, with two ("${value.replace(/\.{3,}/, '..')}")`,
      );
    const ends = rangeTextEnds(value)!;
    if (kind === 'money') warnUnscaled(value, path, context);
    const low = end(ends.low, path);
    const high = end(ends.high, path);
    if (low === null || high === null) return 0;
    range = { dist: 'normal', low, high };
  } else {
    if (kind === 'money')
      for (const key of ['low', 'likely', 'high'] as const) {
        const written = value[key];
        if (typeof written === 'string') warnUnscaled(written, [...path, key], context);
      }
    const low = end(value.low, [...path, 'low']);
    const high = end(value.high, [...path, 'high']);
    const likely = end(value.likely, [...path, 'likely']);
    if (low === null || high === null) return 0;
    // A `dist` the validator refused (a misspelling) has its error there; nothing is guessed.
    if (value.dist === undefined && context.isWritten([...path, 'dist'])) return 0;
    const dist = value.dist ?? (value.likely !== undefined ? 'triangular' : undefined);
    if (dist === undefined)
      return fail(
        'a range of two values needs `dist: uniform`, `normal` or `lognormal`, or a `likely` value between them',
      );
    if (TWO_POINT.has(dist)) {
      if (value.likely !== undefined)
        return fail(
          `\`likely\` has no meaning for a ${dist} range: remove it, or use \`dist: triangular\` or \`pert\``,
          [...path, 'likely'],
        );
      range = { dist: dist as 'uniform' | 'normal' | 'lognormal', low, high };
    } else {
      if (likely === null) return fail(`a ${dist} range needs \`likely\``);
      range = { dist: dist as 'triangular' | 'pert', low, likely, high };
    }
  }
  if (range.low >= range.high) {
    // The ends as written (40% and 30%), not as read (0.4 and 0.3).
    const ends = typeof value === 'string' ? rangeTextEnds(value)! : { low: value.low, high: value.high };
    return fail(`low must be below high (got ${String(ends.low)} and ${String(ends.high)})`);
  }
  if (range.dist === 'lognormal' && range.low <= 0) return fail('a lognormal range needs low above 0');
  if (
    'likely' in range &&
    typeof value === 'object' &&
    (range.likely < range.low || range.likely > range.high)
  ) {
    // At `likely`, with the three as written (24.4%, not 0.244), as for low and high above.
    const side = range.likely < range.low ? 'below low' : 'above high';
    return fail(
      `likely must lie between low and high (got ${String(value.likely)}, ${side}: ${String(value.low)} to ${String(value.high)})`,
      [...path, 'likely'],
    );
  }
  const problem = rangeProblem(range);
  if (problem) return fail(problem);
  if (rules.nonNegative !== undefined && range.low < 0) {
    issues.push({
      path,
      severity: rules.nonNegative.severity,
      code: 'negative-amount',
      message: `${label} reaches below 0: ${rules.nonNegative.reason}`,
    });
  }
  const highWritten = typeof value === 'string' ? rangeTextEnds(value)?.high : value.high;
  if (rules.atMostWhole !== undefined && range.high > 1) {
    issues.push(
      typeof highWritten === 'number'
        ? suspiciousPercent([...path, 'high'], highWritten, `above 100% ${rules.atMostWhole.reason}`)
        : {
            path,
            severity: 'error',
            code: 'invalid-value',
            message: `${label} reaches above 100%: ${rules.atMostWhole.reason}`,
          },
    );
  }
  const lowWritten = typeof value === 'string' ? rangeTextEnds(value)?.low : value.low;
  if (rules.atLeastMinusWhole !== undefined && range.low < -1) {
    const reason = rules.atLeastMinusWhole.reason;
    issues.push(
      typeof lowWritten === 'number'
        ? suspiciousPercent([...path, 'low'], lowWritten, `below −100% ${reason}`)
        : {
            path,
            severity: 'error',
            code: 'invalid-value',
            message: `${label} reaches below −100%: ${reason}`,
          },
    );
  }
  const tail = normalTail(range, rules);
  if (tail) issues.push({ path, severity: 'warning', code: 'range-tail', message: `${label} ${tail}` });
  uncertain.inputs.push({ path, kind, range, point: pointValue(range) });
  return { input: uncertain.inputs.length - 1 };
}

/** A share of the trials below which a normal range's tail past a bound is not worth a word: 1 in 1,000. */
const TAIL_SHARE = 0.001;

/**
 * A normal range's ends are its 5th and 95th percentiles, so its tails reach past them: a range of
 * revenue from 1 to 100 draws below 0 in 4.7% of the trials. The draws are kept as the format
 * defines them; this says how often one crosses a bound the value cannot cross (its ends, checked
 * above, are within it), when that is at least TAIL_SHARE of the trials.
 */
function normalTail(range: Range, rules: SeriesRules): string | null {
  if (range.dist !== 'normal') return null;
  const { low, high } = range;
  const crossings: [share: number, where: string, reason: string][] = [];
  if (rules.nonNegative?.severity === 'error' && low >= 0)
    crossings.push([normalCdf(0, low, high), 'below 0', rules.nonNegative.reason]);
  if (rules.atLeastMinusWhole && low >= -1)
    crossings.push([normalCdf(-1, low, high), 'below −100%', `below it ${rules.atLeastMinusWhole.reason}`]);
  if (rules.atMostWhole && high <= 1)
    crossings.push([1 - normalCdf(1, low, high), 'above 100%', `above it ${rules.atMostWhole.reason}`]);
  const found = crossings.find(([share]) => share >= TAIL_SHARE);
  if (!found) return null;
  const [share, where, reason] = found;
  return (
    `is a normal range (its ends hold 90% of the draws), and ${formatPercent(share, 1)} of the trials ` +
    `draw it ${where}: ${reason}. A triangular, PERT or uniform range stays between its ends.`
  );
}

/** How a ratio benchmark's value above 1 reads; the quick fix recognises the warning by it. */
export const RATIO_READING = 'which a ratio reads as';

/** The names of the case's own metrics, for "did you mean". */
const METRIC_KEYS = METRICS.map((m) => m.key);

/** A discount rate at or below −100% is no rate. */
const RATE_FLOOR = { reason: 'money would lose all its worth (or more) each period' };
/** How a discount rate's normal range is checked for tails past −100%. */
const RATE_RULES: SeriesRules = { kind: 'percent', missing: { error: true }, atLeastMinusWhole: RATE_FLOOR };

/** A growth below −100% turns the amount's sign each period. */
const GROWTH_FLOOR = { reason: 'the series would change sign each period' };

/** Expands one series form into one number per period (the point values); problems become issues, ranges cells. */
function expandSeries(value: RawSeriesValue, path: Path, rules: SeriesRules, context: Context): number[] {
  const { periods, periodIndex, issues, uncertain } = context;
  const n = periods.length;
  const label = pathLabel(path);
  const one = (v: RawValue | undefined, at: Path): Cell =>
    v === undefined ? 0 : convertCell(v, at, rules, context);
  const finish = (cells: Cell[]): number[] => {
    const values = cells.map((cell) => pointOf(cell, uncertain));
    if (cells.some((cell) => typeof cell !== 'number')) uncertain.cells.set(values, cells);
    return values;
  };
  if (typeof value === 'number' || typeof value === 'string' || isSingleRange(value)) {
    // One value (or one range, drawn once per trial) for every period.
    const cell = one(value as RawValue, path);
    return finish(periods.map(() => cell));
  }
  if (Array.isArray(value)) {
    // No periods read (`periods` is missing or wrong, an error already): no length to hold to.
    if (value.length !== n && n > 0) {
      issues.push({
        path,
        severity: 'error',
        code: 'series-length',
        message: `${label} has ${value.length} ${value.length === 1 ? 'value' : 'values'} but the case has ${n} ${n === 1 ? 'period' : 'periods'} (${periods.join(', ')})`,
      });
    }
    const cells: Cell[] = periods.map(() => 0);
    value.forEach((item, i) => {
      const cell = one(item, [...path, i]);
      if (i < n) cells[i] = cell;
    });
    return finish(cells);
  }
  if (hasKey(value, 'start', 'growth')) {
    const startGrowth = value as { start?: RawValue; growth?: RawValue };
    const start = one(startGrowth.start, [...path, 'start']);
    const growth =
      startGrowth.growth === undefined
        ? 0
        : convertCell(
            startGrowth.growth,
            [...path, 'growth'],
            // Below −100% the amount flips its sign each period (at −100% it ends: 0 from the
            // second); a range's written ends and its normal tail are held to it too.
            { kind: 'percent', missing: rules.missing, atLeastMinusWhole: GROWTH_FLOOR },
            context,
          );
    const cells: Cell[] = periods.map((_, period) =>
      typeof start === 'number' && typeof growth === 'number'
        ? start * Math.pow(1 + growth, period)
        : { start, growth, period },
    );
    const values = finish(cells);
    if (!values.every(Number.isFinite)) {
      issues.push({
        path,
        severity: 'error',
        code: 'overflow',
        message: `${label} grows too large to compute with over ${n} periods`,
      });
      return values.map((v) => (Number.isFinite(v) ? v : 0));
    }
    context.grownSeries.set(values, { start: pointOf(start, uncertain), growth: pointOf(growth, uncertain) });
    // A growth below −100% is said at the growth (GROWTH_FLOOR); the series it makes is not judged again.
    const growthHolds = pointOf(growth, uncertain) >= -1;
    if (growthHolds && rules.atLeastMinusWhole !== undefined && pointOf(start, uncertain) >= -1) {
      const under = values.findIndex((v) => v < -1);
      if (under >= 0)
        issues.push({
          path: [...path, 'growth'],
          severity: 'error',
          code: 'invalid-value',
          message: `${label} grows below −100% by ${periods[under]}: ${rules.atLeastMinusWhole.reason}`,
        });
    } else if (growthHolds && rules.atMostWhole !== undefined && pointOf(start, uncertain) <= 1) {
      const over = values.findIndex((v) => v > 1);
      if (over >= 0)
        issues.push({
          path: [...path, 'growth'],
          severity: 'error',
          code: 'invalid-value',
          message: `${label} grows above 100% by ${periods[over]}: ${rules.atMostWhole.reason}`,
        });
    }
    return values;
  }
  const byPeriod = value as Record<string, RawValue | undefined>;
  const cells = new Array<Cell | undefined>(n).fill(undefined);
  // A label of `periods` that could not be read (an error already) may be the one a key names: the
  // keys are then not judged against the labels. A label written twice (an error too) leaves the
  // others to judge by, but not which of its two places a key fills.
  const labelsRead = n > 0 && !periods.includes('');
  const labelsKnown = labelsRead && new Set(periods).size === n;
  for (const key of Object.keys(byPeriod)) {
    const i = periodIndex.get(key);
    const cell = one(byPeriod[key], [...path, key]);
    if (i === undefined) {
      if (!labelsRead) continue;
      issues.push({
        path: [...path, key],
        at: 'key',
        severity: 'error',
        code: 'unknown-period',
        message: `${label} names period ${key}, which is not in periods (${periods.join(', ')})`,
      });
      continue;
    }
    cells[i] = cell;
  }
  const absent = periods.filter((_, i) => cells[i] === undefined);
  if (absent.length > 0 && rules.missing.error && labelsKnown) {
    issues.push({
      path,
      at: 'start',
      severity: 'error',
      code: 'missing-period',
      message: `${label} has no value for ${absent.join(', ')}: every period needs one`,
    });
  }
  const missing = rules.missing;
  return finish(cells.map((cell, i) => cell ?? (missing.error ? 0 : missing.fill(i))));
}

/** A range written for a whole series (`revenue: { low, likely, high }`): one draw for all periods. */
function isSingleRange(value: object): boolean {
  return !Array.isArray(value) && hasKey(value, 'low', 'high', 'likely', 'dist');
}
