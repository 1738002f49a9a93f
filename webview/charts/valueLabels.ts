/**
 * A small chart.js plugin that writes labels on the chart itself: each bar's value beside it (margin
 * bridge, benchmarks) and the names of marked points (scenarios), so the chart reads without
 * hovering. Settings are per canvas and set by the panel.
 */
import type { Chart, Element, Plugin } from 'chart.js';
import { boxAbove, placeLabels, type LabelBox, type LabelCandidates } from './labelPlacement';

export interface ValueLabelSettings {
  /**
   * The text for a bar or point, or null for none; several texts are shorter and shorter forms of
   * the same value, used when the longer ones would run into a neighbour.
   */
  format: (datasetIndex: number, index: number) => string | readonly string[] | null;
  /** Which labels stay when not all fit (higher first); default 0. */
  priority?: (datasetIndex: number, index: number) => number;
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

/** A label to write: its texts, and for each of its options the text and where it goes. */
interface Pending {
  options: { text: string; box: LabelBox }[];
  priority: number;
}

/** The pixel size of a CSS font shorthand (`12px "Segoe UI"` → 12). */
function fontPixels(font: string): number {
  const match = /(\d+(?:\.\d+)?)px/.exec(font);
  return match ? Number(match[1]) : 12;
}

export const valueLabelsPlugin: Plugin<'bar' | 'line'> = {
  id: 'itcaseValueLabels',
  afterDatasetsDraw(chart: Chart) {
    const settings = settingsByCanvas.get(chart.canvas);
    if (!settings) return;
    const { ctx } = chart;
    ctx.save();
    ctx.font = settings.font;
    const height = fontPixels(settings.font) + 2;
    const entries: { type: string; element: Element; texts: string[]; priority: number }[] = [];
    for (const meta of chart.getSortedVisibleDatasetMetas()) {
      meta.data.forEach((element, index) => {
        const format = settings.format(meta.index, index);
        const texts = format === null ? [] : typeof format === 'string' ? [format] : [...format];
        const priority = settings.priority?.(meta.index, index) ?? 0;
        if (texts.length > 0) entries.push({ type: meta.type, element, texts, priority });
      });
    }
    // Every label gets as many texts as the one with most, so the same rank means the same kind of text.
    const ranks = Math.max(0, ...entries.map((e) => e.texts.length));
    const pending: Pending[] = entries.map(({ type, element, texts, priority }) => {
      const { x, y, base, horizontal } = element.getProps(['x', 'y', 'base', 'horizontal'], true) as {
        x: number;
        y: number;
        base: number;
        horizontal: boolean;
      };
      const options: Pending['options'] = [];
      for (let rank = 0; rank < ranks; rank++) {
        const text = texts[Math.min(rank, texts.length - 1)]!;
        const width = ctx.measureText(text).width;
        if (type !== 'bar') {
          // A marked point: its name to the right and above it, else moved round the point.
          const radius = Number((element.options as { radius?: number } | undefined)?.radius ?? 4) + 3;
          for (const [dx, dy] of [
            [1, -1],
            [-1, -1],
            [1, 1],
            [-1, 1],
          ] as const) {
            const left = dx > 0 ? x + radius : x - radius - width;
            const top = dy < 0 ? y - radius - height : y + radius;
            options.push({ text, box: { left, top, right: left + width, bottom: top + height } });
          }
        } else if (horizontal) {
          const left = Math.max(x, base) + 6;
          options.push({
            text,
            box: { left, top: y - height / 2, right: left + width, bottom: y + height / 2 },
          });
        } else {
          options.push({ text, box: boxAbove(x, Math.min(y, base) - 4, width, height) });
        }
      }
      if (type === 'bar' && horizontal) {
        // No room past the bar's end: over the end of the bar rather than left out.
        const text = texts[texts.length - 1]!;
        const width = ctx.measureText(text).width;
        const left = Math.min(Math.max(x, base) + 6, chart.width - width - 2);
        options.push({
          text,
          box: { left, top: y - height / 2, right: left + width, bottom: y + height / 2 },
        });
      }
      return { options, priority };
    });
    const area: LabelBox = { left: 0, top: 0, right: chart.width, bottom: chart.chartArea.bottom };
    const candidates: LabelCandidates[] = pending.map((p) => ({
      options: p.options.map((o) => o.box),
      priority: p.priority,
    }));
    const chosen = placeLabels(candidates, area);
    ctx.fillStyle = settings.color;
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3;
    if (settings.halo) ctx.strokeStyle = settings.halo;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'bottom';
    pending.forEach((label, i) => {
      const pick = chosen[i];
      const option = pick === null || pick === undefined ? undefined : label.options[pick];
      if (!option) return;

      if (settings.halo) ctx.strokeText(option.text, option.box.left, option.box.bottom - 1);
      ctx.fillText(option.text, option.box.left, option.box.bottom - 1);
    });
    ctx.restore();
  },
};
