/**
 * The fan chart: operating profit over the periods as the simulation saw it. Two filled bands
 * (5–95% and 10–90% of the trials), the median, and the point estimate of the file's own values;
 * a line at zero when the bands reach a loss. A case of one period has no band to fill between
 * periods: its two intervals are drawn as floating bars, one over the other.
 */
import type { Chart as ChartType, ChartConfiguration, TooltipItem } from 'chart.js';
import {
  formatChance,
  formatCompact,
  formatMoney,
  formatNumber,
  moneyAxisTitle,
  preciseDigits,
} from '../../src/core/format';
import type { FanChartModel } from '../models/fanChartModel';
import { withAlpha, type ThemeColors } from '../themeColors';
import type { ChartPresentation } from './chartPresentation';
import { baseOptions, categoryAxis, legendItems, linearAxis } from './chartStyle';

/** Dataset order; the lower edges of the bands are drawn but not named in the legend. */
const P5 = 0;
const P95 = 1;
const P10 = 2;
const P90 = 3;
const NAMES = [
  '5th percentile',
  '95th percentile',
  '10th percentile',
  '90th percentile',
  'Median',
  'Point estimate',
];

export function presentFanChart(model: FanChartModel, colors: ThemeColors): ChartPresentation {
  const money = (v: number | null | undefined) =>
    formatMoney(v, model.unit, model.currency, preciseDigits(v));
  const outerBand = withAlpha(colors.blue, colors.highContrast ? 0.35 : 0.16);
  const innerBand = withAlpha(colors.blue, colors.highContrast ? 0.6 : 0.24);
  const edge = (data: (number | null)[], label: string, fill: number | false, background: string) => ({
    type: 'line' as const,
    label,
    data,
    fill,
    borderColor: colors.highContrast ? colors.blue : withAlpha(colors.blue, 0.5),
    backgroundColor: background,
    borderWidth: colors.highContrast ? 1 : 0.5,
    pointRadius: 0,
    pointHoverRadius: 0,
    pointHitRadius: 6,
    // Drawn first, under the lines (a lower order is drawn on top).
    order: 2,
  });
  const options = baseOptions(colors);
  options.scales = {
    x: categoryAxis(colors),
    y: linearAxis(colors, {
      title: `Operating profit, ${moneyAxisTitle(model.unit, model.currency)}`,
      format: formatCompact,
      beginAtZero: false,
    }),
  } as NonNullable<typeof options.scales>;
  options.interaction = { mode: 'index', intersect: false };
  const single = model.periods.length === 1;
  const labels = options.plugins!.legend!.labels!;
  if (!single) {
    labels.filter = (item) => item.datasetIndex !== P5 && item.datasetIndex !== P10;
    labels.generateLabels = (chart: ChartType) =>
      legendItems(chart).map((item) =>
        item.datasetIndex === P95 || item.datasetIndex === P90 ? { ...item, pointStyle: 'rect' } : item,
      );
  }
  options.plugins!.tooltip!.callbacks = {
    label: (item: TooltipItem<'bar' | 'line'>) =>
      Array.isArray(item.raw)
        ? `${item.dataset.label ?? ''}: ${money(item.raw[0] as number)} to ${money(item.raw[1] as number)}`
        : `${single ? (item.dataset.label ?? '') : (NAMES[item.datasetIndex] ?? '')}: ${money(item.parsed.y)}`,
  };
  options.plugins!.tooltip!.itemSort = (a, b) => (b.parsed.y ?? 0) - (a.parsed.y ?? 0);
  /** A floating bar from `low` to `high` per period (null where either is undefined). */
  const interval = (label: string, low: (number | null)[], high: (number | null)[], background: string) => ({
    type: 'bar' as const,
    label,
    data: low.map((l, i) => (l === null || high[i] === null ? null : [l, high[i]])),
    backgroundColor: background,
    borderColor: colors.highContrast ? colors.blue : withAlpha(colors.blue, 0.5),
    borderWidth: colors.highContrast ? 1 : 0.5,
    // One over the other, not side by side.
    grouped: false,
    barPercentage: 0.4,
    order: 2,
  });
  const bands = single
    ? [
        interval('5–95% of trials', model.p5, model.p95, outerBand),
        interval('10–90% of trials', model.p10, model.p90, innerBand),
      ]
    : [
        edge(model.p5, '5th percentile', false, outerBand),
        edge(model.p95, '5–95% of trials', P5, outerBand),
        edge(model.p10, '10th percentile', false, innerBand),
        edge(model.p90, '10–90% of trials', P10, innerBand),
      ];
  const config = {
    type: 'line',
    data: {
      labels: model.periods,
      datasets: [
        ...bands,
        {
          type: 'line',
          label: 'Median',
          data: model.p50,
          fill: false,
          order: 1,
          borderColor: colors.blue,
          backgroundColor: colors.blue,
          borderWidth: colors.lineWidth,
          pointRadius: colors.pointRadius - 2,
          pointHoverRadius: colors.pointRadius,
        },
        {
          type: 'line',
          label: 'Point estimate',
          data: model.pointEstimate,
          fill: false,
          order: 0,
          borderColor: colors.orange,
          backgroundColor: colors.orange,
          borderWidth: colors.lineWidth,
          borderDash: [6, 4],
          pointStyle: 'rectRot',
          pointRadius: colors.pointRadius - 1,
          pointHoverRadius: colors.pointRadius + 1,
        },
      ],
    },
    options,
  } as ChartConfiguration<'bar' | 'line'>;
  const last = model.periods.length - 1;
  const period = model.periods[last] ?? '';
  const trials = formatNumber(model.trials, 0);
  return {
    config,
    ariaLabel:
      `Operating profit over ${model.periods.length} ${model.periods.length === 1 ? 'period' : 'periods'} from ${trials} trials: ` +
      `in ${period} the median is ${money(model.p50[last])}, 90% of trials between ${money(model.p5[last])} and ${money(model.p95[last])}, ` +
      `the point estimate ${money(model.pointEstimate[last])}; a ${formatChance(model.probabilityLoss[last])} chance of an operating loss.`,
    table: {
      caption: `Operating profit over ${trials} trials (seed ${model.seed}), by period`,
      columns: [
        'Period',
        '5th percentile',
        '10th percentile',
        'Median',
        '90th percentile',
        '95th percentile',
        'Point estimate',
        'Chance of an operating loss',
      ],
      rows: model.periods.map((header, i) => ({
        header,
        cells: [
          money(model.p5[i]),
          money(model.p10[i]),
          money(model.p50[i]),
          money(model.p90[i]),
          money(model.p95[i]),
          money(model.pointEstimate[i]),
          formatChance(model.probabilityLoss[i]),
        ],
      })),
    },
    referenceLines: [
      {
        axis: 'y',
        value: 0,
        color: colors.red,
        width: colors.highContrast ? 2 : 1,
        dash: [4, 3],
        label: 'Loss below',
        font: `${Math.max(11, colors.fontSize - 2)}px ${colors.fontFamily}`,
      },
    ],
  };
}
