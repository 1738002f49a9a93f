/** Offsets, lines and columns: the one place that turns character offsets into 1-based positions. */
import type { SourceSpan } from '../diagnostic';

/** A span of the text as 0-based character offsets [start, end). */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** Offsets of the first character of every line (the text's line ends are `\n`: see `normalizeLineEnds`). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * A lone CR is a line end in YAML and in the editor; `yaml` reads only LF and CRLF. Replacing each
 * lone CR by LF keeps every offset, so positions found in the normalised text hold in the original.
 */
export function normalizeLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** The offset of a 1-based line and column (undefined for a line the text does not have). */
export function offsetAt(lineStarts: readonly number[], line: number, column: number): number | undefined {
  const start = lineStarts[line - 1];
  return start === undefined ? undefined : start + column - 1;
}

/** 1-based line and column of an offset. */
export function positionAt(lineStarts: readonly number[], offset: number): { line: number; col: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, col: offset - lineStarts[low]! + 1 };
}

/** The 1-based span of the characters [start, end) of a text with the given line starts and length. */
export function spanOfOffsets(
  lineStarts: readonly number[],
  textLength: number,
  start: number,
  end: number,
): SourceSpan {
  const from = positionAt(lineStarts, Math.min(start, textLength));
  const to = positionAt(lineStarts, Math.min(Math.max(end, start), textLength));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

/** Where the nearest line above `lineStart` that is neither blank nor a comment starts (0 at the top). */
export function lineAbove(text: string, lineStart: number): number {
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (/\S/.test(line) && !/^\s*#/.test(line)) return start;
    end = start - 1;
  }
  return 0;
}
