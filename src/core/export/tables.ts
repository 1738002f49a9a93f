/**
 * The report as flat tables: one per CSV file, and the static sheets of the workbook. Every cell
 * is a figure of the report as it is (full precision, money in the case's unit, ratios as
 * fractions, null where undefined) or a label from the file; nothing is computed here.
 */
import type { CaseReport, PercentileSummary, UncertaintySections } from '../report';

export type TableCell = string | number | null;

export interface ReportTable {
  /** File stem: lower case letters, digits and hyphens only (`base-case`, `scenario-1-sales-fall-10`). */
  id: string;
  /** What a person calls it. */
  title: string;
  columns: string[];
  rows: TableCell[][];
}

/** The report figures of one period, in the report's order and with its names. */
const PERIOD_METRICS = [
  'revenue',
  'grossProfit',
  'fixedCosts',
  'itSpend',
  'operatingProfit',
  'operatingMargin',
  'itSpendShareOfRevenue',
  'revenuePerEmployee',
  'itSpendPerEmployee',
  'breakEvenRevenue',
  'operatingLeverage',
] as const;

const PERCENTILES = ['p5', 'p10', 'p50', 'p90', 'p95', 'mean'] as const;

const percentileCells = (s: PercentileSummary): TableCell[] => PERCENTILES.map((k) => s[k]);

/**
 * A file-name-safe slug of a name from the file: ASCII letters and digits, hyphens between words,
 * at most 40 characters; never empty, never a path.
 */
export function slug(name: string): string {
  const text = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return text;
}

/** `scenario-2-sales-grow-5`: numbered from 1 so two names with the same slug stay apart. */
function numbered(prefix: string, index: number, name: string): string {
  const s = slug(name);
  return s ? `${prefix}-${index + 1}-${s}` : `${prefix}-${index + 1}`;
}

