/** Aligned text tables for a terminal: a header row, a rule of dashes, then the rows. */
import { terminalSafe } from './terminalText';

/**
 * A figure as a formatter of `src/core/format.ts` wrote it, and the most decimals that formatter was
 * asked for. Those formatters drop trailing zeros ("10%" for 0.1 at one decimal), so padding the
 * figure with zeros up to `digits` shows the same rounded value.
 */
export interface Figure {
  text: string;
  digits: number;
  /**
   * What the figure counts in (`money`, `%`, `×`). In decimal-aligned columns the figures of one
   * unit share their decimals across the whole table, and take none from another unit's: a row of
   * money reads `100` or `100.0` in every period, never `100.0` because a `5.0×` shares its column.
   * Figures without a unit share their decimals with the other such figures of their column.
   */
  unit?: string;
}

export type Cell = string | Figure;

/**
 * How a column lines up: `left` and `right` as text; `decimal` puts the decimal points of its
 * figures under each other (a figure without decimals has its units digit there), each figure given
 * as many decimals as the most precise figure of its unit (but never more than its own formatter's),
 * so "−1.5" and "12.25" read as " −1.50" and " 12.25", and "100" beside "5.0×" stays "100".
 */
export type Align = 'left' | 'right' | 'decimal';

/** `text` with its fraction padded with zeros to `digits` decimals: "37%" → "37.0%" for 1. */
export function withDecimals(text: string, digits: number): string {
  const parts = figureParts(text);
  if (!parts || parts.fraction.length >= digits) return text;
  return `${parts.whole}.${parts.fraction.padEnd(digits, '0')}${parts.suffix}`;
}

/** A formatted figure split at its decimal point: "USD −1,234.5B" → "USD −1,234", "5", "B". */
function figureParts(text: string): { whole: string; fraction: string; suffix: string } | null {
  const match = /^(.*?\d[\d,]*)(?:\.(\d+))?(\D*)$/.exec(text);
  if (!match) return null;
  return { whole: match[1]!, fraction: match[2] ?? '', suffix: match[3]! };
}

interface ParsedCell {
  text: string;
  parts: { whole: string; fraction: string; suffix: string } | null;
  digits: number;
  /** The cells that share their decimals: the figure's unit, or its column. */
  group: string;
}

function parseCell(cell: Cell, column: number): ParsedCell {
  const text = terminalSafe(typeof cell === 'string' ? cell : cell.text);
  if (typeof cell === 'string') return { text, parts: null, digits: 0, group: '' };
  const group = cell.unit === undefined ? `column ${column}` : `unit ${cell.unit}`;
  return { text, parts: figureParts(text), digits: cell.digits, group };
}

/** A decimal-aligned column: every cell the same width, decimal points (or units digits) in line. */
function decimalColumn(cells: readonly ParsedCell[], decimals: ReadonlyMap<string, number>): string[] {
  const split = cells.map(({ text, parts, digits, group }) => {
    if (!parts) return { whole: text, rest: '' };
    const wanted = Math.min(decimals.get(group) ?? 0, Math.max(digits, parts.fraction.length));
    const fraction = parts.fraction.padEnd(wanted, '0');
    return { whole: parts.whole, rest: `${fraction ? `.${fraction}` : ''}${parts.suffix}` };
  });
  const whole = Math.max(0, ...split.map((s) => s.whole.length));
  const rest = Math.max(0, ...split.map((s) => s.rest.length));
  return split.map((s) => s.whole.padStart(whole) + s.rest.padEnd(rest));
}

/**
 * Rows as aligned columns, the first row the header. Every cell is made terminal-safe before it
 * is measured, so widths count what is printed. Without `align`, the first column is left-aligned
 * and the others right-aligned. Lines carry no trailing spaces.
 */
export function table(rows: readonly (readonly Cell[])[], align?: readonly Align[]): string {
  const [head = [], ...body] = rows;
  const columns = Math.max(...rows.map((row) => row.length));
  const alignOf = (i: number): Align => align?.[i] ?? (i === 0 ? 'left' : 'right');
  const cellText = (cell: Cell | undefined) =>
    terminalSafe(cell === undefined ? '' : typeof cell === 'string' ? cell : cell.text);
  const texts: string[][] = [head.map(cellText), ...body.map((row) => row.map(cellText))];
  const decimalColumns = Array.from({ length: columns }, (_, i) => i).filter((i) => alignOf(i) === 'decimal');
  const parsed = new Map(decimalColumns.map((i) => [i, body.map((row) => parseCell(row[i] ?? '', i))]));
  /** The most decimals any figure of each group was written with, over the whole table. */
  const decimals = new Map<string, number>();
  for (const cell of [...parsed.values()].flat())
    if (cell.parts)
      decimals.set(cell.group, Math.max(decimals.get(cell.group) ?? 0, cell.parts.fraction.length));
  for (const [i, cells] of parsed)
    decimalColumn(cells, decimals).forEach((text, r) => (texts[r + 1]![i] = text));
  const widths = Array.from({ length: columns }, (_, i) =>
    Math.max(...texts.map((row) => (row[i] ?? '').length)),
  );
  const line = (row: readonly string[]) =>
    widths
      .map((width, i) => {
        const text = row[i] ?? '';
        return alignOf(i) === 'left' ? text.padEnd(width) : text.padStart(width);
      })
      .join('  ')
      .replace(/ +$/, '');
  return [line(texts[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...texts.slice(1).map(line)].join(
    '\n',
  );
}
