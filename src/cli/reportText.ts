/** The report as readable tables for a terminal. */
import {
  amountDigits,
  columnMoneyDigits,
  formatMultiple,
  formatNumber,
  formatPercent,
  formatPeriods,
  formatScaled,
  formatSignedPercent,
  moneyUnitLabel,
} from '../core/format';
import {
  benchmarkBars,
  benchmarkUnitLabel,
  caseBarLabel,
  caseNote,
} from '../core/present/benchmarkComparison';
import { itSpendMix, itSpendMixSentence } from '../core/present/itSpendMix';
import { METRICS, metricUnitLabel, type MetricKind } from '../core/present/metrics';
import type { CaseReport, PeriodMetrics } from '../core/report';
import { table, type Align, type Cell } from './table';
import { tableMoney } from './tableMoney';
import { terminalSafe } from './terminalText';

type Row = [string, ...Cell[]];

/** A percent of a base-case or scenario table: margins, shares and the change against the base. */
const percentFigure = (text: string): Cell => ({ text, digits: 2, unit: '%' });

/**
 * The rows of a base case or scenario: each figure with its own unit in its row (money in the case's
 * unit, per employee in a suffix that reads, ratios as percents). Each unit keeps its own precision:
 * its figures all have as many decimals as its most precise one in the table (money `100` when every
 * amount is whole, `90.0` beside a `22.5`; multiples always `5.0×`), so a row reads alike across the
 * periods and no figure takes decimals from another unit; decimal points line up in each column.
 */
function metricRows(m: PeriodMetrics, currency: string, unit: string): Row[] {
  // A third decimal where two would leave one significant digit: 0.076 (billion), not 0.08.
  const money = (v: number | null): Cell => {
    const digits = columnMoneyDigits(v);
    return { text: formatNumber(v, digits), digits, unit: 'money' };
  };
  const cell: Record<MetricKind, (v: number | null) => Cell> = {
    money,
    ratio: (v) => percentFigure(formatPercent(v)),
    moneyPerEmployee: (v) => ({
      text: v === null ? '—' : formatScaled(v, unit),
      digits: 2,
      unit: 'per employee',
    }),
    multiple: (v) => ({ text: formatMultiple(v), digits: 1, unit: '×' }),
  };
  return METRICS.map(({ key, label, kind }): Row => [
    label,
    metricUnitLabel(kind, currency, unit),
    ...m[key].map(cell[kind]),
  ]);
}

/**
 * The report as text. Everything from the file (title, names, labels, sources, messages) is written
 * through `terminalSafe`: a control character in the file cannot break a line or reach the terminal.
 */
export function reportText(report: CaseReport): string {
  const head: Row = ['', 'Unit', ...report.periods];
  const align: Align[] = ['left', 'left', ...report.periods.map((): Align => 'decimal')];
  const out: string[] = [];
  /** Lines of text, each made terminal-safe; tables are pushed to `out` as they are (already safe). */
  const line = (...texts: string[]) => out.push(...texts.map(terminalSafe));
  line(`${report.title}`);
  line(
    `${report.company.name}${report.company.industry ? ` (${report.company.industry})` : ''} · discount rate ${formatPercent(report.discountRate)}`,
  );
  line('', 'Base case');
  out.push(table([head, ...metricRows(report.base, report.currency, report.unit)], align));
  itSpendLines(report, line, out);
  for (const scenario of report.scenarios) {
    line('', `Scenario: ${scenario.name}`);
    if (scenario.note !== null) line(scenario.note);
    out.push(
      table(
        [
          head,
          ...metricRows(scenario, report.currency, report.unit),
          [
            'Operating profit vs base',
            '%',
            ...scenario.operatingProfitChange.map((v) => percentFigure(formatSignedPercent(v, 2))),
          ],
        ],
        align,
      ),
    );
  }
  if (report.investments.length > 0) {
    line('', 'Investments');
    // In the unit the uncertainty tables below give the same NPVs in (USD 80.56M, not USD 0.081B).
    const npv = tableMoney(
      report.investments.map((inv) => inv.npv),
      report.unit,
      report.currency,
    );
    out.push(
      table([
        ['Investment', 'NPV', 'IRR', 'MIRR', 'Payback', 'Discounted payback', 'ROI'],
        ...report.investments.map((inv): Row => [
          inv.name,
          npv(inv.npv),
          formatPercent(inv.irr),
          formatPercent(inv.mirr),
          formatPeriods(inv.paybackPeriods),
          formatPeriods(inv.discountedPaybackPeriods),
          formatPercent(inv.roi),
        ]),
      ]),
    );
    for (const inv of report.investments) if (inv.note !== null) line(`${inv.name}: ${inv.note}`);
  }
  for (const b of report.benchmarks) {
    // The title names its year already, most of the time: say it only when it does not.
    const year = b.year !== null && !b.title.includes(String(b.year)) ? `, ${b.year}` : '';
    line('', `Benchmark: ${b.title} (${b.metric}${year})`);
    const valueUnit = benchmarkUnitLabel(b);
    // The case's own value among the benchmark's, where the preview's chart puts its bar.
    const rows = benchmarkBars(b, (period) => `${caseBarLabel(report)}, ${period}`);
    out.push(
      table(
        [
          ['Label', 'Value', 'Unit'],
          ...rows.map(({ label, value }): Row => [
            label,
            b.unit === 'ratio'
              ? { text: formatPercent(value), digits: 2 }
              : { text: formatNumber(value, amountDigits(value)), digits: amountDigits(value) },
            valueUnit,
          ]),
        ],
        ['left', 'decimal', 'left'],
      ),
    );
    const note = caseNote(b.comparison);
    if (note) line(note);
    line(`Source: ${b.source}`);
    if (b.note !== null) line(`Note: ${b.note}`);
  }
  const warnings = report.diagnostics.filter((d) => d.severity === 'warning');
  if (warnings.length > 0) {
    line('', 'Warnings');
    for (const w of warnings) line(`  line ${w.line}: ${w.message}`);
  }
  return out.join('\n') + '\n';
}

/**
 * The IT spend lines, when any says its kind (run, grow, transform), type (opex, capex) or a note:
 * each line with its kind and type, the notes, then the mix of the latest period in a sentence.
 */
function itSpendLines(report: CaseReport, line: (...texts: string[]) => void, out: string[]): void {
  const lines = report.itSpendLines;
  const mix = itSpendMix(lines);
  if (!lines.some((l) => l.kind !== null || l.type !== null || l.note !== null)) return;
  const moneyUnit = moneyUnitLabel(report.currency, report.unit);
  line('', 'IT spend by line');
  out.push(
    table(
      [
        ['Line', 'Kind', 'Type', 'Unit', ...report.periods],
        ...lines.map((l): Row => [
          l.name,
          l.kind ?? '—',
          l.type ?? '—',
          moneyUnit,
          ...l.values.map((v): Cell => {
            const digits = columnMoneyDigits(v);
            return { text: formatNumber(v, digits), digits, unit: 'money' };
          }),
        ]),
      ],
      ['left', 'left', 'left', 'left', ...report.periods.map((): Align => 'decimal')],
    ),
  );
  for (const l of lines) if (l.note !== null) line(`${l.name}: ${l.note}`);
  if (mix) line(itSpendMixSentence(mix, report.periods));
}
