/**
 * A data table that updates in place: cells get new text, and rows are only added or removed when
 * the number of rows changes. Used visibly (scenario comparison) and visually hidden (`.sr-only`)
 * as the screen-reader twin of each chart.
 */
import type { SourceLinks } from '../../src/core/sourceLinks';
import { h, setAttr, setClass, setText } from '../dom';
import { resolveLink } from '../models/links';
import type { TableData, TableRow } from '../tableData';

export interface DataTableOptions {
  className?: string;
  /** Rows with a source link are focusable and reveal their line (visible tables only). */
  revealableRows?: boolean;
  /** Attributes on the `<table>` (e.g. `data-chart-table`). */
  attrs?: Record<string, string>;
}

export class DataTable {
  readonly element: HTMLTableElement;
  private readonly caption: HTMLTableCaptionElement;
  private readonly headRow: HTMLTableRowElement;
  private readonly body: HTMLTableSectionElement;

  constructor(private readonly options: DataTableOptions = {}) {
    this.caption = h('caption');
    this.headRow = h('tr');
    this.body = h('tbody');
    this.element = h(
      'table',
      { className: options.className ?? 'data-table', attrs: options.attrs ?? {} },
      this.caption,
      h('thead', {}, this.headRow),
      this.body,
    );
  }

  update(data: TableData, links: SourceLinks): void {
    setText(this.caption, data.caption);
    syncChildren(this.headRow, data.columns.length, () => h('th', { attrs: { scope: 'col' } }));
    data.columns.forEach((text, i) => setText(this.headRow.children[i]!, text));
    syncChildren(this.body, data.rows.length, () => h('tr'));
    data.rows.forEach((row, i) => this.updateRow(this.body.children[i] as HTMLTableRowElement, row, links));
  }

  private updateRow(tr: HTMLTableRowElement, row: TableRow, links: SourceLinks): void {
    const cellCount = row.cells.length + 1;
    if (tr.children.length !== cellCount) {
      tr.replaceChildren(h('th', { attrs: { scope: 'row' } }), ...row.cells.map(() => h('td')));
    }
    setText(tr.children[0]!, row.header);
    row.cells.forEach((text, i) => setText(tr.children[i + 1]!, text));
    setClass(tr, 'highlight', row.highlight === true);
    const link = row.links ? resolveLink(links, row.links) : null;
    setAttr(tr, 'data-link', link);
    if (this.options.revealableRows) {
      setAttr(tr, 'tabindex', link ? '0' : null);
      setClass(tr, 'revealable', link !== null);
    }
  }
}

/** Adds or removes children at the end until there are `count`. */
export function syncChildren(parent: Element, count: number, create: () => Element): void {
  while (parent.children.length > count) parent.lastElementChild!.remove();
  while (parent.children.length < count) parent.append(create());
}
