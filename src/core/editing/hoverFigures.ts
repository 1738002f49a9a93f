/**
 * What a figure in a case means in its report, for hover: an IT spend amount as a share of revenue,
 * a revenue as operating profit and margin, a gross margin as gross profit, an investment as its
 * NPV, IRR and payback. Pure: reads the resolved model and the report, returns markdown.
 *
 * Amounts are shown as plain numbers in the file's unit (as they are written in the file), with the
 * unit said once at the end; per-employee figures are absolute amounts with their currency.
 */
import {
  formatMultiple,
  formatNumber,
  formatPercent,
  formatPeriods,
  formatScaled,
  formatSignedPercent,
} from '../format';
import type { CostLine, ResolvedCase } from '../model';
import type { CaseReport, PeriodMetrics } from '../report';
import { metricInfo } from '../present/metrics';
import type { Path } from '../path';

/** Tables show at most this many periods; the preview shows them all. */
const MAX_TABLE_PERIODS = 12;

/** The periods a hovered figure is about: one period, or every period of the case. */
type PeriodSelection = number | 'all';

interface Context {
  model: ResolvedCase;
  report: CaseReport;
}

interface Row {
  label: string;
  values: string[];
}

/** Money in the file's unit as written there: 446.95, 0.0002. */
function amount(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return formatNumber(value, value !== 0 && Math.abs(value) < 1 ? 4 : 2);
}

