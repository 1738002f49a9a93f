/**
 * Reading the YAML text with exact positions, within limits that hostile input cannot get around:
 * a size cap, a nesting cap checked before parsing, and a cap on alias expansion.
 *
 * Behind the limits, the fast reader (fastYaml.ts) reads the YAML that case files use, several
 * times faster than `yaml`; any other text, and any text with a problem, goes to `yaml`. Both give
 * the same value and the same positions (test/unit/fastYaml.test.ts checks it).
 */
import { isAlias, isMap, isPair, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { DiagnosticCode, Diagnostic, SourceSpan } from './diagnostic';
import { fastParse, type FastSpan } from './fastYaml';
import { documentPositions, fastPositions, type Located, type NodePositions } from './positions';

export type { Located } from './positions';

/** Larger files are refused: a case that size is better split, and the editor stays responsive. */
export const MAX_TEXT_LENGTH = 5_000_000;
/** Deeper nesting is refused before parsing: no case needs it, and deep recursion could exhaust the stack. */
export const MAX_NESTING = 64;
/** Aliases (`*name`) may be expanded this many times in all: a billion-laughs bomb stops here. */
export const MAX_ALIAS_COUNT = 200;

export type Path = readonly (string | number)[];

export interface YamlSource {
  /**
   * Which parser read the text: `fast`, the reader for the YAML that case files use (src/core/fastYaml),
   * or `yaml`, the package, for everything else. Positions and values are the same either way.
   */
  readonly parser: 'fast' | 'yaml';
  /** Where each node is, by path. */
  readonly positions: NodePositions;
  /** The yaml Document. After the fast reader, it is parsed when first asked for. */
  readonly doc: Document.Parsed;
  /** Offsets at which each line starts (yaml's own LineCounter skips lines inside broken tokens); found when first asked for. */
  readonly lineStarts: number[];
  textLength: number;
}

export interface ReadOptions {
  /** `yaml`: skip the fast reader (to compare the two in tests and benchmarks). */
  parser?: 'auto' | 'yaml';
}

const PARSE_OPTIONS = {
  logLevel: 'silent',
  prettyErrors: false,
  uniqueKeys: true,
  strict: true,
  merge: false,
} as const;

/** Offsets of the first character of every line. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
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

export type YamlReadResult =
  | { ok: true; source: YamlSource; value: unknown; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

function wholeLine(code: DiagnosticCode, message: string, line = 1, column = 1, endColumn = 2): Diagnostic {
  return { severity: 'error', code, message, line, column, endLine: line, endColumn };
}

/** The deepest nesting of the text, counted from flow brackets and block indentation, without parsing. */
export function nestingDepth(text: string): { depth: number; line: number } {
  let flow = 0;
  let maxDepth = 0;
  let maxLine = 1;
  let line = 1;
  let quote: string | null = null;
  let lineStart = true;
  let indent = 0;
  let dashes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = true;
      indent = 0;
      dashes = 0;
      if (quote === "'") quote = null;
      continue;
    }
    if (quote) {
      if (text[i] === quote && text[i - 1] !== '\\') quote = null;
      continue;
    }
    if (lineStart) {
      if (c === 32) {
        indent++;
        continue;
      }
      if (c === 45 && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 10)) {
        // "- - - x" nests a sequence per dash on one line
        dashes++;
        indent++;
        continue;
      }
      lineStart = false;
      const blockDepth = Math.floor(indent / 2) + dashes;
      if (blockDepth > maxDepth) {
        maxDepth = blockDepth;
        maxLine = line;
      }
    }
    const ch = text[i];
    if (ch === '#') {
      const next = text.indexOf('\n', i);
      i = next < 0 ? text.length : next - 1;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '{') {
      flow++;
      if (flow > maxDepth) {
        maxDepth = flow;
        maxLine = line;
      }
    } else if ((ch === ']' || ch === '}') && flow > 0) flow--;
  }
  return { depth: maxDepth, line: maxLine };
}

