/**
 * Where each node of a YAML document is, by path: the one view of positions that placing
 * diagnostics and source links use. Map keys are found by name (see `keys.ts`; the first of equal
 * keys wins, the second is a duplicate-key error); list indexes match only numbers.
 */
import { isMap, isSeq, type Document, type Node } from 'yaml';
import type { Path } from '../path';
import { keyName } from './keys';
import type { TextSpan } from './spans';

export interface PositionedNode {
  readonly kind: 'map' | 'seq' | 'scalar';
  /** The key's span, for map entries. */
  key?: TextSpan;
  /** The value's span; absent for a pair without a value node (`? a`). */
  value?: TextSpan;
  /** Its key in its map, or its index in its list. */
  segment?: string | number;
  /** Entries of a map (those with scalar keys, equal keys included) or list, in document order. */
  children?: readonly PositionedNode[];
}

/** The spans at a path of map keys and list indexes, as deep as the path exists. */
export interface Located {
  /** The value at the path, when it exists. */
  node?: TextSpan;
  /** The key of the entry holding it, when the path ends at a map key. */
  key?: TextSpan;
  /** The value of the deepest part of the path that exists (the whole path's, when it exists). */
  deepest?: TextSpan;
  /** How much of the path exists: path.slice(0, depth) was found. */
  depth: number;
}

export class NodePositions {
  private tree: { root?: PositionedNode; firstKey?: TextSpan } | undefined;
  /** Entries of the maps looked into, by key (the first of equal keys). */
  private readonly entries = new WeakMap<PositionedNode, Map<string, PositionedNode>>();

  constructor(private readonly doc: Document.Parsed) {}

  /** The top-level node; undefined for an empty document. */
  root(): PositionedNode | undefined {
    return this.build().root;
  }

  /** The first key of a top-level map, for problems placed nowhere better. */
  firstKey(): TextSpan | undefined {
    return this.build().firstKey;
  }

  /** Finds the nodes at a path, as deep as the path exists. */
  locate(path: Path): Located {
    let node = this.root();
    let key: TextSpan | undefined;
    let depth = 0;
    let deepest = node?.value;
    for (const segment of path) {
      if (!node) break;
      let child: PositionedNode | undefined;
      if (node.kind === 'map') child = this.entry(node, String(segment));
      else if (node.kind === 'seq' && typeof segment === 'number') child = node.children?.[segment];
      if (!child) break;
      key = node.kind === 'map' ? child.key : undefined;
      node = child;
      deepest = child.value ?? child.key ?? deepest;
      depth++;
    }
    const located: Located = { depth };
    if (depth === path.length) {
      if (node?.value) located.node = node.value;
      if (key) located.key = key;
    } else if (key) located.key = key;
    if (deepest) located.deepest = deepest;
    return located;
  }

  private build(): { root?: PositionedNode; firstKey?: TextSpan } {
    if (this.tree) return this.tree;
    const tree: { root?: PositionedNode; firstKey?: TextSpan } = {};
    const contents = this.doc.contents as Node | null;
    if (isMap(contents)) {
      const first = contents.items[0]?.key as Node | null | undefined;
      if (first && typeof first === 'object' && first.range) tree.firstKey = spanOf(first.range);
    }
    if (contents) tree.root = positioned(contents);
    this.tree = tree;
    return tree;
  }

  private entry(map: PositionedNode, name: string): PositionedNode | undefined {
    let byName = this.entries.get(map);
    if (!byName) {
      byName = new Map();
      for (const child of map.children ?? []) {
        const segment = String(child.segment);
        if (!byName.has(segment)) byName.set(segment, child);
      }
      this.entries.set(map, byName);
    }
    return byName.get(name);
  }
}

function spanOf(range: readonly number[]): TextSpan {
  return { start: range[0]!, end: range[1]! };
}

/** Recursive, but only over documents within the nesting limit (`depth.ts`). */
function positioned(node: Node | null): PositionedNode {
  const kind = isMap(node) ? 'map' : isSeq(node) ? 'seq' : 'scalar';
  const info: PositionedNode = { kind };
  if (node?.range) info.value = spanOf(node.range);
  if (isMap(node)) {
    const children: PositionedNode[] = [];
    for (const pair of node.items) {
      const name = keyName(pair.key);
      if (name === null) continue;
      const child = positioned(pair.value as Node | null);
      const keyNode = pair.key as Node | null;
      if (keyNode?.range) child.key = spanOf(keyNode.range);
      child.segment = name;
      children.push(child);
    }
    info.children = children;
  } else if (isSeq(node)) {
    info.children = node.items.map((item, index) => {
      const child = positioned(item as Node | null);
      child.segment = index;
      return child;
    });
  }
  return info;
}
