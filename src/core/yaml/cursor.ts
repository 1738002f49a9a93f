/**
 * Where the cursor is in a YAML document: the path of keys and list indexes at a character offset,
 * and whether the cursor is on a key, on a value, or where a new key goes.
 *
 * This reads the text line by line, from indentation, list dashes and `key:` colons, instead of
 * asking the YAML parser: while someone types, the text is rarely valid YAML (`  na` under
 * `company:` is a key being written, which the parser would read as company's value or reject).
 * Flow collections (`[1, 2]`, `{ start: 1, growth: 3% }`), multi-line values and block scalars are
 * followed too, so the same reading serves completion (incomplete text) and hover (complete text).
 * Where lines end, comments start and quoted scalars end, and what a quoted key means, follow
 * YAML's own rules in `./lexical`. Pure: no `vscode`, no Node built-ins; never throws.
 */
import type { Path } from '../path';
import type { TextSpan } from './spans';
import {
  commentStart,
  isBreakChar,
  isFlowIndicator,
  isMappingValue,
  isSeparation,
  isWhite,
  lineEndAt,
  lineStartAt,
  quotedScalarEnd,
  scalarValue,
  splitLines,
  startsComment,
} from './lexical';

export type CursorPlace = 'key' | 'value' | 'newKey';

export type { TextSpan } from './spans';

export interface YamlPosition {
  /**
   * `key`: on a written key (`na|me: x`); `value`: on (or where goes) the value of a key or a list
   * item; `newKey`: where a key of a map goes (a blank line, a word typed without its colon yet,
   * right after `- `). A bare word in a list (`- Walmart 10-K`) also reads as `newKey`: whether it is
   * a key being typed or a list value depends on the schema at `path`.
   */
  place: CursorPlace;
  /**
   * `key`: the path of the key (its parent's path and its name); `value`: the path of the value;
   * `newKey`: the path of the map the key goes into.
   */
  path: Path;
  /** The word at the cursor (the key, the value, the partly typed word) and where it is. */
  token: TextSpan & { text: string };
  /** Keys already written in the map at the cursor (for `key`, without the key at the cursor). */
  siblings: string[];
  /** True inside a flow collection (`{ … }` or `[ … ]`): keys there are written `key: value,`. */
  flow: boolean;
  /** True when the key or value comes right after `- ` on the same line: the start of a list item. */
  afterDash: boolean;
  /** Column (0-based) where the key at the cursor starts, or where a new key starts. */
  column: number;
  /** Number of whitespace characters that start the cursor's line. */
  lineIndent: number;
}

interface Line {
  start: number;
  /** The line without its line break. */
  text: string;
  /** Offset where the next line starts (after the line break), or the text's length for the last line. */
  next: number;
}

/** The structure of one line: its list dashes, its key (if it has one) and its value. Columns are 0-based. */
interface LineShape {
  dashes: number[];
  /** Column where the content after the indentation and dashes starts; null when there is none. */
  content: number | null;
  key: { name: string; start: number; end: number; colon: number } | null;
  /** The value on this line (after the key's colon, or the whole content when there is no key), without comment. */
  value: { start: number; end: number } | null;
  /** Column of a `#` comment, if any. */
  comment: number | null;
}

/** A map key or a list item whose block is open while the lines are read. */
interface BlockNode {
  col: number;
  kind: 'root' | 'key' | 'dash';
  path: Path;
  /** Keys written directly in this node's map, with their line numbers. */
  keys: { name: string; line: number }[];
  /** List items counted so far directly under this node. */
  items: number;
}

/** A value written on a line that may continue on the following, more indented lines. */
interface InlineValue {
  ownerCol: number;
  /** Offset in the text where the value starts. */
  valueStart: number;
  flow: boolean;
  path: Path;
}

/** The lines of a text, each with its text; every YAML line break ends a line (CR LF, CR, LF). */
function linesOf(text: string): Line[] {
  const ranges = splitLines(text);
  return ranges.map(({ start, end }, n) => ({
    start,
    text: text.slice(start, end),
    next: ranges[n + 1]?.start ?? text.length,
  }));
}

