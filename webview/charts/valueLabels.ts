/**
 * A small chart.js plugin that writes labels on the chart itself: each bar's value beside it (margin
 * bridge, benchmarks) and the names of marked points (scenarios), so the chart reads without
 * hovering. Settings are per canvas and set by the panel.
 */
import type { Chart, Plugin } from 'chart.js';

export interface ValueLabelSettings {
  /** The text for a bar or point, or null for none. */
  format: (datasetIndex: number, index: number) => string | null;
  color: string;
  /** A CSS font shorthand, e.g. `12px "Segoe UI"`. */
  font: string;
  /** Drawn around the text so it stays readable over lines and grid (the background colour). */
  halo?: string;
}

const settingsByCanvas = new WeakMap<HTMLCanvasElement, ValueLabelSettings>();

export function setValueLabels(canvas: HTMLCanvasElement, settings: ValueLabelSettings | null): void {
  if (settings) settingsByCanvas.set(canvas, settings);
  else settingsByCanvas.delete(canvas);
}

export const valueLabelsPlugin: Plugin<'bar' | 'line'> = {
  id: 'itcaseValueLabels',
  afterDatasetsDraw(chart: Chart) {
    const settings = settingsByCanvas.get(chart.canvas);
    if (!settings) return;
    const { ctx } = chart;
    ctx.save();
    ctx.fillStyle = settings.color;
    ctx.font = settings.font;
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3;
    if (settings.halo) ctx.strokeStyle = settings.halo;
    const write = (text: string, x: number, y: number) => {
      if (settings.halo) ctx.strokeText(text, x, y);
      ctx.fillText(text, x, y);
    };
    for (const meta of chart.getSortedVisibleDatasetMetas()) {
      meta.data.forEach((element, index) => {
        const text = settings.format(meta.index, index);
        if (!text) return;
        const { x, y, base, horizontal } = element.getProps(['x', 'y', 'base', 'horizontal'], true) as {
          x: number;
          y: number;
          base: number;
          horizontal: boolean;
        };
        if (meta.type !== 'bar') {
          // A marked point: its name above and to the right of it.
          const radius = Number((element.options as { radius?: number } | undefined)?.radius ?? 4);
          const fitsRight = x + radius + 3 + ctx.measureText(text).width <= chart.chartArea.right;
          ctx.textAlign = fitsRight ? 'left' : 'right';
          ctx.textBaseline = 'bottom';
          write(text, fitsRight ? x + radius + 3 : x - radius - 3, y - radius);
        } else if (horizontal) {
          ctx.textAlign = 'left';
          ctx.textBaseline = 'middle';
          const width = ctx.measureText(text).width;
          write(text, Math.min(Math.max(x, base) + 6, chart.width - width - 2), y);
        } else {
          ctx.textAlign = 'center';
          ctx.textBaseline = 'bottom';
          write(text, x, Math.min(y, base) - 4);
        }
      });
    }
    ctx.restore();
  },
};
