/**
 * Chart (1): revenue and IT spend per period, one above the other on a shared period axis, each on
 * its own money axis (IT spend is a few percent of revenue: on revenue's axis its bars would be a few
 * pixels tall), with IT spend as a share of revenue as a line beside the IT spend bars.
 */
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { formatCompact, formatMoney, formatPercent, moneyAxisTitle } from '../../src/core/format';
import type { RevenueItModel } from '../models/revenueItModel';
import type { ThemeColors } from '../themeColors';
import type { ChartPresentation } from './chartPresentation';
import { barColors, baseOptions, categoryAxis, linearAxis } from './chartStyle';

/** A money axis that takes `weight` parts of the left side's height, with at most `ticks` ticks. */
function stackedMoneyAxis(
  colors: ThemeColors,
  title: string[],
  weight: number,
  ticks: number,
  dropZero = false,
) {
  const axis = linearAxis(colors, { title: '', format: formatCompact });
  return {
    ...axis,
    // Two short lines: the stacked parts are too low for "IT spend, USD billions" in one.
    title: { ...axis.title, text: title },
    ticks: {
      ...axis.ticks,
      maxTicksLimit: ticks,
      // The lowest tick of the upper part would print over the highest of the lower one.
      ...(dropZero
        ? { callback: (value: string | number) => (Number(value) === 0 ? '' : formatCompact(Number(value))) }
        : {}),
    },
    stack: 'left',
    stackWeight: weight,
  };
}

/** Below this canvas width (px) the axes drop their titles (the legend names the unit) and the share its axis. */
export const REVENUE_IT_COMPACT_BELOW = 400;

export function presentRevenueIt(model: RevenueItModel, colors: ThemeColors): ChartPresentation {
  const money = (v: number | null | undefined) => formatMoney(v, model.unit, model.currency);
  const maxShare = Math.max(0, ...model.itShare.map((v) => v ?? 0));
  const moneyTitle = moneyAxisTitle(model.unit, model.currency);

  const build = (compact: boolean): ChartConfiguration<'bar' | 'line'> => {
    const options = baseOptions(colors);
    const titled = (axis: ReturnType<typeof stackedMoneyAxis>) =>
      compact ? { ...axis, title: { ...axis.title, display: false } } : axis;
    // Stacked axes: on the left, revenue above IT spend (chart.js stacks later axes above earlier
    // ones on the left); on the right, the share beside IT spend under an empty part beside revenue.
    options.scales = {
      x: categoryAxis(colors),
      itSpend: titled(stackedMoneyAxis(colors, ['IT spend', moneyTitle], 3, 5)),
      revenue: titled(stackedMoneyAxis(colors, ['Revenue', moneyTitle], 2, 4, true)),
      besideRevenue: { type: 'linear', position: 'right', display: false, stack: 'right', stackWeight: 2 },
      share: {
        ...linearAxis(colors, {
          title: 'IT spend, % of revenue',
          position: 'right',
          grid: false,
          format: (v) => formatPercent(v, 1),
        }),
        display: !compact,
        stack: 'right',
        stackWeight: 3,
        suggestedMax: maxShare > 0 ? maxShare * 1.25 : 0.01,
      },
    } as NonNullable<typeof options.scales>;
    options.plugins!.tooltip!.callbacks = {
      label: (item: TooltipItem<'bar' | 'line'>) =>
        `${item.dataset.label}: ${item.datasetIndex === 2 ? formatPercent(item.parsed.y) : money(item.parsed.y)}`,
    };
    const unit = compact ? `, ${moneyTitle}` : '';
    return {
      type: 'bar',
      data: {
        labels: model.periods,
        datasets: [
          {
            type: 'bar',
            label: `Revenue${unit}`,
            data: model.revenue,
            yAxisID: 'revenue',
            grouped: false,
            barPercentage: 0.55,
            order: 2,
            ...barColors(colors, colors.blue),
          },
          {
            type: 'bar',
            label: `IT spend${unit}`,
            data: model.itSpend,
            yAxisID: 'itSpend',
            grouped: false,
            barPercentage: 0.55,
            order: 2,
            ...barColors(colors, colors.orange),
          },
          {
            type: 'line',
            label: 'IT spend / revenue',
            data: model.itShare,
            yAxisID: 'share',
            order: 1,
            borderColor: colors.purple,
            backgroundColor: colors.purple,
            borderWidth: colors.lineWidth,
            pointRadius: colors.pointRadius - 1,
            pointHoverRadius: colors.pointRadius + 1,
            pointBorderColor: colors.contrastBorder ?? colors.purple,
            pointStyle: 'circle',
            spanGaps: false,
          },
        ],
      },
      options,
    };
  };
  const config = build(false);
  const last = model.periods.length - 1;
  return {
    config,
    ariaLabel:
      model.periods.length === 0
        ? 'Revenue and IT spend: no periods'
        : `Revenue and IT spend per period, ${model.periods[0]} to ${model.periods[last]}. ` +
          `${model.periods[last]}: revenue ${money(model.revenue[last])}, IT spend ${money(model.itSpend[last])}, ` +
          `${formatPercent(model.itShare[last])} of revenue.`,
    table: {
      caption: 'Revenue and IT spend per period',
      columns: ['Period', 'Revenue', 'IT spend', 'IT spend / revenue'],
      rows: model.periods.map((period, i) => ({
        header: period,
        cells: [money(model.revenue[i]), money(model.itSpend[i]), formatPercent(model.itShare[i])],
        links: ['revenue'],
      })),
    },
    linksAt: (datasetIndex) => (datasetIndex === 0 ? ['revenue'] : ['itSpend']),
    narrow: { below: REVENUE_IT_COMPACT_BELOW, config: build(true) },
    valueLabels: {
      // The share at each point: its axis is gone in a narrow chart, and it is the figure people quote.
      format: (datasetIndex, index) =>
        datasetIndex === 2 && model.itShare[index] !== null ? formatPercent(model.itShare[index]) : null,
      color: colors.foreground,
      halo: colors.background,
      font: `${Math.max(11, colors.fontSize - 1)}px ${colors.fontFamily}`,
    },
  };
}