/** Parses YAML text into a document with positions and its plain value; never throws. */
export function readYaml(text: string, options: ReadOptions = {}): YamlReadResult {
  if (text.length > MAX_TEXT_LENGTH) {
    return {
      ok: false,
      diagnostics: [
        wholeLine(
          'too-large',
          `This file has ${text.length.toLocaleString('en-US')} characters; the limit is ${MAX_TEXT_LENGTH.toLocaleString('en-US')}. Split the case into smaller files.`,
        ),
      ],
    };
  }
  const nesting = nestingDepth(text);
  if (nesting.depth > MAX_NESTING) {
    return {
      ok: false,
      diagnostics: [
        wholeLine(
          'too-deep',
          `Nesting is ${nesting.depth} levels deep here; a case needs at most ${MAX_NESTING}.`,
          nesting.line,
        ),
      ],
    };
  }
  if (options.parser !== 'yaml') {
    // The fast reader takes only texts it is sure of: valid YAML, without errors or warnings.
    const fast = fastParse(text);
    if (fast) {
      let doc: Document.Parsed | undefined;
      let lineStarts: number[] | undefined;
      const source: YamlSource = {
        parser: 'fast',
        positions: fastPositions(fast),
        get doc() {
          doc ??= parseDocument(text, PARSE_OPTIONS);
          return doc;
        },
        get lineStarts() {
          lineStarts ??= lineStartsOf(text);
          return lineStarts;
        },
        textLength: text.length,
      };
      return { ok: true, source, value: fast.value, diagnostics: [] };
    }
  }
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, PARSE_OPTIONS);
  } catch (error) {
    return {
      ok: false,
      diagnostics: [wholeLine('yaml-syntax', `This file could not be read as YAML: ${String(error)}`)],
    };
  }
  const source: YamlSource = {
    parser: 'yaml',
    positions: documentPositions(doc),
    doc,
    lineStarts: lineStartsOf(text),
    textLength: text.length,
  };
  const diagnostics: Diagnostic[] = [];
  for (const error of doc.errors) {
    diagnostics.push({
      ...offsetSpan(source, error.pos[0], Math.max(error.pos[1], error.pos[0] + 1)),
      severity: 'error',
      code: 'yaml-syntax',
      message: yamlMessage(error.message),
    });
  }
  for (const warning of doc.warnings) {
    diagnostics.push({
      ...offsetSpan(source, warning.pos[0], Math.max(warning.pos[1], warning.pos[0] + 1)),
      severity: 'warning',
      code: 'yaml-syntax',
      message: yamlMessage(warning.message),
    });
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics };
  try {
    const value: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { ok: true, source, value, diagnostics };
  } catch (error) {
    const alias = firstAlias(doc.contents);
    const span = alias?.range ? offsetSpan(source, alias.range[0], alias.range[1]) : offsetSpan(source, 0, 1);
    const message =
      error instanceof ReferenceError || /alias/i.test(String(error))
        ? `Aliases (*name) expand to more than ${MAX_ALIAS_COUNT} copies here: write the values out instead.`
        : `This file could not be read: ${String(error instanceof Error ? error.message : error)}`;
    return {
      ok: false,
      diagnostics: [...diagnostics, { ...span, severity: 'error', code: 'alias-limit', message }],
    };
  }
}

/** yaml's messages carry their own position and a code excerpt; the editor shows both already. */
function yamlMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return `YAML: ${first.replace(/ at line \d+, column \d+:?$/, '')}`;
}

function firstAlias(node: unknown): Node | undefined {
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (isAlias(current)) return current;
    if (isMap(current) || isSeq(current)) {
      for (const item of current.items) stack.push(item);
    } else if (isPair(current)) {
      stack.push(current.key, current.value);
    }
  }
  return undefined;
}

/** 1-based span of a character range [start, end) of the text. */
export function offsetSpan(source: YamlSource, start: number, end: number): SourceSpan {
  const from = positionAt(source.lineStarts, Math.min(start, source.textLength));
  const to = positionAt(source.lineStarts, Math.min(Math.max(end, start), source.textLength));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

/** Finds the nodes at a path of map keys and list indexes, as deep as the path exists. */
export function locate(source: YamlSource, path: Path): Located {
  return source.positions.locate(path);
}

/** The span of a node (value part only: comments after it are not included). */
export function nodeSpan(
  source: YamlSource,
  node: FastSpan | Node | undefined | null,
): SourceSpan | undefined {
  if (!node) return undefined;
  let start: number;
  let valueEnd: number;
  if (typeof (node as FastSpan).start === 'number') {
    ({ start, end: valueEnd } = node as FastSpan);
  } else {
    const range = (node as Node).range;
    if (!range) return undefined;
    [start, valueEnd] = range;
  }
  return offsetSpan(source, start, Math.max(valueEnd, start + 1));
}
