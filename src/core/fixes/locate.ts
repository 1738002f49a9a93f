/**
 * From a diagnostic back to the YAML it was placed on: the nodes that start where it starts, each
 * with its path, so a fix can pick the one it repairs. And the line arithmetic fixes share.
 */
import { offsetAt } from '../yaml/spans';
import { isMap, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Diagnostic, SourceSpan } from '../diagnostic';
import { pathLabel, type Path } from '../path';
import { keyName } from '../yaml/keys';
import type { YamlSource } from '../yaml/read';

/** A node of the document that starts at an offset. */
export interface NodeAt {
  path: Path;
  /** The value at the path (null for a key written without a value). */
  node: Node | null;
  /** Whether the offset is that of the value, or of the map key naming it. */
  role: 'value' | 'key';
  /** The key node, where the path ends at a map key. */
  key?: Scalar;
  /** The map or list holding it (none for the document's top level). */
  parent?: YAMLMap | YAMLSeq;
}

/** The 0-based offsets [start, end) of a diagnostic's 1-based span. */
export function spanOffsets(source: YamlSource, span: SourceSpan): { start: number; end: number } {
  const offset = (line: number, column: number) =>
    offsetAt(source.lineStarts, line, column) ?? source.textLength;
  return { start: offset(span.line, span.column), end: offset(span.endLine, span.endColumn) };
}

/** Every node (value or key) that starts at `offset`, outermost first. */
export function nodesAt(source: YamlSource, offset: number): NodeAt[] {
  const found: NodeAt[] = [];
  const visit = (node: Node | null, path: Path, parent?: YAMLMap | YAMLSeq) => {
    const range = node?.range;
    if (!node || !range || offset < range[0] || offset > range[2]) return;
    if (range[0] === offset)
      found.push(parent ? { path, node, role: 'value', parent } : { path, node, role: 'value' });
    if (isMap(node)) {
      for (const pair of node.items as Pair<Node | null, Node | null>[]) {
        const name = keyName(pair.key);
        if (name === null) continue;
        const key = pair.key as Scalar | null;
        if (key?.range?.[0] === offset)
          found.push({ path: [...path, name], node: pair.value, role: 'key', key, parent: node });
        visit(pair.value, [...path, name], node);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => visit(item as Node | null, [...path, index], node));
    }
  };
  visit(source.doc.contents, []);
  return found;
}

/**
 * The node a message is about: messages start with the path they concern (`fixedCosts.a must be …`,
 * `The case needs …` for the top level).
 */
export function nodeNamedBy(candidates: readonly NodeAt[], message: string): NodeAt | undefined {
  return candidates.find((c) => startsWithLabel(message, pathLabel(c.path)));
}

function startsWithLabel(message: string, label: string): boolean {
  return message.startsWith(`${label} `) || message.startsWith(`${label}:`);
}

/** The scalar a diagnostic is placed on, when it is one. */
export function scalarAt(source: YamlSource, diagnostic: Diagnostic): Scalar | undefined {
  const { start } = spanOffsets(source, diagnostic);
  const candidates = nodesAt(source, start).filter((c) => c.role === 'value' && isScalar(c.node));
  const found = nodeNamedBy(candidates, diagnostic.message) ?? candidates[candidates.length - 1];
  return found?.node as Scalar | undefined;
}

/** The line end the file uses: CRLF when it has any, else LF. */
export function lineEndOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Offset of the start of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset of the end of the line holding `offset`, before its `\r\n` or `\n`. */
export function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  if (newline < 0) return text.length;
  return newline > 0 && text[newline - 1] === '\r' ? newline - 1 : newline;
}

/** Offset just after the line holding `offset`, its line end included (the text's end on the last line). */
export function nextLineStart(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

/** 0-based column of an offset. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** The source text of a node's value, without a trailing comment. */
export function nodeText(text: string, node: Node): string {
  const range = node.range;
  return range ? text.slice(range[0], range[1]) : '';
}

/** The offset at which a node's value ends (its last character, before any comment). */
export function valueEnd(node: Node): number {
  return node.range?.[1] ?? 0;
}
