/**
 * Inserting a benchmark data set into a case's `benchmarks:` list as one text edit that keeps
 * everything else of the file as written (comments, order, formatting): the list is created at the
 * end of the file when missing, the entry appended after the last one otherwise.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { benchmarkEntryObject, benchmarkEntryYaml } from './benchmarkEntry';
import type { BenchmarkDataSet } from './benchmarks';
import { stringify } from 'yaml';

/** Replace `length` characters at `offset` (0-based, in the text as given) with `text`. */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

export type BenchmarkInsertResult =
  | { kind: 'edit'; edit: TextEdit }
  | { kind: 'already-present'; line: number }
  | { kind: 'not-a-case'; reason: string };

export function insertBenchmarkEdit(text: string, set: BenchmarkDataSet): BenchmarkInsertResult {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0) {
    return {
      kind: 'not-a-case',
      reason: 'The file has YAML errors: fix them first, then insert the data set.',
    };
  }
  const root = doc.contents;
  const entry = (indent: number) => benchmarkEntryYaml(set, indent).replace(/\n$/, '').split('\n').join(eol);
  if (root !== null && !isMap(root))
    return { kind: 'not-a-case', reason: 'A case is a map of fields; this file is not.' };
  const pair = root?.items.find((item) => isScalar(item.key) && item.key.value === 'benchmarks');
  if (!root || !pair) {
    // No list yet: append one at the end of the file.
    const needsBreak = text.length > 0 && !text.endsWith('\n');
    return {
      kind: 'edit',
      edit: {
        offset: text.length,
        length: 0,
        text: `${needsBreak ? eol : ''}benchmarks:${eol}${entry(2)}${eol}`,
      },
    };
  }
  const value = pair.value as Node | null;
  if (isSeq(value)) {
    for (const item of value.items) {
      if (isMap(item)) {
        const id = item.get('id');
        if (id === set.id && item.range)
          return { kind: 'already-present', line: lineOf(text, item.range[0]) };
      }
    }
    if (value.flow) {
      // A flow list `[...]`: add the entry in flow style inside the brackets.
      const flowEntry = stringify(benchmarkEntryObject(set), {
        collectionStyle: 'flow',
        lineWidth: 0,
      }).trim();
      const close = text.lastIndexOf(']', value.range![1]);
      const separator = value.items.length > 0 ? ', ' : '';
      return { kind: 'edit', edit: { offset: close, length: 0, text: `${separator}${flowEntry}` } };
    }
    // A block list: after the end of its last line, at the items' indentation.
    const start = value.range![0];
    const indent = start - lineStartOf(text, start);
    const end = endOfLine(text, lastContentOffset(text, value.range![1]));
    return { kind: 'edit', edit: { offset: end, length: 0, text: `${eol}${entry(indent)}` } };
  }
  if (value === null || (isScalar(value) && (value.value === null || value.value === undefined))) {
    // `benchmarks:` with nothing after it: put the list under the key.
    const keyNode = pair.key as Node;
    const keyIndent = keyNode.range![0] - lineStartOf(text, keyNode.range![0]);
    const end = endOfLine(text, keyNode.range![1]);
    return { kind: 'edit', edit: { offset: end, length: 0, text: `${eol}${entry(keyIndent + 2)}` } };
  }
  return {
    kind: 'not-a-case',
    reason: '`benchmarks` is not a list here: make it a list, then insert the data set.',
  };
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function endOfLine(text: string, offset: number): number {
  const next = text.indexOf('\n', offset);
  if (next < 0) return text.length;
  return text[next - 1] === '\r' ? next - 1 : next;
}

/** The last non-blank character before `end` (node ranges can end after trailing line breaks). */
function lastContentOffset(text: string, end: number): number {
  let i = Math.min(end, text.length) - 1;
  while (i > 0 && /\s/.test(text[i]!)) i--;
  return i;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
