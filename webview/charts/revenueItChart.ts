/** Chart (1): revenue and IT spend per period as bars, IT spend as a share of revenue as a line. */
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { formatCompact, formatMoney, formatPercent, moneyAxisTitle } from '../../src/core/format';
import type { RevenueItModel } from '../models/revenueItModel';
import type { ThemeColors } from '../themeColors';
import type { ChartPresentation } from './chartPresentation';
import { barColors, baseOptions, categoryAxis, linearAxis } from './chartStyle';

export function presentRevenueIt(model: RevenueItModel, colors: ThemeColors): ChartPresentation {
  const money = (v: number | null | undefined) => formatMoney(v, model.unit, model.currency);
  const maxShare = Math.max(0, ...model.itShare.map((v) => v ?? 0));
  const options = baseOptions(colors);
  options.scales = {
    x: categoryAxis(colors),
    y: linearAxis(colors, { title: moneyAxisTitle(model.unit, model.currency), format: formatCompact }),
    y1: {
      ...linearAxis(colors, {
        title: 'IT spend, % of revenue',
        position: 'right',
        grid: false,
        format: (v) => formatPercent(v, 1),
      }),
      suggestedMax: maxShare > 0 ? maxShare * 1.25 : 0.01,
    },
  } as NonNullable<typeof options.scales>;
  options.plugins!.tooltip!.callbacks = {
    label: (item: TooltipItem<'bar' | 'line'>) =>
      `${item.dataset.label}: ${item.datasetIndex === 2 ? formatPercent(item.parsed.y) : money(item.parsed.y)}`,
  };
  const config: ChartConfiguration<'bar' | 'line'> = {
    type: 'bar',
    data: {
      labels: model.periods,
      datasets: [
        {
          type: 'bar',
          label: 'Revenue',
          data: model.revenue,
          yAxisID: 'y',
          order: 2,
          ...barColors(colors, colors.blue),
        },
        {
          type: 'bar',
          label: 'IT spend',
          data: model.itSpend,
          yAxisID: 'y',
          order: 2,
          ...barColors(colors, colors.orange),
        },
        {
          type: 'line',
          label: 'IT spend / revenue',
          data: model.itShare,
          yAxisID: 'y1',
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
  };
}
