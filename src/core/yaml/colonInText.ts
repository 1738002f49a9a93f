/**
 * `title: Walmart: the case`, `note: see: FY2014`: a ": " inside a plain text makes YAML read a key
 * and its value where the text goes, and yaml says "Nested mappings are not allowed in compact
 * mappings". Said in the words of the slip, on the text, with the quoting that keeps it as written
 * (the quick fix `quoteText` writes it).
 */
import type { TextSpan } from './spans';

/** The message's lead; the quick fix recognises the diagnostic by it. */
export const COLON_IN_TEXT = 'YAML: the ": " inside this text';

/** Longer texts are not repeated in the message (the quick fix still quotes them). */
const SHOWN_LENGTH = 60;

/**
 * The plain text that starts at `start` (where yaml placed its error) and runs to the end of its
 * line, a comment left out; null when it is not a plain text holding ": " (a quoted or flow value,
 * an anchor, a block scalar: another mistake, which keeps yaml's words).
 */
export function colonInText(text: string, start: number): { span: TextSpan; message: string } | null {
  const value = plainTextFrom(text, start);
  if (!/^[^\s"'[\]{}&*!|>%@`#,?:-]/.test(value) || !value.includes(': ')) return null;
  const quoted = JSON.stringify(value);
  const fix = quoted.length <= SHOWN_LENGTH ? `: ${quoted}` : ' (the quick fix does it)';
  return {
    span: { start, end: start + value.length },
    message: `${COLON_IN_TEXT} starts a key and its value, which cannot stand here. To keep the text as written, put it in quotes${fix}.`,
  };
}

/** The text from `start` to the end of its line, without a trailing comment or spaces. */
export function plainTextFrom(text: string, start: number): string {
  const lineEnd = text.indexOf('\n', start);
  const line = text.slice(start, lineEnd < 0 ? text.length : lineEnd);
  const comment = line.search(/\s#/);
  return (comment >= 0 ? line.slice(0, comment) : line).trimEnd();
}

/** The text a quick fix writes in place of the plain text: the same characters, in double quotes. */
export function quoteText(value: string): string {
  return JSON.stringify(value);
}

/**
 * The text with each slip's plain text in quotes (as the quick fix writes it), and where a place in
 * it stands in the text as written: only the slips' lines move, by the quotes put in before it.
 * `spans` do not overlap and each lies on one line.
 */
export function quoteSlips(
  text: string,
  spans: readonly TextSpan[],
): { text: string; written: (offset: number) => number } {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let quoted = '';
  let from = 0;
  // Each slip in the quoted text: where it starts, how long it is there, and the shift before it.
  const placed = sorted.map((span) => {
    const shift = quoted.length + (span.start - from) - span.start;
    const newText = quoteText(text.slice(span.start, span.end));
    quoted += text.slice(from, span.start) + newText;
    from = span.end;
    return { span, start: span.start + shift, length: newText.length, shift };
  });
  quoted += text.slice(from);
  const written = (offset: number): number => {
    // The last slip that starts at or before `offset` (a binary search: a file may have thousands).
    let low = 0;
    let high = placed.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (placed[mid]!.start <= offset) low = mid + 1;
      else high = mid;
    }
    const slip = placed[low - 1];
    if (!slip) return offset;
    const { span, start, length, shift } = slip;
    // Inside the quotes: a place in the text as written (exact up to an escape, which shifts it by one),
    // the quotes at the text's ends. Only the slip's own line, which its problem covers, has such places.
    if (offset < start + length) return Math.min(span.end, span.start + Math.max(0, offset - start - 1));
    return offset - shift - (length - (span.end - span.start));
  };
  return { text: quoted, written };
}
