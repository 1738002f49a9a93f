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
}

export type Cell = string | Figure;

/**
 * How a column lines up: `left` and `right` as text; `decimal` puts the decimal points of its
 * figures under each other, each figure given as many decimals as the column's most precise one
 * (but never more than its own formatter's), so "−1.5" and "12.25" read as " −1.50" and " 12.25".
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

/** A decimal-aligned column: every cell the same width, decimal points (or units digits) in line. */
function decimalColumn(cells: readonly Cell[]): string[] {
  const parsed = cells.map((cell) => {
    const text = terminalSafe(typeof cell === 'string' ? cell : cell.text);
    const parts = typeof cell === 'string' ? null : figureParts(text);
    return { text, parts, digits: typeof cell === 'string' ? 0 : cell.digits };
  });
  const decimals = Math.max(0, ...parsed.map((p) => p.parts?.fraction.length ?? 0));
  const split = parsed.map(({ text, parts, digits }) => {
    if (!parts) return { whole: text, rest: '' };
    const fraction = parts.fraction.padEnd(Math.min(decimals, Math.max(digits, parts.fraction.length)), '0');
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
  for (let i = 0; i < columns; i++) {
    if (alignOf(i) !== 'decimal') continue;
    const aligned = decimalColumn(body.map((row) => row[i] ?? ''));
    aligned.forEach((text, r) => (texts[r + 1]![i] = text));
  }
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
