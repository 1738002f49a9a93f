/**
 * How deeply a YAML text nests, read from `yaml`'s own lexer before anything is parsed: quotes,
 * comments and block scalars are single tokens there, so nothing written before the deep part can
 * hide it, and a deeply indented comment counts for nothing. Composing a document is recursive in
 * `yaml` and slow on pathological nesting (a 5 MB run of `[` takes over 20 s), so texts nested
 * deeper than any case needs are refused here, in one linear pass.
 */
import { CST, Lexer } from 'yaml';

export interface DeepestPoint {
  depth: number;
  /** Offset of the token that reached the depth. */
  offset: number;
}

/** Tokens the lexer emits that stand for no text. */
const CONTROL = new Set(['doc-mode', 'flow-error-end', 'scalar', 'byte-order-mark']);

/**
 * The nesting depth of the text (block levels by indentation and `- `/`? ` indicators, plus flow
 * brackets), or the first point deeper than `limit` (the scan stops there).
 */
export function nestingDepth(text: string, limit = Number.POSITIVE_INFINITY): DeepestPoint {
  const indents: number[] = [];
  let flow = 0;
  let offset = 0;
  let column = 0;
  let lineStart = true;
  let afterIndicator = false;
  let deepest: DeepestPoint = { depth: 0, offset: 0 };
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type !== undefined && type !== null && CONTROL.has(type)) continue;
    const start = offset;
    const startColumn = column;
    offset += token.length;
    const newline = token.lastIndexOf('\n');
    column = newline < 0 ? column + token.length : token.length - newline - 1;
    if (type === 'newline') {
      lineStart = true;
      afterIndicator = false;
      continue;
    }
    if (type === 'space' || type === 'comment') continue;
    if (flow === 0 && (lineStart || afterIndicator)) {
      // A block node starts at this column: it closes the deeper ones and opens its own level.
      while (indents.length > 0 && indents[indents.length - 1]! > startColumn) indents.pop();
      if (indents.length === 0 || indents[indents.length - 1]! < startColumn) indents.push(startColumn);
    }
    lineStart = false;
    afterIndicator = type === 'seq-item-ind' || type === 'explicit-key-ind';
    if (type === 'flow-seq-start' || type === 'flow-map-start') flow++;
    else if ((type === 'flow-seq-end' || type === 'flow-map-end') && flow > 0) flow--;
    const depth = indents.length + flow;
    if (depth > deepest.depth) {
      deepest = { depth, offset: start };
      if (depth > limit) return deepest;
    }
  }
  return deepest;
}
