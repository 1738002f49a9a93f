/**
 * The case's outline (Outline view, breadcrumbs, Go to Symbol): periods, revenue and gross margin,
 * fixed cost and IT spend lines by name, investments and scenarios by name, benchmarks by title.
 * Read from the YAML with positions, so it is there while the case still has errors. Pure: the
 * extension host turns these into `vscode.DocumentSymbol`s.
 */
import { isScalar, Scalar } from 'yaml';
import type { Path } from './path';
import type { PositionedNode } from './yaml/positions';
import type { YamlSource } from './yaml/read';
import type { TextSpan } from './yaml/spans';

export type CaseSymbolKind =
  | 'periods'
  | 'period'
  | 'series'
  | 'lines'
  | 'fixedCost'
  | 'itSpend'
  | 'list'
  | 'investment'
  | 'scenario'
  | 'benchmark';

export interface CaseSymbol {
  name: string;
  kind: CaseSymbolKind;
  /** The whole entry: key and value (0-based offsets). */
  range: TextSpan;
  /** What to reveal and select: the key, or the name of a list item. */
  selection: TextSpan;
  children: CaseSymbol[];
}

const SERIES_KEYS = new Set(['revenue', 'grossMargin']);
const LINE_KINDS: Record<string, CaseSymbolKind> = { fixedCosts: 'fixedCost', itSpend: 'itSpend' };
const ITEM_KINDS: Record<string, { kind: CaseSymbolKind; nameKey: string; fallback: string }> = {
  investments: { kind: 'investment', nameKey: 'name', fallback: 'Investment' },
  scenarios: { kind: 'scenario', nameKey: 'name', fallback: 'Scenario' },
  benchmarks: { kind: 'benchmark', nameKey: 'title', fallback: 'Benchmark' },
};

export function caseSymbols(text: string, source: YamlSource): CaseSymbol[] {
  const root = source.positions.root();
  if (root?.kind !== 'map') return [];
  const symbols: CaseSymbol[] = [];
  // A block map's span runs to the next line: a symbol ends where its last value does.
  const trimmed = (list: CaseSymbol[]): CaseSymbol[] => {
    for (const symbol of list) {
      let end = symbol.range.end;
      while (end > symbol.selection.end && /\s/.test(text[end - 1] ?? '')) end--;
      symbol.range = { start: symbol.range.start, end };
      trimmed(symbol.children);
    }
    return list;
  };
  for (const entry of root.children ?? []) {
    const key = String(entry.segment);
    const symbol = (kind: CaseSymbolKind, children: CaseSymbol[] = []) =>
      entrySymbol(key, kind, entry, children);
    if (key === 'periods') symbols.push(symbol('periods', periodSymbols(source, entry)));
    else if (SERIES_KEYS.has(key)) symbols.push(symbol('series'));
    else if (LINE_KINDS[key]) symbols.push(symbol('lines', lineSymbols(entry, LINE_KINDS[key])));
    else if (ITEM_KINDS[key]) symbols.push(symbol('list', itemSymbols(source, entry, ITEM_KINDS[key])));
  }
  return trimmed(symbols);
}

/** A map entry: from its key to the end of its value. */
function entrySymbol(
  name: string,
  kind: CaseSymbolKind,
  entry: PositionedNode,
  children: CaseSymbol[] = [],
): CaseSymbol {
  const selection = entry.key ?? entry.value ?? { start: 0, end: 0 };
  const end = Math.max(selection.end, entry.value?.end ?? selection.end);
  return {
    name: name === '' ? '(empty)' : name,
    kind,
    range: { start: selection.start, end },
    selection,
    children,
  };
}

/** The labels of a list of periods (`[FY2012, FY2013]`); none for `{ start, count }`. */
function periodSymbols(source: YamlSource, entry: PositionedNode): CaseSymbol[] {
  if (entry.kind !== 'seq') return [];
  return (entry.children ?? []).flatMap((item, index) => {
    if (!item.value || item.kind !== 'scalar') return [];
    const label = scalarText(source, ['periods', index]) || String(index + 1);
    return [{ name: label, kind: 'period' as const, range: item.value, selection: item.value, children: [] }];
  });
}

function lineSymbols(entry: PositionedNode, kind: CaseSymbolKind): CaseSymbol[] {
  if (entry.kind !== 'map') return [];
  return (entry.children ?? []).map((line) => entrySymbol(String(line.segment), kind, line));
}

/** Investments, scenarios and benchmarks: each list item by its name (or title), else by its number. */
function itemSymbols(
  source: YamlSource,
  entry: PositionedNode,
  item: { kind: CaseSymbolKind; nameKey: string; fallback: string },
): CaseSymbol[] {
  if (entry.kind !== 'seq') return [];
  const listKey = String(entry.segment);
  return (entry.children ?? []).flatMap((node, index) => {
    if (!node.value) return [];
    const located = source.positions.locate([listKey, index, item.nameKey]);
    const named = located.depth === 3 ? located.node : undefined;
    const name = scalarText(source, [listKey, index, item.nameKey]) || `${item.fallback} ${index + 1}`;
    return [{ name, kind: item.kind, range: node.value, selection: named ?? node.value, children: [] }];
  });
}

/** The text of a scalar at a path as written (`FY2012`, `2012.10`, `Sales fall 10%`), or '' when there is none. */
function scalarText(source: YamlSource, path: Path): string {
  const node: unknown = source.doc.getIn(path, true);
  if (!isScalar(node)) return '';
  const written = (node as Scalar & { source?: string }).source;
  if (node.type === Scalar.PLAIN && typeof written === 'string') return written.trim();
  const value = node.value;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value).trim()
    : '';
}
