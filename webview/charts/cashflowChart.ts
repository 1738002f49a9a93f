/** Chart (4): an investment's net cash flow per period, its running total, and the payback point. */
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { formatCompact, formatMoney, formatPeriods, preciseDigits } from '../../src/core/format';
import type { CashflowModel } from '../models/cashflowModel';
import { withAlpha, type ThemeColors } from '../themeColors';
import type { ChartPresentation } from './chartPresentation';
import { baseOptions, linearAxis } from './chartStyle';

export function presentCashflow(model: CashflowModel, colors: ThemeColors, link: string): ChartPresentation {
  const money = (v: number | null | undefined) =>
    formatMoney(v, model.unit, model.currency, preciseDigits(v));
  const n = model.flows.length;
  const fills = model.flows.map((v) => (v >= 0 ? colors.green : colors.red));
  const options = baseOptions(colors);
  const { axis } = model;
  options.scales = {
    x: {
      // Bars on a linear axis: the range is set to ±half a period around the flows, no extra offset.
      offset: false,
      ...linearAxis(colors, {
        title: 'Period (t = 0 is the first cash flow)',
        beginAtZero: false,
        min: -0.5,
        max: Math.max(0.5, n - 0.5),
        tickValues: model.flows.map((_, t) => t),
        grid: false,
        tickLabel: (t) => (Number.isInteger(t) ? (model.labels[t] ?? '') : ''),
      }),
    },
    y: linearAxis(colors, { title: axis.title, format: (v) => formatCompact(v * axis.factor) }),
  } as NonNullable<typeof options.scales>;
  options.interaction = { mode: 'nearest', intersect: false };
  options.plugins!.tooltip!.callbacks = {
    title: (items: TooltipItem<'bar' | 'line'>[]) => {
      const item = items[0];
      if (!item) return '';
      return item.datasetIndex === 2 ? 'Payback' : (model.labels[item.dataIndex] ?? '');
    },
    label: (item: TooltipItem<'bar' | 'line'>) =>
      item.datasetIndex === 2
        ? `after ${formatPeriods(model.payback)}`
        : `${item.dataset.label}: ${money(item.parsed.y)}`,
  };
  const config = {
    type: 'bar',
    data: {
      datasets: [
        {
          type: 'bar',
          label: 'Net cash flow',
          data: model.flows.map((y, x) => ({ x, y })),
          backgroundColor: colors.highContrast
            ? fills
            : fills.map((c) => withAlpha(c, colors.fillAlpha * 0.85)),
          borderColor: colors.contrastBorder ?? fills,
          borderWidth: colors.highContrast ? 2 : 0,
          order: 2,
          barPercentage: 0.6,
          categoryPercentage: 1,
        },
        {
          type: 'line',
          label: 'Cumulative cash flow',
          data: model.cumulative.map((y, x) => ({ x, y })),
          borderColor: colors.blue,
          backgroundColor: colors.blue,
          borderWidth: colors.lineWidth,
          pointRadius: colors.pointRadius - 2,
          pointHoverRadius: colors.pointRadius,
          pointStyle: 'circle',
          order: 1,
        },
        {
          type: 'line',
          label: model.payback === null ? 'No payback' : `Payback: ${formatPeriods(model.payback)}`,
          data: model.payback === null ? [] : [{ x: model.payback, y: 0 }],
          showLine: false,
          pointStyle: 'rectRot',
          pointRadius: colors.pointRadius + 2,
          pointHoverRadius: colors.pointRadius + 4,
          backgroundColor: colors.yellow,
          borderColor: colors.contrastBorder ?? colors.foreground,
          borderWidth: colors.highContrast ? 2 : 1,
          order: 0,
        },
      ],
    },
    options,
  } as ChartConfiguration<'bar' | 'line'>;
  const total = model.cumulative[n - 1];
  return {
    config,
    ariaLabel:
      `Cash flows of ${model.name} over ${n} ${n === 1 ? 'period' : 'periods'}: ` +
      `cumulative ${money(total)} at the end; ` +
      (model.payback === null
        ? 'it never pays back.'
        : `it pays back after ${formatPeriods(model.payback)}.`),
    table: {
      caption:
        `Cash flows of ${model.name}; payback ${formatPeriods(model.payback)}, ` +
        `discounted payback ${formatPeriods(model.discountedPayback)}`,
      columns: ['Period', 'Net cash flow', 'Cumulative'],
      rows: model.flows.map((flow, t) => ({
        header: model.labels[t] ?? `t = ${t}`,
        cells: [money(flow), money(model.cumulative[t])],
        links: [link],
      })),
    },
    linksAt: () => [link],
  };
}
