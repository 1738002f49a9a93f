/** The key-figure cards: each metric of the latest period, and how it moved since the first. */
import {
  formatMoney,
  formatMultiple,
  formatPerEmployee,
  formatPercent,
  formatPointChange,
  formatSignedMultiple,
  formatSignedPercent,
  relativeChange,
} from '../../src/core/format';
import type { CaseReport } from '../../src/core/report';

export type FigureId =
  | 'revenue'
  | 'operatingProfit'
  | 'operatingMargin'
  | 'itSpend'
  | 'itSpendShare'
  | 'revenuePerEmployee'
  | 'operatingLeverage'
  | 'breakEvenRevenue';

export interface KeyFigure {
  id: FigureId;
  label: string;
  value: string;
  /** "+0.21 pp vs FY2012"; null with one period or when either end is undefined. */
  delta: string | null;
  trend: 'up' | 'down' | 'flat' | null;
  /** One line of context under the value, or null. */
  note: string | null;
  /** Source link keys, most relevant first. */
  links: string[];
}

type Series = readonly (number | null)[];
type DeltaKind = 'relative' | 'points' | 'multiple';

export function keyFigures(report: CaseReport): KeyFigure[] {
  const { base, unit, currency, periods } = report;
  const lastIndex = periods.length - 1;
  const firstLabel = periods[0] ?? '';
  const money = (v: number | null | undefined) => formatMoney(v, unit, currency);
  const latest = (series: Series) => series[lastIndex] ?? null;

  const figure = (
    id: FigureId,
    label: string,
    series: Series,
    format: (v: number | null) => string,
    deltaKind: DeltaKind,
    links: string[],
    note: string | null = null,
  ): KeyFigure => {
    const first = series[0] ?? null;
    const last = latest(series);
    let change: number | null = null;
    let delta: string | null = null;
    if (periods.length > 1 && first !== null && last !== null) {
      if (deltaKind === 'relative') {
        change = relativeChange(first, last);
        delta = change === null ? null : formatSignedPercent(change);
      } else {
        change = last - first;
        delta = deltaKind === 'points' ? formatPointChange(change) : formatSignedMultiple(change);
      }
    }
    return {
      id,
      label,
      value: format(last),
      delta: delta === null ? null : `${delta} vs ${firstLabel}`,
      trend: change === null ? null : Math.abs(change) < 1e-9 ? 'flat' : change > 0 ? 'up' : 'down',
      note,
      links,
    };
  };

  const revenue = latest(base.revenue);
  const breakEven = latest(base.breakEvenRevenue);
  const headroom = revenue && breakEven !== null ? 1 - breakEven / revenue : null;
  const drop = report.leverageCurve.tenPercentDrop;
  const itShare = latest(base.itSpendShareOfRevenue);
  const itOfProfit =
    latest(base.operatingProfit) && latest(base.operatingProfit)! > 0
      ? (latest(base.itSpend) ?? 0) / latest(base.operatingProfit)!
      : null;

  return [
    figure('revenue', 'Revenue', base.revenue, money, 'relative', ['revenue']),
    figure('operatingProfit', 'Operating profit', base.operatingProfit, money, 'relative', [
      'fixedCosts',
      'grossMargin',
      'revenue',
    ]),
    figure(
      'operatingMargin',
      'Operating margin',
      base.operatingMargin,
      (v) => formatPercent(v),
      'points',
      ['grossMargin', 'fixedCosts', 'revenue'],
      `Gross margin ${formatPercent(revenue ? (latest(base.grossProfit) ?? 0) / revenue : null)}`,
    ),
    figure('itSpend', 'IT spend', base.itSpend, money, 'relative', ['itSpend'], null),
    figure(
      'itSpendShare',
      'IT spend / revenue',
      base.itSpendShareOfRevenue,
      (v) => formatPercent(v),
      'points',
      ['itSpend', 'revenue'],
      itShare === null || itOfProfit === null
        ? null
        : itOfProfit >= 1
          ? `${formatMultiple(itOfProfit)} operating profit`
          : `${formatPercent(itOfProfit, 0)} of operating profit`,
    ),
    figure(
      'revenuePerEmployee',
      'Revenue per employee',
      base.revenuePerEmployee,
      (v) => formatPerEmployee(v, unit, currency),
      'relative',
      ['company.employees', 'company'],
      latest(base.revenuePerEmployee) === null ? 'Add company.employees to see it' : null,
    ),
    figure(
      'operatingLeverage',
      'Operating leverage',
      base.operatingLeverage,
      (v) => formatMultiple(v),
      'multiple',
      ['fixedCosts', 'grossMargin'],
      drop !== null ? `Sales −10% → operating profit ${formatSignedPercent(drop)}` : null,
    ),
    figure(
      'breakEvenRevenue',
      'Break-even revenue',
      base.breakEvenRevenue,
      money,
      'relative',
      ['fixedCosts', 'itSpend', 'grossMargin'],
      headroom === null
        ? null
        : `${formatPercent(Math.abs(headroom), 1)} ${headroom >= 0 ? 'below' : 'above'} current revenue`,
    ),
  ];
}
