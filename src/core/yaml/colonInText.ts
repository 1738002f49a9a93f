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
