import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFiles, prepareExport, type ExportSource } from '../../src/core/export';
import { csvField, csvFiles } from '../../src/core/export/csv';
import { THREE_PERIODS } from './fixtures';

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
  ])('%s: every table parses back to the report, numbers in full', (_, text) => {
    const { source, files } = filesOf(text);
    const { report, sections } = source;
    const base = table(files, 'base-case.csv');
    expect(base.map((r) => r.period)).toEqual(report.periods);
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
        if (key === 'name') continue;
        expect(
          rows.map((r) => asNumber(r[key]!)),
          `${name} ${key}`,
        ).toEqual(series);
      }
    });
    const investments = table(files, 'investments.csv');
    expect(investments.map((r) => r.investment)).toEqual(report.investments.map((i) => i.name));
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
    expect(flows.map((r) => asNumber(r.cashflow!))).toEqual(report.investments.flatMap((i) => i.cashflows));
    const benchmarks = table(files, 'benchmarks.csv');
    expect(benchmarks.map((r) => [r.id, r.label, asNumber(r.value!)])).toEqual(
      report.benchmarks.flatMap((b) => Object.entries(b.values).map(([label, v]) => [b.id, label, v])),
    );
    expect(table(files, 'sources.csv').map((r) => r.source)).toEqual(report.sources);
    const sensitivity = table(files, 'sensitivity.csv');
    expect(sensitivity.map((r) => [r.input, r.kind, asNumber(r.low!), asNumber(r.swing!)])).toEqual(
      sections!.sensitivity.flatMap((t) =>
        t.inputs.map((input) => [input.path, input.kind, input.low, input.swing]),
      ),
    );
    expect(
      table(files, 'break-even-base.csv').map((r) => asNumber(r.revenueChangeForZeroOperatingProfit!)),
    ).toEqual(sections!.breakEven.base.revenueChangeForZeroOperatingProfit);
    const u = sections!.uncertainty;
    if (u) {
      const risk = table(files, 'uncertainty-investments.csv');
      expect(risk.map((r) => asNumber(r.probabilityNegativeNpv!))).toEqual(
        u.investments.map((i) => i.probabilityNegativeNpv),
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
    expect(csvField(0.1 + 0.2)).toBe('0.30000000000000004');
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
