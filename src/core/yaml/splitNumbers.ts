/**
 * Numbers written with thousands separators inside a `[ ]` or `{ }` list: `[12,400, 14,100]` is four
 * values to YAML (12, 400, 14, 100), and `{ 2024: 5,200 }` is 5 and a key 200. Where the same list
 * also separates its items with ", " (a comma and a space on the same line), a comma with three digits right after it
 * is almost surely a separator inside a number, so it is named; `[100,200,300]`, written without
 * spaces throughout, is a list of three and is left alone.
 */
import { isPair, isScalar, Scalar, visit, type Document, type Node } from 'yaml';
import type { TextSpan } from './spans';

export interface SplitNumber {
  span: TextSpan;
  /** The text as written, `12,400`. */
  written: string;
  /** The values YAML reads it as: `12`, `400`. */
  parts: string[];
}

// No leading 0: `0,255` is a decimal comma, not a thousands group.
const HEAD = /^[-+]?[1-9]\d{0,2}$/;
const GROUP = /^\d{3}$/;

export function splitNumbers(doc: Document.Parsed, text: string): SplitNumber[] {
  // Cheap first: most files have no digit, comma, three digits anywhere.
  if (!/\d,\d{3}/.test(text)) return [];
  const found: SplitNumber[] = [];
  const source = (node: Node | null | undefined): string | undefined => {
    if (!isScalar(node) || node.type !== Scalar.PLAIN || !node.range) return undefined;
    return text.slice(node.range[0], node.range[1]);
  };
  /** Runs of scalars [head, group, group…] joined by a bare comma. */
  const runs = (scalars: readonly (Node | null | undefined)[]) => {
    for (let i = 0; i < scalars.length; i++) {
      const head = scalars[i];
      if (!HEAD.test(source(head) ?? '')) continue;
      let last = i;
      while (last + 1 < scalars.length) {
        const next = scalars[last + 1];
        const end = (scalars[last] as Node).range![1];
        if (!GROUP.test(source(next) ?? '') || text.slice(end, (next as Node).range![0]) !== ',') break;
        last++;
      }
      if (last === i) continue;
      const start = (head as Node).range![0];
      const end = (scalars[last] as Node).range![1];
      found.push({
        span: { start, end },
        written: text.slice(start, end),
        parts: scalars.slice(i, last + 1).map((n) => source(n)!),
      });
      i = last;
    }
  };
  visit(doc, {
    Seq(_key, node) {
      if (node.flow && spaced(node)) runs(node.items as Node[]);
    },
    Map(_key, node) {
      if (!node.flow || !spaced(node)) return;
      // { 2024: 5,200 } is the pair 2024: 5, then a key 200 with no value.
      const scalars: (Node | null)[] = [];
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyOnly = pair.value === null || (isScalar(pair.value) && pair.value.range === undefined);
        if (keyOnly && scalars.length > 0) scalars.push(pair.key as Node);
        else scalars.push(null, pair.value as Node | null);
      }
      runs(scalars);
    },
  });
  function spaced(node: Node): boolean {
    // A comma and a space or tab on the same line; a line break after a comma says nothing.
    return (
      node.range !== null &&
      node.range !== undefined &&
      /,[ \t]/.test(text.slice(node.range[0], node.range[1]))
    );
  }
  return found;
}
