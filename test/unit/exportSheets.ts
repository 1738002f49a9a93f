/**
 * Reading an exported workbook back without our writer: ExcelJS parses the file, and a small
 * evaluator recomputes every formula with @formulajs/formulajs's implementations of Excel's
 * functions (NPV, IRR, MIRR, SUMIF…), so the formulas are checked by an engine that is not ours.
 * The evaluator knows the grammar our formulas use: numbers, strings, references (with sheet names,
 * ranges, `$` anchors), + − * / ^ &, comparisons, unary minus and function calls.
 */
import * as formulajs from '@formulajs/formulajs';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';

export type Value = number | string | boolean | null | Error | Value[];

export interface SheetCell {
  formula: string | null;
  /** The cached value of a formula cell, or the value of a plain cell. */
  value: number | string | null;
}

export type Workbook = Map<string, Map<string, SheetCell>>;

/**
 * The cached values of the formula cells of each sheet, read from the file's XML (ExcelJS reads a
 * cached 0 or "" as no result at all): sheet name → address → value.
 */
function cachedValues(bytes: Uint8Array): Map<string, Map<string, number | string>> {
  const files = unzipSync(bytes);
  const text = (name: string) => strFromU8(files[name]!);
  const targets = new Map<string, string>();
  for (const m of text('xl/_rels/workbook.xml.rels').matchAll(
    /<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g,
  ))
    targets.set(m[1]!, m[2]!);
  const result = new Map<string, Map<string, number | string>>();
  for (const m of text('xl/workbook.xml').matchAll(/<sheet name="([^"]*)"[^>]*r:id="([^"]+)"/g)) {
    const name = m[1]!
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    const cells = new Map<string, number | string>();
    const xml = text(`xl/${targets.get(m[2]!)}`);
    for (const c of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)><f>[^<]*<\/f><v>([^<]*)<\/v><\/c>/g))
      cells.set(c[1]!, c[2]!.includes('t="str"') ? c[3]! : Number(c[3]));
    result.set(name, cells);
  }
  return result;
}

export async function readWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const cached = cachedValues(bytes);
  const book: Workbook = new Map();
  for (const ws of wb.worksheets) {
    const cells = new Map<string, SheetCell>();
    const fromXml = cached.get(ws.name);
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as unknown;
        if (v && typeof v === 'object' && 'formula' in v) {
          const f = v as { formula: string; result?: unknown };
          const result = fromXml?.get(cell.address);
          if (result === undefined) throw new Error(`${ws.name}!${cell.address} has no cached value`);
          if (f.result !== undefined) expectSame(f.result, result, `${ws.name}!${cell.address}`);
          cells.set(cell.address, { formula: f.formula, value: result });
        } else if (v && typeof v === 'object' && 'richText' in v) {
          const text = (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
          cells.set(cell.address, { formula: null, value: text });
        } else {
          cells.set(cell.address, { formula: null, value: v as number | string | null });
        }
      }),
    );
    book.set(ws.name, cells);
  }
  return book;
}

function expectSame(a: unknown, b: unknown, where: string): void {
  if (a !== b) throw new Error(`${where}: ExcelJS reads ${String(a)}, the XML holds ${String(b)}`);
}

type Token =
  | { kind: 'num'; value: number }
  | { kind: 'str'; value: string }
  | { kind: 'ref'; sheet: string | null; from: string; to: string | null }
  | { kind: 'fn'; name: string }
  | { kind: 'op'; value: string };

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  const cell = String.raw`\$?[A-Z]{1,3}\$?\d+`;
  const re = new RegExp(
    String.raw`\s*(?:(\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|"((?:[^"]|"")*)"|(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!(${cell})(?::(${cell}))?|(${cell})(?::(${cell}))?|([A-Z][A-Z0-9.]*)\(|(<=|>=|<>|[-+*/^&=<>(),]))`,
    'y',
  );
  let at = 0;
  while (at < formula.length) {
    re.lastIndex = at;
    const m = re.exec(formula);
    if (!m) throw new Error(`cannot read formula at ${at}: ${formula}`);
    at = re.lastIndex;
    if (m[1] !== undefined) tokens.push({ kind: 'num', value: Number(m[1]) });
    else if (m[2] !== undefined) tokens.push({ kind: 'str', value: m[2].replace(/""/g, '"') });
    else if (m[5] !== undefined)
      tokens.push({ kind: 'ref', sheet: m[3]?.replace(/''/g, "'") ?? m[4]!, from: m[5], to: m[6] ?? null });
    else if (m[7] !== undefined) tokens.push({ kind: 'ref', sheet: null, from: m[7], to: m[8] ?? null });
    else if (m[9] !== undefined) tokens.push({ kind: 'fn', name: m[9] });
    else if (m[10] !== undefined) tokens.push({ kind: 'op', value: m[10] });
    else if (formula.slice(at).trim() === '') break;
  }
  return tokens;
}