/** Reads a line's dashes, key, value and comment. */
function shapeOf(line: string): LineShape {
  const shape: LineShape = { dashes: [], content: null, key: null, value: null, comment: null };
  let i = 0;
  while (isWhite(line[i])) i++;
  // Document markers and directives (`---`, `...`, `%YAML`) hold no keys.
  if (
    i === 0 &&
    (line[0] === '%' || ((line.startsWith('---') || line.startsWith('...')) && isSeparation(line[3])))
  ) {
    return shape;
  }
  while (line[i] === '-' && isSeparation(line[i + 1])) {
    shape.dashes.push(i);
    i++;
    while (isWhite(line[i])) i++;
  }
  if (i >= line.length) return shape;
  if (startsComment(line, i)) {
    shape.comment = i;
    return shape;
  }
  shape.content = i;

  // The key: a quoted scalar or a plain word followed by `:` and a space (or the line's end).
  let valueFrom = i;
  if (line[i] === '"' || line[i] === "'") {
    const end = quotedScalarEnd(line, i);
    if (end > 0) {
      let colon = end;
      while (isWhite(line[colon])) colon++;
      if (isMappingValue(line, colon, false)) {
        shape.key = { name: scalarValue(line.slice(i, end)), start: i, end, colon };
        valueFrom = colon + 1;
      }
    }
  } else if (line[i] !== '[' && line[i] !== '{' && line[i] !== '|' && line[i] !== '>') {
    for (let j = i; j < line.length; j++) {
      if (startsComment(line, j)) break;
      if (isMappingValue(line, j, false)) {
        const name = trimBlanks(line.slice(i, j));
        shape.key = { name, start: i, end: i + name.length, colon: j };
        valueFrom = j + 1;
        break;
      }
    }
  }

  // The value, up to its comment.
  let start = valueFrom;
  while (isWhite(line[start])) start++;
  const comment = commentStart(line, start);
  if (comment >= 0) shape.comment = comment;
  let end = comment >= 0 ? comment : line.length;
  while (end > start && isWhite(line[end - 1])) end--;
  if (end > start) shape.value = { start, end };
  return shape;
}

/** Whether a value only names an anchor or a tag, so that the value itself follows on the next lines. */
function onlyProperties(value: string): boolean {
  return /^(?:[&!]\S*\s*)+$/.test(value);
}

/** Closes the nodes that a line's entry at `col` is not inside of. */
function closeTo(stack: BlockNode[], col: number, kind: 'key' | 'dash' | 'scalar'): void {
  while (stack.length > 1) {
    const top = stack[stack.length - 1]!;
    // `key:` followed by `- item` at the same column: the list is the key's value (compact notation).
    const compactList = top.col === col && kind === 'dash' && top.kind === 'key';
    if (top.col > col || (top.col === col && !compactList)) stack.pop();
    else return;
  }
}

interface Pending {
  position: YamlPosition;
  /** The map whose keys are the siblings, still collecting keys from the lines below. */
  parent: BlockNode;
  /** A key on the cursor's line that is not a sibling of itself. */
  ownLine: number;
}

/**
 * The path and place at a character offset of a YAML text. Null inside a comment. Never throws:
 * whatever the text, the answer is a best reading of its indentation.
 */
