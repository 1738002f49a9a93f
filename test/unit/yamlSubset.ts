/**
 * Test helpers for the fast YAML reader: what `yaml` itself makes of a text (value, errors, the
 * range of every node by path), and a generator of documents from a small grammar of the subset
 * the fast reader handles, with odd spacing, comments everywhere and a few things it must refuse.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { pathKey } from '../../src/core/fastYaml';

export interface ExpectedNode {
  kind: 'map' | 'seq' | 'scalar';
  key?: [number, number];
  value: [number, number];
}

export interface Expected {
  /** Errors and warnings together: the fast reader must refuse any text that has one. */
  problems: string[];
  value: unknown;
  nodes: Map<string, ExpectedNode>;
}

/** yaml's reading of a text, with the options readYaml uses. */
export function yamlReading(text: string): Expected {
  const doc = parseDocument(text, {
    logLevel: 'silent',
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    merge: false,
  });
  const problems = [...doc.errors, ...doc.warnings].map((e) => e.message);
  const nodes = new Map<string, ExpectedNode>();
  const walk = (node: Node | null, path: (string | number)[], key?: Node) => {
    if (!node) {
      // A pair without a value node (`? a`, `{ a }`): the fast reader never makes one.
      nodes.set(pathKey(path), { kind: 'scalar', value: [-1, -1] });
      return;
    }
    const kind = isMap(node) ? 'map' : isSeq(node) ? 'seq' : 'scalar';
    const entry: ExpectedNode = { kind, value: [node.range![0], node.range![1]] };
    if (key) entry.key = [key.range![0], key.range![1]];
    nodes.set(pathKey(path), entry);
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        walk(pair.value as Node, [...path, String(pair.key.value)], pair.key);
      }
    } else if (isSeq(node)) node.items.forEach((item, i) => walk(item as Node, [...path, i]));
  };
  if (doc.contents && problems.length === 0) walk(doc.contents as Node, []);
  let value: unknown;
  if (problems.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: 200 });
    } catch (error) {
      problems.push(String(error));
    }
  }
  return { problems, value, nodes };
}