/** Per-employee money as an absolute amount: USD 216.5k. */
function perEmployee(value: number | null | undefined, ctx: Context): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${ctx.report.currency} ${formatScaled(value, ctx.report.unit)}`;
}

/** Markdown text from the case file (names, labels): shown as written, not as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

function unitNote(ctx: Context): string {
  const { currency, unit } = ctx.report;
  return unit === 'one' ? `*Amounts in ${currency}.*` : `*Amounts in ${currency} ${unit}.*`;
}

function periodLabel(ctx: Context, p: number): string {
  return escapeMarkdown(ctx.report.periods[p] ?? `period ${p + 1}`);
}

/** A table with the periods as columns (the way a finance person reads a P&L). */
function table(ctx: Context, rows: Row[], columns: string[] = ctx.report.periods): string {
  const shown = Math.min(columns.length, MAX_TABLE_PERIODS);
  const header = `| | ${columns.slice(0, shown).map(escapeMarkdown).join(' | ')} |`;
  const rule = `|---|${'---:|'.repeat(shown)}`;
  const body = rows.map((row) => `| ${row.label} | ${row.values.slice(0, shown).join(' | ')} |`);
  const more =
    columns.length > shown
      ? [`\n*First ${shown} of ${columns.length} periods; the preview shows them all.*`]
      : [];
  return [header, rule, ...body, ...more].join('\n');
}

/** Which period a path inside a series points at: `[…, 1]`, `[…, '2013']`, `[…, 'start']`. */
export function periodOf(rest: Path, periods: readonly string[]): PeriodSelection {
  const segment = rest[0];
  if (segment === undefined) return 'all';
  if (typeof segment === 'number') return segment >= 0 && segment < periods.length ? segment : 'all';
  if (segment === 'start') return 0;
  const index = periods.indexOf(segment);
  return index >= 0 ? index : 'all';
}

/** With one period, a selection of every period is that period. */
function single(selection: PeriodSelection, ctx: Context): number | null {
  if (selection !== 'all') return selection;
  return ctx.report.periods.length === 1 ? 0 : null;
}

const at = (values: readonly (number | null)[], p: number): number | null => values[p] ?? null;

/** Operating profit and the figures around it in one period. */
function periodSummary(ctx: Context, p: number, metrics: PeriodMetrics = ctx.report.base): string[] {
  const revenue = at(metrics.revenue, p);
  const lines = [
    `${periodLabel(ctx, p)}: revenue ${amount(revenue)} → gross profit ${amount(at(metrics.grossProfit, p))} → operating profit **${amount(at(metrics.operatingProfit, p))}** (${formatPercent(at(metrics.operatingMargin, p))} operating margin).`,
  ];
  const it = at(metrics.itSpend, p);
  if (ctx.model.itSpend.length > 0) {
    lines.push(
      `IT spend ${amount(it)} is ${formatPercent(at(metrics.itSpendShareOfRevenue, p))} of revenue.`,
    );
  }
  const breakEven = at(metrics.breakEvenRevenue, p);
  if (breakEven !== null && revenue !== null && revenue > 0) {
    const cushion = 1 - breakEven / revenue;
    lines.push(
      cushion >= 0
        ? `Break-even revenue ${amount(breakEven)}: revenue can fall ${formatPercent(cushion)} before the operating profit is gone.`
        : `Break-even revenue ${amount(breakEven)}: revenue must grow ${formatPercent(-cushion)} to cover the fixed costs and IT spend.`,
    );
  }
  const leverage = at(metrics.operatingLeverage, p);
  const profit = at(metrics.operatingProfit, p);
  if (leverage !== null && profit !== null && profit > 0) {
    lines.push(
      `Operating leverage ${formatMultiple(leverage)}: a 1% change in revenue moves operating profit by ${formatPercent(leverage / 100)}.`,
    );
  }
  return lines;
}

function summaryRows(ctx: Context, metrics: PeriodMetrics = ctx.report.base): Row[] {
  const rows: Row[] = [
    { label: 'Revenue', values: metrics.revenue.map(amount) },
    { label: 'Gross profit', values: metrics.grossProfit.map(amount) },
    { label: 'Operating profit', values: metrics.operatingProfit.map(amount) },
    { label: 'Operating margin', values: metrics.operatingMargin.map((v) => formatPercent(v)) },
  ];
  if (ctx.model.itSpend.length > 0) {
    rows.push({
      label: 'IT spend, % of revenue',
      values: metrics.itSpendShareOfRevenue.map((v) => formatPercent(v)),
    });
  }
  return rows;
}

function revenueFigures(ctx: Context, selection: PeriodSelection): string {
  const p = single(selection, ctx);
  if (p !== null) return bullets(periodSummary(ctx, p));
  return table(ctx, summaryRows(ctx));
}

function grossMarginFigures(ctx: Context, selection: PeriodSelection): string {
  const base = ctx.report.base;
  const p = single(selection, ctx);
  if (p !== null) {
    const revenue = at(base.revenue, p);
    const margin = ctx.model.grossMargin[p] ?? null;
    const lines = [
      `**${formatPercent(margin)}** of ${periodLabel(ctx, p)} revenue (${amount(revenue)}) = gross profit **${amount(at(base.grossProfit, p))}**.`,
      `Operating profit ${amount(at(base.operatingProfit, p))} (${formatPercent(at(base.operatingMargin, p))} margin).`,
    ];
    if (revenue !== null)
      lines.push(`Each point of gross margin is worth ${amount(revenue / 100)} of operating profit.`);
    const breakEven = at(base.breakEvenRevenue, p);
    if (breakEven !== null)
      lines.push(`At this margin, revenue of ${amount(breakEven)} covers the fixed costs and IT spend.`);
    return bullets(lines);
  }
  return table(ctx, [
    { label: 'Gross margin', values: ctx.model.grossMargin.map((v) => formatPercent(v)) },
    { label: 'Gross profit', values: base.grossProfit.map(amount) },
    { label: 'Operating profit', values: base.operatingProfit.map(amount) },
    { label: 'Break-even revenue', values: base.breakEvenRevenue.map(amount) },
  ]);
}

const share = (part: number | null, whole: number | null): number | null =>
  part === null || whole === null || whole === 0 ? null : part / whole;

/** A cost line (fixed cost or IT spend), or the total of its kind when `line` is null. */
function costFigures(
  ctx: Context,
  kind: 'fixedCosts' | 'itSpend',
  line: CostLine | null,
  selection: PeriodSelection,
): string {
  const base = ctx.report.base;
  const lines = kind === 'fixedCosts' ? ctx.model.fixedCosts : ctx.model.itSpend;
  const totals = kind === 'fixedCosts' ? base.fixedCosts : base.itSpend;
  const totalLabel = kind === 'fixedCosts' ? 'All fixed costs' : 'All IT spend';
  const values = line ? line.values : totals;
  const p = single(selection, ctx);
  if (p !== null) {
    const value = values[p] ?? null;
    const revenue = at(base.revenue, p);
    const out = [
      `**${amount(value)}** = **${formatPercent(share(value, revenue))}** of ${periodLabel(ctx, p)} revenue (${amount(revenue)}).`,
    ];
    const profit = at(base.operatingProfit, p);
    if (kind === 'itSpend' && profit !== null && profit > 0) {
      out.push(`It equals ${formatPercent(share(value, profit))} of operating profit (${amount(profit)}).`);
    }
    if (line && lines.length > 1) {
      const total = at(totals, p);
      out.push(`${totalLabel}: ${amount(total)} (${formatPercent(share(total, revenue))} of revenue).`);
    }
    if (kind === 'itSpend' && ctx.model.company.employees) {
      out.push(`IT spend per employee: ${perEmployee(at(base.itSpendPerEmployee, p), ctx)}.`);
    }
    if (kind === 'fixedCosts') {
      const breakEven = at(base.breakEvenRevenue, p);
      if (breakEven !== null)
        out.push(`Fixed costs and IT spend need revenue of ${amount(breakEven)} to break even.`);
    }
    if (line?.kind || line?.type) {
      out.push(
        `Booked as ${[line.kind, line.type]
          .filter(Boolean)
          .map((w) => `\`${w}\``)
          .join(', ')}.`,
      );
    }
    return bullets(out);
  }
  const rows: Row[] = [
    { label: line ? escapeMarkdown(line.name) : totalLabel, values: values.map(amount) },
    { label: '% of revenue', values: values.map((v, i) => formatPercent(share(v, at(base.revenue, i)))) },
  ];
  if (line && lines.length > 1) {
    rows.push({ label: totalLabel, values: totals.map(amount) });
    rows.push({
      label: '% of revenue',
      values: totals.map((v, i) => formatPercent(share(v, at(base.revenue, i)))),
    });
  }
  if (kind === 'itSpend' && ctx.model.company.employees) {
    rows.push({
      label: 'IT spend per employee',
      values: base.itSpendPerEmployee.map((v) => perEmployee(v, ctx)),
    });
  }
  return table(ctx, rows);
}

function employeeFigures(ctx: Context, selection: PeriodSelection): string | null {
  const employees = ctx.model.company.employees;
  if (!employees) return null;
  const base = ctx.report.base;
  const p = single(selection, ctx);
  if (p !== null) {
    return bullets([
      `${formatNumber(employees[p] ?? null, 0)} employees in ${periodLabel(ctx, p)}: revenue per employee **${perEmployee(at(base.revenuePerEmployee, p), ctx)}**, IT spend per employee **${perEmployee(at(base.itSpendPerEmployee, p), ctx)}**.`,
    ]);
  }
  return table(ctx, [
    { label: 'Employees', values: employees.map((v) => formatNumber(v, 0)) },
    { label: 'Revenue per employee', values: base.revenuePerEmployee.map((v) => perEmployee(v, ctx)) },
    { label: 'IT spend per employee', values: base.itSpendPerEmployee.map((v) => perEmployee(v, ctx)) },
  ]);
}

function investmentFigures(ctx: Context, index: number, rest: Path): string | null {
  const investment = ctx.report.investments[index];
  if (!investment) return null;
  const flows = investment.cashflows;
  const byPeriod = flows.length === ctx.report.periods.length && rest[0] !== 'cashflows';
  const out: string[] = [];
  const field = rest[0];
  if (field === 'costs' || field === 'benefits' || field === 'cashflows') {
    const selection =
      field === 'cashflows'
        ? typeof rest[1] === 'number'
          ? rest[1]
          : 'all'
        : periodOf(rest.slice(1), ctx.report.periods);
    if (selection !== 'all' && selection < flows.length) {
      const when = byPeriod ? `${periodLabel(ctx, selection)} (t = ${selection})` : `t = ${selection}`;
      out.push(`Net cash flow in ${when}: **${amount(flows[selection])}**.`);
    }
  }
  out.push(
    `NPV at ${formatPercent(investment.discountRate)}: **${amount(investment.npv)}** (the first cash flow at t = 0, undiscounted).`,
    `IRR: **${investment.irr === null ? 'none' : formatPercent(investment.irr)}**; MIRR: ${investment.mirr === null ? 'none' : formatPercent(investment.mirr)}.`,
    `Payback: ${formatPeriods(investment.paybackPeriods)}; discounted payback: ${formatPeriods(investment.discountedPaybackPeriods)}.`,
  );
  if (investment.roi !== null) out.push(`ROI (undiscounted): ${formatPercent(investment.roi)}.`);
  let cumulative = 0;
  const columns = byPeriod ? ctx.report.periods : flows.map((_, t) => `t = ${t}`);
  const flowTable = table(
    ctx,
    [
      { label: 'Net cash flow', values: flows.map(amount) },
      { label: 'Cumulative', values: flows.map((v) => amount((cumulative += v))) },
    ],
    columns,
  );
  return `${bullets(out)}\n\n${flowTable}`;
}

function scenarioFigures(ctx: Context, index: number, rest: Path): string | null {
  const scenario = ctx.report.scenarios[index];
  if (!scenario) return null;
  const base = ctx.report.base;
  const name = `**${escapeMarkdown(scenario.name)}**`;
  const selection = rest.length > 1 ? periodOf(rest.slice(1), ctx.report.periods) : 'all';
  const p = single(selection, ctx);
  if (p !== null) {
    const revenueChange = share(at(scenario.revenue, p), at(base.revenue, p));
    const lines = [
      `${name} in ${periodLabel(ctx, p)}: operating profit **${amount(at(scenario.operatingProfit, p))}** against ${amount(at(base.operatingProfit, p))} in the base case (**${formatSignedPercent(at(scenario.operatingProfitChange, p), 2)}**), on revenue ${amount(at(scenario.revenue, p))} (${formatSignedPercent(revenueChange === null ? null : revenueChange - 1, 2)}).`,
      `Operating margin ${formatPercent(at(scenario.operatingMargin, p))} (base ${formatPercent(at(base.operatingMargin, p))}).`,
    ];
    return bullets(lines);
  }
  return table(ctx, [
    { label: `Revenue`, values: scenario.revenue.map(amount) },
    { label: 'Operating profit', values: scenario.operatingProfit.map(amount) },
    { label: 'Base operating profit', values: base.operatingProfit.map(amount) },
    {
      label: 'Change of operating profit',
      values: scenario.operatingProfitChange.map((v) => formatSignedPercent(v, 2)),
    },
    { label: 'Operating margin', values: scenario.operatingMargin.map((v) => formatPercent(v)) },
  ]);
}

function discountRateFigures(ctx: Context): string | null {
  const atFileRate = ctx.report.investments.filter((inv) => inv.discountRate === ctx.report.discountRate);
  if (atFileRate.length === 0) return null;
  return bullets(
    atFileRate.map(
      (inv) =>
        `${escapeMarkdown(inv.name)}: NPV at ${formatPercent(ctx.report.discountRate)} **${amount(inv.npv)}**, discounted payback ${formatPeriods(inv.discountedPaybackPeriods)}.`,
    ),
  );
}

/** A benchmark value beside this case's value of the same metric: the report's one comparison. */
function benchmarkFigures(ctx: Context, index: number, rest: Path): string | null {
  const benchmark = ctx.report.benchmarks[index];
  if (!benchmark || rest[0] !== 'values' || typeof rest[1] !== 'string') return null;
  const metric = metricInfo(benchmark.metric);
  const comparison = benchmark.comparison;
  if (!metric || !comparison.ok) return null;
  const label = escapeMarkdown(rest[1]);
  const value = benchmark.values[rest[1]];
  if (value === undefined) return null;
  const period = escapeMarkdown(comparison.period);
  if (metric.kind === 'ratio') {
    return bullets([
      `${label}: ${formatPercent(value)}; this case (${period}): **${formatPercent(comparison.value)}**.`,
    ]);
  }
  const theirUnit = benchmark.unit ?? 'one';
  const unitWord = theirUnit === 'one' ? '' : ` ${theirUnit}`;
  return bullets([
    `${label}: ${amount(value)}; this case's ${metric.key} (${period}): **${amount(comparison.value)}** (${benchmark.currency ?? ctx.report.currency}${unitWord}, the benchmark's unit).`,
  ]);
}

function bullets(lines: string[]): string {
  return lines.length === 1 ? lines[0]! : lines.map((line) => `- ${line}`).join('\n');
}

/**
 * The figures a hovered path means in the report, as markdown; null where the report has nothing
 * to add (a title, a unit, a path outside the format).
 */
export function figuresAt(path: Path, model: ResolvedCase, report: CaseReport): string | null {
  const ctx: Context = { model, report };
  const [head, second, ...rest] = path;
  const periods = report.periods;
  let figures: string | null = null;
  switch (head) {
    case 'revenue':
      figures = revenueFigures(ctx, periodOf(path.slice(1), periods));
      break;
    case 'periods':
      figures = revenueFigures(ctx, typeof second === 'number' && second < periods.length ? second : 'all');
      break;
    case 'grossMargin':
      figures = grossMarginFigures(ctx, periodOf(path.slice(1), periods));
      break;
    case 'fixedCosts':
    case 'itSpend': {
      if (second === undefined) {
        figures = costFigures(ctx, head, null, 'all');
        break;
      }
      const lines = head === 'fixedCosts' ? model.fixedCosts : model.itSpend;
      const line = lines.find((l) => l.name === String(second));
      if (!line) break;
      const seriesRest = rest[0] === 'amount' ? rest.slice(1) : rest;
      const isDetail = rest[0] === 'kind' || rest[0] === 'type' || rest[0] === 'note';
      figures = costFigures(ctx, head, line, isDetail ? 'all' : periodOf(seriesRest, periods));
      break;
    }
    case 'company':
      if (second === 'employees') figures = employeeFigures(ctx, periodOf(rest, periods));
      break;
    case 'investments':
      if (typeof second === 'number') figures = investmentFigures(ctx, second, rest);
      break;
    case 'scenarios':
      if (typeof second === 'number') figures = scenarioFigures(ctx, second, rest);
      break;
    case 'discountRate':
      figures = discountRateFigures(ctx);
      break;
    case 'benchmarks':
      if (typeof second === 'number') figures = benchmarkFigures(ctx, second, rest);
      break;
    default:
      break;
  }
  if (figures === null) return null;
  // A benchmark says its own unit; head counts and per-employee amounts are absolute.
  return head === 'benchmarks' || head === 'company' ? figures : `${figures}\n\n${unitNote(ctx)}`;
}
