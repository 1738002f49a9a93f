/**
 * Excel export: a workbook (SpreadsheetML, .xlsx) whose figures are live formulas over the case's
 * inputs, each written with the report's value as its cached value, so a viewer that does not
 * recalculate still shows the numbers and Excel, recalculating on load, shows the same.
 *
 * Sheets: Inputs (the case's values per period, in blue: the only cells to edit), Base case, one
 * per scenario, one per investment (NPV as `NPV(rate, flows from t = 1) + first flow`: the first
 * flow falls at t = 0 and is not discounted, as in the report), Benchmarks and sources, and
 * Uncertainty (the simulation's figures, sensitivity and break-even as values: a seeded simulation
 * is not a formula).
 *
 * Written by hand as XML and zipped with fflate: no spreadsheet library, every cell as intended.
 */
import { zipSync, type Zippable } from 'fflate';
import { signChanges } from '../finance';
import type { ResolvedCase } from '../model';
import type { CaseReport, InvestmentReport, UncertaintySections } from '../report';
import { utf8 } from './bytes';
import { reportTables } from './tables';
import { metricInfo } from '../present/metrics';

export interface WorkbookSource {
  report: CaseReport;
  model: ResolvedCase;
  sections: UncertaintySections | null;
}

/** Cell styles (indices into styles.xml's cellXfs). Inputs are blue, as finance models mark them. */
const enum Style {
  Default = 0,
  Bold = 1,
  Money = 2,
  Percent = 3,
  MoneyInput = 4,
  PercentInput = 5,
  Title = 6,
  Decimal = 7,
  CountInput = 8,
  Integer = 9,
  Note = 10,
  Header = 11,
}

/** The style of a figure computed from an input of this style: the same number format, not blue. */
const COMPUTED: Partial<Record<Style, Style>> = {
  [Style.MoneyInput]: Style.Money,
  [Style.PercentInput]: Style.Percent,
  [Style.CountInput]: Style.Integer,
};

type Cached = number | string | null;

type Cell =
  | { kind: 'value'; value: number | string; style: Style }
  | { kind: 'formula'; formula: string; cached: Cached; style: Style };

/** Column letters of a 0-based column: 0 → A, 26 → AA. */
export function columnName(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A1 reference of a 0-based row and column; `$`-anchored when `absolute`. */
export function cellRef(row: number, col: number, absolute = false): string {
  return absolute ? `$${columnName(col)}$${row + 1}` : `${columnName(col)}${row + 1}`;
}

class Sheet {
  readonly rows = new Map<number, Map<number, Cell>>();
  widths: number[] = [34];
  /** Rows and columns kept in view (frozen) while scrolling. */
  freeze: { rows: number; cols: number } | null = null;

  constructor(readonly name: string) {}

  /** `'Sheet name'!$B$5` for formulas on other sheets. */
  ref(row: number, col: number, absolute = false): string {
    return `${quoteSheet(this.name)}!${cellRef(row, col, absolute)}`;
  }

  range(row: number, from: number, to: number): string {
    return `${quoteSheet(this.name)}!${cellRef(row, from)}:${cellRef(row, to)}`;
  }

  value(row: number, col: number, value: number | string | null, style: Style = Style.Default): void {
    if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return;
    this.put(row, col, { kind: 'value', value, style });
  }

  formula(row: number, col: number, formula: string, cached: Cached, style: Style): void {
    const finite = typeof cached === 'number' && !Number.isFinite(cached) ? null : cached;
    this.put(row, col, { kind: 'formula', formula, cached: finite, style });
  }

  private put(row: number, col: number, cell: Cell): void {
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = new Map()));
    cells.set(col, cell);
  }
}

