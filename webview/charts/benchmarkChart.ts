/** Chart (5): a benchmark data set as horizontal bars, this case's bar in another colour. */
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import {
  formatCompact,
  formatInUnit,
  formatPercent,
  isMoneyUnit,
  moneyAxisTitle,
} from '../../src/core/format';
import type { BenchmarkModel } from '../models/benchmarkModel';
import { withAlpha, type ThemeColors } from '../themeColors';
import type { ChartPresentation } from './chartPresentation';
import { baseOptions, categoryAxis, linearAxis, wrappedRowsHeight } from './chartStyle';
import { metricLabel } from '../../src/core/present/metrics';

/** Characters per line of a bar's name; longer names wrap (wrapCategory). */
export const BENCHMARK_LABEL_WRAP = 14;

/**
 * Canvas height for the bars of these names: room for the axis, and for each bar its name's lines
 * at `lineHeight` pixels, at least 34 pixels, so wrapped names never run into each other.
 */
export function benchmarkChartHeight(labels: readonly string[], lineHeight: number): number {
  return Math.max(140, 64 + wrappedRowsHeight(labels, BENCHMARK_LABEL_WRAP, lineHeight, 34));
}

export function benchmarkAxisTitle(model: BenchmarkModel): string {
  if (model.unit === 'ratio') return `${metricLabel(model.metric)} (%)`;
  // `unit: one` without a currency is a count (stores, people): the metric names it.
  if (isMoneyUnit(model.unit) && (model.currency !== null || model.unit !== 'one'))
    return moneyAxisTitle(model.unit, model.currency);
  return metricLabel(model.metric);
}

export function presentBenchmark(
  model: BenchmarkModel,
  colors: ThemeColors,
  link: string,
): ChartPresentation {
  const value = (v: number | null | undefined) => formatInUnit(v, model.unit, model.currency);
  const fills = model.bars.map((b) => (b.isCase ? colors.orange : colors.blue));
  const options = baseOptions(colors, false);
  options.indexAxis = 'y';
  options.layout = { padding: { top: 4, right: 72, bottom: 0, left: 0 } };
  options.scales = {
    x: linearAxis(colors, {
      title: benchmarkAxisTitle(model),
      format: (v) => (model.unit === 'ratio' ? formatPercent(v, 0) : formatCompact(v)),
    }),
    y: categoryAxis(colors, undefined, BENCHMARK_LABEL_WRAP),
  } as NonNullable<typeof options.scales>;
  options.interaction = { mode: 'nearest', intersect: false, axis: 'y' };
  options.plugins!.tooltip!.callbacks = {
    label: (item: TooltipItem<'bar' | 'line'>) => value(item.parsed.x),
  };
  const config = {
    type: 'bar',
    data: {
      labels: model.bars.map((b) => b.label),
      datasets: [
        {
          type: 'bar',
          label: model.title,
          data: model.bars.map((b) => b.value),
          backgroundColor: colors.highContrast ? fills : fills.map((c) => withAlpha(c, colors.fillAlpha)),
          borderColor: colors.contrastBorder ?? fills,
          borderWidth: model.bars.map((b) => (colors.highContrast ? (b.isCase ? 3 : 2) : 0)),
          barPercentage: 0.85,
          categoryPercentage: 0.85,
          maxBarThickness: 28,
        },
      ],
    },
    options,
  } as ChartConfiguration<'bar' | 'line'>;
  const own = model.bars.find((b) => b.isCase);
  return {
    config,
    ariaLabel:
      `${model.title}: ` +
      model.bars.map((b) => `${b.label} ${value(b.value)}`).join(', ') +
      (own ? '.' : model.caseNote ? `. ${model.caseNote}` : '.'),
    table: {
      caption: `${model.title}${model.year !== null ? `, ${model.year}` : ''}. Source: ${model.source}`,
      columns: ['', model.metric],
      rows: model.bars.map((b) => ({
        header: b.isCase && model.casePeriod ? `${b.label}, ${model.casePeriod}` : b.label,
        cells: [value(b.value)],
        links: b.isCase ? model.caseLinks : [link],
        highlight: b.isCase,
      })),
    },
    linksAt: (_dataset, index) => (model.bars[index]?.isCase ? [...model.caseLinks, link] : [link]),
    valueLabels: {
      format: (_dataset, index) => {
        const bar = model.bars[index];
        return bar ? value(bar.value) : null;
      },
      color: colors.foreground,
      font: `${Math.max(11, colors.fontSize - 1)}px ${colors.fontFamily}`,
    },
  };
}
