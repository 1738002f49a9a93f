/**
 * Completion for `.itcase.yaml`: the keys a map may still take, and the words a value may be,
 * read from the zod schema (its descriptions are the documentation). Pure: no `vscode`; the adapter
 * in completionProvider.ts turns these entries into VS Code completion items.
 */
import type * as z from 'zod/mini';
import type { Path } from '../path';
import { METRICS } from '../present/metrics';
import { ownDescription } from '../schema';
import { def, enumValues, keysAt, schemaAt, unwrap, type KeyInfo } from '../schemaNav';
import { yamlPositionAt, type TextSpan, type YamlPosition } from '../yaml/cursor';

export interface CompletionEntry {
  label: string;
  kind: 'key' | 'value';
  /** One line beside the label: required or optional, and the allowed words. */
  detail: string;
  /** Markdown. */
  documentation: string;
  /** The text to insert; a snippet (`$0`, `${1:name}`) when `snippet` is true. */
  insertText: string;
  snippet: boolean;
  required: boolean;
  /** The text the entry replaces (the word being typed), as offsets [start, end). */
  range: TextSpan;
  /** Ask the editor for suggestions again after inserting: the key's value has words to offer. */
  retrigger: boolean;
  /** Orders the entries: required keys first, then the schema's order. */
  sortText: string;
  /** What the editor matches the typed word against (the label without a list dash). */
  filterText: string;
}

/** Common ISO 4217 codes offered after `currency: ` (any three-letter code is valid). */
export const COMMON_CURRENCIES: readonly { code: string; name: string }[] = [
  { code: 'USD', name: 'US dollar' },
  { code: 'EUR', name: 'Euro' },
  { code: 'KRW', name: 'South Korean won' },
  { code: 'JPY', name: 'Japanese yen' },
  { code: 'GBP', name: 'Pound sterling' },
  { code: 'CNY', name: 'Chinese yuan renminbi' },
  { code: 'CHF', name: 'Swiss franc' },
  { code: 'CAD', name: 'Canadian dollar' },
  { code: 'AUD', name: 'Australian dollar' },
  { code: 'INR', name: 'Indian rupee' },
];

/**
 * Metric names a benchmark may measure (`metric: `): the case's own metrics, which the preview can
 * place among the benchmark's values, and `marketCap`, which the case does not compute.
 */
export const KNOWN_METRICS: readonly { name: string; meaning: string }[] = [
  ...METRICS.map((m) => ({ name: m.key, meaning: m.meaning })),
  { name: 'marketCap', meaning: 'Market value of the company (money); not computed by the case.' },
];

/** Free-form values with suggestions the schema cannot list (it accepts any text there). */
const SUGGESTED_VALUES: Record<string, readonly { value: string; detail: string; documentation: string }[]> =
  {
    currency: COMMON_CURRENCIES.map((c) => ({
      value: c.code,
      detail: c.name,
      documentation: `${c.name} (ISO 4217 \`${c.code}\`).`,
    })),
    metric: KNOWN_METRICS.map((m) => ({ value: m.name, detail: 'metric', documentation: m.meaning })),
    discountRate: [
      { value: '8%', detail: 'the default', documentation: 'The rate used when `discountRate` is left out.' },
    ],
  };

/** Where a field's value goes: on the key's line, or on the lines below it. */
type FieldShape = 'scalar' | 'map' | 'record' | 'list' | 'listOfMaps';

function fieldShape(schema: z.ZodMiniType | undefined): FieldShape {
  if (!schema) return 'scalar';
  const d = def(unwrap(schema));
  if (d.type === 'object') return 'map';
  if (d.type === 'record') return 'record';
  if (d.type === 'array') {
    const element = d.element ? def(unwrap(d.element)).type : '';
    return element === 'object' ? 'listOfMaps' : 'list';
  }
  // Unions (series, periods) are written on the key's line in most cases: `revenue: 100`.
  return 'scalar';
}

/** The word a value may take at a path: an enum's words, or the suggestions for free-form text. */
function valueWords(path: Path): { value: string; detail: string; documentation: string }[] {
  const schema = schemaAt(path);
  const last = path[path.length - 1];
  const description = (schema && ownDescription(schema)) ?? '';
  if (schema) {
    const words = enumValues(schema);
    if (words.length > 0)
      return words.map((value) => ({ value, detail: lastKeyLabel(path), documentation: description }));
  }
  if (typeof last === 'string' && SUGGESTED_VALUES[last] && schema) return [...SUGGESTED_VALUES[last]];
  return [];
}

function lastKeyLabel(path: Path): string {
  const last = path[path.length - 1];
  return typeof last === 'string' ? last : 'value';
}

function keyDetail(key: KeyInfo): string {
  const status = key.required ? 'required' : 'optional';
  return key.values.length > 0 ? `${status} · ${key.values.join(' | ')}` : status;
}