/** A sheet name in a formula: always quoted, its quotes doubled. */
function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Excel's rules for a sheet name: at most 31 characters, none of []:*?/\, not blank, unique. */
function sheetName(wanted: string, taken: Set<string>): string {
  // eslint-disable-next-line no-control-regex -- control characters cannot be in a sheet name
  let name = wanted.replace(/[[\]:*?/\\\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ');
  name = name
    .trim()
    .replace(/^'+|'+$/g, '')
    .slice(0, 31)
    .trim();
  if (!name || name.toLowerCase() === 'history') name = 'Sheet';
  let unique = name;
  for (let n = 2; taken.has(unique.toLowerCase()); n++)
    unique = `${name.slice(0, 31 - `${n}`.length - 1)} ${n}`;
  taken.add(unique.toLowerCase());
  return unique;
}

/** A string formula literal: `"text"` with its quotes doubled. */
const literal = (text: string) => `"${text.replace(/"/g, '""')}"`;

const UNIT_WORD: Record<string, string> = {
  one: '',
  thousand: ' thousands',
  million: ' millions',
  billion: ' billions',
};

/** Where each input landed on the Inputs sheet (0-based rows; period p is in column p + 1). */
interface InputsLayout {
  revenue: number;
  grossMargin: number;
  employees: number | null;
  fixedCosts: number[];
  itSpend: number[];
  discountRate: number;
  scenarios: {
    revenueChange: number;
    grossMargin: number | null;
    fixedCostsChange: number;
    itSpendChange: number;
  }[];
  investments: { costs: number | null; benefits: number | null; cashflows: number | null; rate: number }[];
}

function inputsSheet(sheet: Sheet, report: CaseReport, model: ResolvedCase): InputsLayout {
  const n = model.periods.length;
  const moneyNote = `Money in ${model.currency}${UNIT_WORD[model.unit] ?? ''}; rates and changes as percentages.`;
  sheet.value(0, 0, `${report.title}: inputs`, Style.Title);
  sheet.value(
    1,
    0,
    `${moneyNote} Blue cells are the case's inputs; every other figure in this workbook is a formula over them.`,
    Style.Note,
  );
  let row = 3;
  sheet.value(row, 0, 'Input', Style.Header);
  model.periods.forEach((period, p) => sheet.value(row, p + 1, period, Style.Header));
  sheet.freeze = { rows: 4, cols: 1 };
  const series = (label: string, values: readonly number[], style: Style): number => {
    row++;
    const at = row;
    sheet.value(at, 0, label);
    const grown = model.grownSeries.get(values);
    if (!grown) {
      for (let p = 0; p < Math.max(n, values.length); p++) sheet.value(at, p + 1, values[p] ?? 0, style);
      return at;
    }
    // Written as { start, growth }: the start and the growth are the inputs, on a row of its own
    // under the series, and each later period is a formula over them, as the file says it.
    row++;
    sheet.value(row, 0, `${label}: growth per period`);
    sheet.value(row, 1, grown.growth, Style.PercentInput);
    sheet.value(at, 1, grown.start, style);
    const start = cellRef(at, 1, true);
    const growth = cellRef(row, 1, true);
    for (let p = 1; p < values.length; p++)
      sheet.formula(at, p + 1, `${start}*(1+${growth})^${p}`, values[p] ?? 0, COMPUTED[style] ?? style);
    return at;
  };
  const revenue = series('Revenue', model.revenue, Style.MoneyInput);
  const grossMargin = series('Gross margin', model.grossMargin, Style.PercentInput);
  const employees = model.company.employees
    ? series('Employees', model.company.employees, Style.CountInput)
    : null;
  const fixedCosts = model.fixedCosts.map((line) =>
    series(`Fixed cost: ${line.name}`, line.values, Style.MoneyInput),
  );
  const itSpend = model.itSpend.map((line) =>
    series(`IT spend: ${line.name}`, line.values, Style.MoneyInput),
  );
  row += 2;
  sheet.value(row, 0, 'Discount rate (per period)');
  sheet.value(row, 1, model.discountRate, Style.PercentInput);
  const discountRate = row;

  const scenarios = model.scenarios.map((scenario) => {
    row += 2;
    sheet.value(row, 0, `Scenario: ${scenario.name}`, Style.Bold);
    const revenueChange = series('Revenue change', scenario.revenueChange, Style.PercentInput);
    const gm = scenario.grossMargin
      ? series('Gross margin (replaces the base case)', scenario.grossMargin, Style.PercentInput)
      : null;
    const fixedCostsChange = series(
      'Change of every fixed cost line',
      scenario.fixedCostsChange,
      Style.PercentInput,
    );
    const itSpendChange = series('Change of every IT spend line', scenario.itSpendChange, Style.PercentInput);
    return { revenueChange, grossMargin: gm, fixedCostsChange, itSpendChange };
  });

  const investments = model.investments.map((investment) => {
    row += 2;
    sheet.value(row, 0, `Investment: ${investment.name}`, Style.Bold);
    investment.cashflows.forEach((_, t) => sheet.value(row, t + 1, `t = ${t}`, Style.Header));
    const costs = investment.costs ? series('Costs (money out)', investment.costs, Style.MoneyInput) : null;
    const benefits = investment.benefits
      ? series('Benefits (money in)', investment.benefits, Style.MoneyInput)
      : null;
    const cashflows =
      costs === null || benefits === null
        ? series('Net cash flow', investment.cashflows, Style.MoneyInput)
        : null;
    row++;
    sheet.value(row, 0, 'Discount rate (per period)');
    sheet.value(row, 1, investment.discountRate, Style.PercentInput);
    return { costs, benefits, cashflows, rate: row };
  });
  sheet.widths = [
    40,
    ...Array.from({ length: Math.max(n, ...model.investments.map((i) => i.cashflows.length)) }, () => 14),
  ];
  return { revenue, grossMargin, employees, fixedCosts, itSpend, discountRate, scenarios, investments };
}

interface PeriodInputs {
  revenue: (p: number) => string;
  grossMargin: (p: number) => string;
  fixedCosts: (p: number) => string | null;
  itSpend: (p: number) => string | null;
  grossMarginValue: readonly number[];
}

/** Rows of a base-case or scenario sheet, with formulas over the inputs and the report's values cached. */
function periodSheet(
  sheet: Sheet,
  title: string,
  report: CaseReport,
  metrics: CaseReport['base'],
  inputs: PeriodInputs,
  employees: ((p: number) => string) | null,
  base: { sheet: Sheet; operatingProfitRow: number } | null,
  change: readonly (number | null)[] | null,
): number {
  sheet.value(0, 0, title, Style.Title);
  sheet.value(
    1,
    0,
    `Money in ${report.currency}${UNIT_WORD[report.unit] ?? ''}. Every figure is a formula over the Inputs sheet.`,
    Style.Note,
  );
  sheet.value(3, 0, 'Figure', Style.Header);
  report.periods.forEach((period, p) => sheet.value(3, p + 1, period, Style.Header));
  sheet.freeze = { rows: 4, cols: 1 };
  sheet.widths = [48, ...report.periods.map(() => 14)];
  const rows = {
    revenue: 4,
    grossMargin: 5,
    grossProfit: 6,
    fixedCosts: 7,
    itSpend: 8,
    operatingProfit: 9,
    operatingMargin: 10,
    itShare: 11,
  };
  let next = 12;
  const perEmployee = employees ? { revenue: next++, itSpend: next++ } : null;
  const breakEven = next++;
  const leverage = next++;
  const vsBase = base ? next : null;
  const label = (row: number, text: string) => sheet.value(row, 0, text);
  label(rows.revenue, 'Revenue');
  label(rows.grossMargin, 'Gross margin');
  label(rows.grossProfit, 'Gross profit');
  label(rows.fixedCosts, 'Fixed costs');
  label(rows.itSpend, 'IT spend');
  label(rows.operatingProfit, 'Operating profit');
  label(rows.operatingMargin, 'Operating margin');
  label(rows.itShare, 'IT spend / revenue');
  if (perEmployee) {
    label(perEmployee.revenue, 'Revenue per employee');
    label(perEmployee.itSpend, 'IT spend per employee');
  }
  label(breakEven, 'Break-even revenue');
  label(leverage, 'Operating leverage (gross profit / operating profit)');
  if (vsBase !== null) label(vsBase, 'Operating profit vs base case');

  report.periods.forEach((_, p) => {
    const col = p + 1;
    const at = (row: number) => cellRef(row, col);
    const rev = at(rows.revenue);
    const gm = at(rows.grossMargin);
    const gp = at(rows.grossProfit);
    const fc = at(rows.fixedCosts);
    const it = at(rows.itSpend);
    const op = at(rows.operatingProfit);
    sheet.formula(rows.revenue, col, inputs.revenue(p), metrics.revenue[p] ?? null, Style.Money);
    sheet.formula(
      rows.grossMargin,
      col,
      inputs.grossMargin(p),
      inputs.grossMarginValue[p] ?? null,
      Style.Percent,
    );
    sheet.formula(rows.grossProfit, col, `${rev}*${gm}`, metrics.grossProfit[p] ?? null, Style.Money);
    const fixed = inputs.fixedCosts(p);
    if (fixed) sheet.formula(rows.fixedCosts, col, fixed, metrics.fixedCosts[p] ?? null, Style.Money);
    else sheet.value(rows.fixedCosts, col, 0, Style.Money);
    const itSpend = inputs.itSpend(p);
    if (itSpend) sheet.formula(rows.itSpend, col, itSpend, metrics.itSpend[p] ?? null, Style.Money);
    else sheet.value(rows.itSpend, col, 0, Style.Money);
    sheet.formula(
      rows.operatingProfit,
      col,
      `${gp}-${fc}-${it}`,
      metrics.operatingProfit[p] ?? null,
      Style.Money,
    );
    sheet.formula(
      rows.operatingMargin,
      col,
      `IF(${rev}=0,"",${op}/${rev})`,
      metrics.operatingMargin[p] ?? null,
      Style.Percent,
    );
    sheet.formula(
      rows.itShare,
      col,
      `IF(${rev}=0,"",${it}/${rev})`,
      metrics.itSpendShareOfRevenue[p] ?? null,
      Style.Percent,
    );
    if (perEmployee && employees) {
      const staff = employees(p);
      sheet.formula(
        perEmployee.revenue,
        col,
        `IF(${staff}=0,"",${rev}/${staff})`,
        metrics.revenuePerEmployee[p] ?? null,
        Style.Money,
      );
      sheet.formula(
        perEmployee.itSpend,
        col,
        `IF(${staff}=0,"",${it}/${staff})`,
        metrics.itSpendPerEmployee[p] ?? null,
        Style.Money,
      );
    }
    sheet.formula(
      breakEven,
      col,
      `IF(${gm}<=0,"",(${fc}+${it})/${gm})`,
      metrics.breakEvenRevenue[p] ?? null,
      Style.Money,
    );
    sheet.formula(
      leverage,
      col,
      `IF(${op}=0,"",${gp}/${op})`,
      metrics.operatingLeverage[p] ?? null,
      Style.Decimal,
    );
    if (base && vsBase !== null && change) {
      const b = base.sheet.ref(base.operatingProfitRow, col);
      sheet.formula(vsBase, col, `IF(${b}=0,"",(${op}-${b})/ABS(${b}))`, change[p] ?? null, Style.Percent);
    }
  });
  return rows.operatingProfit;
}

/** An investment's sheet: its flows over t, the running sums, and the report's figures as formulas. */
function investmentSheet(
  sheet: Sheet,
  investment: InvestmentReport,
  resolved: ResolvedCase['investments'][number],
  inputs: Sheet,
  layout: InputsLayout['investments'][number],
  periods: readonly string[],
  currency: string,
  unit: string,
): void {
  const flows = investment.cashflows;
  const n = flows.length;
  const last = n; // column of the last flow (t = n − 1 is in column n)
  sheet.value(0, 0, investment.name, Style.Title);
  sheet.value(
    1,
    0,
    `Money in ${currency}${UNIT_WORD[unit] ?? ''}. Cash flows per period, the first at t = 0 and not discounted: NPV = NPV(rate, flows from t = 1) + first flow. Every figure is a formula over the Inputs sheet.`,
    Style.Note,
  );
  const rows = {
    t: 3,
    period: 4,
    costs: 5,
    benefits: 6,
    net: 7,
    cumulative: 8,
    discounted: 9,
    cumulativeDiscounted: 10,
    payback: 11,
    discountedPayback: 12,
    rate: 14,
    npv: 15,
    irr: 16,
    mirr: 17,
    paybackPeriods: 18,
    discountedPaybackPeriods: 19,
    roi: 20,
  };
  sheet.freeze = { rows: 5, cols: 1 };
  sheet.widths = [44, ...flows.map(() => 14)];
  sheet.value(rows.t, 0, 't (periods from the first flow)', Style.Header);
  sheet.value(rows.period, 0, 'Period', Style.Header);
  const labels: [number, string][] = [
    [rows.costs, 'Costs'],
    [rows.benefits, 'Benefits'],
    [rows.net, 'Net cash flow'],
    [rows.cumulative, 'Cumulative cash flow'],
    [rows.discounted, 'Discounted cash flow'],
    [rows.cumulativeDiscounted, 'Cumulative discounted cash flow'],
    [rows.payback, 'Payback falls in this period at'],
    [rows.discountedPayback, 'Discounted payback falls in this period at'],
    [rows.rate, 'Discount rate (per period)'],
    [rows.npv, 'NPV'],
    [rows.irr, 'IRR (per period)'],
    [rows.mirr, 'MIRR (finance and reinvestment at the discount rate)'],
    [rows.paybackPeriods, 'Payback (periods)'],
    [rows.discountedPaybackPeriods, 'Discounted payback (periods)'],
    [rows.roi, 'ROI (undiscounted)'],
  ];
  const hasParts = layout.costs !== null && layout.benefits !== null;
  for (const [row, text] of labels) {
    if (!hasParts && (row === rows.costs || row === rows.benefits)) continue;
    sheet.value(row, 0, text, row >= rows.rate ? Style.Bold : Style.Default);
  }
  const rate = cellRef(rows.rate, 1, true);
  sheet.formula(rows.rate, 1, inputs.ref(layout.rate, 1), investment.discountRate, Style.Percent);

  let cumulative = 0;
  let cumulativeDiscounted = 0;
  let paid = false;
  let paidDiscounted = false;
  flows.forEach((flow, t) => {
    const col = t + 1;
    sheet.value(rows.t, col, t, Style.Integer);
    if (n === periods.length) sheet.value(rows.period, col, periods[t] ?? '', Style.Header);
    const at = (row: number) => cellRef(row, col);
    const before = (row: number) => cellRef(row, col - 1);
    if (hasParts) {
      sheet.formula(rows.costs, col, inputs.ref(layout.costs!, col), resolved.costs?.[t] ?? 0, Style.Money);
      sheet.formula(
        rows.benefits,
        col,
        inputs.ref(layout.benefits!, col),
        resolved.benefits?.[t] ?? 0,
        Style.Money,
      );
      sheet.formula(rows.net, col, `${at(rows.benefits)}-${at(rows.costs)}`, flow, Style.Money);
    } else {
      sheet.formula(rows.net, col, inputs.ref(layout.cashflows!, col), flow, Style.Money);
    }
    const previousCumulative = cumulative;
    const previousDiscounted = cumulativeDiscounted;
    cumulative += flow;
    const discounted = flow / (1 + investment.discountRate) ** t;
    cumulativeDiscounted += discounted;
    sheet.formula(
      rows.cumulative,
      col,
      t === 0 ? at(rows.net) : `${before(rows.cumulative)}+${at(rows.net)}`,
      cumulative,
      Style.Money,
    );
    sheet.formula(rows.discounted, col, `${at(rows.net)}/(1+${rate})^${at(rows.t)}`, discounted, Style.Money);
    sheet.formula(
      rows.cumulativeDiscounted,
      col,
      t === 0 ? at(rows.discounted) : `${before(rows.cumulativeDiscounted)}+${at(rows.discounted)}`,
      cumulativeDiscounted,
      Style.Money,
    );
    // The first period whose cumulative cash reaches 0, interpolated inside it (the report's payback).
    const crossing = (
      cumRow: number,
      flowRow: number,
      prior: number,
      now: number,
      flowValue: number,
      done: boolean,
    ) => {
      const cached = !done && now >= 0 ? (t === 0 ? 0 : t - 1 + Math.min(1, -prior / flowValue)) : null;
      const formula =
        t === 0
          ? `IF(${at(cumRow)}>=0,0,"")`
          : `IF(AND(${at(cumRow)}>=0,MAX(${cellRef(cumRow, 1, true)}:${before(cumRow)})<0),${before(rows.t)}+MIN(1,-${before(cumRow)}/${at(flowRow)}),"")`;
      return { formula, cached };
    };
    const pay = crossing(rows.cumulative, rows.net, previousCumulative, cumulative, flow, paid);
    sheet.formula(rows.payback, col, pay.formula, pay.cached, Style.Decimal);
    if (pay.cached !== null) paid = true;
    const disc = crossing(
      rows.cumulativeDiscounted,
      rows.discounted,
      previousDiscounted,
      cumulativeDiscounted,
      discounted,
      paidDiscounted,
    );
    sheet.formula(rows.discountedPayback, col, disc.formula, disc.cached, Style.Decimal);
    if (disc.cached !== null) paidDiscounted = true;
  });
  if (n === 0) return;
  const netRange = `${cellRef(rows.net, 1)}:${cellRef(rows.net, last)}`;
  const first = cellRef(rows.net, 1);
  sheet.formula(
    rows.npv,
    1,
    n > 1 ? `NPV(${rate},${cellRef(rows.net, 2)}:${cellRef(rows.net, last)})+${first}` : first,
    investment.npv,
    Style.Money,
  );
  // Flows that change sign more than once have several IRRs: starting Excel's search at the
  // report's choice makes it settle on the same root.
  const guess =
    investment.irr !== null && signChanges(flows) > 1 ? `,${Number(investment.irr.toPrecision(6))}` : '';
  sheet.formula(rows.irr, 1, `IFERROR(IRR(${netRange}${guess}),"")`, investment.irr, Style.Percent);
  sheet.formula(
    rows.mirr,
    1,
    `IFERROR(MIRR(${netRange},${rate},${rate}),"")`,
    investment.mirr,
    Style.Percent,
  );
  const paybackRange = (row: number) => `${cellRef(row, 1)}:${cellRef(row, last)}`;
  sheet.formula(
    rows.paybackPeriods,
    1,
    `IF(COUNT(${paybackRange(rows.payback)})=0,"",MIN(${paybackRange(rows.payback)}))`,
    investment.paybackPeriods,
    Style.Decimal,
  );
  sheet.formula(
    rows.discountedPaybackPeriods,
    1,
    `IF(COUNT(${paybackRange(rows.discountedPayback)})=0,"",MIN(${paybackRange(rows.discountedPayback)}))`,
    investment.discountedPaybackPeriods,
    Style.Decimal,
  );
  if (hasParts) {
    const costs = `SUM(${paybackRange(rows.costs)})`;
    const benefits = `SUM(${paybackRange(rows.benefits)})`;
    sheet.formula(
      rows.roi,
      1,
      `IF(${costs}=0,"",(${benefits}-${costs})/${costs})`,
      investment.roi,
      Style.Percent,
    );
  } else {
    const out = `SUMIF(${netRange},${literal('<0')})`;
    const into = `SUMIF(${netRange},${literal('>0')})`;
    sheet.formula(rows.roi, 1, `IF(${out}=0,"",(${into}+${out})/-${out})`, investment.roi, Style.Percent);
  }
}

function benchmarksSheet(sheet: Sheet, report: CaseReport): void {
  sheet.value(0, 0, 'Benchmarks and sources', Style.Title);
  sheet.widths = [40, 18, 60];
  let row = 2;
  for (const b of report.benchmarks) {
    sheet.value(row++, 0, b.title, Style.Bold);
    sheet.value(row, 0, 'Metric');
    sheet.value(row++, 1, b.metric);
    if (b.unit !== null || b.currency !== null) {
      sheet.value(row, 0, 'Unit');
      sheet.value(row++, 1, [b.currency, b.unit].filter((x) => x !== null).join(' '));
    }
    if (b.year !== null) {
      sheet.value(row, 0, 'Year');
      sheet.value(row++, 1, b.year, Style.Integer);
    }
    sheet.value(row, 0, 'Source');
    sheet.value(row++, 1, b.source);
    sheet.value(row, 0, 'Label', Style.Header);
    sheet.value(row++, 1, 'Value', Style.Header);
    for (const [label, value] of Object.entries(b.values)) {
      sheet.value(row, 0, label);
      sheet.value(row++, 1, value, b.unit === 'ratio' ? Style.Percent : Style.Money);
    }
    row++;
  }
  sheet.value(row++, 0, 'Sources', Style.Bold);
  for (const source of report.sources) sheet.value(row++, 0, source);
}

/**
 * How a column of the report's tables (tables.ts, whose names the CSV files keep) reads on the
 * Uncertainty sheet: its heading, and the style of its figures; `metric` and `kind` take the style
 * from the row's own figure (a row of NPVs is money, a row of IRRs a percent).
 */
const UNCERTAINTY_COLUMNS: Record<string, { label: string; style?: Style | 'metric' | 'kind' }> = {
  trials: { label: 'Trials', style: Style.Integer },
  seed: { label: 'Seed', style: Style.Integer },
  scenario: { label: 'Case' },
  period: { label: 'Period' },
  metric: { label: 'Figure' },
  investment: { label: 'Investment' },
  target: { label: 'Outcome' },
  probabilityOperatingLoss: { label: 'Chance of an operating loss', style: Style.Percent },
  p5: { label: 'P5', style: 'metric' },
  p10: { label: 'P10', style: 'metric' },
  p50: { label: 'Median (P50)', style: 'metric' },
  p90: { label: 'P90', style: 'metric' },
  p95: { label: 'P95', style: 'metric' },
  mean: { label: 'Mean', style: 'metric' },
  probabilityNegativeNpv: { label: 'Chance NPV < 0', style: Style.Percent },
  irrUndefinedShare: { label: 'Share of trials without an IRR', style: Style.Percent },
  paybackNeverShare: { label: 'Share of trials never paid back', style: Style.Percent },
  pointOutput: { label: 'Point estimate', style: Style.Money },
  label: { label: 'Input' },
  input: { label: 'Path in the file' },
  line: { label: 'Line', style: Style.Integer },
  column: { label: 'Column', style: Style.Integer },
  kind: { label: 'Kind of input' },
  low: { label: 'Low end', style: 'kind' },
  high: { label: 'High end', style: 'kind' },
  outputAtLow: { label: 'Outcome at the low end', style: Style.Money },
  outputAtHigh: { label: 'Outcome at the high end', style: Style.Money },
  swing: { label: 'Swing', style: Style.Money },
  benefitsChangeForZeroNpv: { label: 'Change of benefits that gives NPV 0', style: Style.Percent },
  costsChangeForZeroNpv: { label: 'Change of costs that gives NPV 0', style: Style.Percent },
  revenueChangeForZeroOperatingProfit: {
    label: 'Change of revenue that gives operating profit 0',
    style: Style.Percent,
  },
};

/** An investment's figures in the report's tables; the per-period ones are the metric table's (METRICS). */
const INVESTMENT_FIGURES: Record<string, { label: string; style: Style }> = {
  npv: { label: 'NPV', style: Style.Money },
  irr: { label: 'IRR', style: Style.Percent },
  paybackPeriods: { label: 'Payback (periods)', style: Style.Decimal },
};

/** A figure of the report's tables by name, as a person reads it, and the style of its values. */
function figureOf(name: string): { label: string; style: Style } | undefined {
  const metric = metricInfo(name);
  if (!metric) return INVESTMENT_FIGURES[name];
  const style =
    metric.kind === 'ratio' ? Style.Percent : metric.kind === 'money' ? Style.Money : Style.Decimal;
  return { label: metric.label, style };
}

/** The simulation, sensitivity and break-even tables, as values, headed and formatted for people. */
function uncertaintySheet(sheet: Sheet, report: CaseReport, sections: UncertaintySections): void {
  sheet.value(0, 0, 'Uncertainty, sensitivity and break-even', Style.Title);
  sheet.value(
    1,
    0,
    `Values from the case\u2019s seeded simulation and one-at-a-time sensitivity: the same numbers as the preview and \`itcase report\`. They are not formulas. Money in ${report.currency}${UNIT_WORD[report.unit] ?? ''}.`,
    Style.Note,
  );
  let row = 3;
  let widest = 1;
  for (const table of reportTables(report, sections)) {
    if (!/^(uncertainty|sensitivity|break-even)/.test(table.id) || table.id === 'uncertainty-npv-histogram')
      continue;
    sheet.value(row++, 0, table.title, Style.Bold);
    const columns = table.columns.map((name) => UNCERTAINTY_COLUMNS[name] ?? { label: name });
    columns.forEach((column, c) => sheet.value(row, c, column.label, Style.Header));
    row++;
    const metricAt = table.columns.findIndex((name) => name === 'metric' || name === 'target');
    const kindAt = table.columns.indexOf('kind');
    for (const cells of table.rows) {
      const figure = figureOf(String(cells[metricAt] ?? ''));
      const kind = cells[kindAt];
      cells.forEach((cell, c) => {
        const name = table.columns[c]!;
        const { style } = columns[c]!;
        if (name === 'scenario') sheet.value(row, c, cell ?? 'Base case');
        else if (name === 'metric' || name === 'target') sheet.value(row, c, figure?.label ?? cell);
        else if (style === 'metric') sheet.value(row, c, cell, figure?.style ?? Style.Default);
        else if (style === 'kind') sheet.value(row, c, cell, kind === 'money' ? Style.Money : Style.Percent);
        else sheet.value(row, c, cell, style);
      });
      row++;
    }
    widest = Math.max(widest, table.columns.length);
    row++;
  }
  sheet.widths = [34, ...Array.from({ length: widest - 1 }, () => 16)];
}

/** The workbook of a case as the bytes of an .xlsx file. */
export function xlsxWorkbook(source: WorkbookSource): Uint8Array {
  const { report, model, sections } = source;
  const taken = new Set<string>();
  const inputs = new Sheet(sheetName('Inputs', taken));
  const layout = inputsSheet(inputs, report, model);
  const inputRef = (row: number) => (p: number) => inputs.ref(row, p + 1);
  const sum = (rows: readonly number[], p: number): string | null =>
    rows.length === 0
      ? null
      : rows.length === 1
        ? inputs.ref(rows[0]!, p + 1)
        : `SUM(${rows.map((r) => inputs.ref(r, p + 1)).join(',')})`;
  const employees = layout.employees === null ? null : inputRef(layout.employees);

  const base = new Sheet(sheetName('Base case', taken));
  const baseOperatingProfit = periodSheet(
    base,
    `${report.title}: base case`,
    report,
    report.base,
    {
      revenue: inputRef(layout.revenue),
      grossMargin: inputRef(layout.grossMargin),
      fixedCosts: (p) => sum(layout.fixedCosts, p),
      itSpend: (p) => sum(layout.itSpend, p),
      grossMarginValue: model.grossMargin,
    },
    employees,
    null,
    null,
  );

  const scenarioSheets = report.scenarios.map((scenario, i) => {
    const sheet = new Sheet(sheetName(`Scenario ${i + 1} - ${scenario.name}`, taken));
    const rows = layout.scenarios[i]!;
    const resolved = model.scenarios[i]!;
    const scaled = (lines: number[], changeRow: number) => (p: number) => {
      const total = sum(lines, p);
      return total === null ? null : `${total}*(1+${inputs.ref(changeRow, p + 1)})`;
    };
    periodSheet(
      sheet,
      `Scenario: ${scenario.name}`,
      report,
      scenario,
      {
        revenue: (p) => `${inputs.ref(layout.revenue, p + 1)}*(1+${inputs.ref(rows.revenueChange, p + 1)})`,
        grossMargin: inputRef(rows.grossMargin ?? layout.grossMargin),
        fixedCosts: scaled(layout.fixedCosts, rows.fixedCostsChange),
        itSpend: scaled(layout.itSpend, rows.itSpendChange),
        grossMarginValue: resolved.grossMargin ?? model.grossMargin,
      },
      employees,
      { sheet: base, operatingProfitRow: baseOperatingProfit },
      scenario.operatingProfitChange,
    );
    return sheet;
  });

  const investmentSheets = report.investments.map((investment, i) => {
    const sheet = new Sheet(sheetName(`Investment ${i + 1} - ${investment.name}`, taken));
    investmentSheet(
      sheet,
      investment,
      model.investments[i]!,
      inputs,
      layout.investments[i]!,
      report.periods,
      report.currency,
      report.unit,
    );
    return sheet;
  });

  const benchmarks = new Sheet(sheetName('Benchmarks and sources', taken));
  benchmarksSheet(benchmarks, report);
  const risk = sections ? new Sheet(sheetName('Uncertainty', taken)) : null;
  if (risk && sections) uncertaintySheet(risk, report, sections);

  const sheets = [inputs, base, ...scenarioSheets, ...investmentSheets, benchmarks, ...(risk ? [risk] : [])];
  const lastPeriod = columnName(report.periods.length);
  const names: [string, string][] = [
    ['DiscountRate', inputs.ref(layout.discountRate, 1, true)],
    ['Revenue', `${quoteSheet(inputs.name)}!$B$${layout.revenue + 1}:$${lastPeriod}$${layout.revenue + 1}`],
    [
      'GrossMargin',
      `${quoteSheet(inputs.name)}!$B$${layout.grossMargin + 1}:$${lastPeriod}$${layout.grossMargin + 1}`,
    ],
  ];
  return packWorkbook(sheets, names, report.title);
}

// ---------------------------------------------------------------------------------------------
// SpreadsheetML
// ---------------------------------------------------------------------------------------------

/**
 * Text for an XML element or attribute. Characters XML 1.0 cannot hold (most C0 controls) are
 * written as Excel's `_xHHHH_` escapes, and a literal `_xHHHH_` in the text has its underscore
 * escaped so Excel does not decode it; a lone surrogate becomes U+FFFD.
 */
export function xmlText(text: string): string {
  return text
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/_(x[0-9a-fA-F]{4}_)/g, '_x005F_$1')
    .replace(NOT_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 cannot hold
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Excel holds at most 32,767 characters in a cell. */
const MAX_CELL_TEXT = 32767;

function cellXml(row: number, col: number, cell: Cell): string {
  const r = cellRef(row, col);
  const s = cell.style === Style.Default ? '' : ` s="${cell.style}"`;
  if (cell.kind === 'value') {
    if (typeof cell.value === 'number') return `<c r="${r}"${s}><v>${cell.value}</v></c>`;
    const text =
      cell.value.length > MAX_CELL_TEXT ? `${cell.value.slice(0, MAX_CELL_TEXT - 1)}\u2026` : cell.value;
    return `<c r="${r}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`;
  }
  const f = `<f>${xmlText(cell.formula)}</f>`;
  if (typeof cell.cached === 'number') return `<c r="${r}"${s}>${f}<v>${cell.cached}</v></c>`;
  return `<c r="${r}"${s} t="str">${f}<v>${xmlText(cell.cached ?? '')}</v></c>`;
}

function sheetXml(sheet: Sheet): string {
  const rows = [...sheet.rows.entries()].sort((a, b) => a[0] - b[0]);
  const data = rows
    .map(([row, cells]) => {
      const xml = [...cells.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([col, cell]) => cellXml(row, col, cell))
        .join('');
      return `<row r="${row + 1}">${xml}</row>`;
    })
    .join('');
  const freeze = sheet.freeze
    ? `<pane xSplit="${sheet.freeze.cols}" ySplit="${sheet.freeze.rows}" topLeftCell="${cellRef(sheet.freeze.rows, sheet.freeze.cols)}" activePane="bottomRight" state="frozen"/>`
    : '';
  const cols = sheet.widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  return (
    XML_HEADER +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<sheetViews><sheetView workbookViewId="0">${freeze}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${data}</sheetData>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup orientation="landscape" fitToHeight="0"/>` +
    `</worksheet>`
  );
}

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Number formats, fonts and the cell styles `Style` names, in its order. */
const STYLES_XML =
  XML_HEADER +
  `<styleSheet xmlns="${MAIN_NS}">` +
  `<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00####"/></numFmts>` +
  `<fonts count="5">` +
  `<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
  `<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
  `<font><sz val="11"/><color rgb="FF0000FF"/><name val="Calibri"/><family val="2"/></font>` +
  `<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>` +
  `<font><i/><sz val="10"/><color rgb="FF595959"/><name val="Calibri"/><family val="2"/></font>` +
  `</fonts>` +
  `<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
  `<fill><patternFill patternType="solid"><fgColor rgb="FFE7EEF7"/><bgColor indexed="64"/></patternFill></fill></fills>` +
  `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>` +
  `<border><left/><right/><top/><bottom style="thin"><color rgb="FF8EA9C8"/></bottom><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="12">` +
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
  `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="164" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>` +
  `<xf numFmtId="10" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>` +
  `<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
  `<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="3" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>` +
  `<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="0" fontId="4" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
  `<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1"/>` +
  `</cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `</styleSheet>`;

function packWorkbook(sheets: Sheet[], names: [string, string][], title: string): Uint8Array {
  const files: Zippable = {};
  const put = (path: string, xml: string) => {
    files[path] = utf8(xml);
  };
  put(
    '[Content_Types].xml',
    XML_HEADER +
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('') +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
      `</Types>`,
  );
  put(
    '_rels/.rels',
    XML_HEADER +
      `<Relationships xmlns="${PKG_REL_NS}">` +
      `<Relationship Id="rId1" Type="${DOC_REL}/officeDocument" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
      `</Relationships>`,
  );
  put(
    'docProps/core.xml',
    XML_HEADER +
      `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
      `<dc:title>${xmlText(title)}</dc:title><dc:creator>itcase</dc:creator>` +
      `</cp:coreProperties>`,
  );
  put(
    'xl/workbook.xml',
    XML_HEADER +
      `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
      `<bookViews><workbookView activeTab="0"/></bookViews>` +
      `<sheets>${sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>` +
      `<definedNames>${names.map(([name, ref]) => `<definedName name="${name}">${xmlText(ref)}</definedName>`).join('')}</definedNames>` +
      // Recalculate on open: the cached values are the report's, and Excel confirms them.
      `<calcPr calcId="191029" fullCalcOnLoad="1"/>` +
      `</workbook>`,
  );
  put(
    'xl/_rels/workbook.xml.rels',
    XML_HEADER +
      `<Relationships xmlns="${PKG_REL_NS}">` +
      sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${DOC_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('') +
      `<Relationship Id="rId${sheets.length + 1}" Type="${DOC_REL}/styles" Target="styles.xml"/>` +
      `</Relationships>`,
  );
  put('xl/styles.xml', STYLES_XML);
  sheets.forEach((sheet, i) => put(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(sheet)));
  // A fixed time stamp: the same case gives the same bytes.
  return zipSync(files, { level: 6, mtime: new Date(1980, 0, 1) });
}
