/**
 * Fix for a map missing required fields (`company needs \`name\``): insert them, each with a
 * placeholder to type over, after the field that comes before them in the format's order (or
 * before the map's first field), in the map's own style: new lines at its indentation for a block
 * map, `, name: …` inside the braces of a flow map.
 */
import { isMap, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Diagnostic } from '../diagnostic';
import type { Localize } from '../localize';
import type { Path } from '../path';
import { enumValues, keysAt, schemaAt } from '../schemaNav';
import { valueKindOf } from '../schema';
import { keyName } from '../yaml/keys';
import type { YamlSource } from '../yaml/read';
import { columnOf, lineEnd, lineEndOf, nodeNamedBy, nodesAt, spanOffsets, valueEnd } from './locate';
import type { QuickFix, TextEdit } from './types';

/** Text to insert: literal parts, and placeholders the editor selects for typing over. */
type Part = string | { placeholder: string };

/** The fields a "needs" message lists: "company needs `name` (…)" → ['name']. */
function missingKeys(message: string): string[] {
  const list = /\bneeds ((?:`[^`]+`(?:, )?)+)/.exec(message)?.[1] ?? '';
  return [...list.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
}

/** What a missing field starts as. Placeholders hold no `,`, `:` or `#`, so they read the same in flow maps. */
function placeholderFor(path: Path, key: string, l10n: Localize): Part[] {
  const p = (text: string): Part => ({ placeholder: text });
  const top = path.length === 0;
  const list = path.length === 2 && typeof path[1] === 'number' ? path[0] : undefined;
  if (top) {
    switch (key) {
      case 'itcase':
        return ['1'];
      case 'title':
        return [p(l10n.t('Business case title'))];
      case 'company':
        return ['{ name: ', p(l10n.t('Company name')), ' }'];
      case 'currency':
        return [p('USD')];
      case 'periods':
        return ['{ start: ', p('2025'), ', count: ', p('3'), ' }'];
      case 'revenue':
        return [p('100')];
      case 'grossMargin':
        return [p('25%')];
    }
  }
  if (key === 'name') {
    const index = typeof path[1] === 'number' ? path[1] + 1 : 1;
    if (list === 'investments') return [p(l10n.t('Investment {0}', index))];
    if (list === 'scenarios') return [p(l10n.t('Scenario {0}', index))];
    return [p(l10n.t('Company name'))];
  }
  if (list === 'benchmarks') {
    switch (key) {
      case 'id':
        return [p('my-benchmark')];
      case 'title':
        return [p(l10n.t('Benchmark title'))];
      case 'metric':
        return [p('itSpend')];
      case 'source':
        return [p(l10n.t('Who published it and when'))];
      case 'values':
        return ['{ ', p(l10n.t('Label')), ': ', p('0'), ' }'];
    }
  }
  // Anything else: the first allowed word, a zero of the field's kind, or the field's name.
  const schema = schemaAt([...path, key]);
  const words = schema ? enumValues(schema) : [];
  if (words[0] !== undefined) return [p(words[0])];
  const kind = schema ? valueKindOf(schema) : undefined;
  if (kind === 'percent') return [p('0%')];
  if (kind === 'money' || kind === 'count') return [p('0')];
  return [p(key)];
}

/** Escapes the characters a snippet gives meaning to. */
function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** The plain text and the snippet of a list of parts (tab stops numbered from `first`). */
function render(parts: readonly Part[], first: number): { text: string; snippet: string; stops: number } {
  let text = '';
  let snippet = '';
  let stop = first;
  for (const part of parts) {
    if (typeof part === 'string') {
      text += part;
      snippet += escapeSnippet(part);
    } else {
      text += part.placeholder;
      snippet += `\${${stop++}:${escapeSnippet(part.placeholder)}}`;
    }
  }
  return { text, snippet, stops: stop - first };
}

/** The map a "needs" diagnostic is about: the value of the key it is placed on, or the map it starts. */
function mapOf(source: YamlSource, diagnostic: Diagnostic): { path: Path; map: YAMLMap } | undefined {
  const { start } = spanOffsets(source, diagnostic);
  const maps = nodesAt(source, start).filter((c) => isMap(c.node));
  const found = nodeNamedBy(maps, diagnostic.message);
  return found ? { path: found.path, map: found.node as YAMLMap } : undefined;
}

export function requiredFieldFixes(
  text: string,
  source: YamlSource,
  diagnostic: Diagnostic,
  l10n: Localize,
): QuickFix[] {
  const missing = missingKeys(diagnostic.message);
  const target = mapOf(source, diagnostic);
  if (missing.length === 0 || !target) return [];
  const { path, map } = target;
  const pairs = map.items as Pair<Node | null, Node | null>[];
  const written = new Map<string, Pair<Node | null, Node | null>>();
  for (const pair of pairs) {
    const name = keyName(pair.key);
    if (name !== null && !written.has(name)) written.set(name, pair);
  }
  const order = keysAt(path, [...written.keys()]).map((k) => k.name);
  const keys = missing.filter((k) => !written.has(k)).sort((a, b) => rank(order, a) - rank(order, b));
  if (keys.length === 0) return [];

  // After the written field that comes last before the first missing one, in the format's order.
  const before = rank(order, keys[0]!);
  let anchor: Pair<Node | null, Node | null> | undefined;
  for (const [name, pair] of written) if (rank(order, name) < before) anchor = pair;

  let stop = 1;
  const entries = keys.map((key) => {
    const rendered = render([`${key}: `, ...placeholderFor(path, key, l10n)], stop);
    stop += rendered.stops;
    return rendered;
  });
  const edit = map.flow ? flowInsert(map, anchor, entries) : blockInsert(text, map, anchor, entries);
  if (!edit) return [];
  return [
    {
      title:
        keys.length === 1
          ? l10n.t("Add '{0}'", keys[0]!)
          : l10n.t('Add {0}', keys.map((k) => `'${k}'`).join(', ')),
      edits: [edit],
      preferred: true,
    },
  ];
}

function rank(order: readonly string[], key: string): number {
  const index = order.indexOf(key);
  return index < 0 ? order.length : index;
}

type Rendered = { text: string; snippet: string };

function joined(entries: readonly Rendered[], separator: string): Rendered {
  return {
    text: entries.map((e) => e.text).join(separator),
    snippet: entries.map((e) => e.snippet).join(escapeSnippet(separator)),
  };
}

function edit(at: number, before: string, body: Rendered, after: string): TextEdit {
  return {
    start: at,
    end: at,
    newText: `${before}${body.text}${after}`,
    snippet: `${escapeSnippet(before)}${body.snippet}${escapeSnippet(after)}`,
  };
}

function flowInsert(
  map: YAMLMap,
  anchor: Pair<Node | null, Node | null> | undefined,
  entries: readonly Rendered[],
): TextEdit | undefined {
  const body = joined(entries, ', ');
  if (anchor) {
    const end = anchor.value ? valueEnd(anchor.value) : valueEnd(anchor.key as Node);
    return edit(end, ', ', body, '');
  }
  const first = map.items[0]?.key as Node | null | undefined;
  if (first?.range) return edit(first.range[0], '', body, ', ');
  // `{}`: between the braces.
  const open = map.range?.[0];
  return open === undefined ? undefined : edit(open + 1, ' ', body, ' ');
}

function blockInsert(
  text: string,
  map: YAMLMap,
  anchor: Pair<Node | null, Node | null> | undefined,
  entries: readonly Rendered[],
): TextEdit | undefined {
  const first = map.items[0]?.key as Node | null | undefined;
  if (!first?.range) return undefined;
  const eol = lineEndOf(text);
  const indent = ' '.repeat(columnOf(text, first.range[0]));
  const body = joined(entries, `${eol}${indent}`);
  if (anchor) {
    const key = anchor.key as Node;
    const end = anchor.value?.range ? valueEnd(anchor.value) : valueEnd(key);
    // At the end of the anchor's last line: after its trailing comment, before the next line.
    const at = lineEnd(text, Math.max(key.range?.[0] ?? 0, end - 1));
    return edit(at, `${eol}${indent}`, body, '');
  }
  // Before the first field, on its line (after a list item's `- `), which moves down one line.
  return edit(first.range[0], '', body, `${eol}${indent}`);
}