/** Every table of the report, in reading order; the uncertainty tables only when `sections` has them. */
export function reportTables(report: CaseReport, sections: UncertaintySections | null): ReportTable[] {
  const tables: ReportTable[] = [];
  // What every other file's figures are in: a CSV file has no place for it but a table of its own.
  tables.push({
    id: 'case',
    title: 'Case',
    columns: ['field', 'value'],
    rows: [
      ['title', report.title],
      ['company', report.company.name],
      ['industry', report.company.industry],
      ['currency', report.currency],
      ['unit', report.unit],
      ['money', report.unit === 'one' ? `in ${report.currency}` : `in ${report.currency} ${report.unit}s`],
      ['ratios', 'as fractions: 0.05 is 5%'],
      ['discountRate', report.discountRate],
      ['periods', report.periods.join(', ')],
    ],
  });
  tables.push({
    id: 'base-case',
    title: 'Base case',
    columns: ['period', ...PERIOD_METRICS],
    rows: report.periods.map((period, p) => [
      period,
      ...PERIOD_METRICS.map((k) => report.base[k][p] ?? null),
    ]),
  });
  tables.push({
    id: 'it-spend-lines',
    title: 'IT spend lines',
    columns: ['line', 'kind', 'type', 'note', 'period', 'amount'],
    rows: report.itSpendLines.flatMap((line) =>
      line.values.map((amount, p): TableCell[] => [
        line.name,
        line.kind,
        line.type,
        line.note,
        report.periods[p] ?? null,
        amount,
      ]),
    ),
  });
  report.scenarios.forEach((scenario, i) => {
    tables.push({
      id: numbered('scenario', i, scenario.name),
      title: `Scenario: ${scenario.name}`,
      columns: ['period', ...PERIOD_METRICS, 'operatingProfitChange'],
      rows: report.periods.map((period, p) => [
        period,
        ...PERIOD_METRICS.map((k) => scenario[k][p] ?? null),
        scenario.operatingProfitChange[p] ?? null,
      ]),
    });
  });
  tables.push({
    id: 'investments',
    title: 'Investments',
    columns: [
      'investment',
      'discountRate',
      'npv',
      'irr',
      'mirr',
      'paybackPeriods',
      'discountedPaybackPeriods',
      'roi',
    ],
    rows: report.investments.map((inv) => [
      inv.name,
      inv.discountRate,
      inv.npv,
      inv.irr,
      inv.mirr,
      inv.paybackPeriods,
      inv.discountedPaybackPeriods,
      inv.roi,
    ]),
  });
  tables.push({
    id: 'investment-cashflows',
    title: 'Investment cash flows',
    columns: ['investment', 't', 'period', 'cashflow'],
    rows: report.investments.flatMap((inv) =>
      inv.cashflows.map((flow, t): TableCell[] => [
        inv.name,
        t,
        inv.cashflows.length === report.periods.length ? (report.periods[t] ?? null) : null,
        flow,
      ]),
    ),
  });
  tables.push({
    id: 'benchmarks',
    title: 'Benchmarks',
    columns: ['id', 'title', 'metric', 'unit', 'currency', 'year', 'source', 'label', 'value'],
    rows: report.benchmarks.flatMap((b) =>
      Object.entries(b.values).map(([label, value]): TableCell[] => [
        b.id,
        b.title,
        b.metric,
        b.unit,
        b.currency,
        b.year,
        b.source,
        label,
        value,
      ]),
    ),
  });
  tables.push({ id: 'sources', title: 'Sources', columns: ['source'], rows: report.sources.map((s) => [s]) });
  if (!sections) return tables;
  const { uncertainty, sensitivity, breakEven } = sections;
  if (uncertainty) {
    const cases = [{ name: null as string | null, ...uncertainty.base }, ...uncertainty.scenarios];
    tables.push(
      {
        id: 'uncertainty-simulation',
        title: 'Simulation',
        columns: ['trials', 'seed'],
        rows: [[uncertainty.trials, uncertainty.seed]],
      },
      {
        id: 'uncertainty-periods',
        title: 'Uncertainty: operating loss per period',
        columns: ['scenario', 'period', 'probabilityOperatingLoss'],
        rows: cases.flatMap((c) =>
          report.periods.map((period, p): TableCell[] => [
            c.name,
            period,
            c.probabilityOperatingLoss[p] ?? null,
          ]),
        ),
      },
      {
        id: 'uncertainty-period-percentiles',
        title: 'Uncertainty: operating profit and margin per period',
        columns: ['scenario', 'period', 'metric', ...PERCENTILES],
        rows: cases.flatMap((c) =>
          (['operatingProfit', 'operatingMargin'] as const).flatMap((metric) =>
            report.periods.map((period, p): TableCell[] => {
              const s = c[metric][p];
              return [c.name, period, metric, ...(s ? percentileCells(s) : PERCENTILES.map(() => null))];
            }),
          ),
        ),
      },
      {
        id: 'uncertainty-investments',
        title: 'Uncertainty: investments',
        columns: ['investment', 'probabilityNegativeNpv', 'irrUndefinedShare', 'paybackNeverShare'],
        rows: uncertainty.investments.map((inv) => [
          inv.name,
          inv.probabilityNegativeNpv,
          inv.irr.undefinedShare,
          inv.paybackPeriods.neverShare,
        ]),
      },
      {
        id: 'uncertainty-investment-percentiles',
        title: 'Uncertainty: NPV, IRR and payback of the investments',
        columns: ['investment', 'metric', ...PERCENTILES],
        rows: uncertainty.investments.flatMap((inv) => [
          [inv.name, 'npv', ...percentileCells(inv.npv)],
          [inv.name, 'irr', ...percentileCells(inv.irr)],
          [inv.name, 'paybackPeriods', ...percentileCells(inv.paybackPeriods)],
        ]),
      },
      {
        id: 'uncertainty-npv-histogram',
        title: 'Uncertainty: NPV histogram',
        columns: ['investment', 'binStart', 'binEnd', 'trials'],
        rows: uncertainty.investments.flatMap((inv) =>
          inv.npvHistogram.counts.map((count, k): TableCell[] => [
            inv.name,
            inv.npvHistogram.start + k * inv.npvHistogram.width,
            inv.npvHistogram.start + (k + 1) * inv.npvHistogram.width,
            count,
          ]),
        ),
      },
    );
  }
  tables.push(
    {
      id: 'sensitivity',
      title: 'Sensitivity (one input at a time)',
      columns: [
        'target',
        'investment',
        'period',
        'pointOutput',
        'label',
        'input',
        'line',
        'column',
        'kind',
        'low',
        'high',
        'outputAtLow',
        'outputAtHigh',
        'swing',
      ],
      rows: sensitivity.flatMap((t) =>
        t.inputs.map((input): TableCell[] => [
          t.target,
          t.target === 'npv' ? t.investment : null,
          t.target === 'operatingProfit' ? t.period : null,
          t.pointOutput,
          input.label,
          input.path,
          input.line,
          input.column,
          input.kind,
          input.low,
          input.high,
          input.outputAtLow,
          input.outputAtHigh,
          input.swing,
        ]),
      ),
    },
    {
      id: 'break-even-investments',
      title: 'Break-even: investments',
      columns: ['investment', 'benefitsChangeForZeroNpv', 'costsChangeForZeroNpv'],
      rows: breakEven.investments.map((b) => [b.name, b.benefitsChangeForZeroNpv, b.costsChangeForZeroNpv]),
    },
    {
      id: 'break-even-base',
      title: 'Break-even: base case',
      columns: ['period', 'revenueChangeForZeroOperatingProfit'],
      rows: report.periods.map((period, p) => [
        period,
        breakEven.base.revenueChangeForZeroOperatingProfit[p] ?? null,
      ]),
    },
  );
  return tables;
}
