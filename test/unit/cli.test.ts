import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseTemplates } from '../../src/core/templates';
import { SEED_CASE } from './fixtures';

/** These tests run the built CLI (dist/cli.js, from `npm run build`) as a separate process. */
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

function itcase(args: string[], cwd?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let folder: string;

beforeAll(() => {
  execFileSync(process.execPath, [CLI, '--version']);
  folder = mkdtempSync(join(tmpdir(), 'itcase-cli-'));
  mkdirSync(join(folder, 'cases', 'nested'), { recursive: true });
  writeFileSync(join(folder, 'cases', 'seed.itcase.yaml'), SEED_CASE);
  writeFileSync(
    join(folder, 'cases', 'nested', 'broken.itcase.yml'),
    SEED_CASE.replace('grossMargin: 25%', 'grossMargin: high'),
  );
  writeFileSync(join(folder, 'cases', 'notes.yaml'), 'not: a case\n');
});

describe('itcase check', () => {
  it('passes a valid case with exit code 0 and a summary', () => {
    const r = itcase(['check', 'cases/seed.itcase.yaml'], folder);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 case checked: 0 errors, 0 warnings');
  });

  it('searches folders for case files and prints path:line:col: severity: message', () => {
    const r = itcase(['check', 'cases'], folder);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "cases/nested/broken.itcase.yml:12:14: error: grossMargin must be a percent like 25%, got 'high'",
    );
    expect(r.stdout).toContain('2 cases checked: 1 error, 0 warnings (1 case failed)');
    expect(r.stdout).not.toContain('notes.yaml');
  });

  it('exits 2 with a clear message for a missing file or an unknown flag', () => {
    const missing = itcase(['check', 'nope.itcase.yaml'], folder);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file or folder: nope.itcase.yaml');
    const flag = itcase(['check', '--fast', 'cases'], folder);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('unknown option --fast');
  });
});

describe('itcase report', () => {
  it('prints exactly the report shape of the format page with --json', () => {
    const r = itcase(['report', '--json', 'cases/seed.itcase.yaml'], folder);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.title).toBe('Why a 10% sales drop halves the margin');
    expect(report.base.operatingProfit).toEqual([5]);
    expect(report.scenarios[0].operatingProfit[0]).toBeCloseTo(2.5, 10);
    expect(report.scenarios[0].operatingProfitChange[0]).toBeCloseTo(-0.5, 10);
    expect(report.diagnostics).toEqual([]);
    for (const key of [
      'title',
      'currency',
      'unit',
      'periods',
      'base',
      'scenarios',
      'investments',
      'benchmarks',
      'diagnostics',
    ]) {
      expect(report).toHaveProperty(key);
    }
  });

  it('prints readable tables without --json', () => {
    const r = itcase(['report', 'cases/seed.itcase.yaml'], folder);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Operating profit\s+USD M\s+5(\.0+)?\b/);
    expect(r.stdout).toContain('Scenario: Sales fall 10%');
  });

  it('keeps each unit at its own precision in a one-period case, decimal points in line', () => {
    const r = itcase(['report', 'cases/seed.itcase.yaml'], folder);
    expect(r.code).toBe(0);
    const block = (title: string) => {
      const lines = r.stdout.split('\n');
      const start = lines.indexOf(title) + 1;
      const end = lines.indexOf('', start);
      return lines.slice(start, end === -1 ? undefined : end).join('\n');
    };
    // Whole amounts stay whole beside the multiple's one decimal: `100`, not `100.0`.
    expect(block('Base case')).toBe(
      [
        '                     Unit     2014',
        '-------------------  -----  ------',
        'Revenue              USD M  100',
        'Gross profit         USD M   25',
        'Fixed costs          USD M   20',
        'IT spend             USD M    0',
        'Operating profit     USD M    5',
        'Operating margin     %        5%',
        'IT spend / revenue   %        0%',
        'Revenue / employee   USD    100k',
        'IT spend / employee  USD      0',
        'Break-even revenue   USD M   80',
        'Operating leverage   ×        5.0×',
      ].join('\n'),
    );
    // Every amount with the decimal one of them needs (22.5), every percent with two (2.78%).
    expect(block('Scenario: Sales fall 10%')).toBe(
      [
        '                          Unit      2014',
        '------------------------  -----  -------',
        'Revenue                   USD M   90.0',
        'Gross profit              USD M   22.5',
        'Fixed costs               USD M   20.0',
        'IT spend                  USD M    0.0',
        'Operating profit          USD M    2.5',
        'Operating margin          %        2.78%',
        'IT spend / revenue        %        0.00%',
        'Revenue / employee        USD     90k',
        'IT spend / employee       USD      0',
        'Break-even revenue        USD M   80.0',
        'Operating leverage        ×        9.0×',
        'Operating profit vs base  %      −50.00%',
      ].join('\n'),
    );
  });

  it('gives an amount below a tenth of the unit a third decimal, so it keeps two significant digits', () => {
    const text = `itcase: 1\ntitle: T\ncompany: { name: Co }\ncurrency: USD\nunit: billion\nperiods: [2014, 2015]\nrevenue: [5, 6]\ngrossMargin: 25%\nitSpend:\n  run: [0.07595, 1.2]\n`;
    writeFileSync(join(folder, 'small.itcase.yaml'), text);
    const r = itcase(['report', 'small.itcase.yaml'], folder);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('IT spend             USD B   0.076   1.20\n');
    expect(r.stdout).toContain('Operating profit     USD B   1.17    0.30\n');
  });

  it("lists the case's own value among a benchmark's, at its rank, or says why it is not there", () => {
    const walmart = readFileSync(join(__dirname, '..', '..', 'examples', 'walmart.itcase.yaml'), 'utf8');
    writeFileSync(join(folder, 'walmart.itcase.yaml'), walmart);
    const r = itcase(['report', 'walmart.itcase.yaml'], folder);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const own = lines.findIndex((l) =>
      l.startsWith('Walmart Stores, Inc. (this case), FY2014  216,495  USD'),
    );
    expect(own).toBeGreaterThan(0);
    expect(lines[own + 1]).toMatch(/^Walmart +220,000 +USD$/);
    // The Investments table's NPV in the unit of the NPV percentiles below it.
    expect(r.stdout).toMatch(/^OpenStack private cloud \(illustrative\) +USD 80\.56M +44\.4%/m);
    // What the file says of an IT spend line, a scenario and an investment, as written, with them.
    expect(r.stdout).toContain(
      'all-it-idc-estimate: IDC estimate for calendar 2012, 2013, 2014 (see periods)',
    );
    expect(r.stdout).toMatch(/^Scenario: IT spend up 10%\nIllustrative\n/m);
    expect(r.stdout).toContain(
      'OpenStack private cloud (illustrative): Illustrative amounts, not published by Walmart or IDC.',
    );
    // Each benchmark's note, as written, under its source.
    expect(r.stdout).toMatch(
      /^Source: IDC[^\n]*\nNote: Rank 1 Walmart Stores \(\$10\.162B in Storage Story\)/m,
    );
    const euro = walmart.replace(/currency: USD\n {4}year: 2015/, 'currency: EUR\n    year: 2015');
    expect(euro).not.toBe(walmart);
    writeFileSync(join(folder, 'euro.itcase.yaml'), euro);
    const e = itcase(['report', 'euro.itcase.yaml'], folder);
    expect(e.stdout).toContain('This case is not shown: the benchmark is in another currency.');
    expect(e.stdout).not.toContain('(this case), FY2014  216,495');
  });

  it('lists the IT spend lines with their kind and type, and the mix of the latest period', () => {
    const text = `itcase: 1\ntitle: T\ncompany: { name: Co }\ncurrency: EUR\nunit: thousand\nperiods: [2025, 2026]\nrevenue: [5000, 6000]\ngrossMargin: 70%\nitSpend:\n  hosting: { amount: [300, 350], kind: run, type: opex }\n  new-platform: { amount: [100, 200], kind: transform, type: capex }\n  licences: [50, 50]\n`;
    writeFileSync(join(folder, 'lines.itcase.yaml'), text);
    const r = itcase(['report', 'lines.itcase.yaml'], folder);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      [
        'IT spend by line',
        'Line          Kind       Type   Unit   2025  2026',
        '------------  ---------  -----  -----  ----  ----',
        'hosting       run        opex   EUR k   300   350',
        'new-platform  transform  capex  EUR k   100   200',
        'licences      —          —      EUR k    50    50',
        'IT spend in 2026: run 58.3%, transform 33.3%, not given 8.3%; opex 58.3%, capex 33.3%, not given 8.3%.',
      ].join('\n'),
    );
    // A case whose lines say nothing of kind or type has no such table.
    expect(itcase(['report', 'cases/seed.itcase.yaml'], folder).stdout).not.toContain('IT spend by line');
  });

  it('exits 1 and prints the problems for a broken case', () => {
    const r = itcase(['report', 'cases/nested/broken.itcase.yml'], folder);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('12:14: error');
  });
});

