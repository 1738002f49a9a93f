/** Chart (2): the margin bridge, a waterfall of floating bars from revenue to operating profit. */
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import {
  formatCompact,
  formatMoney,
  formatNumber,
  formatSignedMoney,
  moneyAxisTitle,
} from '../../src/core/format';
import type { BridgeStep, MarginBridgeModel } from '../models/marginBridgeModel';
import { withAlpha, type ThemeColors } from '../themeColors';
import type { ChartPresentation } from './chartPresentation';
import { baseOptions, categoryAxis, linearAxis } from './chartStyle';

function stepColor(step: BridgeStep, colors: ThemeColors): string {
  switch (step.kind) {
    case 'total':
      return colors.blue;
    case 'decrease':
      return colors.red;
    case 'itSpend':
      return colors.orange;
    case 'result':
      return step.to >= 0 ? colors.green : colors.red;
  }
}

/** "Operating profit" → ["Operating", "profit"]: two lines under a narrow bar, no rotated labels. */
export function wrapLabel(label: string): string | string[] {
  if (label.length <= 7 || !label.includes(' ')) return label;
  const middle = label.length / 2;
  let best = -1;
  for (let i = label.indexOf(' '); i >= 0; i = label.indexOf(' ', i + 1)) {
    if (best < 0 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  }
  return [label.slice(0, best), label.slice(best + 1)];
}

/** Below this canvas width (px) the bridge lies on its side: six names under six bars do not fit. */
export const BRIDGE_ACROSS_BELOW = 400;

/**
 * A bar's label, then a shorter one for when it would run into its neighbour: 476.29 → 476,
 * 26.87 → 26.9, 216,500 → 216.5k (the exact figure is in the tooltip and the table).
 */
export function bridgeLabelTexts(step: BridgeStep): string[] {
  const size = Math.abs(step.amount);
  const digits = size >= 100 ? 0 : size >= 1 ? 1 : 2;
  const short = size >= 1e4 ? formatCompact(step.amount) : formatNumber(step.amount, digits);
  return [...new Set([formatNumber(step.amount), short])];
}

/** Which labels stay when not all fit: operating profit, then IT spend, then the totals. */
const LABEL_PRIORITY: Record<BridgeStep['kind'], number> = { result: 3, itSpend: 2, total: 1, decrease: 0 };

export function presentMarginBridge(model: MarginBridgeModel, colors: ThemeColors): ChartPresentation {
  const money = (v: number) => formatMoney(v, model.unit, model.currency);
  const signed = (v: number) => formatSignedMoney(v, model.unit, model.currency);
  const stepText = (step: BridgeStep) =>
    step.kind === 'total' || step.kind === 'result' ? money(step.amount) : signed(step.amount);
  const fills = model.steps.map((s) => stepColor(s, colors));
  const options = baseOptions(colors, false);
  options.layout = { padding: { top: 22, right: 8, bottom: 0, left: 0 } };
  options.scales = {
    x: categoryAxis(colors),
    y: linearAxis(colors, { title: moneyAxisTitle(model.unit, model.currency), format: formatCompact }),
  } as NonNullable<typeof options.scales>;
  options.interaction = { mode: 'index', intersect: false };
  options.plugins!.tooltip!.callbacks = {
    label: (item: TooltipItem<'bar' | 'line'>) => {
      const step = model.steps[item.dataIndex];
      return step ? `${step.label}: ${stepText(step)}` : '';
    },
  };
  const dataset = {
    type: 'bar',
    label: `Margin bridge, ${model.period}`,
    data: model.steps.map((s) => [Math.min(s.from, s.to), Math.max(s.from, s.to)] as [number, number]),
    backgroundColor: colors.highContrast ? fills : fills.map((c) => withAlpha(c, colors.fillAlpha)),
    borderColor: colors.contrastBorder ?? fills,
    borderWidth: colors.highContrast ? 2 : 0,
    borderSkipped: false,
    categoryPercentage: 0.8,
    barPercentage: 0.9,
  } as const;
  const config = {
    type: 'bar',
    data: { labels: model.steps.map((s) => wrapLabel(s.label)), datasets: [{ ...dataset }] },
    options,
  } as ChartConfiguration<'bar' | 'line'>;
  // On its side: the step names in a column on the left, each amount at the end of its bar.
  const across = baseOptions(colors, false);
  across.indexAxis = 'y';
  across.layout = { padding: { top: 4, right: 4, bottom: 0, left: 0 } };
  across.scales = {
    y: categoryAxis(colors),
    x: {
      ...linearAxis(colors, { title: moneyAxisTitle(model.unit, model.currency), format: formatCompact }),
      position: 'bottom',
      // Room right of the longest bar for its amount.
      grace: '30%',
      ticks: {
        color: colors.foreground,
        maxRotation: 0,
        callback: (v: string | number) => formatCompact(Number(v)),
      },
    },
  } as NonNullable<typeof options.scales>;
  across.interaction = options.interaction;
  across.plugins!.tooltip!.callbacks = options.plugins!.tooltip!.callbacks;
  const narrowConfig = {
    type: 'bar',
    data: { labels: model.steps.map((s) => s.label), datasets: [{ ...dataset }] },
    options: across,
  } as ChartConfiguration<'bar' | 'line'>;
  const revenue = model.steps[0]?.amount ?? 0;
  const operatingProfit = model.steps[model.steps.length - 1]?.amount ?? 0;
  return {
    config,
    ariaLabel:
      `Margin bridge for ${model.period}: revenue ${money(revenue)}, ` +
      model.steps
        .slice(1)
        .map((s) => `${s.label.toLowerCase()} ${stepText(s)}`)
        .join(', ') +
      (revenue !== 0 ? ` (${formatNumber((operatingProfit / revenue) * 100, 2)}% of revenue).` : '.'),
    table: {
      caption: `Margin bridge, ${model.period}`,
      columns: ['Step', 'Amount', 'Running total'],
      rows: model.steps.map((s) => ({ header: s.label, cells: [stepText(s), money(s.to)], links: s.links })),
    },
    linksAt: (_dataset, index) => model.steps[index]?.links ?? [],
    narrow: { below: BRIDGE_ACROSS_BELOW, config: narrowConfig },
    valueLabels: {
      // Without the currency (the axis names it), shortened or left out where neighbours would collide.
      format: (_dataset, index) => {
        const step = model.steps[index];
        return step ? bridgeLabelTexts(step) : null;
      },
      priority: (_dataset, index) => LABEL_PRIORITY[model.steps[index]?.kind ?? 'decrease'],
      color: colors.foreground,
      font: `${Math.max(11, colors.fontSize - 1)}px ${colors.fontFamily}`,
    },
  };
}
