/**
 * One chart: a section with a heading, the canvas (with an aria-label) and its data table for
 * screen readers. The Chart instance lives as long as the panel; a new model whose key (its JSON
 * and the theme) did not change is skipped, a changed one is written into `chart.data` in place and
 * drawn with `update('none')`, all of it once the figures are painted (drawScheduler.ts).
 */
import type { ChartDataset } from 'chart.js';
import type { SourceLinks } from '../../src/core/sourceLinks';
import { changeKey, ChangeTracker } from '../changeKey';
import { Chart } from '../charts/chartRegistry';
import { setReferenceLines } from '../charts/referenceLines';
import { setValueLabels } from '../charts/valueLabels';
import type { ChartPresentation, Presenter, SourcePosition, Theme } from '../charts/chartPresentation';
import { h, setAttr, setHidden, setText } from '../dom';
import { cancelDraw, drawWhenIdle } from '../drawScheduler';
import { resolveLink } from '../models/links';
import { DataTable } from './dataTable';

export interface ChartPanelOptions<M> {
  /** The `data-chart` value of the canvas: `revenue-it`, `bridge`, `leverage`, `investment-0`, … */
  id: string;
  heading: string;
  present: Presenter<M>;
  /** Extra class on the section (e.g. a taller canvas box). */
  className?: string;
  /** Heading level: h2 for the top charts, lower inside a card. */
  headingLevel?: 'h2' | 'h3' | 'h4';
}

/** Canvas → panel, so a click on a bar can reveal that bar's source line. */
const panelsByCanvas = new WeakMap<HTMLCanvasElement, ChartPanel<unknown>>();

