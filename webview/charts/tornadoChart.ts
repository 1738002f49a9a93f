/**
 * A tornado: one horizontal floating bar per input, from the outcome with the input at its low end
 * to the outcome with it at its high end, around the point estimate (a line through the bars).
 * The largest swing is on top, as the report sorts them; a click on a bar shows the input in the file.
 */
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { formatCompact } from '../../src/core/format';
import { tornadoFigures } from '../../src/core/present/tornado';
import type { SensitivityInput } from '../../src/core/report';
import type { TornadoModel } from '../models/tornadoModel';
import { withAlpha, type ThemeColors } from '../themeColors';
import type { ChartPresentation } from './chartPresentation';
import { baseOptions, categoryAxis, linearAxis, wrappedRowsHeight } from './chartStyle';

/** Characters per line of an input's name; longer names wrap. */
const TORNADO_LABEL_WRAP = 18;

/** Canvas height for bars of these names: room for each name's lines, the legend and the axis. */
export function tornadoChartHeight(labels: readonly string[], lineHeight: number): number {
  return Math.max(150, 96 + wrappedRowsHeight(labels, TORNADO_LABEL_WRAP, lineHeight, 36));
}

export function presentTornado(model: TornadoModel, colors: ThemeColors): ChartPresentation {
  // The figures of `itcase report`'s tornado table and the HTML export's: outcomes in one unit, money
  // ends in one unit, a percent or a change as the input's kind says.
  const figures = tornadoFigures(model.bars, model.pointOutput, model.unit, model.currency);
  const money = (v: number | null | undefined) => figures.outcome(v).text;
  const inputEnd = (input: SensitivityInput, end: 'low' | 'high') => figures.end(input, input[end]).text;
  const point = model.pointOutput;
  const fill = (color: string) => (colors.highContrast ? color : withAlpha(color, colors.fillAlpha));
  const bar = (color: string) => ({
    type: 'bar' as const,
    backgroundColor: fill(color),
    borderColor: colors.contrastBorder ?? color,
    borderWidth: colors.highContrast ? 2 : 0,
    borderSkipped: false,
    // Both ends of an input on one row, over each other.
    grouped: false,
    barPercentage: 0.9,
    categoryPercentage: 0.8,
    maxBarThickness: 22,
  });
  const span = (from: number | null, to: number | null): [number, number] | null =>
    from === null || to === null ? null : [from, to];
  const datasets =
    point === null
      ? [
          {
            ...bar(colors.blue),
            label: `${model.outcome} from the input's low to its high end`,
            data: model.bars.map((b) => span(b.outputAtLow, b.outputAtHigh)),
          },
        ]
      : [
          {
            ...bar(colors.orange),
            label: 'Input at its low end',
            data: model.bars.map((b) => span(point, b.outputAtLow)),
          },
          {
            ...bar(colors.blue),
            label: 'Input at its high end',
            data: model.bars.map((b) => span(point, b.outputAtHigh)),
          },
        ];
  const options = baseOptions(colors);
  options.indexAxis = 'y';
  // In the unit of the tooltips' figures: USD 80.56M reads 80.56 on the axis, not 0.08.
  const { axis } = figures;
  options.scales = {
    x: linearAxis(colors, {
      title: `${model.outcome}, ${axis.title}`,
      format: (v) => formatCompact(v * axis.factor),
      beginAtZero: false,
    }),
    y: categoryAxis(colors, undefined, TORNADO_LABEL_WRAP),
  } as NonNullable<typeof options.scales>;
  options.interaction = { mode: 'nearest', intersect: true, axis: 'y' };
  const describe = (input: SensitivityInput, end: 'low' | 'high') =>
    end === 'low'
      ? `at its low end (${inputEnd(input, 'low')}): ${model.outcome} ${money(input.outputAtLow)}`
      : `at its high end (${inputEnd(input, 'high')}): ${model.outcome} ${money(input.outputAtHigh)}`;
  options.plugins!.tooltip!.callbacks = {
    title: (items: TooltipItem<'bar' | 'line'>[]) => {
      const input = model.bars[items[0]?.dataIndex ?? -1];
      return input ? `${input.label} (${input.path})` : '';
    },
    label: (item: TooltipItem<'bar' | 'line'>) => {
      const input = model.bars[item.dataIndex];
      if (!input) return '';
      if (point === null) return [`Input ${describe(input, 'low')}`, `Input ${describe(input, 'high')}`];
      return `Input ${describe(input, item.datasetIndex === 0 ? 'low' : 'high')}`;
    },
  };
  const config = {
    type: 'bar',
    data: { labels: model.bars.map((b) => b.label), datasets },
    options,
  } as ChartConfiguration<'bar' | 'line'>;
  const top = model.bars.slice(0, 3);
  return {
    config,
    ariaLabel:
      `What drives ${model.title}` +
      (point === null ? '' : ` (point estimate ${money(point)})`) +
      (top.length
        ? `: ${top.map((b) => `${b.label} from ${money(b.outputAtLow)} to ${money(b.outputAtHigh)}`).join('; ')}.`
        : ': no input moves it.'),
    table: {
      caption:
        `What drives ${model.title}, one input at a time, largest swing first` +
        (model.moreInputs
          ? `; ${model.moreInputs} smaller ${model.moreInputs === 1 ? 'input is' : 'inputs are'} not shown`
          : ''),
      columns: [
        'Input',
        'Low end',
        'High end',
        `${model.outcome} at low`,
        `${model.outcome} at high`,
        'Swing',
        'Line',
      ],
      rows: model.bars.map((b) => ({
        header: b.label,
        cells: [
          inputEnd(b, 'low'),
          inputEnd(b, 'high'),
          money(b.outputAtLow),
          money(b.outputAtHigh),
          money(b.swing),
          String(b.line),
        ],
      })),
    },
    positionAt: (_dataset, index) => {
      const input = model.bars[index];
      return input ? { line: input.line, column: input.column } : null;
    },
    referenceLines:
      point === null
        ? []
        : [
            {
              axis: 'x',
              value: point,
              color: colors.foreground,
              width: colors.highContrast ? 2 : 1,
              dash: [4, 3],
            },
          ],
  };
}
