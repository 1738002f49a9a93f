/**
 * The few lexical rules of YAML that are needed to read a text line by line while it is being typed:
 * where lines end, where a comment starts, where a quoted scalar ends, what a quoted scalar means, and
 * when a `:` separates a key from its value. Each is small and follows the YAML 1.2.2 specification;
 * numbers in brackets are its productions (https://yaml.org/spec/1.2.2/).
 *
 * Line breaks follow the specification ([28] b-break: CR LF, CR alone, or LF). The `yaml` package
 * reads a lone CR as content instead; editors hand over LF or CRLF text, so the two agree in practice.
 *
 * Pure: no `vscode`, no Node built-ins; never throws.
 */
import { CST } from 'yaml';

/** [33] s-white: a space or a tab. */
export function isWhite(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

/** [26] b-char: a line feed or a carriage return. */
export function isBreakChar(c: string | undefined): boolean {
  return c === '\n' || c === '\r';
}

/**
 * Whether `c` (undefined at the end of the text) separates a token from what follows: white space, a
 * line break or the end. An indicator (`- `, `? `, `: `) must be followed by one in block context.
 */
export function isSeparation(c: string | undefined): boolean {
  return c === undefined || isWhite(c) || isBreakChar(c);
}

/** [23] c-flow-indicator: `,` `[` `]` `{` `}`. */
export function isFlowIndicator(c: string | undefined): boolean {
  return c === ',' || c === '[' || c === ']' || c === '{' || c === '}';
}

/** A line of a text as offsets: `end` is where its line break starts (or the text's end). */
export interface LineRange {
  start: number;
  end: number;
}

/** The lines of a text, split at every [28] b-break. There is always at least one (maybe empty) line. */
export function splitLines(text: string): LineRange[] {
  const lines: LineRange[] = [];
  const lineBreak = /\r\n?|\n/g;
  let start = 0;
  for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
    lines.push({ start, end: match.index });
    start = lineBreak.lastIndex;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** Offset where the line holding `offset` starts. */
export function lineStartAt(text: string, offset: number): number {
  let i = Math.min(offset, text.length);
  while (i > 0 && !isBreakChar(text[i - 1])) i--;
  return i;
}

/** Offset where the line holding `offset` ends: its line break, or the text's end. */
export function lineEndAt(text: string, offset: number): number {
  let i = Math.max(offset, 0);
  while (i < text.length && !isBreakChar(text[i])) i++;
  return i;
}

/**
 * Whether the `#` at `i` starts a comment: [75] c-nb-comment-text begins a comment only when white
 * space separates it from what precedes ([77] s-b-comment), or when it is first on its line. A `#`
 * right after another character (`a#b`) is part of a plain scalar ([130] ns-plain-char). The caller
 * makes sure `i` is not inside a quoted scalar.
 */
export function startsComment(text: string, i: number): boolean {
  return text[i] === '#' && (i === 0 || isWhite(text[i - 1]) || isBreakChar(text[i - 1]));
}

/**
 * Offset just after the quoted scalar whose opening quote is at `from`, or -1 when it does not close
 * before `limit` (the user is still typing it). In a double-quoted scalar ([109] c-double-quoted) a
 * backslash escapes the character after it ([107] nb-double-char, [62] c-ns-esc-char), so `\"` does
 * not close it; in a single-quoted scalar ([120] c-single-quoted) `''` is a quote inside it
 * ([117] c-quoted-quote). Pass a line's end as `limit` to read one line: quoted implicit keys are
 * restricted to one line.
 */
export function quotedScalarEnd(text: string, from: number, limit = text.length): number {
  const quote = text[from];
  if (quote !== '"' && quote !== "'") return -1;
  const end = Math.min(limit, text.length);
  for (let i = from + 1; i < end; i++) {
    const c = text[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'" && i + 1 < end) i++;
      else return i + 1;
    }
  }
  return -1;
}

/**
 * The value of a scalar written as `raw`: for a whole quoted scalar, its content as the `yaml` parser
 * reads it (escapes such as `\n`, `\"`, `\x41`, `\u00e9`, `\U0001F600`, `''`, and line folding); any
 * other text (a plain scalar, a quoted scalar not closed yet, text after the closing quote) as written.
 */
export function scalarValue(raw: string): string {
  const quote = raw[0];
  if ((quote !== '"' && quote !== "'") || quotedScalarEnd(raw, 0) !== raw.length) return raw;
  try {
    const token = {
      type: quote === '"' ? 'double-quoted-scalar' : 'single-quoted-scalar',
      offset: 0,
      indent: 0,
      source: raw,
    } as const;
    // An invalid escape (`\q`) is reported by the parser and kept as written: no need to hear of it here.
    return CST.resolveAsScalar(token, true, () => {}).value;
  } catch {
    return raw;
  }
}

/**
 * Whether the `:` at `i` is the [6] c-mapping-value indicator that ends a key, rather than part of a
 * plain scalar ([130] ns-plain-char: a `:` followed by a character that may continue the scalar is
 * content, `a:b`). It is an indicator when white space, a line break or the end follows it; inside a
 * flow collection also when a flow indicator follows it ([129] ns-plain-safe-in), or when it comes right
 * after a JSON-like key, a quoted scalar or a flow collection (`{"a":1}`, [149]
 * c-ns-flow-map-adjacent-value): the caller knows that (`afterJsonNode`); a `"` before the `:` may be
 * part of a plain scalar (`-":!`).
 */
export function isMappingValue(text: string, i: number, inFlow: boolean, afterJsonNode = false): boolean {
  if (text[i] !== ':') return false;
  const next = text[i + 1];
  if (isSeparation(next)) return true;
  if (!inFlow) return false;
  return isFlowIndicator(next) || afterJsonNode;
}

/**
 * Offset where the comment on a line starts, reading `line` from `from`, where a node starts (the start
 * of the line's content, or the value after `key: `); -1 when the line has no comment. A `#` inside a
 * quoted scalar is not a comment, and neither is one inside a quoted scalar that is still open at the
 * line's end. A quote opens a quoted scalar only where a node starts: at `from`, after node properties
 * ([96] c-ns-properties: `&anchor`, `!tag`), after `[`, `{`, `,` in a flow collection, and after the
 * `- `, `? `, `: ` indicators. Elsewhere (`it's`, `a "b"`) it is part of a plain scalar.
 */
export function commentStart(line: string, from = 0): number {
  if (line.indexOf('#', from) < 0) return -1;
  let depth = 0;
  let nodeStart = true;
  let afterJsonNode = false;
  for (let i = from; i < line.length; i++) {
    const c = line[i]!;
    if (isWhite(c)) continue;
    if (startsComment(line, i)) return i;
    const opensNode = nodeStart;
    const jsonBefore = afterJsonNode;
    nodeStart = false;
    afterJsonNode = false;
    if (opensNode && (c === '"' || c === "'")) {
      const after = quotedScalarEnd(line, i);
      if (after < 0) return -1;
      i = after - 1;
      afterJsonNode = true;
    } else if (opensNode && (c === '[' || c === '{')) {
      depth++;
      nodeStart = true;
    } else if (depth > 0 && (c === ']' || c === '}')) {
      depth--;
      afterJsonNode = true;
    } else if (depth > 0 && c === ',') {
      nodeStart = true;
    } else if (c === ':' && (isMappingValue(line, i, depth > 0) || (depth > 0 && jsonBefore))) {
      nodeStart = true;
    } else if (opensNode && (c === '-' || c === '?') && isSeparation(line[i + 1])) {
      nodeStart = true;
    } else if (opensNode && (c === '&' || c === '!')) {
      while (i + 1 < line.length && !isWhite(line[i + 1]) && !(depth > 0 && isFlowIndicator(line[i + 1])))
        i++;
      nodeStart = true;
    }
  }
  return -1;
}
