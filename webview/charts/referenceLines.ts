/**
 * A small chart.js plugin that draws straight reference lines across the plot: NPV = 0 on a
 * histogram, the point estimate through a tornado, zero profit on the fan chart. A line whose value
 * is outside the axis is not drawn. Settings are per canvas and set by the panel.
 */
import type { Chart, Plugin } from 'chart.js';

export interface ReferenceLine {
  /** The scale the value is on: `x` draws a vertical line, `y` a horizontal one. */
  axis: 'x' | 'y';
  value: number;
  color: string;
  width: number;
  dash?: number[];
  /** Written at the line's end (top for x, right for y), drawn on the canvas as text. */
  label?: string;
  /** A CSS font shorthand for the label. */
  font?: string;
}

const linesByCanvas = new WeakMap<HTMLCanvasElement, readonly ReferenceLine[]>();

export function setReferenceLines(canvas: HTMLCanvasElement, lines: readonly ReferenceLine[] | null): void {
  if (lines && lines.length) linesByCanvas.set(canvas, lines);
  else linesByCanvas.delete(canvas);
}

export const referenceLinesPlugin: Plugin<'bar' | 'line'> = {
  id: 'itcaseReferenceLines',
  afterDatasetsDraw(chart: Chart) {
    const lines = linesByCanvas.get(chart.canvas);
    if (!lines) return;
    const { ctx, chartArea } = chart;
    for (const line of lines) {
      const scale = chart.scales[line.axis];
      if (!scale || line.value < scale.min || line.value > scale.max) continue;
      const at = scale.getPixelForValue(line.value);
      ctx.save();
      ctx.strokeStyle = line.color;
      ctx.lineWidth = line.width;
      ctx.setLineDash(line.dash ?? []);
      ctx.beginPath();
      if (line.axis === 'x') {
        ctx.moveTo(at, chartArea.top);
        ctx.lineTo(at, chartArea.bottom);
      } else {
        ctx.moveTo(chartArea.left, at);
        ctx.lineTo(chartArea.right, at);
      }
      ctx.stroke();
      if (line.label) {
        ctx.setLineDash([]);
        ctx.fillStyle = line.color;
        if (line.font) ctx.font = line.font;
        if (line.axis === 'x') {
          const width = ctx.measureText(line.label).width;
          const fitsRight = at + 4 + width <= chartArea.right;
          ctx.textAlign = fitsRight ? 'left' : 'right';
          ctx.textBaseline = 'top';
          ctx.fillText(line.label, fitsRight ? at + 4 : at - 4, chartArea.top + 2);
        } else {
          ctx.textAlign = 'right';
          ctx.textBaseline = 'bottom';
          ctx.fillText(line.label, chartArea.right - 2, at - 2);
        }
      }
      ctx.restore();
    }
  },
};