export function yamlPositionAt(text: string, offset: number): YamlPosition | null {
  const at = Number.isFinite(offset) ? Math.min(Math.max(Math.floor(offset), 0), text.length) : 0;
  const lines = linesOf(text);
  // A cursor on a line break, or between the `\r` and `\n` of one, belongs to the line the break ends.
  let cursorLine = lines.findIndex((line) => at < line.next || at <= line.start + line.text.length);
  if (cursorLine < 0) cursorLine = lines.length - 1;

  const root: BlockNode = { col: -1, kind: 'root', path: [], keys: [], items: 0 };
  const stack: BlockNode[] = [root];
  let inline: InlineValue | null = null;
  let pending: Pending | null = null;

  for (let n = 0; n < lines.length; n++) {
    // Below the cursor, lines matter only while the map at the cursor is open (for its siblings).
    if (pending && n > cursorLine && !stack.includes(pending.parent)) break;
    const line = lines[n]!;
    const shape = shapeOf(line.text);
    const isCursor = n === cursorLine;
    const col = Math.min(at - line.start, line.text.length);
    let lineIndent = 0;
    while (isWhite(line.text[lineIndent])) lineIndent++;
    const first = shape.dashes[0] ?? shape.content;

    if (isCursor && shape.comment !== null && col > shape.comment) return null;

    // A line more indented than a value written on an earlier line continues that value.
    if (inline && (first === null || first > inline.ownerCol)) {
      if (isCursor && (first !== null || col > inline.ownerCol)) {
        return continuedValue(text, inline, line, col, lineIndent);
      }
      if (first !== null) continue;
    }
    if (first === null) {
      if (isCursor) {
        const open = stack.slice();
        closeTo(open, col, 'scalar');
        const parent = open[open.length - 1]!;
        const position = makePosition(
          'newKey',
          parent.path,
          { text: '', start: at, end: at },
          col,
          lineIndent,
        );
        pending = { position, parent, ownLine: n };
        // Keep reading: keys written below the cursor are siblings too.
      }
      continue;
    }
    inline = null;

    const dashNodes: BlockNode[] = [];
    for (const dash of shape.dashes) {
      closeTo(stack, dash, 'dash');
      const parent = stack[stack.length - 1]!;
      const node: BlockNode = {
        col: dash,
        kind: 'dash',
        path: [...parent.path, parent.items++],
        keys: [],
        items: 0,
      };
      stack.push(node);
      dashNodes.push(node);
    }
    const lastDash = shape.dashes[shape.dashes.length - 1];
    const valueText = shape.value ? line.text.slice(shape.value.start, shape.value.end) : '';
    const flowValue = valueText.startsWith('[') || valueText.startsWith('{');
    let keyParent: BlockNode | null = null;
    let keyNode: BlockNode | null = null;
    let scalarParent: BlockNode | null = null;

    if (shape.key) {
      closeTo(stack, shape.key.start, 'key');
      keyParent = stack[stack.length - 1]!;
      keyParent.keys.push({ name: shape.key.name, line: n });
      keyNode = {
        col: shape.key.start,
        kind: 'key',
        path: [...keyParent.path, shape.key.name],
        keys: [],
        items: 0,
      };
      stack.push(keyNode);
      if (shape.value && !onlyProperties(valueText)) {
        inline = {
          ownerCol: shape.key.start,
          valueStart: line.start + shape.value.start,
          flow: flowValue,
          path: keyNode.path,
        };
      }
    } else if (shape.content !== null) {
      closeTo(stack, shape.content, 'scalar');
      scalarParent = stack[stack.length - 1]!;
      if (lastDash !== undefined && shape.value) {
        inline = {
          ownerCol: lastDash,
          valueStart: line.start + shape.value.start,
          flow: flowValue,
          path: scalarParent.path,
        };
      } else if (flowValue && shape.value) {
        inline = {
          ownerCol: scalarParent.col,
          valueStart: line.start + shape.value.start,
          flow: true,
          path: scalarParent.path,
        };
      }
    }

    if (!isCursor) continue;

    const afterDash = lastDash !== undefined;
    const contentCol = shape.content;
    if (contentCol === null || col < contentCol) {
      // In the indentation or among the dashes: a new key of the innermost list item begun before the cursor.
      const dashBefore = [...dashNodes].reverse().find((node) => node.col < col);
      const open = stack.slice();
      if (!dashBefore) closeTo(open, col, 'scalar');
      const parent = dashBefore ?? open[open.length - 1]!;
      const position = makePosition('newKey', parent.path, { text: '', start: at, end: at }, col, lineIndent);
      position.afterDash = dashBefore !== undefined && dashBefore === dashNodes[dashNodes.length - 1];
      pending = { position, parent, ownLine: n };
      continue;
    }

    if (shape.key && keyParent && keyNode) {
      const key = shape.key;
      if (col <= key.colon) {
        const token = { text: key.name, start: line.start + key.start, end: line.start + key.end };
        const position = makePosition('key', keyNode.path, token, key.start, lineIndent);
        position.afterDash = afterDash;
        pending = { position, parent: keyParent, ownLine: n };
        continue;
      }
      if (shape.value && flowValue && col > shape.value.start) {
        return flowPosition(text, line.start + shape.value.start, at, keyNode.path, lineIndent);
      }
      const position = makePosition(
        'value',
        keyNode.path,
        valueToken(line, shape, at),
        key.start,
        lineIndent,
      );
      position.afterDash = afterDash;
      return position;
    }

    if (scalarParent) {
      if (shape.value && flowValue && col > shape.value.start) {
        return flowPosition(text, line.start + shape.value.start, at, scalarParent.path, lineIndent);
      }
      const position = makePosition(
        'newKey',
        scalarParent.path,
        valueToken(line, shape, at),
        contentCol,
        lineIndent,
      );
      position.afterDash = afterDash;
      pending = { position, parent: scalarParent, ownLine: n };
    }
  }

  if (!pending) return null;
  const { position, parent, ownLine } = pending;
  position.siblings = parent.keys.filter((k) => k.line !== ownLine).map((k) => k.name);
  return position;
}

