import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportFiles, prepareExport, type ExportSource } from '../../src/core/export';
import type { PeriodMetrics } from '../../src/core/report';
import { Evaluator, readWorkbook, type Value, type Workbook } from './exportSheets';
import { THREE_PERIODS } from './fixtures';

const example = (name: string) =>
  readFileSync(join(__dirname, '..', '..', 'examples', `${name}.itcase.yaml`), 'utf8');

/** Net cash flows of another length than the periods, two sign changes (IRRs 10% and 20%), an investment that never pays back. */
const CASHFLOWS = `itcase: 1
title: Flows of their own
company: { name: Co, employees: [10, 0] }
currency: EUR
unit: thousand
periods: [2024, 2025]
discountRate: 6%
revenue: [100, 0]
grossMargin: [40%, 30%]
fixedCosts:
  rent: [10, 12]
  staff: [15, 15]
itSpend:
  run: 5
  change: { amount: [2, 3], kind: transform }
scenarios:
  - name: Margin squeeze
    grossMargin: [35%, 25%]
    fixedCostsChange: 5%
    itSpendChange: [-10%, 20%]
    revenueChange: -3%
investments:
  - name: Two roots
    cashflows: [-100, 230, -132]
    discountRate: 15%
  - name: Never pays back
    cashflows: [-50, 10, 10, 10]
  - name: All in
    cashflows: [20, 30]
`;

function prepared(text: string): ExportSource {
  const result = prepareExport(text);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.source;
}

const close = (actual: Value, expected: number | null) => {
  if (expected === null) return actual === '' || actual === null;
  return typeof actual === 'number' && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
};

const ROW_LABELS: Record<string, keyof PeriodMetrics | 'operatingProfitChange'> = {
  Revenue: 'revenue',
  'Gross profit': 'grossProfit',
  'Fixed costs': 'fixedCosts',
  'IT spend': 'itSpend',
  'Operating profit': 'operatingProfit',
  'Operating margin': 'operatingMargin',
  'IT spend / revenue': 'itSpendShareOfRevenue',
  'Revenue per employee': 'revenuePerEmployee',
  'IT spend per employee': 'itSpendPerEmployee',
  'Break-even revenue': 'breakEvenRevenue',
  'Operating leverage (gross profit / operating profit)': 'operatingLeverage',
  'Operating profit vs base case': 'operatingProfitChange',
};

const INVESTMENT_LABELS = {
  NPV: 'npv',
  'IRR (per period)': 'irr',
  'MIRR (finance and reinvestment at the discount rate)': 'mirr',
  'Payback (periods)': 'paybackPeriods',
  'Discounted payback (periods)': 'discountedPaybackPeriods',
  'ROI (undiscounted)': 'roi',
} as const;

/** Row number of each label in column A of a sheet. */
function rowsByLabel(book: Workbook, sheet: string): Map<string, number> {
  const rows = new Map<string, number>();
  for (const [address, cell] of book.get(sheet)!) {
    const m = /^A(\d+)$/.exec(address);
    if (m && typeof cell.value === 'string') rows.set(cell.value, Number(m[1]));
  }
  return rows;
}

const column = (p: number) => String.fromCharCode(66 + p);

interface Checked {
  source: ExportSource;
  book: Workbook;
  evaluator: Evaluator;
  xml: Record<string, string>;
}

async function workbookOf(text: string): Promise<Checked> {
  const source = prepared(text);
  const [file] = exportFiles(source, 'xlsx');
  const unzipped = unzipSync(file!.bytes);
  const xml = Object.fromEntries(Object.entries(unzipped).map(([name, bytes]) => [name, strFromU8(bytes)]));
  const book = await readWorkbook(file!.bytes);
  return { source, book, evaluator: new Evaluator(book), xml };
}

const CASES: [string, string][] = [
  ['the Walmart template', example('walmart')],
  ['the Amazon template', example('amazon')],
  ['a three-period case with every series form', THREE_PERIODS],
  ['a case with flows of their own length, two IRRs and a period without revenue', CASHFLOWS],
];

