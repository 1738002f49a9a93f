import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFiles, prepareExport, type ExportSource } from '../../src/core/export';
import { csvField, csvFiles, guardFormula } from '../../src/core/export/csv';
import { THREE_PERIODS } from './fixtures';
import { roundFigures } from '../../src/core/present/roundFigures';

const example = (name: string) =>
  readFileSync(join(__dirname, '..', '..', 'examples', `${name}.itcase.yaml`), 'utf8');

function prepared(text: string): ExportSource {
  const result = prepareExport(text);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.source;
}

/** RFC 4180, strictly: CRLF after every record, quoted fields with doubled quotes. Throws on anything else. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error('quote inside an unquoted field');
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.slice(i, i + 2) !== '\r\n') throw new Error(`record not ended by CRLF at ${i}`);
    i += 2;
    records.push(record);
    record = [];
  }
  return records;
}

/** The table of a file as objects keyed by the header, numbers read back with Number, '' as null. */
function table(files: Map<string, string>, name: string): Record<string, string | number | null>[] {
  const text = files.get(name);
  if (text === undefined) throw new Error(`no ${name}`);
  const [header, ...rows] = parseCsv(text);
  for (const row of rows) expect(row).toHaveLength(header!.length);
  return rows.map((row) => Object.fromEntries(header!.map((h, k) => [h, row[k] === '' ? null : row[k]!])));
}

const asNumber = (v: string | number | null) => (v === null ? null : Number(v));

/** What a spreadsheet runs as a formula when a field starts with it (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text field as the case wrote it: one leading `'` dropped where the export guarded the text
 * (a `'` before, possibly after more quotes, a character a spreadsheet reads as a formula).
 */
const unguarded = (v: string | number | null) =>
  typeof v === 'string' && /^'+[=+\-@\t\r]/.test(v) ? v.slice(1) : v;

/**
 * No field of any file starts like a formula unless it is a number written in full (`-1.5`): a
 * text that does was not guarded.
 */
function expectNoFormulas(files: Map<string, string>): void {
  for (const [name, text] of files)
    for (const field of parseCsv(text).flat())
      if (FORMULA_START.test(field))
        expect(String(Number(field)), `${name}: ${JSON.stringify(field)}`).toBe(field);
}

/** THREE_PERIODS with a name for every character that starts a formula, where CSV files carry names. */
const FORMULA_CASE = `itcase: 1
title: Formulas in names
company: { name: Co }
currency: USD
unit: billion
periods: ["=2012", "-2013", "2014"]
revenue: [100, 110, "115..125"]
grossMargin: [25%, 25%, 30%]
fixedCosts:
  "=stores": { start: 10, growth: 10% }
simulation: { trials: 200, seed: 7 }
scenarios:
  - name: "+grow"
    revenueChange: 5%
  - name: "-10% sales"
    revenueChange: -10%
  - name: "@SUM(A1:A9)"
    revenueChange: -1%
  - name: "\\ttab"
    revenueChange: 1%
  - name: "\\rreturn"
    revenueChange: 2%
  - name: "a=b"
    revenueChange: 3%
  - name: "'=quoted already"
    revenueChange: 4%
investments:
  - name: '=HYPERLINK("http://x","click")'
    costs: [10, 2, "1..3"]
    benefits: [0, 8, 12]
  - name: "'90s plain"
    cashflows: [-5, 3, 3]
benchmarks:
  - id: "-id"
    title: "=1+1"
    metric: revenue
    source: "@source"
    values: { "+label": 1, "=label": -2.5 }
sources:
  - "-source"
  - "=cmd|' /C calc'!A0"
`;

function filesOf(text: string) {
  const source = prepared(text);
  const files = new Map(csvFiles(source.report, source.sections).map((f) => [f.name, f.text]));
  return { source, files };
}

