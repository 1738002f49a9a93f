/**
 * Chart (3): operating leverage. The curve of operating-profit change against revenue change, the
 * y = x line a business without fixed costs would follow, and the scenarios as points.
 */
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { formatMultiple, formatPercent, formatSignedPercent } from '../../src/core/format';
import type { LeverageModel } from '../models/leverageModel';
import type { ThemeColors } from '../themeColors';
import type { ChartPresentation } from './chartPresentation';
import { baseOptions, linearAxis } from './chartStyle';

export function presentLeverage(model: LeverageModel, colors: ThemeColors): ChartPresentation {
  const pct = (v: number) => formatSignedPercent(v, 0);
  const options = baseOptions(colors);
  options.scales = {
    x: linearAxis(colors, { title: `Revenue change (${model.period})`, format: pct, beginAtZero: false }),
    y: linearAxis(colors, { title: 'Operating-profit change', format: pct, beginAtZero: false }),
  } as NonNullable<typeof options.scales>;
  options.interaction = { mode: 'nearest', intersect: true };
  options.plugins!.tooltip!.callbacks = {
    title: (items: TooltipItem<'bar' | 'line'>[]) => {
      const item = items[0];
      if (!item) return '';
      if (item.datasetIndex === 2) return model.scenarios[item.dataIndex]?.name ?? '';
      return `Revenue ${formatSignedPercent(item.parsed.x, 1)}`;
    },
    label: (item: TooltipItem<'bar' | 'line'>) =>
      item.datasetIndex === 2
        ? `Revenue ${formatSignedPercent(item.parsed.x, 1)} → operating profit ${formatSignedPercent(item.parsed.y, 1)}`
        : `${item.dataset.label}: ${formatSignedPercent(item.parsed.y, 1)}`,
  };
  const config = {
    type: 'line',
    data: {
      datasets: [
        {
          type: 'line',
          label: 'Operating profit, all else equal',
          data: model.curve,
          borderColor: colors.blue,
          backgroundColor: colors.blue,
          borderWidth: colors.lineWidth + 0.5,
          pointRadius: 0,
          pointHoverRadius: 0,
          pointHitRadius: 6,
        },
        {
          type: 'line',
          label: 'No leverage (y = x)',
          data: model.reference,
          borderColor: colors.mutedForeground,
          backgroundColor: colors.mutedForeground,
          borderWidth: colors.highContrast ? 2 : 1.5,
          borderDash: [6, 4],
          pointRadius: 0,
          pointHoverRadius: 0,
          pointHitRadius: 0,
        },
        {
          type: 'line',
          label: 'Scenarios',
          data: model.scenarios.map(({ x, y }) => ({ x, y })),
          showLine: false,
          borderColor: colors.contrastBorder ?? colors.orange,
          backgroundColor: colors.orange,
          borderWidth: colors.highContrast ? 2 : 1,
          pointStyle: 'rectRot',
          pointRadius: colors.pointRadius + 1,
          pointHoverRadius: colors.pointRadius + 3,
        },
      ],
    },
    options,
  } as ChartConfiguration<'bar' | 'line'>;

  const summary =
    model.curve.length === 0
      ? `Operating leverage, ${model.period}: undefined, the operating profit is 0.`
      : `Operating leverage ${formatMultiple(model.leverage)} in ${model.period}: ` +
        `a 10% sales drop changes operating profit by ${formatSignedPercent(model.tenPercentDrop, 1)}, all else equal` +
        (model.scenarios.length
          ? `. Scenarios: ${model.scenarios.map((s) => `${s.name}, ${formatSignedPercent(s.y, 1)}`).join('; ')}.`
          : '.');
  return {
    config,
    ariaLabel: summary,
    table: {
      caption: `Operating-profit change for a revenue change, ${model.period}`,
      columns: ['', 'Revenue change', 'Operating-profit change', 'No leverage'],
      rows: [
        ...model.curve.map((p) => ({
          header: 'All else equal',
          cells: [formatSignedPercent(p.x, 0), formatSignedPercent(p.y, 1), formatSignedPercent(p.x, 0)],
          links: ['fixedCosts', 'grossMargin'],
        })),
        ...model.scenarios.map((s) => ({
          header: s.name,
          cells: [formatSignedPercent(s.x, 1), formatSignedPercent(s.y, 1), formatPercent(null)],
          links: [`scenarios.${s.index}`, 'scenarios'],
        })),
      ],
    },
    linksAt: (datasetIndex, index) => {
      const scenario = model.scenarios[index];
      return datasetIndex === 2 && scenario
        ? [`scenarios.${scenario.index}`, 'scenarios']
        : ['fixedCosts', 'grossMargin'];
    },
    valueLabels: {
      format: (datasetIndex, index) => (datasetIndex === 2 ? (model.scenarios[index]?.name ?? null) : null),
      color: colors.foreground,
      halo: colors.background,
      font: `${Math.max(11, colors.fontSize - 1)}px ${colors.fontFamily}`,
    },
  };
}