describe.each(CASES)('the workbook of %s', (_, text) => {
  it('has a cached value after every formula, in the file itself', async () => {
    const { xml } = await workbookOf(text);
    const sheets = Object.entries(xml).filter(([name]) => name.startsWith('xl/worksheets/'));
    let formulas = 0;
    for (const [, sheet] of sheets) {
      for (const cell of sheet.match(/<c [^>]*>.*?<\/c>/g) ?? []) {
        if (!cell.includes('<f>')) continue;
        formulas++;
        expect(cell).toMatch(/<f>[^<]+<\/f><v>[^<]*<\/v><\/c>$/);
      }
    }
    expect(formulas).toBeGreaterThan(20);
    expect(xml['xl/workbook.xml']).toContain('fullCalcOnLoad="1"');
  });

  it('recomputes every formula, with an independent engine, to its cached value', async () => {
    const { book, evaluator } = await workbookOf(text);
    let count = 0;
    for (const [sheet, cells] of book) {
      for (const [address, cell] of cells) {
        if (cell.formula === null) continue;
        const value = evaluator.cell(sheet, address);
        const cached = cell.value;
        if (cached === null || cached === '') expect(value, `${sheet}!${address} ${cell.formula}`).toBe('');
        else
          expect(
            close(value, cached as number),
            `${sheet}!${address} = ${cell.formula}: ${value} vs ${cached}`,
          ).toBe(true);
        count++;
      }
    }
    expect(count).toBeGreaterThan(20);
  });

  it('shows the report in the base case and each scenario, cached and recomputed', async () => {
    const { source, book, evaluator } = await workbookOf(text);
    const { report } = source;
    const sheets = [...book.keys()];
    const cases = [
      {
        sheet: 'Base case',
        metrics: report.base as PeriodMetrics & { operatingProfitChange?: (number | null)[] },
      },
      ...report.scenarios.map((s, i) => ({
        sheet: sheets.find((n) => n.startsWith(`Scenario ${i + 1} `))!,
        metrics: s,
      })),
    ];
    for (const { sheet, metrics } of cases) {
      const rows = rowsByLabel(book, sheet);
      let checked = 0;
      for (const [label, key] of Object.entries(ROW_LABELS)) {
        const row = rows.get(label);
        const series = (metrics as unknown as Record<string, (number | null)[] | undefined>)[key];
        if (row === undefined) {
          // Only the per-employee rows (without employees) and the base case's change may be missing.
          expect(series === undefined || series.every((v) => v === null), `${sheet}: ${label}`).toBe(true);
          continue;
        }
        report.periods.forEach((_, p) => {
          const address = `${column(p)}${row}`;
          const cell = book.get(sheet)!.get(address)!;
          expect(cell.formula, `${sheet}!${address}`).not.toBeNull();
          const expected = series![p] ?? null;
          expect(
            close(cell.value ?? '', expected),
            `${sheet}!${address} cached ${cell.value} vs ${expected}`,
          ).toBe(true);
          expect(close(evaluator.cell(sheet, address), expected), `${sheet}!${address} recomputed`).toBe(
            true,
          );
          checked++;
        });
      }
      expect(checked).toBeGreaterThanOrEqual(report.periods.length * 9);
    }
  });

  it("gives each investment's NPV, IRR, MIRR, payback and ROI as the report does, NPV with the first flow at t = 0", async () => {
    const { source, book, evaluator } = await workbookOf(text);
    const sheets = [...book.keys()];
    source.report.investments.forEach((investment, i) => {
      const sheet = sheets.find((n) => n.startsWith(`Investment ${i + 1} `))!;
      const rows = rowsByLabel(book, sheet);
      for (const [label, key] of Object.entries(INVESTMENT_LABELS)) {
        const address = `B${rows.get(label)}`;
        const cell = book.get(sheet)!.get(address)!;
        expect(cell.formula, `${sheet}: ${label}`).toBeTruthy();
        const expected = investment[key];
        expect(
          close(cell.value ?? '', expected),
          `${sheet} ${label} cached ${cell.value} vs ${expected}`,
        ).toBe(true);
        expect(close(evaluator.cell(sheet, address), expected), `${sheet} ${label} recomputed`).toBe(true);
      }
      const npv = book.get(sheet)!.get(`B${rows.get('NPV')}`)!.formula!;
      if (investment.cashflows.length > 1) expect(npv).toMatch(/^NPV\(\$B\$\d+,C\d+:[A-Z]+\d+\)\+B\d+$/);
      // Excel's NPV over every flow discounts the first too: ours is that times (1 + rate).
      const flows = investment.cashflows.map((_, t) =>
        evaluator.cell(sheet, `${column(t)}${rows.get('Net cash flow')}`),
      );
      const excel = evaluator.formula(
        sheet,
        `NPV(${investment.discountRate},${flows.map((f) => String(f)).join(',')})`,
      ) as number;
      expect(close(excel * (1 + investment.discountRate), investment.npv)).toBe(true);
    });
  });

  it('keeps the inputs as values on the Inputs sheet, and the base case refers to them', async () => {
    const { source, book } = await workbookOf(text);
    const inputs = book.get('Inputs')!;
    const rows = rowsByLabel(book, 'Inputs');
    source.model.revenue.forEach((v, p) =>
      expect(inputs.get(`${column(p)}${rows.get('Revenue')}`)!.value).toBe(v),
    );
    source.model.grossMargin.forEach((v, p) =>
      expect(inputs.get(`${column(p)}${rows.get('Gross margin')}`)!.value).toBe(v),
    );
    expect(inputs.get(`B${rows.get('Discount rate (per period)')}`)!.value).toBe(source.model.discountRate);
    // Values, but the later periods of a series written as { start, growth }: a formula over both.
    for (const cell of inputs.values())
      if (cell.formula !== null) expect(cell.formula).toMatch(/^\$B\$\d+\*\(1\+\$B\$\d+\)\^\d+$/);
    const base = book.get('Base case')!;
    expect(base.get(`B${rowsByLabel(book, 'Base case').get('Revenue')}`)!.formula).toBe(
      `'Inputs'!B${rows.get('Revenue')}`,
    );
  });
});