function keyDocumentation(key: KeyInfo): string {
  const parts = [key.description];
  if (key.values.length > 0) parts.push(`Allowed values: ${key.values.map((v) => `\`${v}\``).join(', ')}.`);
  parts.push(key.required ? '*Required.*' : '*Optional.*');
  return parts.filter((p) => p !== '').join('\n\n');
}

/** The first required key of the map a list or a map holds (`name` for scenarios, `id` for benchmarks). */
function firstRequiredKey(path: Path): string | undefined {
  return keysAt(path).find((k) => k.required)?.name;
}

const PLACEHOLDER_NAMES: Record<string, string> = {
  fixedCosts: 'line-name',
  itSpend: 'line-name',
  values: 'label',
};

/**
 * What to insert for a key: `name: ` on one line, or the key with its first nested line when its
 * value is a map or a list. `childIndent` is the indentation of that nested line relative to the
 * cursor's line (the editor adds the line's own indentation to every inserted line).
 */
function keyInsertion(
  key: KeyInfo,
  parent: Path,
  childIndent: string,
  inFlow: boolean,
): { text: string; snippet: boolean } {
  const name = key.name;
  if (inFlow) return { text: `${name}: `, snippet: false };
  const path = [...parent, name];
  const shape = fieldShape(schemaAt(path));
  switch (shape) {
    case 'map': {
      const first = firstRequiredKey(path);
      return { text: `${name}:\n${childIndent}${first ? `${first}: ` : ''}$0`, snippet: true };
    }
    case 'listOfMaps': {
      const first = firstRequiredKey([...path, 0]);
      return { text: `${name}:\n${childIndent}- ${first ? `${first}: ` : ''}$0`, snippet: true };
    }
    case 'list':
      return { text: `${name}:\n${childIndent}- $0`, snippet: true };
    case 'record':
      return {
        text: `${name}:\n${childIndent}\${1:${PLACEHOLDER_NAMES[name] ?? 'name'}}: $0`,
        snippet: true,
      };
    default:
      return { text: `${name}: `, snippet: false };
  }
}

function keyEntries(
  position: YamlPosition,
  parent: Path,
  replaceKeyOnly: boolean,
  listDash: boolean,
): CompletionEntry[] {
  const present = new Set(position.siblings);
  const keys = keysAt(parent, position.siblings).filter((k) => !present.has(k.name));
  // Nested lines go two columns right of the key (the editor indents them like the cursor's line).
  const keyColumn = position.column + (listDash ? 2 : 0);
  const childIndent = ' '.repeat(Math.max(0, keyColumn - position.lineIndent) + 2);
  const ordered = [...keys.filter((k) => k.required), ...keys.filter((k) => !k.required)];
  return ordered.map((key, index) => {
    let insertion = replaceKeyOnly
      ? { text: key.name, snippet: false }
      : keyInsertion(key, parent, childIndent, position.flow);
    if (listDash) insertion = { text: `- ${insertion.text}`, snippet: insertion.snippet };
    const retrigger = !replaceKeyOnly && !insertion.snippet && valueWords([...parent, key.name]).length > 0;
    return {
      label: listDash ? `- ${key.name}` : key.name,
      kind: 'key',
      detail: keyDetail(key),
      documentation: keyDocumentation(key),
      insertText: insertion.text,
      snippet: insertion.snippet,
      required: key.required,
      range: { start: position.token.start, end: position.token.end },
      retrigger,
      sortText: `${key.required ? 0 : 1}${String(index).padStart(3, '0')}`,
      filterText: key.name,
    };
  });
}

function valueEntries(position: YamlPosition, text: string): CompletionEntry[] {
  const words = valueWords(position.path);
  // Right after the colon (`unit:|`), the value needs its space.
  const space = text[position.token.start - 1] === ':' ? ' ' : '';
  return words.map((word, index) => ({
    label: word.value,
    kind: 'value',
    detail: word.detail,
    documentation: word.documentation,
    insertText: `${space}${word.value}`,
    snippet: false,
    required: false,
    range: { start: position.token.start, end: position.token.end },
    retrigger: false,
    sortText: String(index).padStart(3, '0'),
    filterText: word.value,
  }));
}

/** The completions at a character offset of a case's text; empty where there is nothing to offer. */
export function completionItems(text: string, offset: number): CompletionEntry[] {
  const position = yamlPositionAt(text, offset);
  if (!position) return [];
  switch (position.place) {
    case 'key': {
      const parent = position.path.slice(0, -1);
      return keyEntries(position, parent, true, false);
    }
    case 'value':
      return valueEntries(position, text);
    case 'newKey': {
      const keys = keysAt(position.path);
      if (keys.length > 0) return keyEntries(position, position.path, false, false);
      // A list of maps (scenarios:, investments:): a new item starts with `- ` and one of its keys.
      if (!position.flow && fieldShape(schemaAt(position.path)) === 'listOfMaps') {
        return keyEntries({ ...position, siblings: [] }, [...position.path, 0], false, true);
      }
      // A word in a list of values (`- USD`): the list's words, if it has any.
      return valueEntries(position, text);
    }
  }
}
