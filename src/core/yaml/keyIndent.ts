/**
 * A key out of line with the key above it, the commonest slip in indentation:
 *
 * - further in (`   industry: retail` under `  name: Walmart`): YAML reads the line as more of the
 *   value above, finds a key in that value and says "Nested mappings are not allowed in compact
 *   mappings" and "Implicit keys need to be on a single line" at that value; after a comment, which
 *   ends the value, "All mapping items must start at the same column" at the line's first space;
 * - less far in, but further than what holds the map (` industry: retail` under `  name: Walmart`
 *   in `company:`, or a scenario's key left of its siblings): "All mapping items must start at the
 *   same column", or "Sequence item without - indicator", at the line's first space, and then the
 *   line after it reads as indented too far.
 *
 * - a list item (`- name: …`) whose `-` is out of line with the `-` of the item above it: "A block
 *   sequence may not be used as an implicit map key" or "All sequence items must start at the same
 *   column", and more for the lines after it.
 *
 * The slip is the line's indentation, so it is said at its key, with the column it belongs in, and
 * what follows from it is not said again. So is a tab that indents a line ("Tabs are not allowed as
 * indentation", and the two errors above for the rest of its line).
 */
import type { YAMLError } from 'yaml';
import { lineAbove, type TextSpan } from './spans';

export interface KeyIndent {
  /** The key out of line. */
  span: TextSpan;
  message: string;
  /** Where yaml's other errors are this one's doing: not said again. */
  followOns: TextSpan;
}

/**
 * For one of yaml's errors: the key out of line and the message, when the error is one of those
 * above; null for another mistake, which keeps yaml's words.
 */
export function keyIndent(text: string, error: YAMLError): KeyIndent | null {
  const [start, end] = error.pos;
  if (error.code === 'TAB_AS_INDENT') {
    // What yaml makes of the rest of the line (a key in the value above, on two lines) is the tab's doing.
    const lineEnd = text.indexOf('\n', start);
    return {
      span: { start, end: start + 1 },
      message: 'YAML: a tab indents this line, and YAML indents with spaces only: put spaces in its place.',
      followOns: { start, end: lineEnd < 0 ? text.length : lineEnd },
    };
  }
  if (error.code === 'MULTILINE_IMPLICIT_KEY') {
    // The value runs from the line above onto this one, and no further.
    const aboveEnd = text.indexOf('\n', start);
    if (aboveEnd < 0 || end <= aboveEnd || text.lastIndexOf('\n', end - 1) > aboveEnd) return null;
    const found = outOfLine(text, text.lastIndexOf('\n', start - 1) + 1, aboveEnd + 1);
    // yaml's other error about that value is at the same place.
    return found && { ...found, followOns: { start, end: start + 1 } };
  }
  const item = itemOutOfLine(text, error);
  if (item !== undefined) return item;
  const mapItems =
    error.code === 'BAD_INDENT' && /^All mapping items must start at the same column/.test(error.message);
  const listItem = error.code === 'MISSING_CHAR' && /^Sequence item without - indicator/.test(error.message);
  if (!mapItems && !listItem) return null;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (lineStart !== start || lineStart === 0) return null;
  return outOfLine(text, lineAbove(text, lineStart), lineStart);
}

