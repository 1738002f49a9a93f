/**
 * The simulated figures as tables (`[data-simulated-figures]`): operating profit of the last period
 * for the base case and each scenario, then one row per investment. Hidden without a simulation;
 * the rows update in place.
 */
import type { SourceLinks } from '../../src/core/sourceLinks';
import { h, setHidden, setText } from '../dom';
import type { SimulatedFigures } from '../models/simulatedFiguresModel';
import type { TableData } from '../tableData';
import { DataTable } from './dataTable';

export class SimulatedFiguresTables {
  readonly element: HTMLElement;
  private readonly outcomes = new ScrollingTable('outcomes', 'Operating profit over the trials');
  private readonly investments = new ScrollingTable('investments', 'Investments over the trials');

  constructor() {
    this.element = h(
      'div',
      { className: 'simulated-figures', attrs: { 'data-simulated-figures': '' } },
      h('h3', { className: 'simulated-heading', text: 'The simulated figures' }),
      ...this.outcomes.elements,
      ...this.investments.elements,
    );
    setHidden(this.element, true);
  }

  update(figures: SimulatedFigures | null, links: SourceLinks): void {
    setHidden(this.element, figures === null);
    if (!figures) return;
    this.outcomes.update(figures.outcomes, links);
    this.investments.update(figures.investments, links);
  }
}

/**
 * A table that is wider than the preview scrolls in a region a keyboard can focus and scroll. Its
 * caption, which would scroll away with it, is read by screen readers; the same words stand visibly
 * above the region (hidden from screen readers, so they are not read twice).
 */
class ScrollingTable {
  private readonly table: DataTable;
  private readonly note = h('p', { className: 'simulated-note', attrs: { 'aria-hidden': 'true' } });
  private readonly region: HTMLElement;

  constructor(kind: 'outcomes' | 'investments', label: string) {
    this.table = new DataTable({
      className: 'data-table simulated-table',
      revealableRows: true,
      attrs: { 'data-simulated': kind },
    });
    this.region = h(
      'div',
      { className: 'table-scroll', attrs: { role: 'region', 'aria-label': label, tabindex: '0' } },
      this.table.element,
    );
  }

  get elements(): HTMLElement[] {
    return [this.note, this.region];
  }

  update(data: TableData | null, links: SourceLinks): void {
    setHidden(this.note, data === null);
    setHidden(this.region, data === null);
    if (!data) return;
    setText(this.note, data.caption);
    this.table.update(data, links);
  }
}
