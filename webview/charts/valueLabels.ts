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
          ctx.textAlign = 'left';
          ctx.textBaseline = 'bottom';
          ctx.fillText(text, x + radius + 3, y - radius);
        } else if (horizontal) {
          ctx.textAlign = 'left';
          ctx.textBaseline = 'middle';
          ctx.fillText(text, Math.max(x, base) + 6, y);
        } else {
          ctx.textAlign = 'center';
          ctx.textBaseline = 'bottom';
          ctx.fillText(text, x, Math.min(y, base) - 4);
        }
      });
    }
    ctx.restore();
  },
};