function makePosition(
  place: CursorPlace,
  path: Path,
  token: YamlPosition['token'],
  column: number,
  lineIndent: number,
): YamlPosition {
  return { place, path, token, siblings: [], flow: false, afterDash: false, column, lineIndent };
}

/** The value on a line as the token at the cursor; an empty token at the cursor when there is none. */
function valueToken(line: Line, shape: LineShape, at: number): YamlPosition['token'] {
  if (!shape.value) return { text: '', start: at, end: at };
  const start = Math.min(shape.value.start, at - line.start);
  const end = Math.max(shape.value.end, at - line.start);
  return { text: line.text.slice(start, end), start: line.start + start, end: line.start + end };
}

/** The cursor on a line that continues a value begun above (a long text, a block scalar, a flow list). */
function continuedValue(
  text: string,
  inline: InlineValue,
  line: Line,
  col: number,
  lineIndent: number,
): YamlPosition | null {
  if (inline.flow) return flowPosition(text, inline.valueStart, line.start + col, inline.path, lineIndent);
  const trimmed = line.text.trim();
  const start = line.start + lineIndent;
  return makePosition(
    'value',
    inline.path,
    { text: trimmed, start, end: start + trimmed.length },
    inline.ownerCol,
    lineIndent,
  );
}

interface FlowFrame {
  type: 'seq' | 'map';
  /** This frame's segment in its parent frame's path (unused for the outermost frame). */
  segment: string | number;
  index: number;
  /** The key whose value is being read (maps), or null while a key is being read. */
  key: string | null;
  keys: string[];
  /** Offset where the current item (seq) or key (map) starts. */
  itemStart: number;
  /** Offset where the current map value starts. */
  valueStart: number;
}

/** Snapshot of the flow state when the reading reaches the cursor. */
interface FlowSnapshot {
  frames: FlowFrame[];
  top: FlowFrame;
  key: string | null;
  index: number;
  itemStart: number;
  valueStart: number;
}

/**
 * The cursor inside a flow collection that starts at `from` (`[446.95, 469.16]`, `{ 2012: 1, 2013: 2 }`,
 * nested ones too, over several lines if need be).
 */