const parseCell = (ref: string) => {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref)!;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col, row: Number(m[2]) };
};
const address = (col: number, row: number) => {
  let name = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${row}`;
};

const num = (v: Value): number => {
  if (v instanceof Error) throw v;
  if (typeof v === 'number') return v;
  if (v === null || v === '') return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (Array.isArray(v)) return num(v[0] ?? null);
  const n = Number(v);
  if (Number.isNaN(n)) throw new Error(`#VALUE! ${v}`);
  return n;
};

/** Numbers of a range, as Excel's statistical functions take them from references (text and blanks left out). */
const numbersOf = (args: Value[]): number[] =>
  args
    .flatMap((a) => (Array.isArray(a) ? a.flat(Infinity as 1) : [a]))
    .filter((v): v is number => typeof v === 'number');

export class Evaluator {
  private readonly cache = new Map<string, Value>();
  /** Formulas evaluated so far: sheet!address. */
  readonly evaluated = new Set<string>();

  constructor(private readonly book: Workbook) {}

  cell(sheet: string, ref: string): Value {
    const key = `${sheet}!${ref.replace(/\$/g, '')}`;
    if (this.cache.has(key)) return this.cache.get(key)!;
    const cells = this.book.get(sheet);
    if (!cells) throw new Error(`no sheet ${sheet}`);
    const cell = cells.get(ref.replace(/\$/g, ''));
    let value: Value;
    if (!cell) value = null;
    else if (cell.formula === null) value = cell.value;
    else {
      value = this.formula(sheet, cell.formula);
      this.evaluated.add(key);
    }
    this.cache.set(key, value);
    return value;
  }

  formula(sheet: string, formula: string): Value {
    const tokens = tokenize(formula);
    let i = 0;
    const peek = () => tokens[i];
    const isOp = (value: string) => {
      const t = tokens[i];
      return t !== undefined && t.kind === 'op' && t.value === value;
    };
    const expect = (value: string) => {
      if (!isOp(value)) throw new Error(`expected ${value} in ${formula}`);
      i++;
    };
    const compare = (): Value => {
      let left = concat();
      for (;;) {
        const t = peek();
        if (!t || t.kind !== 'op' || !['=', '<>', '<', '>', '<=', '>='].includes(t.value)) return left;
        i++;
        const right = concat();
        const a = typeof left === 'string' || typeof right === 'string' ? String(left ?? '') : num(left);
        const b = typeof left === 'string' || typeof right === 'string' ? String(right ?? '') : num(right);
        left =
          t.value === '='
            ? a === b
            : t.value === '<>'
              ? a !== b
              : t.value === '<'
                ? a < b
                : t.value === '>'
                  ? a > b
                  : t.value === '<='
                    ? a <= b
                    : a >= b;
      }
    };
    const concat = (): Value => {
      let left = additive();
      while (isOp('&')) {
        i++;
        left = `${left ?? ''}${additive() ?? ''}`;
      }
      return left;
    };
    const additive = (): Value => {
      let left = multiplicative();
      while (isOp('+') || isOp('-')) {
        const op = (tokens[i++] as { value: string }).value;
        const right = multiplicative();
        left = op === '+' ? num(left) + num(right) : num(left) - num(right);
      }
      return left;
    };
    const multiplicative = (): Value => {
      let left = power();
      while (isOp('*') || isOp('/')) {
        const op = (tokens[i++] as { value: string }).value;
        const right = power();
        if (op === '/' && num(right) === 0) left = new Error('#DIV/0!');
        else left = op === '*' ? num(left) * num(right) : num(left) / num(right);
      }
      return left;
    };
    const power = (): Value => {
      let left = unary();
      while (isOp('^')) {
        i++;
        left = Math.pow(num(left), num(unary()));
      }
      return left;
    };
    const unary = (): Value => {
      if (isOp('-')) {
        i++;
        return -num(unary());
      }
      if (isOp('+')) {
        i++;
        return unary();
      }
      return primary();
    };
    const primary = (): Value => {
      const t = tokens[i++];
      if (!t) throw new Error(`unexpected end of ${formula}`);
      if (t.kind === 'num' || t.kind === 'str') return t.value;
      if (t.kind === 'op' && t.value === '(') {
        const v = compare();
        expect(')');
        return v;
      }
      if (t.kind === 'ref') {
        const target = t.sheet ?? sheet;
        if (t.to === null) return this.cell(target, t.from);
        const a = parseCell(t.from);
        const b = parseCell(t.to);
        const rows: Value[] = [];
        for (let r = a.row; r <= b.row; r++) {
          const row: Value[] = [];
          for (let c = a.col; c <= b.col; c++) row.push(this.cell(target, address(c, r)));
          rows.push(row);
        }
        return rows;
      }
      if (t.kind === 'fn') {
        const args: (() => Value)[] = [];
        const starts: number[] = [];
        if (!isOp(')')) {
          for (;;) {
            starts.push(i);
            // Arguments are evaluated lazily (IF, IFERROR): skip over this one now.
            let depth = 0;
            while (i < tokens.length) {
              const u = tokens[i]!;
              if (u.kind === 'fn' || (u.kind === 'op' && u.value === '(')) depth++;
              if (u.kind === 'op' && u.value === ')') {
                if (depth === 0) break;
                depth--;
              }
              if (u.kind === 'op' && u.value === ',' && depth === 0) break;
              i++;
            }
            if (isOp(',')) i++;
            else break;
          }
        }
        const end = i;
        expect(')');
        for (const start of starts)
          args.push(() => {
            const saved = i;
            i = start;
            const v = compare();
            i = saved;
            return v;
          });
        void end;
        return this.call(t.name, args);
      }
      throw new Error(`unexpected token in ${formula}`);
    };
    const value = compare();
    if (i !== tokens.length) throw new Error(`trailing tokens in ${formula}`);
    return value;
  }