export class ChartPanel<M> {
  readonly element: HTMLElement;
  readonly canvas: HTMLCanvasElement;
  readonly canvasBox: HTMLDivElement;
  private readonly headingElement: HTMLHeadingElement;
  private readonly captionElement: HTMLParagraphElement;
  private readonly table: DataTable;
  private readonly save: HTMLButtonElement;
  private readonly tracker = new ChangeTracker();
  private chart: Chart<'bar' | 'line'> | null = null;
  private presentation: ChartPresentation | null = null;
  /** The model and theme to draw next, set by `update`. */
  private next: { model: M; theme: Theme } | null = null;
  private links: SourceLinks = {};
  private lastLinksKey = '';
  private destroyed = false;
  /** Whether the chart drawn is the presentation's narrow layout. */
  private drawnNarrow = false;
  /** Redraws in the other layout when the canvas's width crosses the narrow layout's threshold. */
  private readonly resizeObserver =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => {
          if (this.chart && this.presentation && this.isNarrow(this.presentation) !== this.drawnNarrow)
            drawWhenIdle(this.redraw);
        });
  /** How many times the chart was drawn from a new model (also on the canvas as `data-draw-count`). */
  drawCount = 0;

  constructor(private readonly options: ChartPanelOptions<M>) {
    this.headingElement = h(options.headingLevel ?? 'h2', {
      className: 'chart-heading',
      text: options.heading,
    });
    this.captionElement = h('p', { className: 'chart-caption' });
    this.captionElement.hidden = true;
    this.canvas = h('canvas', { attrs: { 'data-chart': options.id, role: 'img' } });
    this.canvasBox = h('div', { className: 'chart-canvas-box' }, this.canvas);
    this.table = new DataTable({
      className: 'data-table chart-data-table',
      attrs: { 'data-chart-table': options.id },
    });
    this.save = h('button', {
      className: 'chart-save codicon codicon-device-camera',
      attrs: {
        type: 'button',
        'data-save-chart': options.id,
        title: 'Save this chart as a PNG image (also copied to the clipboard where allowed)',
        'aria-label': `Save the chart "${options.heading}" as an image`,
      },
    });
    this.element = h(
      'section',
      {
        className: `chart-panel${options.className ? ` ${options.className}` : ''}`,
        attrs: { 'data-chart-panel': options.id },
      },
      h('div', { className: 'chart-heading-row' }, this.headingElement, this.save),
      this.captionElement,
      this.canvasBox,
      // In a visually hidden box: a table is as wide as its content, whatever width it is given.
      h('div', { className: 'sr-only' }, this.table.element),
    );
    panelsByCanvas.set(this.canvas, this as ChartPanel<unknown>);
    this.resizeObserver?.observe(this.canvasBox);
  }

  setHeading(text: string): void {
    setText(this.headingElement, text);
  }

  /** Hides the canvas and its save button: nothing to draw (the caption says why, e.g. a tornado with no input). */
  setEmpty(empty: boolean): void {
    setHidden(this.canvasBox, empty);
    setHidden(this.save, empty);
  }

  /** One line under the heading that says what the chart shows (null: none). */
  setCaption(text: string | null): void {
    setText(this.captionElement, text ?? '');
    setHidden(this.captionElement, text === null);
  }

  /**
   * Draws the model, unless it and the theme are what is already drawn. The work waits for the
   * drawing (drawScheduler.ts), so a message only updates the figures in its own frame.
   */
  update(model: M, theme: Theme, links: SourceLinks): void {
    this.links = links;
    this.next = { model, theme };
    drawWhenIdle(this.drawPending);
  }

  /** Draws the latest model (see drawScheduler.ts: several updates before it draw once). */
  private readonly drawPending = (): void => {
    const next = this.next;
    this.next = null;
    if (!next || this.destroyed) return;
    if (!this.tracker.changed(changeKey(next.model, next.theme.key))) {
      this.updateTable(this.links);
      return;
    }
    const presentation = this.options.present(next.model, next.theme.colors);
    this.presentation = presentation;
    setAttr(this.canvas, 'aria-label', presentation.ariaLabel);
    this.updateTable(this.links, true);
    setValueLabels(this.canvas, presentation.valueLabels ?? null);
    setReferenceLines(this.canvas, presentation.referenceLines ?? null);
    this.draw(presentation);
    this.drawCount++;
    // A hook for end-to-end tests: how often this chart was drawn from a new model or theme.
    setAttr(this.canvas, 'data-draw-count', String(this.drawCount));
  };

  /** The table's link attributes follow the links even when the numbers did not change. */
  private updateTable(links: SourceLinks, force = false): void {
    if (!this.presentation) return;
    const key = JSON.stringify(links);
    if (!force && key === this.lastLinksKey) return;
    this.lastLinksKey = key;
    this.table.update(this.presentation.table, links);
  }

  /** The same presentation in the layout the canvas's width now calls for. */
  private readonly redraw = (): void => {
    if (this.presentation && !this.destroyed) this.draw(this.presentation);
  };

  private isNarrow(presentation: ChartPresentation): boolean {
    const width = this.canvasBox.clientWidth;
    return presentation.narrow !== undefined && width > 0 && width < presentation.narrow.below;
  }

  private draw(presentation: ChartPresentation): void {
    const narrow = this.isNarrow(presentation);
    const config = narrow && presentation.narrow ? presentation.narrow.config : presentation.config;
    const chart = this.chart;
    if (!chart || (chart.config as { type?: string }).type !== config.type || narrow !== this.drawnNarrow) {
      chart?.destroy();
      this.drawnNarrow = narrow;
      this.chart = new Chart(this.canvas, config);
      return;
    }
    chart.data.labels = config.data.labels ?? [];
    syncDatasets(chart.data.datasets, config.data.datasets);
    chart.options = config.options ?? {};
    chart.update('none');
  }

  /** The link key of the data point under a click, if the presenter maps points to source lines. */
  linkAt(event: MouseEvent): string | null {
    if (!this.presentation?.linksAt) return null;
    const hit = this.hitAt(event);
    return hit ? resolveLink(this.links, this.presentation.linksAt(hit.datasetIndex, hit.index)) : null;
  }

  /** The place in the file of the data point under a click, if the presenter knows it exactly. */
  positionAt(event: MouseEvent): SourcePosition | null {
    if (!this.presentation?.positionAt) return null;
    const hit = this.hitAt(event);
    return hit ? this.presentation.positionAt(hit.datasetIndex, hit.index) : null;
  }

  private hitAt(event: MouseEvent): { datasetIndex: number; index: number } | null {
    if (!this.chart) return null;
    const hits = this.chart.getElementsAtEventForMode(event, 'nearest', { intersect: true }, false);
    return hits[0] ?? null;
  }

  destroy(): void {
    this.destroyed = true;
    this.resizeObserver?.disconnect();
    cancelDraw(this.drawPending);
    cancelDraw(this.redraw);
    this.chart?.destroy();
    this.chart = null;
    this.tracker.reset();
    panelsByCanvas.delete(this.canvas);
    this.element.remove();
  }
}

/** The panel drawing on a canvas, if any. */
export function chartPanelOf(canvas: HTMLCanvasElement): ChartPanel<unknown> | undefined {
  return panelsByCanvas.get(canvas);
}

/**
 * Writes new datasets into the existing dataset objects, so chart.js keeps their metadata and
 * controllers (a new object per dataset would rebuild them).
 */
function syncDatasets(current: ChartDataset<'bar' | 'line'>[], next: ChartDataset<'bar' | 'line'>[]): void {
  current.length = Math.min(current.length, next.length);
  next.forEach((dataset, i) => {
    const existing = current[i] as unknown as Record<string, unknown> | undefined;
    if (!existing || existing.type !== dataset.type) {
      current[i] = dataset;
      return;
    }
    for (const key of Object.keys(existing)) {
      if (!key.startsWith('_') && !(key in dataset)) delete existing[key];
    }
    Object.assign(existing, dataset);
  });
}
