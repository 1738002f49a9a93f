/** What a data table shows: plain strings, so it can be computed without a DOM and compared. */
export interface TableRow {
  /** The row header (first cell, `<th scope="row">`). */
  header: string;
  cells: string[];
  /** Source link key candidates of the row, most specific first. */
  links?: string[];
  /** Marks a row (e.g. this case among benchmarks) for styling. */
  highlight?: boolean;
}

export interface TableData {
  caption: string;
  /** Column headers, the first one over the row headers. */
  columns: string[];
  rows: TableRow[];
}
