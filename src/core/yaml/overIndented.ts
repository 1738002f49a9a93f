/**
 * A key indented further than the key above it (`name: Walmart`, then `   industry: retail`). YAML
 * reads the line as more of the value above, finds a key in that value and says "Nested mappings
 * are not allowed in compact mappings" and "Implicit keys need to be on a single line" at that
 * value; after a comment, which ends the value, it says "All mapping items must start at the same
 * column" at the line's first space. The slip is the line's indentation, so it is said at its key,
 * with the column it belongs in.
 */
import type { YAMLError } from 'yaml';
import type { TextSpan } from './spans';

/**
 * For one of yaml's errors: the key indented too far and the message, when the error is one of
 * those above and its line holds a plain key indented further than the key of the line above;
 * null otherwise (another mistake, which keeps yaml's words).
 */
export function overIndentedKey(text: string, error: YAMLError): { span: TextSpan; message: string } | null {
  const [start, end] = error.pos;
  if (error.code === 'MULTILINE_IMPLICIT_KEY') {
    // The value runs from the line above onto this one, and no further.
    const aboveEnd = text.indexOf('\n', start);
    if (aboveEnd < 0 || end <= aboveEnd || text.lastIndexOf('\n', end - 1) > aboveEnd) return null;
    return overIndented(text, text.lastIndexOf('\n', start - 1) + 1, aboveEnd + 1, end);
  }
  if (error.code === 'BAD_INDENT' && /^All mapping items must start at the same column/.test(error.message)) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    if (lineStart !== start || lineStart === 0) return null;
    const colon = /^ *[^\s#:][^:#\n]*?:(?=[ \t\n]|$)/.exec(text.slice(lineStart));
    if (!colon) return null;
    return overIndented(text, aboveLineStart(text, lineStart), lineStart, lineStart + colon[0].length - 1);
  }
  return null;
}

/** The key of the line at `lineStart`, which ends at `keyEnd`, against the key of the line at `aboveStart`. */
function overIndented(
  text: string,
  aboveStart: number,
  lineStart: number,
  keyEnd: number,
): { span: TextSpan; message: string } | null {
  const above = /^( *(?:- +)?)([^\s#:][^:#\n]*?):(?=[ \t\n]|$)/.exec(text.slice(aboveStart, lineStart));
  const line = /^( *)([^\s#:"'[\]{}&*!|>%@`,?-][^:#]*?)$/.exec(text.slice(lineStart, keyEnd));
  if (!above || !line) return null;
  const column = above[1]!.length;
  if (line[1]!.length <= column) return null;
  const key = line[2]!;
  const keyStart = lineStart + line[1]!.length;
  return {
    span: { start: keyStart, end: keyStart + key.length },
    message:
      `YAML: \`${key}\` is indented further than \`${above[2]!}\` on the line above, and the keys of ` +
      `one map start in one column: start it in column ${column + 1}, under \`${above[2]!}\`.`,
  };
}

/** Where the nearest line above `lineStart` that is neither blank nor a comment starts. */
function aboveLineStart(text: string, lineStart: number): number {
  let end = lineStart - 1;
  for (;;) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (/\S/.test(text.slice(start, end)) && !/^\s*#/.test(text.slice(start, end))) return start;
    if (start === 0) return 0;
    end = start - 1;
  }
}
