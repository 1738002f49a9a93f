/** The table of a scenario tab: key metrics of the base case and the scenario, and the change. */
import {
  formatMoney,
  formatMultiple,
  formatPercent,
  formatPointChange,
  formatSignedMultiple,
  formatSignedPercent,
  relativeChange,
} from '../../src/core/format';
import { METRICS, type MetricKind } from '../../src/core/present/metrics';
import type { CaseReport, MetricKey, ScenarioReport } from '../../src/core/report';

export interface ComparisonRow {
  metric: MetricKey;
  label: string;
  base: string;
  scenario: string;
  change: string;
  /** Sign of the change, for styling; null when undefined. */
  direction: 'up' | 'down' | 'flat' | null;
}

export interface ScenarioComparison {
  name: string;
  period: string;
  /** "Revenue −10% → operating profit −43.08%": the scenario in one line. */
  summary: string;
  rows: ComparisonRow[];
}

type Kind = MetricKind;

/** The metrics a scenario is compared on: all but the per-employee ones (employees do not change). */
const ROWS: readonly { metric: MetricKey; label: string; kind: Kind }[] = METRICS.filter(
  (m) => m.kind !== 'moneyPerEmployee',
).map((m) => ({ metric: m.key, label: m.label, kind: m.kind }));

export function scenarioComparison(
  report: CaseReport,
  scenario: ScenarioReport,
  period = report.periods.length - 1,
): ScenarioComparison {
  const { unit, currency } = report;
  const format = (kind: Kind, value: number | null) =>
    kind === 'money'
      ? formatMoney(value, unit, currency)
      : kind === 'ratio'
        ? formatPercent(value)
        : formatMultiple(value);
  const rows = ROWS.map(({ metric, label, kind }): ComparisonRow => {
    const base = report.base[metric][period] ?? null;
    const value = scenario[metric][period] ?? null;
    let change: number | null = null;
    let text = '—';
    if (base !== null && value !== null) {
      if (kind === 'money') {
        change = relativeChange(base, value);
        text = change === null ? '—' : formatSignedPercent(change);
      } else {
        change = value - base;
        text = kind === 'ratio' ? formatPointChange(change) : formatSignedMultiple(change);
      }
      if (metric === 'operatingProfit') {
        change = scenario.operatingProfitChange[period] ?? change;
        text = change === null ? '—' : formatSignedPercent(change);
      }
    }
    return {
      metric,
      label,
      base: format(kind, base),
      scenario: format(kind, value),
      change: text,
      direction: change === null ? null : Math.abs(change) < 1e-12 ? 'flat' : change > 0 ? 'up' : 'down',
    };
  });
  const revenueChange = relativeChange(report.base.revenue[period], scenario.revenue[period]);
  const profitChange = scenario.operatingProfitChange[period] ?? null;
  return {
    name: scenario.name,
    period: report.periods[period] ?? '',
    summary: `Revenue ${formatSignedPercent(revenueChange ?? 0)} → operating profit ${formatSignedPercent(profitChange)}`,
    rows,
  };
}