  private call(name: string, args: (() => Value)[]): Value {
    const all = () => args.map((a) => a());
    const errorOr = (v: unknown): Value => (v instanceof Error ? v : (v as Value));
    switch (name) {
      case 'IF': {
        const c = args[0]!();
        return (typeof c === 'boolean' ? c : num(c) !== 0) ? args[1]!() : (args[2]?.() ?? false);
      }
      case 'IFERROR': {
        try {
          const v = args[0]!();
          return v instanceof Error || (typeof v === 'number' && !Number.isFinite(v)) ? args[1]!() : v;
        } catch {
          return args[1]!();
        }
      }
      case 'AND':
        return all().every((v) => (typeof v === 'boolean' ? v : num(v) !== 0));
      case 'ABS':
        return errorOr(formulajs.ABS(num(args[0]!())));
      case 'SUM':
        return errorOr(formulajs.SUM(...numbersOf(all())));
      case 'MIN':
        return errorOr(formulajs.MIN(...numbersOf(all())));
      case 'MAX':
        return errorOr(formulajs.MAX(...numbersOf(all())));
      case 'COUNT':
        return errorOr(formulajs.COUNT(...numbersOf(all())));
      case 'SUMIF': {
        const [range, criteria] = all();
        return errorOr(formulajs.SUMIF(numbersOf([range!]), criteria as string));
      }
      case 'NPV': {
        const [rate, ...rest] = all();
        return errorOr(formulajs.NPV(num(rate!), ...numbersOf(rest)));
      }
      case 'IRR': {
        const [values, guess] = all();
        return errorOr(formulajs.IRR(numbersOf([values!]), guess === undefined ? undefined : num(guess)));
      }
      case 'MIRR': {
        // Excel's definition over formulajs's NPV. (formulajs's own MIRR packs the positive and the
        // negative flows into two lists and so loses their timing when the signs alternate.)
        const [values, financeRate, reinvestRate] = all();
        const flows = numbersOf([values!]);
        const finance = num(financeRate!);
        const reinvest = num(reinvestRate!);
        const n = flows.length;
        const incomes = flows.map((f) => (f > 0 ? f : 0));
        const payments = flows.map((f) => (f < 0 ? f : 0));
        if (!incomes.some((f) => f > 0) || !payments.some((f) => f < 0)) return new Error('#DIV/0!');
        const top = -(formulajs.NPV(reinvest, ...incomes) as number) * (1 + reinvest) ** n;
        const bottom = (formulajs.NPV(finance, ...payments) as number) * (1 + finance);
        return (top / bottom) ** (1 / (n - 1)) - 1;
      }
    }
    throw new Error(`function ${name} is not known to the test evaluator`);
  }
}
