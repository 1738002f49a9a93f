/**
 * An investment's NPV over the trials: a histogram of the report's bins on a money axis that always
 * includes 0, with the zero line marked; bins wholly below zero (the investment loses money) in red.
 */
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import {
  formatChance,
  formatCompact,
  formatMoney,
  formatNumber,
  formatPercent,
  preciseDigits,
} from '../../src/core/format';
import { moneyAxis } from '../../src/core/present/tableMoney';
import type { NpvHistogramModel } from '../models/npvHistogramModel';
import { withAlpha, type ThemeColors } from '../themeColors';
import type { ChartPresentation } from './chartPresentation';
import { baseOptions, linearAxis } from './chartStyle';

export function presentNpvHistogram(model: NpvHistogramModel, colors: ThemeColors): ChartPresentation {
  const money = (v: number | null | undefined) =>
    formatMoney(v, model.unit, model.currency, preciseDigits(v));
  const range = (from: number, to: number) => `${money(from)} to ${money(to)}`;
  const fills = model.bins.map((b) => (b.belowZero ? colors.red : colors.blue));
  const options = baseOptions(colors, false);
  const axis = moneyAxis([model.axisMin, model.axisMax], model.unit, model.currency);
  options.scales = {
    x: {
      offset: false,
      ...linearAxis(colors, {
        title: `NPV, ${axis.title}`,
        format: (v) => formatCompact(v * axis.factor),
        beginAtZero: false,
        min: model.axisMin,
        max: model.axisMax,
        // The ends of the bins are no round numbers (−150.65): only round ticks are labelled.
        boundTicks: false,
        grid: false,
      }),
    },
    y: linearAxis(colors, { title: 'Trials', format: (v) => formatNumber(v, 0) }),
  } as NonNullable<typeof options.scales>;
  options.interaction = { mode: 'nearest', intersect: false, axis: 'x' };
  options.plugins!.tooltip!.callbacks = {
    title: (items: TooltipItem<'bar' | 'line'>[]) => {
      const bin = model.bins[items[0]?.dataIndex ?? -1];
      return bin ? `NPV ${range(bin.from, bin.to)}` : '';
    },
    label: (item: TooltipItem<'bar' | 'line'>) => `${formatNumber(item.parsed.y, 0)} trials`,
  };
  const config = {
    type: 'bar',
    data: {
      datasets: [
        {
          type: 'bar',
          label: `NPV of ${model.name}`,
          data: model.bins.map((b) => ({ x: (b.from + b.to) / 2, y: b.count })),
          backgroundColor: colors.highContrast
            ? fills
            : fills.map((c) => withAlpha(c, colors.fillAlpha * 0.85)),
          borderColor: colors.contrastBorder ?? colors.background,
          borderWidth: colors.highContrast ? 1 : 0.5,
          // Each bar as wide as its bin, edge to edge.
          barThickness: 'flex',
          barPercentage: 1,
          categoryPercentage: 1,
        },
      ],
    },
    options,
  } as ChartConfiguration<'bar' | 'line'>;
  const trials = formatNumber(model.trials, 0);
  return {
    config,
    ariaLabel:
      `NPV of ${model.name} over ${trials} trials at ${formatPercent(model.discountRate)}: ` +
      `median ${money(model.npv.p50)}, 90% of trials between ${money(model.npv.p5)} and ${money(model.npv.p95)}; ` +
      `a ${formatChance(model.probabilityNegativeNpv)} chance of an NPV below 0.`,
    table: {
      caption: `NPV of ${model.name} over ${trials} trials, by range`,
      columns: ['NPV', 'Trials'],
      rows: model.bins.map((b) => ({ header: range(b.from, b.to), cells: [formatNumber(b.count, 0)] })),
    },
    referenceLines: [
      {
        axis: 'x',
        value: 0,
        color: colors.foreground,
        width: colors.highContrast ? 2 : 1,
        dash: [4, 3],
        label: 'NPV 0',
        font: `${Math.max(11, colors.fontSize - 2)}px ${colors.fontFamily}`,
      },
    ],
  };
}
