/** Shared look of the charts: axes, legend and tooltip in the theme's colours and font. */
import type {
  Chart as ChartType,
  ChartOptions,
  LegendItem,
  PointStyle,
  ScaleOptionsByType,
  TooltipOptions,
} from 'chart.js';
import { Chart } from './chartRegistry';
import { withAlpha, type ThemeColors } from '../themeColors';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

export interface AxisSpec {
  title: string;
  format?: (value: number) => string;
  position?: 'left' | 'right' | 'bottom' | 'top';
  /** Draw the grid of this axis (only one y axis of a pair should). */
  grid?: boolean;
  beginAtZero?: boolean;
  min?: number;
  max?: number;
  /** Whether `min` and `max` get a tick of their own, however unround (chart.js: on). */
  boundTicks?: boolean;
  stepSize?: number;
  /** For linear x axes whose ticks are indices with labels. */
  tickLabel?: (value: number) => string;
  /** Exactly these tick values (e.g. 0, 1, 2 for periods on a linear axis). */
  tickValues?: number[];
}

export function linearAxis(colors: ThemeColors, spec: AxisSpec): DeepPartial<ScaleOptionsByType<'linear'>> {
  return {
    type: 'linear',
    position: spec.position ?? 'left',
    beginAtZero: spec.beginAtZero ?? true,
    ...(spec.min !== undefined ? { min: spec.min } : {}),
    ...(spec.max !== undefined ? { max: spec.max } : {}),
    title: { display: true, text: spec.title, color: colors.mutedForeground, font: { weight: 'normal' } },
    ticks: {
      color: colors.foreground,
      ...(spec.boundTicks === false ? { includeBounds: false } : {}),
      ...(spec.stepSize !== undefined ? { stepSize: spec.stepSize } : {}),
      ...(spec.tickLabel
        ? { callback: (value: string | number) => spec.tickLabel!(Number(value)) }
        : spec.format
          ? { callback: (value: string | number) => spec.format!(Number(value)) }
          : {}),
    },
    grid: {
      display: spec.grid ?? true,
      color: colors.gridLines,
    },
    border: { color: colors.highContrast ? colors.foreground : colors.gridLines },
    ...(spec.tickValues
      ? {
          afterBuildTicks: (axis: { ticks: { value: number }[] }) => {
            axis.ticks = spec.tickValues!.map((value) => ({ value }));
          },
        }
      : {}),
  };
}

export function categoryAxis(
  colors: ThemeColors,
  title?: string,
  /** Wrap each name into lines of at most this many characters (names beside horizontal bars). */
  wrapAt?: number,
): DeepPartial<ScaleOptionsByType<'category'>> {
  return {
    type: 'category',
    title: title
      ? { display: true, text: title, color: colors.mutedForeground, font: { weight: 'normal' } }
      : { display: false },
    ticks: {
      color: colors.foreground,
      maxRotation: 0,
      autoSkip: false,
      ...(wrapAt !== undefined
        ? {
            callback(this: { getLabelForValue(value: number): string }, value: string | number) {
              return wrapCategory(this.getLabelForValue(Number(value)), wrapAt);
            },
          }
        : {}),
    },
    grid: { display: false },
    border: { color: colors.highContrast ? colors.foreground : colors.gridLines },
  };
}

export function tooltipStyle(colors: ThemeColors): DeepPartial<TooltipOptions<'bar' | 'line'>> {
  return {
    backgroundColor: colors.tooltipBackground,
    titleColor: colors.tooltipForeground,
    bodyColor: colors.tooltipForeground,
    borderColor: colors.tooltipBorder,
    borderWidth: 1,
    padding: 8,
    cornerRadius: colors.highContrast ? 0 : 3,
    boxPadding: 4,
  };
}

/**
 * The legend's markers say what each series is: a square for bars, a line for lines, the point's own
 * shape for marked points (scenarios, payback).
 */
export function legendItems(chart: ChartType): LegendItem[] {
  const items = Chart.defaults.plugins.legend.labels.generateLabels(chart);
  for (const item of items) {
    const dataset = chart.data.datasets[item.datasetIndex ?? 0] as
      { type?: string; showLine?: boolean; pointStyle?: PointStyle } | undefined;
    const isBar =
      dataset?.type === 'bar' ||
      (dataset?.type === undefined && (chart.config as { type?: string }).type === 'bar');
    item.pointStyle = isBar
      ? 'rect'
      : dataset?.showLine === false
        ? (dataset.pointStyle ?? 'circle')
        : 'line';
  }
  return items;
}

/** Options every chart shares: no animation, legend at the top in the theme's colours. */
export function baseOptions(colors: ThemeColors, legend = true): ChartOptions<'bar' | 'line'> {
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    interaction: { mode: 'nearest', intersect: false },
    layout: { padding: { top: 4, right: 8, bottom: 0, left: 0 } },
    plugins: {
      legend: {
        display: legend,
        position: 'top',
        align: 'start',
        labels: {
          color: colors.foreground,
          boxWidth: 12,
          boxHeight: 12,
          padding: 14,
          usePointStyle: true,
          generateLabels: legendItems,
          // In dataset order, whatever order they are drawn in.
          sort: (a: { datasetIndex?: number }, b: { datasetIndex?: number }) =>
            (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0),
        },
      },
      tooltip: tooltipStyle(colors) as TooltipOptions<'bar' | 'line'>,
    },
  };
}

/** Bar fill and border for a colour, opaque with a contrast border in high contrast. */
export function barColors(colors: ThemeColors, color: string) {
  return {
    backgroundColor: colors.highContrast ? color : withAlpha(color, colors.fillAlpha),
    borderColor: colors.contrastBorder ?? color,
    borderWidth: colors.highContrast ? 2 : 0,
  };
}

/**
 * A category name in lines of at most `width` characters, broken after spaces and dots, so a long
 * name beside a bar (a company, an input's path) wraps instead of running off a narrow chart.
 */
export function wrapCategory(label: string, width = 18): string | string[] {
  if (label.length <= width) return label;
  const pieces = label.match(/[^ .]+[ .]*/g) ?? [label];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line && (line + piece).trimEnd().length > width) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += piece;
  }
  if (line) lines.push(line.trimEnd());
  return lines.length === 1 ? lines[0]! : lines;
}

/** The pixels a line of a wrapped category name takes at the theme's font size. */
export function categoryLineHeight(colors: ThemeColors): number {
  return Math.ceil(colors.fontSize * 1.25);
}

/**
 * The height of the rows of a horizontal bar chart whose names wrap at `wrapAt` characters: each
 * row the room of its name's lines at `lineHeight` pixels, and at least `minRow`, so wrapped names
 * never run into each other.
 */
export function wrappedRowsHeight(
  labels: readonly string[],
  wrapAt: number,
  lineHeight: number,
  minRow: number,
): number {
  return labels.reduce((sum, label) => {
    const wrapped = wrapCategory(label, wrapAt);
    return sum + Math.max(minRow, (Array.isArray(wrapped) ? wrapped.length : 1) * lineHeight + 10);
  }, 0);
}
