/**
 * A place for a chart that is not always there (the fan chart without ranges in the file, say): the
 * panel is made when there is a model and destroyed when there is none, so every chart canvas in the
 * page is one that is drawn.
 */
import type { Theme } from '../charts/chartPresentation';
import { h } from '../dom';
import { ChartPanel, type ChartPanelOptions } from './chartPanel';

export class ChartSlot<M> {
  /** Takes the panel's place in the layout (`display: contents`). */
  readonly element = h('div', { className: 'chart-slot' });
  private current: ChartPanel<M> | null = null;

  constructor(
    private readonly options: ChartPanelOptions<M>,
    /** Sets up a new panel: a caption, notes under it. */
    private readonly setUp: (panel: ChartPanel<M>) => void = () => undefined,
  ) {}

  get panel(): ChartPanel<M> | null {
    return this.current;
  }

  /**
   * Draws the model (after `before` set the panel's heading, caption or size), or removes the chart
   * when the model is null.
   */
  show(model: M | null, theme: Theme, before: (panel: ChartPanel<M>) => void = () => undefined): void {
    if (model === null) {
      this.clear();
      return;
    }
    if (!this.current) {
      this.current = new ChartPanel(this.options);
      this.setUp(this.current);
      this.element.append(this.current.element);
    }
    before(this.current);
    this.current.update(model, theme, {});
  }

  clear(): void {
    this.current?.destroy();
    this.current = null;
  }
}