describe('a series written as { start, growth }', () => {
  it('is its start and its growth on the Inputs sheet, and a formula per later period, that follows a new growth', async () => {
    const text = THREE_PERIODS.replace(
      'stores: { start: 10, growth: 10% }',
      'stores: { start: 10, growth: 4.5% }',
    );
    expect(text).not.toBe(THREE_PERIODS);
    const { book } = await workbookOf(text);
    const inputs = book.get('Inputs')!;
    const rows = rowsByLabel(book, 'Inputs');
    const stores = rows.get('Fixed cost: stores')!;
    const growth = rows.get('Fixed cost: stores: growth per period')!;
    expect(growth).toBe(stores + 1);
    expect(inputs.get(`B${stores}`)).toMatchObject({ value: 10, formula: null });
    expect(inputs.get(`B${growth}`)).toMatchObject({ value: 0.045, formula: null });
    expect(inputs.get(`C${stores}`)!.formula).toBe(`$B$${stores}*(1+$B$${growth})^1`);
    expect(inputs.get(`D${stores}`)!.formula).toBe(`$B$${stores}*(1+$B$${growth})^2`);
    // Another growth typed into the workbook: the costs of the later periods, and the base case, follow.
    inputs.set(`B${growth}`, { ...inputs.get(`B${growth}`)!, value: 0.2 });
    const evaluator = new Evaluator(book);
    expect(close(evaluator.cell('Inputs', `D${stores}`), 10 * 1.2 ** 2)).toBe(true);
    const fixed = rowsByLabel(book, 'Base case').get('Fixed costs')!;
    const before = (await workbookOf(text)).evaluator.cell('Base case', `D${fixed}`) as number;
    expect(close(evaluator.cell('Base case', `D${fixed}`), before - 10 * 1.045 ** 2 + 10 * 1.2 ** 2)).toBe(
      true,
    );
  });
});

