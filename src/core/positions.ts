/**
 * Where each node of a YAML text is, by path: the one view of positions that placing diagnostics
 * and source links use, whichever parser read the text (the fast reader's nodes, or nodes made
 * from `yaml`'s Document). Lookups follow the rules of the Document: map keys compare as strings
 * and the first of equal keys wins; list indexes match only numbers.
 */
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { FastParse, FastSpan } from './fastYaml';

export interface PositionedNode {
  kind: 'map' | 'seq' | 'scalar';
  /** The key's span, for map entries. */
  key?: FastSpan | undefined;
  /** The value's span; absent only for a `yaml` pair without a value node (`? a`). */
  value?: FastSpan | undefined;
  /** Its key in its map (as a string), or its index in its list. */
  segment?: string | number | undefined;
  /** Entries of a map (those with scalar keys, equal keys included) or list, in document order. */
  children?: readonly PositionedNode[] | undefined;
}

/** The spans at a path of map keys and list indexes, as deep as the path exists. */
export interface Located {
  /** The value at the path, when it exists. */
  node?: FastSpan;
  /** The key of the entry holding it, when the path ends at a map key. */
  key?: FastSpan;
  /** How much of the path exists: path.slice(0, depth) was found. */
  depth: number;
}

interface PositionTree {
  root?: PositionedNode;
  /** The first key of a top-level map (whatever its kind), for problems placed nowhere better. */
  firstKey?: FastSpan;
}

export class NodePositions {
  private tree: PositionTree | undefined;
  /** Entries of the maps looked into, by key (the first of equal keys). */
  private readonly entries = new WeakMap<PositionedNode, Map<string, PositionedNode>>();

  constructor(private readonly build: () => PositionTree) {}

  /** The top-level node; undefined for an empty document. */
  root(): PositionedNode | undefined {
    this.tree ??= this.build();
    return this.tree.root;
  }

  firstKey(): FastSpan | undefined {
    this.tree ??= this.build();
    return this.tree.firstKey;
  }

  /** Finds the nodes at a path, as deep as the path exists. */
  locate(path: readonly (string | number)[]): Located {
    const { node, key, depth } = this.walk(path);
    const located: Located = { depth };
    if (node?.value) located.node = node.value;
    if (key) located.key = key;
    return located;
  }

  private walk(path: readonly (string | number)[]): { node?: PositionedNode; key?: FastSpan; depth: number } {
    let node = this.root();
    let key: FastSpan | undefined;
    let depth = 0;
    for (const segment of path) {
      if (!node) break;
      let child: PositionedNode | undefined;
      if (node.kind === 'map') child = this.entry(node, String(segment));
      else if (node.kind === 'seq' && typeof segment === 'number') child = node.children?.[segment];
      if (!child) break;
      key = node.kind === 'map' ? child.key : undefined;
      node = child;
      depth++;
    }
    const found: { node?: PositionedNode; key?: FastSpan; depth: number } = { depth };
    if (node) found.node = node;
    if (key) found.key = key;
    return found;
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

/** Positions from the fast reader. */
export function fastPositions(parse: FastParse): NodePositions {
  return new NodePositions(() => {
    const tree: PositionTree = { root: parse.root };
    const first = parse.root.children?.[0]?.key;
    if (first) tree.firstKey = first;
    return tree;
  });
}

/** Positions from a `yaml` Document, made when first asked for. */
export function documentPositions(doc: Document.Parsed): NodePositions {
  return new NodePositions(() => {
    const tree: PositionTree = {};
    const contents = doc.contents as Node | null;
    if (isMap(contents)) {
      const key = contents.items[0]?.key as Node | null | undefined;
      if (key && typeof key === 'object' && key.range) tree.firstKey = spanOf(key.range);
    }
    if (contents) tree.root = positioned(contents);
    return tree;
  });
}

function spanOf(range: readonly number[]): FastSpan {
  return { start: range[0]!, end: range[1]! };
}

function positioned(node: Node | null): PositionedNode {
  const info: PositionedNode = { kind: isMap(node) ? 'map' : isSeq(node) ? 'seq' : 'scalar' };
  if (node?.range) info.value = spanOf(node.range);
  if (isMap(node)) {
    const children: PositionedNode[] = [];
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const child = positioned(pair.value as Node | null);
      if (pair.key.range) child.key = spanOf(pair.key.range);
      child.segment = String(pair.key.value);
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