describe('CSV export', () => {
  it.each([
    ['walmart', example('walmart')],
    ['amazon', example('amazon')],
    ['three periods', THREE_PERIODS],
    ['names that start like formulas', FORMULA_CASE],
  ])('%s: every table parses back to the report, numbers to 12 digits, text unguarded', (_, text) => {
    const { source, files } = filesOf(text);
    // Numbers as the JSON report gives them: 12 significant digits, no floating-point noise.
    const { report, sections } = roundFigures({ report: source.report, sections: source.sections });
    expectNoFormulas(files);
    const base = table(files, 'base-case.csv');
    expect(base.map((r) => unguarded(r.period!))).toEqual(report.periods);
    for (const [key, series] of Object.entries(report.base))
      expect(
        base.map((r) => asNumber(r[key]!)),
        key,
      ).toEqual(series);
    report.scenarios.forEach((scenario, i) => {
      const name = [...files.keys()].find(
        (n) => n.startsWith(`scenario-${i + 1}-`) || n === `scenario-${i + 1}.csv`,
      )!;
      const rows = table(files, name);
      for (const [key, series] of Object.entries(scenario)) {
        if (key === 'name' || key === 'note') continue;
        expect(
          rows.map((r) => asNumber(r[key]!)),
          `${name} ${key}`,
        ).toEqual(series);
      }
    });
    // What the figures are in, and the IT spend lines with their kind and type.
    const about = new Map(table(files, 'case.csv').map((r) => [r.field!, unguarded(r.value!)]));
    expect(about.get('currency')).toBe(report.currency);
    expect(about.get('unit')).toBe(report.unit);
    expect(about.get('money')).toBe(
      report.unit === 'one' ? `in ${report.currency}` : `in ${report.currency} ${report.unit}s`,
    );
    const lines = table(files, 'it-spend-lines.csv');
    expect(lines.map((r) => asNumber(r.amount!))).toEqual(report.itSpendLines.flatMap((l) => l.values));
    expect(lines.map((r) => r.kind)).toEqual(report.itSpendLines.flatMap((l) => l.values.map(() => l.kind)));
    expect(lines.map((r) => (r.note === undefined ? null : unguarded(r.note)))).toEqual(
      report.itSpendLines.flatMap((l) => l.values.map(() => l.note)),
    );
    const investments = table(files, 'investments.csv');
    expect(investments.map((r) => unguarded(r.investment!))).toEqual(report.investments.map((i) => i.name));
    report.investments.forEach((inv, i) => {
      for (const key of [
        'discountRate',
        'npv',
        'irr',
        'mirr',
        'paybackPeriods',
        'discountedPaybackPeriods',
        'roi',
      ] as const)
        expect(asNumber(investments[i]![key]!), `${inv.name} ${key}`).toBe(inv[key]);
    });
    const flows = table(files, 'investment-cashflows.csv');
    expect(flows.map((r) => [unguarded(r.investment!), asNumber(r.cashflow!)])).toEqual(
      report.investments.flatMap((i) => i.cashflows.map((flow) => [i.name, flow])),
    );
    const benchmarks = table(files, 'benchmarks.csv');
    expect(
      benchmarks.map((r) => [r.id!, r.title!, r.source!, r.label!].map(unguarded).concat(asNumber(r.value!))),
    ).toEqual(
      report.benchmarks.flatMap((b) =>
        Object.entries(b.values).map(([label, v]) => [b.id, b.title, b.source, label, v]),
      ),
    );
    expect(table(files, 'sources.csv').map((r) => unguarded(r.source!))).toEqual(report.sources);
    const sensitivity = table(files, 'sensitivity.csv');
    expect(
      sensitivity.map((r) => [
        unguarded(r.label!),
        unguarded(r.input!),
        r.kind,
        asNumber(r.low!),
        asNumber(r.swing!),
      ]),
    ).toEqual(
      sections!.sensitivity.flatMap((t) =>
        t.inputs.map((input) => [input.label, input.path, input.kind, input.low, input.swing]),
      ),
    );
    // Each input named for people, as the tornado names it, beside its exact place in the file.
    expect(sensitivity.every((r) => r.label !== '' && r.label !== r.input)).toBe(true);
    expect(
      table(files, 'break-even-base.csv').map((r) => asNumber(r.revenueChangeForZeroOperatingProfit!)),
    ).toEqual(sections!.breakEven.base.revenueChangeForZeroOperatingProfit);
    const u = sections!.uncertainty;
    if (u) {
      const risk = table(files, 'uncertainty-investments.csv');
      expect(risk.map((r) => [unguarded(r.investment!), asNumber(r.probabilityNegativeNpv!)])).toEqual(
        u.investments.map((i) => [i.name, i.probabilityNegativeNpv]),
      );
      expect(
        table(files, 'uncertainty-periods.csv').map((r) => [unguarded(r.scenario!), unguarded(r.period!)]),
      ).toEqual(
        [null, ...u.scenarios.map((s) => s.name)].flatMap((name) => report.periods.map((p) => [name, p])),
      );
      const percentiles = table(files, 'uncertainty-period-percentiles.csv').filter(
        (r) => r.scenario === null && r.metric === 'operatingProfit',
      );
      expect(percentiles.map((r) => asNumber(r.p50!))).toEqual(u.base.operatingProfit.map((s) => s.p50));
      expect(
        table(files, 'uncertainty-periods.csv')
          .filter((r) => r.scenario === null)
          .map((r) => asNumber(r.probabilityOperatingLoss!)),
      ).toEqual(u.base.probabilityOperatingLoss);
    } else {
      expect([...files.keys()].some((n) => n.startsWith('uncertainty-'))).toBe(false);
    }
  });

  it('quotes fields with commas, quotes and line breaks, and ends every record with CRLF', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(null)).toBe('');
    expect(csvField(0.1 + 0.2)).toBe('0.3');
    expect(csvField(113.88194999999999)).toBe('113.88195');
    expect(csvField(-0)).toBe('0');
    expect(csvField(-1e-7)).toBe('-1e-7');
    const hostile = THREE_PERIODS.replace(
      '- name: Cloud',
      '- name: "Cloud, \\"the\\" move\\r\\nand =cmd|\' /C calc\'!A0"',
    );
    const { source, files } = filesOf(hostile);
    const rows = table(files, 'investments.csv');
    expect(rows[0]!.investment).toBe(source.report.investments[0]!.name);
    for (const text of files.values())
      expect(text.replace(/"[^"]*"/g, '').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it.each([
    ['=', '=HYPERLINK("http://x","click")', `"'=HYPERLINK(""http://x"",""click"")"`],
    ['+', '+1+2', "'+1+2"],
    ['-', '-2+3', "'-2+3"],
    ['@', '@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['a tab', '\t=1+1', "'\t=1+1"],
    ['a carriage return', '\r=1+1', `"'\r=1+1"`],
  ])(
    'writes a text that starts with %s with a single quote before it, so no spreadsheet runs it',
    (_, text, field) => {
      expect(csvField(text)).toBe(field);
      const hostile = THREE_PERIODS.replace('- name: Cloud', `- name: ${JSON.stringify(text)}`);
      const { source, files } = filesOf(hostile);
      expect(source.report.investments[0]!.name).toBe(text);
      expect(files.get('investments.csv')).toContain(`\r\n${field},`);
      expect(table(files, 'investments.csv')[0]!.investment).toBe(`'${text}`);
    },
  );

  it('leaves numbers, inner formula characters and plain quotes alone, and keeps the guard reversible', () => {
    expect(csvField(-1.5)).toBe('-1.5');
    expect(csvField(-0.1)).toBe('-0.1');
    expect(csvField(-1e-7)).toBe('-1e-7');
    expect(csvField('-1.5')).toBe("'-1.5");
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('Cloud =cmd|A0 @ +1 -1')).toBe('Cloud =cmd|A0 @ +1 -1');
    expect(csvField("'90s")).toBe("'90s");
    expect(csvField('')).toBe('');
    // A text that already looks guarded gets its own quote, so dropping one gives it back.
    expect(guardFormula("'=x")).toBe("''=x");
    expect(guardFormula("''@x")).toBe("'''@x");
    for (const text of ['=x', "'=x", "''=x", "'x", 'x=', '-', "'", '\t', ' =x'])
      expect(unguarded(guardFormula(text))).toBe(text);
    const { source, files } = filesOf(THREE_PERIODS.replace('- name: Cloud', '- name: Cloud = a + b'));
    const row = table(files, 'investments.csv')[0]!;
    expect(row.investment).toBe('Cloud = a + b');
    const flows = table(files, 'investment-cashflows.csv');
    expect(source.report.investments[0]!.cashflows[0]).toBe(-10);
    expect(files.get('investment-cashflows.csv')).toContain('\r\nCloud = a + b,0,2012,-10\r\n');
    expect(flows.map((r) => asNumber(r.cashflow!))).toEqual(source.report.investments[0]!.cashflows);
  });

  it('names files safely, one per scenario even when two names give the same slug', () => {
    const text =
      THREE_PERIODS +
      `scenarios:\n  - name: "../../etc/passwd"\n    revenueChange: -5%\n  - name: "..\\\\..\\\\etc passwd"\n    revenueChange: 5%\n  - name: "日本"\n    revenueChange: 1%\n`;
    const { source, files } = filesOf(text);
    const names = [...files.keys()];
    for (const name of names) expect(name).toMatch(/^[a-z0-9-]+\.csv$/);
    expect(names).toContain('scenario-1-etc-passwd.csv');
    expect(names).toContain('scenario-2-etc-passwd.csv');
    expect(names).toContain('scenario-3.csv');
    expect(new Set(names).size).toBe(names.length);
    expect(exportFiles(source, 'csv').map((f) => f.name)).toEqual(names);
  });
});
