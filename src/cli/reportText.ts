/** The report as readable tables for a terminal. */
import {
  formatMoney,
  formatMultiple,
  formatNumber,
  formatPercent,
  formatPeriods,
  formatScaled,
} from '../core/format';
import type { CaseReport, PeriodMetrics } from '../core/report';
import { table } from './table';
import { terminalSafe } from './terminalText';

type Row = [string, ...string[]];

function metricRows(m: PeriodMetrics, money: (v: number | null) => string, unit: string): Row[] {
  const perHead = (v: number | null) => (v === null ? '—' : formatScaled(v, unit));
  return [
    ['Revenue', ...m.revenue.map(money)],
    ['Gross profit', ...m.grossProfit.map(money)],
    ['Fixed costs', ...m.fixedCosts.map(money)],
    ['IT spend', ...m.itSpend.map(money)],
    ['Operating profit', ...m.operatingProfit.map(money)],
    ['Operating margin', ...m.operatingMargin.map((v) => formatPercent(v))],
    ['IT spend / revenue', ...m.itSpendShareOfRevenue.map((v) => formatPercent(v))],
    ['Revenue / employee', ...m.revenuePerEmployee.map(perHead)],
    ['IT spend / employee', ...m.itSpendPerEmployee.map(perHead)],
    ['Break-even revenue', ...m.breakEvenRevenue.map(money)],
    ['Operating leverage', ...m.operatingLeverage.map(formatMultiple)],
  ];
}

/**
 * The report as text. Everything from the file (title, names, labels, sources, messages) is written
 * through `terminalSafe`: a control character in the file cannot break a line or reach the terminal.
 */
export function reportText(report: CaseReport): string {
  const money = (v: number | null) => formatNumber(v);
  const head: Row = [
    `${report.currency}, ${report.unit === 'one' ? 'units' : `${report.unit}s`}`,
    ...report.periods,
  ];
  const out: string[] = [];
  /** Lines of text, each made terminal-safe; tables are pushed to `out` as they are (already safe). */
  const line = (...texts: string[]) => out.push(...texts.map(terminalSafe));
  line(`${report.title}`);
  line(
    `${report.company.name}${report.company.industry ? ` (${report.company.industry})` : ''} · discount rate ${formatPercent(report.discountRate)}`,
  );
  line('', 'Base case');
  out.push(table([head, ...metricRows(report.base, money, report.unit)]));
  for (const scenario of report.scenarios) {
    line('', `Scenario: ${scenario.name}`);
    out.push(
      table([
        head,
        ...metricRows(scenario, money, report.unit),
        ['Operating profit vs base', ...scenario.operatingProfitChange.map((v) => formatPercent(v))],
      ]),
    );
  }
  if (report.investments.length > 0) {
    line('', 'Investments');
    out.push(
      table([
        ['Investment', 'NPV', 'IRR', 'MIRR', 'Payback', 'Discounted payback', 'ROI'],
        ...report.investments.map((inv): Row => [
          inv.name,
          formatMoney(inv.npv, report.unit, report.currency),
          formatPercent(inv.irr),
          formatPercent(inv.mirr),
          formatPeriods(inv.paybackPeriods),
          formatPeriods(inv.discountedPaybackPeriods),
          formatPercent(inv.roi),
        ]),
      ]),
    );
  }
  for (const b of report.benchmarks) {
    line('', `Benchmark: ${b.title} (${b.metric}${b.year ? `, ${b.year}` : ''})`);
    out.push(
      table([
        ['Label', `Value${b.unit ? ` (${b.currency ? `${b.currency}, ` : ''}${b.unit})` : ''}`],
        ...Object.entries(b.values).map(([label, v]): Row => [
          label,
          b.unit === 'ratio' ? formatPercent(v) : formatNumber(v),
        ]),
      ]),
    );
    line(`Source: ${b.source}`);
  }
  const warnings = report.diagnostics.filter((d) => d.severity === 'warning');
  if (warnings.length > 0) {
    line('', 'Warnings');
    for (const w of warnings) line(`  line ${w.line}: ${w.message}`);
  }
  return out.join('\n') + '\n';
}