const KEY_LINE = /^( *(?:- +)?)([^\s#:][^:#\n]*?):(?=[ \t\n]|$)/;
const PLAIN_KEY_LINE = /^( *)([^\s#:"'[\]{}&*!|>%@`,?-][^:#\n]*?):(?=[ \t\n]|$)/;

/** The key of the line at `lineStart` against the key of the line at `aboveStart`. */
function outOfLine(text: string, aboveStart: number, lineStart: number): KeyIndent | null {
  const above = KEY_LINE.exec(text.slice(aboveStart));
  const line = PLAIN_KEY_LINE.exec(text.slice(lineStart));
  if (!above || !line) return null;
  const column = above[1]!.length;
  const indent = line[1]!.length;
  // In line with the key above, or as far left as what holds the map: another mistake. (What holds
  // it is looked for only left of the key: walking up a long map for each line would be quadratic.)
  const holder = indent < column ? holderIndent(text, aboveStart, column) : -1;
  if (indent === column || indent <= holder) return null;
  const key = line[2]!;
  const sibling = above[2]!;
  const keyStart = lineStart + indent;
  return {
    span: { start: keyStart, end: keyStart + key.length },
    message:
      `YAML: \`${key}\` starts in column ${indent + 1} and \`${sibling}\` on the line above in column ` +
      `${column + 1}, and the keys of one map start in one column: move it under \`${sibling}\`.`,
    // A key less far in splits the map: its siblings after it each read as out of line too.
    followOns: { start: lineStart, end: indent < column ? blockEnd(text, lineStart, holder) : lineStart + 1 },
  };
}

/**
 * A list item (`- name: …`) whose `-` is out of line with the `-` of the item above it: yaml says "A
 * block sequence may not be used as an implicit map key" at its line, or "All sequence items must
 * start at the same column" at its `-`, and more for the lines after it. Undefined when the error is
 * not one of those; null when it is, but the line above holds no item of the same list.
 */
function itemOutOfLine(text: string, error: YAMLError): KeyIndent | null | undefined {
  const start = error.pos[0];
  const sequence =
    (error.code === 'BLOCK_AS_IMPLICIT_KEY' &&
      /^A block sequence may not be used as an implicit map key/.test(error.message)) ||
    (error.code === 'BAD_INDENT' && /^All sequence items must start at the same column/.test(error.message));
  if (!sequence) return undefined;
  // yaml may place it on the comments above the item.
  let lineStart = text.lastIndexOf('\n', start - 1) + 1;
  while (/^\s*(#.*)?\n/.test(text.slice(lineStart, text.indexOf('\n', lineStart) + 1)))
    lineStart = text.indexOf('\n', lineStart) + 1;
  const dash = /^ *-(?= )/.exec(text.slice(lineStart))?.[0].length;
  if (dash === undefined || lineStart === 0) return null;
  // The item above: the nearest line that starts with `- `, with nothing left of both between.
  let above = lineStart;
  let aboveDash: number | undefined;
  do {
    above = lineAbove(text, above);
    const indent = /^ */.exec(text.slice(above))![0].length;
    if (text.startsWith('- ', above + indent)) aboveDash = indent + 1;
    else if (indent < dash - 1) return null;
  } while (aboveDash === undefined && above > 0);
  if (aboveDash === undefined || aboveDash === dash) return null;
  const holder = aboveDash - 1;
  const parent = dash < aboveDash ? holderIndent(text, above, holder) : holder;
  if (dash - 1 <= parent && dash < aboveDash) return null;
  return {
    span: { start: lineStart + dash - 1, end: lineStart + dash },
    message:
      `YAML: this item's \`-\` is in column ${dash} and that of the item above it in column ` +
      `${aboveDash}, and the items of one list start in one column: move it under that \`-\`.`,
    followOns: { start: lineStart, end: blockEnd(text, lineStart, parent) },
  };
}

/** Where the first line after `lineStart` indented `holder` or less starts (the text's end if none). */
function blockEnd(text: string, lineStart: number, holder: number): number {
  const pattern = new RegExp(`\\n {0,${Math.max(0, holder)}}(?=[^\\s#])`, 'g');
  pattern.lastIndex = lineStart;
  const found = pattern.exec(text);
  return found ? found.index + 1 : text.length;
}

/**
 * The indentation of what holds the map whose key starts in `column` on the line at `lineStart`:
 * its `- ` on that line, or the nearest line above indented less.
 */
function holderIndent(text: string, lineStart: number, column: number): number {
  for (let start = lineStart; ; start = lineAbove(text, start)) {
    const indent = /^ */.exec(text.slice(start))![0].length;
    if (indent < column || start === 0) return indent < column ? indent : -1;
  }
}