describe('itcase new, benchmarks, schema, help', () => {
  it('prints each template, and each one checks clean', () => {
    for (const template of caseTemplates) {
      const r = itcase(['new', '--template', template.id]);
      expect(r.code).toBe(0);
      const file = join(folder, `${template.id}.itcase.yaml`);
      writeFileSync(file, r.stdout);
      expect(itcase(['check', file]).code).toBe(0);
    }
    expect(itcase(['new', '--template', 'nope']).code).toBe(2);
    // Without --template: the blank one, as the help says.
    expect(itcase(['new']).stdout).toBe(caseTemplates.find((t) => t.id === 'blank')!.text);
    expect(itcase(['new', '--help']).stdout).toContain('Without --template it prints the blank one');
  });

  it('lists the benchmark data sets and prints one as a benchmarks[] entry with its source', () => {
    const list = itcase(['benchmarks']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('idc-top-it-spenders-2014');
    const one = itcase(['benchmarks', 'idc-top-it-spenders-2014']);
    expect(one.stdout).toMatch(/^- id: idc-top-it-spenders-2014/);
    expect(one.stdout).toContain('source:');
    expect(itcase(['benchmarks', 'nope']).code).toBe(2);
    for (const line of list.stdout.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(100);
    expect(list.stdout).not.toMatch(/\(2014\) \(2014\)|2014 \(2014\)/);
  });

  it('prints the JSON Schema generated from the zod schema', () => {
    const schema = JSON.parse(itcase(['schema']).stdout);
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(
      expect.arrayContaining(['itcase', 'title', 'company', 'currency', 'periods', 'revenue', 'grossMargin']),
    );
    expect(schema.properties.grossMargin.description).toContain('Share of revenue');
  });

  it('has --help on each command and exits 2 on an unknown command', () => {
    for (const command of ['check', 'report', 'new', 'benchmarks', 'schema']) {
      const r = itcase([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`itcase ${command}`);
    }
    const unknown = itcase(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
    expect(itcase(['chek', 'x']).stderr).toContain("unknown command 'chek': did you mean 'check'?");
  });
});