/** A small seeded random source, so that a failing document can be rebuilt from its seed. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }
  next(): number {
    // mulberry32
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** Whether this document may hold things outside the subset (most do not: they test agreement). */
  oddDocument = false;
  /** A choice of something outside the subset or invalid: never in a clean document. */
  odd(p: number): boolean {
    return this.oddDocument && this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

/** Plain scalars of every type the core schema resolves, and strings that look like them. */
export const PLAIN = [
  'a',
  'hello world',
  'x-y',
  'Foo Bar',
  'run',
  'grow',
  '1',
  '-1',
  '+1',
  '0',
  '-0',
  '007',
  '12345678901234567890',
  '0o17',
  '0o8',
  '0x1F',
  '0xff',
  '0xg',
  '1.5',
  '-1.5',
  '.5',
  '1.',
  '-.5',
  '1e3',
  '1E-3',
  '-1.2e+3',
  '1.e5',
  '.5e1',
  '.inf',
  '-.Inf',
  '+.INF',
  '.nan',
  '.NaN',
  '.NAN',
  'nan',
  'inf',
  '.Nan',
  'null',
  'Null',
  'NULL',
  'nULL',
  '~',
  'true',
  'True',
  'TRUE',
  'tRUE',
  'false',
  'False',
  'FALSE',
  'yes',
  'no',
  'on',
  '10%',
  '-10%',
  '7.5%',
  '5B',
  '$1,000',
  'a#b',
  'a:b',
  'http://x.y/z',
  'a - b',
  'a, b',
  'a [b]',
  'a {b}',
  'a]',
  "it's",
  'say "hi"',
  'é',
  '日本',
  '😀',
  'a\u00a0b',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '<<',
  '=',
  'a  b',
  '1_000',
  '1:20',
  '2001-12-14',
  '0b101',
  '--',
  '---x',
  '.',
  '..',
  '-x',
  'x?',
  'x!',
];
/** Not plain scalars, or not in the subset: the reader must refuse them (or agree with yaml). */
export const ODD = [
  'x:',
  '!x',
  '&a',
  '*a',
  '@x',
  '`x',
  '%x',
  '?x',
  ':x',
  '- x',
  '-',
  '[x',
  'x]',
  '{x',
  '|',
  '>',
  '? x',
  ': x',
  'a: b',
  'a #b',
];
const PLAIN_KEYS = [
  'a',
  'b',
  'name',
  'costs',
  'x-y',
  'Foo Bar',
  '1',
  '2012',
  '-1',
  '0x1F',
  '1.5',
  '1e3',
  '.inf',
  '.nan',
  'true',
  '__proto__',
  'constructor',
  '<<',
  '日本',
  'a b',
  'a#b',
  'a:b',
];
const ODD_KEYS = [
  '~',
  'null',
  'Null',
  '',
  '-x',
  '[a]',
  '{a: 1}',
  '? a',
  '&k a',
  'a ',
  '""',
  "''",
  '"\\u0000"',
  '- a',
];
const DOUBLE = [
  '"a"',
  '"a\\"b"',
  '"a\\\\b"',
  '"\\n"',
  '"x\\ty"',
  '"\\/"',
  '"\\u00e9"',
  '"\\uD83D\\uDE00"',
  '""',
  '"a: b"',
  '"# x"',
  '"\'"',
  '"1"',
  '"null"',
  '"true"',
  '"__proto__"',
  '"a  "',
  '"  a"',
];
const ODD_DOUBLE = ['"\\u12"', '"\\x41"', '"\\q"', '"\\0"', '"\\ "', '"\\U0001F600"', '"a\\"', '"a'];
const SINGLE = ["'a'", "'it''s'", "''", '\'a "b"\'', "'\\n'", "'#'", "'1'", "'null'", "'a: b'"];
const DOUBLE_KEYS = ['"a"', '"a b"', '"1"', '"null"', '"x\\ty"', '"a: b"'];
const SINGLE_KEYS = ["'a'", "'it''s'", "'2012'"];

function scalar(r: Random, forKey = false): string {
  if (r.odd(0.03)) return forKey ? r.pick(ODD_KEYS) : r.pick([...ODD, ...ODD_DOUBLE, "'a''"]);
  const which = r.int(10);
  if (forKey) {
    if (which < 7) return r.pick(PLAIN_KEYS);
    return which < 9 ? r.pick(DOUBLE_KEYS) : r.pick(SINGLE_KEYS);
  }
  if (which < 7) return r.pick(PLAIN);
  return which < 9 ? r.pick(DOUBLE) : r.pick(SINGLE);
}

/** Inside flow collections, plain scalars end at `,[]{}`: a clean document keeps them out. */
function flowScalar(r: Random, forKey: boolean): string {
  for (;;) {
    const s = scalar(r, forKey);
    if (!/^[^"'].*[,[\]{}]/.test(s) || r.odd(0.3)) return s;
  }
}

function flow(r: Random, depth: number): string {
  const sp = () => (r.chance(0.7) ? ' ' : r.pick(['', '  ']));
  const count = r.int(4);
  const items: string[] = [];
  const isMap = r.chance(0.4);
  for (let i = 0; i < count; i++) {
    const value = depth < 3 && r.chance(0.2) ? flow(r, depth + 1) : flowScalar(r, false);
    items.push(isMap ? `${flowScalar(r, true)}:${r.odd(0.1) ? '' : ' '}${value}` : value);
  }
  const sep = () => `${r.chance(0.9) ? '' : ' '},${r.odd(0.05) ? '' : sp()}`;
  let inner = items.reduce((all, item, i) => (i === 0 ? item : all + sep() + item), '');
  if (r.odd(0.05)) inner += ',';
  return isMap ? `{${sp()}${inner}${sp()}}` : `[${sp()}${inner}${sp()}]`;
}

function comment(r: Random): string {
  return r.pick(['# c', '#', '# a: b', '# - x', '#  [x', "# it's"]);
}

/** Blank and comment lines before an entry, at any indentation. */
function gapLines(r: Random, indent: number): string[] {
  const lines: string[] = [];
  while (r.chance(0.25)) {
    if (r.chance(0.5)) lines.push(' '.repeat(r.int(indent + 6)));
    else lines.push(' '.repeat(r.int(indent + 6)) + comment(r));
  }
  return lines;
}

function trailing(r: Random): string {
  if (r.chance(0.8)) return r.chance(0.2) ? ' '.repeat(r.int(3)) : '';
  return ' '.repeat(r.odd(0.1) ? 0 : 1 + r.int(3)) + comment(r);
}

/** A one-line (or folded multi-line plain) value, as the lines it takes; the first goes after "key: ". */
function inlineValue(r: Random, indent: number): string[] {
  const which = r.int(10);
  if (which < 6) {
    const first = scalar(r);
    const lines = [first + trailing(r)];
    if (r.chance(0.12) && (/^[a-z]/.test(first) || r.odd(0.1))) {
      // A folded plain scalar: continuation lines, maybe blank lines between, maybe at odd indents.
      const count = 1 + r.int(3);
      lines[0] = first;
      for (let i = 0; i < count; i++) {
        if (r.chance(0.3)) lines.push(' '.repeat(r.int(4)));
        lines.push(' '.repeat(Math.max(0, indent + 1 + r.int(4) - (r.odd(0.2) ? 2 : 0))) + r.pick(PLAIN));
      }
      lines[lines.length - 1] += trailing(r);
    }
    return lines;
  }
  return [flow(r, 0) + trailing(r)];
}

function blockMap(r: Random, indent: number, depth: number, firstInline: boolean): string[] {
  const lines: string[] = [];
  const count = 1 + r.int(depth === 0 ? 6 : 4);
  const used: string[] = [];
  for (let i = 0; i < count; i++) {
    if (!(firstInline && i === 0)) lines.push(...gapLines(r, indent));
    let key = scalar(r, true);
    // Keys are unique (yaml refuses duplicates), now and then on purpose not.
    const name = (k: string) => k.replace(/^["'](.*)["']$/, '$1');
    if (used.includes(name(key)) && !r.odd(0.2)) key = /^["']/.test(key) ? `k${i}` : `${key}${i}`;
    used.push(name(key));
    const pad = firstInline && i === 0 ? '' : ' '.repeat(indent);
    const colon = r.odd(0.03) ? r.pick([' :', '::', ':x']) : ':';
    lines.push(...entryValue(r, pad + key + colon, indent, depth, true));
  }
  return lines;
}

function blockSeq(r: Random, indent: number, depth: number): string[] {
  const lines: string[] = [];
  const count = 1 + r.int(4);
  for (let i = 0; i < count; i++) {
    lines.push(...gapLines(r, indent));
    const dash = ' '.repeat(indent) + '-' + ' '.repeat(r.odd(0.05) ? 0 : r.chance(0.8) ? 1 : r.pick([2, 3]));
    const which = r.int(10);
    if (which < 4 && depth < 4) {
      // A map in the item: its first key on the dash line.
      const nested = blockMap(r, dash.length, depth + 1, true);
      lines.push(dash + nested[0], ...nested.slice(1));
    } else if (which === 4 && r.odd(0.5)) {
      lines.push(dash + (r.chance(0.5) ? '' : '- x'));
    } else {
      const value = inlineValue(r, indent);
      lines.push(dash + value[0], ...value.slice(1));
    }
  }
  return lines;
}

/** "key:" and its value: inline, a nested block, or nothing. */
function entryValue(r: Random, head: string, indent: number, depth: number, inMap: boolean): string[] {
  const which = r.int(10);
  if (which < 5 || depth >= 4) {
    const value = inlineValue(r, indent);
    const space = r.chance(0.9) ? ' ' : r.pick(['  ', '   ']);
    return [head + space + value[0], ...value.slice(1)];
  }
  if (which === 5) return [head + trailing(r)];
  const lines = [head + trailing(r), ...gapLines(r, indent)];
  if (which < 8) {
    const step = r.odd(0.05) ? 0 : 1 + r.int(4);
    lines.push(...blockMap(r, indent + step, depth + 1, false));
  } else {
    const step = inMap && r.chance(0.4) ? 0 : 1 + r.int(3);
    lines.push(...blockSeq(r, indent + step, depth + 1));
  }
  return lines;
}

/** A document from the grammar: mostly valid YAML in the subset, now and then something outside it. */
export function generateDocument(seed: number): string {
  const r = new Random(seed);
  r.oddDocument = r.chance(0.3);
  const lines = [...gapLines(r, 0), ...blockMap(r, 0, 0, false), ...gapLines(r, 0)];
  let text = lines.join('\n');
  if (r.chance(0.7)) text += '\n';
  if (r.chance(0.1)) text = text.replace(/\n/g, '\r\n');
  if (r.odd(0.2)) {
    const at = r.int(text.length + 1);
    text =
      text.slice(0, at) +
      r.pick(['\t', '\r', '---\n', '...\n', '%YAML 1.2\n', '\ufeff', '\u0085']) +
      text.slice(at);
  }
  return text;
}