describe('the workbook', () => {
  it('puts benchmarks and sources on their own sheet, and the simulation on another', async () => {
    const { source, book } = await workbookOf(example('walmart'));
    const texts = [...book.get('Benchmarks and sources')!.values()].map((c) => c.value);
    for (const b of source.report.benchmarks) {
      expect(texts).toContain(b.title);
      expect(texts).toContain(b.source);
      for (const v of Object.values(b.values)) expect(texts).toContain(v);
    }
    for (const s of source.report.sources) expect(texts).toContain(s);
    const risk = [...book.get('Uncertainty')!.values()].map((c) => c.value);
    expect(risk).toContain(source.sections!.uncertainty!.investments[0]!.probabilityNegativeNpv);
  });

  it('heads the Uncertainty sheet in words, and formats each figure as what it is', async () => {
    const { book, xml } = await workbookOf(example('walmart'));
    const sheet = book.get('Uncertainty')!;
    const rows = new Map<number, Map<string, string | number | null>>();
    for (const [ref, cell] of sheet) {
      const [, col, row] = /^([A-Z]+)(\d+)$/.exec(ref)!;
      rows.set(Number(row), (rows.get(Number(row)) ?? new Map()).set(col!, cell.value));
    }
    const rowWith = (col: string, value: string) =>
      [...rows].find(([, cells]) => cells.get(col) === value)?.[0];
    // Headings a person reads, not the CSV's names (probabilityNegativeNpv, pointOutput).
    const heads = [...rows.values()].filter(
      (cells) => cells.get('A') === 'Investment' || cells.get('A') === 'Outcome',
    );
    expect(heads.length).toBeGreaterThan(1);
    for (const cells of heads)
      for (const head of cells.values()) expect(String(head)).not.toMatch(/[a-z][A-Z]/);
    expect(rowWith('A', 'Base case')).toBeDefined();
    // The style of a figure follows its row: IRR and margins as percents, NPV as money (the last sheet).
    const style = (ref: string) =>
      new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(xml[`xl/worksheets/sheet${book.size}.xml`]!)?.[1];
    const irr = rowWith('B', 'IRR')!;
    const npv = rowWith('B', 'NPV')!;
    expect(style(`C${irr}`)).toBe(style(`D${rowWith('C', 'Operating margin')!}`));
    expect(style(`C${irr}`)).not.toBe(style(`C${npv}`));
  });

  it('is the same bytes for the same case', () => {
    const source = prepared(example('amazon'));
    expect(exportFiles(source, 'xlsx')[0]!.bytes).toEqual(exportFiles(source, 'xlsx')[0]!.bytes);
  });

  it('keeps hostile names as text: sheet names within Excel rules, control characters escaped, formulas intact', async () => {
    const hostile = CASHFLOWS.replace(
      'title: Flows of their own',
      'title: "<b>&amp; \\u0001 _x0041_ \'quoted\'"',
    ).replace('- name: Margin squeeze', '- name: "What/if: [a]*b? \'x\' and a very long name indeed"');
    const { book, source } = await workbookOf(hostile);
    const names = [...book.keys()];
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
    const scenario = names.find((n) => n.startsWith('Scenario 1 '))!;
    const rows = rowsByLabel(book, scenario);
    expect(book.get(scenario)!.get(`B${rows.get('Operating profit')}`)!.value).toBe(
      source.report.scenarios[0]!.operatingProfit[0],
    );
    expect(book.get('Inputs')!.get('A1')!.value).toContain('<b>&amp;');
  });

  it('writes names that start like formulas as text cells, never as formulas', async () => {
    const names = ['=HYPERLINK("http://x","click")', '+SUM(1,2)', '@rent', '-staff', '=2024', '-2025'];
    const hostile = CASHFLOWS.replace('periods: [2024, 2025]', 'periods: ["=2024", "-2025"]')
      .replace('- name: Two roots', `- name: '${names[0]}'`)
      .replace('- name: Margin squeeze', `- name: "${names[1]}"`)
      .replace('  rent:', `  "${names[2]}":`)
      .replace('  staff:', `  "${names[3]}":`);
    const { book, xml, source } = await workbookOf(hostile);
    expect(source.report.investments[0]!.name).toBe(names[0]);
    for (const name of names) {
      const cells = [...book.values()].flatMap((sheet) =>
        [...sheet.values()].filter((c) => typeof c.value === 'string' && c.value.includes(name)),
      );
      expect(cells.length, name).toBeGreaterThan(0);
      for (const cell of cells) expect(cell.formula, name).toBeNull();
    }
    const formulas = Object.values(xml).flatMap((text) =>
      [...text.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]!),
    );
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) expect(f).not.toMatch(/HYPERLINK|SUM\(1|@rent|-staff|=2024|-2025/);
    const sheet = [...book.keys()].find((n) => n.startsWith('Investment 1 '))!;
    expect(book.get(sheet)!.get('A1')!.value).toBe(names[0]);
    const texts = [...book.values()].flatMap((cells) => [...cells.values()].map((c) => c.value));
    expect(texts).toContain('=2024');
    expect(texts).toContain('-2025');
  });
});
