/**
 * The text with the closer of each unclosed `[` or `{` put in, as a compiler inserts a missing token
 * to read on. `yaml` reads the lines after an unclosed `[` as part of it and reports each of them (a
 * list item's next key gives two problems a line); read again with the `]` in, those lines are read
 * as written, so their own problems can be told and the `[` stays the one mistake.
 */
import type { Unclosed } from './unclosed';
import { lineAbove, type TextSpan } from './spans';

export interface ClosedFlows {
  readonly text: string;
  /** The offset of each inserted closer in `text`. */
  readonly closers: readonly number[];
  /** Each closed list or map in `text`, from its opener to its inserted closer. */
  readonly spans: readonly TextSpan[];
}

/**
 * Each closer goes right after the last thing written before the place yaml noticed the list was
 * not closed (the next key, or the end of the file): after `1` in `bogus: [1` followed by a blank
 * line and `- name: …`, never into a comment.
 */
export function closeFlows(text: string, openings: readonly Unclosed[]): ClosedFlows {
  const inserts = openings
    .filter((o): o is Unclosed & { closer: ']' | '}' } => o.closer !== undefined)
    .map((o) => ({
      start: o.span.start,
      at: Math.max(o.span.end, contentEndBefore(text, o.end)),
      closer: o.closer,
    }))
    // At one place, an inner list's closer comes before the outer one's.
    .sort((a, b) => a.at - b.at || b.start - a.start);
  let out = '';
  let from = 0;
  const closers: number[] = [];
  for (const insert of inserts) {
    out += text.slice(from, insert.at);
    closers.push(out.length);
    out += insert.closer;
    from = insert.at;
  }
  out += text.slice(from);
  const places = inserts.map((insert) => insert.at);
  const spans = inserts.map((insert, i) => ({
    start: insert.start + countBelow(places, insert.start, true),
    end: closers[i]! + 1,
  }));
  return { text: out, closers, spans };
}

/** The end of the last text before `end` that is not blank or a comment (a `#` after a space). */
function contentEndBefore(text: string, end: number): number {
  const content = (from: number, to: number) =>
    text
      .slice(from, to)
      .replace(/(^|\s)#.*$/, '')
      .trimEnd().length;
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  const own = content(lineStart, end);
  if (own > 0 || lineStart === 0) return lineStart + own;
  const above = lineAbove(text, lineStart);
  const aboveEnd = text.indexOf('\n', above);
  return above + content(above, aboveEnd < 0 ? text.length : aboveEnd);
}

/** How many of `sorted` (ascending) are below `offset`, or at it too when `orAt`: a binary search. */
function countBelow(sorted: readonly number[], offset: number, orAt: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < offset || (orAt && sorted[mid] === offset)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The offset in the text as written of an offset in the text with `closers` (ascending) put in. */
export function unclosedOffset(closers: readonly number[], offset: number): number {
  return offset - countBelow(closers, offset, false);
}
