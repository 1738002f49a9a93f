/**
 * A `yaml` document as plain values: maps as objects whose keys are the names the user wrote
 * (`keys.ts`), lists as arrays, scalars as their values. Built without recursion and with a budget,
 * so aliases (`*name`) cannot blow a small text up into a huge value (a "billion laughs" text).
 *
 * Every map key becomes an own property, including `__proto__` and `constructor`: user-chosen names
 * are plain names.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { keyName } from './keys';
import type { TextSpan } from './spans';

/** Aliases may be expanded this many times in all: a billion-laughs bomb stops here. */
export const MAX_ALIAS_COUNT = 200;

export type PlainValueResult =
  | { ok: true; value: unknown; complexKeys: TextSpan[]; duplicateKeys: TextSpan[] }
  | { ok: false; problem: 'alias-limit' | 'alias-unresolved'; at: TextSpan };

interface Task {
  node: unknown;
  set: (value: unknown) => void;
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function spanOf(node: unknown): TextSpan {
  const range = (node as Node | null)?.range;
  return range ? { start: range[0], end: Math.max(range[1], range[0] + 1) } : { start: 0, end: 1 };
}

/**
 * The plain value of a parsed document. Of equal keys (by name) the first wins and the others are
 * listed in `duplicateKeys`; keys that are not scalars (`? [a, b]`) are left out and listed in `complexKeys`.
 */
export function plainValue(doc: Document.Parsed, nodeBudget: number): PlainValueResult {
  const holder: { value: unknown } = { value: null };
  const tasks: Task[] = [{ node: doc.contents, set: (v) => (holder.value = v) }];
  const complexKeys: TextSpan[] = [];
  const duplicateKeys: TextSpan[] = [];
  let aliases = 0;
  let produced = 0;
  while (tasks.length > 0) {
    const task = tasks.pop()!;
    let node = task.node;
    if (isAlias(node)) {
      const at = spanOf(node);
      if (++aliases > MAX_ALIAS_COUNT) return { ok: false, problem: 'alias-limit', at };
      const target = node.resolve(doc);
      if (!target) return { ok: false, problem: 'alias-unresolved', at };
      node = target;
    }
    if (++produced > nodeBudget) return { ok: false, problem: 'alias-limit', at: spanOf(task.node) };
    if (isMap(node)) {
      const map: Record<string, unknown> = {};
      task.set(map);
      for (const pair of node.items) {
        const name = keyName(pair.key);
        if (name === null) {
          complexKeys.push(spanOf(pair.key));
          continue;
        }
        if (Object.prototype.hasOwnProperty.call(map, name)) {
          duplicateKeys.push(spanOf(pair.key));
          continue;
        }
        // Defined now, in document order; filled when its task runs.
        define(map, name, null);
        tasks.push({ node: pair.value, set: (v) => define(map, name, v) });
      }
    } else if (isSeq(node)) {
      const list: unknown[] = new Array<unknown>(node.items.length).fill(null);
      task.set(list);
      node.items.forEach((item, index) => tasks.push({ node: item, set: (v) => (list[index] = v) }));
    } else if (isScalar(node)) {
      task.set(node.value ?? null);
    } else {
      task.set(null);
    }
  }
  return { ok: true, value: holder.value, complexKeys, duplicateKeys };
}