function flowPosition(
  text: string,
  from: number,
  at: number,
  base: Path,
  lineIndent: number,
): YamlPosition | null {
  const frames: FlowFrame[] = [];
  let snapshot: FlowSnapshot | null = null;
  const take = () => {
    const top = frames[frames.length - 1];
    if (!top) return;
    snapshot = {
      frames: frames.slice(),
      top,
      key: top.key,
      index: top.index,
      itemStart: top.itemStart,
      valueStart: top.valueStart,
    };
  };
  // Whether only blanks came since an item, key or value started: a quote there opens a quoted scalar;
  // elsewhere (`[it's]`) it is part of a plain scalar.
  let atNodeStart = false;
  // Whether a quoted scalar or a flow collection just ended: a `:` right after it ends a key (`{"a":1}`).
  let afterJsonNode = false;
  // End of the line being read; quoted scalars are read one line at a time.
  let lineEnd = -1;
  let i = from;
  while (i < text.length) {
    if (snapshot === null && i >= at) take();
    const c = text[i]!;
    const top = frames[frames.length - 1];
    if (!top) {
      if (c !== '[' && c !== '{') break;
    }
    const nodeStart: boolean = atNodeStart;
    const jsonBefore = afterJsonNode;
    if (!isBlank(c)) {
      atNodeStart = false;
      afterJsonNode = false;
    }
    if ((c === '"' || c === "'") && nodeStart) {
      if (lineEnd < i) lineEnd = lineEndAt(text, i);
      const after = quotedScalarEnd(text, i, lineEnd);
      if (after > 0) {
        if (snapshot === null && after > at && at > i) take();
        i = after;
        afterJsonNode = true;
        continue;
      }
    } else if (startsComment(text, i)) {
      atNodeStart = nodeStart;
      i = lineEndAt(text, i);
      continue;
    } else if (c === '[' || c === '{') {
      atNodeStart = true;
      const segment = top ? (top.type === 'seq' ? top.index : (top.key ?? '?')) : 0;
      frames.push({
        type: c === '[' ? 'seq' : 'map',
        segment,
        index: 0,
        key: null,
        keys: [],
        itemStart: i + 1,
        valueStart: i + 1,
      });
    } else if (c === ']' || c === '}') {
      frames.pop();
      afterJsonNode = true;
      if (frames.length === 0) {
        i++;
        break;
      }
    } else if (c === ',' && top) {
      atNodeStart = true;
      top.index++;
      top.key = null;
      top.itemStart = i + 1;
      top.valueStart = i + 1;
    } else if (c === ':' && top && top.type === 'map' && top.key === null) {
      if (isMappingValue(text, i, true, jsonBefore)) {
        atNodeStart = true;
        top.key = scalarValue(trimBlanks(text.slice(top.itemStart, i)));
        top.keys.push(top.key);
        top.valueStart = i + 1;
      }
    }
    i++;
  }
  if (snapshot === null && i >= at && frames.length > 0) take();
  if (snapshot === null) {
    // After the collection's closing bracket: the cursor is on the value as a whole.
    const start = Math.min(from, at);
    return makePosition(
      'value',
      base,
      { text: text.slice(from, i), start, end: Math.max(i, at) },
      from,
      lineIndent,
    );
  }
  const snap = snapshot as FlowSnapshot;
  const path: (string | number)[] = [...base, ...snap.frames.slice(1).map((f) => f.segment)];
  const top = snap.top;
  const siblings = top.type === 'map' ? top.keys.slice() : [];

  if (top.type === 'seq') {
    const position = makePosition(
      'value',
      [...path, snap.index],
      flowToken(text, snap.itemStart, at, false),
      0,
      lineIndent,
    );
    position.flow = true;
    return withColumn(position, text);
  }
  if (snap.key !== null) {
    const position = makePosition(
      'value',
      [...path, snap.key],
      flowToken(text, snap.valueStart, at, false),
      0,
      lineIndent,
    );
    position.flow = true;
    position.siblings = siblings.filter((k) => k !== snap.key);
    return withColumn(position, text);
  }
  const token = flowToken(text, snap.itemStart, at, true);
  // A colon after the word tells a written key from a word being typed.
  let colon = token.end;
  while (isWhite(text[colon])) colon++;
  const colonAhead = text[colon] === ':';
  const place: CursorPlace = colonAhead ? 'key' : 'newKey';
  const keyName = scalarValue(token.text);
  const position = makePosition(place, colonAhead ? [...path, keyName] : path, token, 0, lineIndent);
  position.flow = true;
  position.siblings = colonAhead ? removeOnce(siblings, keyName) : siblings;
  return withColumn(position, text);
}

function removeOnce(list: string[], item: string): string[] {
  const index = list.indexOf(item);
  return index < 0 ? list : [...list.slice(0, index), ...list.slice(index + 1)];
}

/** The item text around the cursor in a flow collection, up to the next separator. */
function flowToken(text: string, itemStart: number, at: number, isKey: boolean): YamlPosition['token'] {
  let start = itemStart;
  while (start < at && isBlank(text[start])) start++;
  let end = Math.max(at, start);
  let quoted = false;
  if (text[start] === '"' || text[start] === "'") {
    const after = quotedScalarEnd(text, start, lineEndAt(text, start));
    if (after > 0 && after >= at) {
      end = after;
      quoted = true;
    }
  }
  if (!quoted) {
    while (end < text.length) {
      const c = text[end]!;
      if (isFlowIndicator(c) || isBreakChar(c) || startsComment(text, end)) break;
      if (isKey && isMappingValue(text, end, true)) break;
      end++;
    }
  }
  let trimmedEnd = end;
  while (trimmedEnd > start && trimmedEnd > at && isBlank(text[trimmedEnd - 1])) trimmedEnd--;
  return { text: text.slice(start, trimmedEnd), start, end: trimmedEnd };
}

/** Sets the column of a flow position from its token's start. */
function withColumn(position: YamlPosition, text: string): YamlPosition {
  position.column = position.token.start - lineStartAt(text, position.token.start);
  return position;
}

/** White space or a line break. */
function isBlank(c: string | undefined): boolean {
  return isWhite(c) || isBreakChar(c);
}

/** The text without the white space and line breaks around it (other Unicode spaces are content in YAML). */
function trimBlanks(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && isBlank(value[start])) start++;
  while (end > start && isBlank(value[end - 1])) end--;
  return value.slice(start, end);
}
