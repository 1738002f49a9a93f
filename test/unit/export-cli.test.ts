import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_CASE } from './exportFixtures';
import { SEED_CASE } from './fixtures';

/** These tests run the built CLI (dist/cli.js, from `npm run build`) as a separate process. */
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

function itcase(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

let folder: string;
const walmart = readFileSync(join(__dirname, '..', '..', 'examples', 'walmart.itcase.yaml'), 'utf8');

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'itcase-export-'));
  writeFileSync(join(folder, 'walmart.itcase.yaml'), walmart);
  writeFileSync(join(folder, 'hostile.itcase.yaml'), HOSTILE_CASE.replace(/\n/g, '\r\n'));
  // A byte order mark, as some Windows editors write one.
  writeFileSync(join(folder, 'bom.itcase.yaml'), `\ufeff${walmart.replace(/\n/g, '\r\n')}`);
  writeFileSync(
    join(folder, 'broken.itcase.yaml'),
    SEED_CASE.replace('grossMargin: 25%', 'grossMargin: high'),
  );
  writeFileSync(join(folder, 'page.html'), '<html><body>not a report</body></html>');
});

describe('itcase export', () => {
  it('writes an HTML report that extract turns back into the same bytes', () => {
    for (const file of ['walmart.itcase.yaml', 'hostile.itcase.yaml', 'bom.itcase.yaml']) {
      const out = `${file}.html`;
      const r = itcase(['export', file, '--format', 'html', '--out', out], folder);
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(join(folder, out), 'utf8')).toMatch(/^<!DOCTYPE html>/);
      const back = itcase(['extract', out], folder);
      expect(back.code).toBe(0);
      expect(Buffer.compare(back.stdout, readFileSync(join(folder, file)))).toBe(0);
      expect(itcase(['extract', out, '--out', `${file}.back`], folder).code).toBe(0);
      expect(
        Buffer.compare(readFileSync(join(folder, `${file}.back`)), readFileSync(join(folder, file))),
      ).toBe(0);
    }
  });

  it('writes a workbook, dark HTML, and a folder of CSV files; the output defaults to the case name', () => {
    expect(itcase(['export', 'walmart.itcase.yaml', '--out', 'book.xlsx'], folder).code).toBe(0);
    expect(readFileSync(join(folder, 'book.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(itcase(['export', 'walmart.itcase.yaml', '--format', 'xlsx'], folder).code).toBe(0);
    expect(existsSync(join(folder, 'walmart.xlsx'))).toBe(true);
    expect(itcase(['export', 'walmart.itcase.yaml', '--format', 'html', '--dark'], folder).code).toBe(0);
    expect(readFileSync(join(folder, 'walmart.html'), 'utf8')).toContain('data-theme="dark"');
    const r = itcase(['export', 'walmart.itcase.yaml', '--format', 'csv', '--out', 'tables'], folder);
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toContain('CSV files');
    const files = readdirSync(join(folder, 'tables'));
    expect(files).toContain('base-case.csv');
    expect(files).toContain('investments.csv');
    expect(readFileSync(join(folder, 'tables', 'base-case.csv'), 'utf8')).toMatch(
      /^period,revenue,grossProfit,/,
    );
    expect(itcase(['export', 'walmart.itcase.yaml', '--format', 'csv'], folder).code).toBe(0);
    expect(readdirSync(join(folder, 'walmart-csv'))).toEqual(files.sort());
    // Folders of --out that do not exist yet are made, for every format.
    for (const out of ['new/html/x.html', 'new/xlsx/x.xlsx']) {
      expect(itcase(['export', 'walmart.itcase.yaml', '--out', out], folder).code, out).toBe(0);
      expect(existsSync(join(folder, out))).toBe(true);
    }
  });

  it('exits 2 on usage errors and a missing file', () => {
    const cases: [string[], string][] = [
      [['export', 'walmart.itcase.yaml'], 'export needs --format html, xlsx or csv'],
      [['export', 'walmart.itcase.yaml', '--format', 'pdf'], "unknown format 'pdf'"],
      [['export', 'walmart.itcase.yaml', '--format'], 'option --format needs a value'],
      [['export', 'walmart.itcase.yaml', '--format', 'html', '--fast'], 'unknown option --fast'],
      [
        ['export', 'walmart.itcase.yaml', '--format', 'xlsx', '--dark'],
        '--dark applies to --format html only',
      ],
      [
        ['export', 'walmart.itcase.yaml', '--format', 'xlsx', '--out', 'x.html'],
        '--out x.html names an HTML page but --format is xlsx',
      ],
      [
        ['export', 'walmart.itcase.yaml', '--format', 'csv', '--out', 'x.xlsx'],
        '--out x.xlsx names a workbook but --format is csv',
      ],
      [
        ['export', 'walmart.itcase.yaml', '--format', 'html', '--out', 'x.csv'],
        '--out x.csv names a CSV file but --format is html',
      ],
      [
        ['export', 'walmart.itcase.yaml', '--format', 'html', '--out', 'newdir/'],
        '--out newdir/ is a folder: give the file',
      ],
      [
        ['export', 'walmart.itcase.yaml', '--out', 'x.csv'],
        '--out x.csv: CSV export writes one file per table into that folder; add --format csv',
      ],
      [['export', '--format', 'html'], 'export needs exactly one case file'],
      [['export', 'nope.itcase.yaml', '--format', 'html'], 'no such file: nope.itcase.yaml'],
      [['extract'], 'extract needs exactly one HTML report'],
      [['extract', 'nope.html'], 'no such file: nope.html'],
      [['extract', 'page.html', '--dark'], 'unknown option --dark'],
    ];
    for (const [args, message] of cases) {
      const r = itcase(args, folder);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
    }
  });

  it('never writes an export over a case file, or a case over its own report (exit 2, file untouched)', () => {
    const before = readFileSync(join(folder, 'walmart.itcase.yaml'));
    for (const [format, out] of [
      ['xlsx', 'walmart.itcase.yaml'],
      ['html', './walmart.itcase.yaml'],
      ['csv', 'walmart.itcase.yaml'],
      ['html', 'other.itcase.yml'],
    ] as const) {
      const r = itcase(['export', 'walmart.itcase.yaml', '--format', format, '--out', out], folder);
      expect(r.code, `${format} ${out}`).toBe(2);
      expect(r.stderr).toContain('is a case file; an export would replace it');
    }
    expect(Buffer.compare(readFileSync(join(folder, 'walmart.itcase.yaml')), before)).toBe(0);
    expect(existsSync(join(folder, 'other.itcase.yml'))).toBe(false);

    expect(itcase(['export', 'walmart.itcase.yaml', '--out', 'self.html'], folder).code).toBe(0);
    const report = readFileSync(join(folder, 'self.html'));
    const r = itcase(['extract', 'self.html', '--out', 'self.html'], folder);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is the report itself');
    expect(Buffer.compare(readFileSync(join(folder, 'self.html')), report)).toBe(0);
  });

  it('exits 1 for a case with errors, an output it cannot write, and a page without a case', () => {
    const broken = itcase(['export', 'broken.itcase.yaml', '--format', 'html'], folder);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(
      "broken.itcase.yaml:12:14: error: grossMargin must be a percent like 25%, got 'high'",
    );
    expect(existsSync(join(folder, 'broken.html'))).toBe(false);
    const unwritable = itcase(
      ['export', 'walmart.itcase.yaml', '--format', 'html', '--out', 'page.html/x.html'],
      folder,
    );
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toContain(
      'cannot write page.html/x.html: a part of the path is a file, not a folder',
    );
    const page = itcase(['extract', 'page.html'], folder);
    expect(page.code).toBe(1);
    expect(page.stderr).toContain('holds no case');
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a FIFO or an empty --out at once, as a usage error',
    () => {
      const fifo = join(folder, 'pipe.html');
      execFileSync('mkfifo', [fifo]);
      for (const [out, said] of [
        [fifo, `--out ${fifo} is not a regular file or folder`],
        ['', '--out needs a path'],
      ] as const) {
        const result = spawnSync(
          process.execPath,
          [CLI, 'export', 'walmart.itcase.yaml', '--format', 'html', '--out', out],
          {
            cwd: folder,
            timeout: 20_000,
          },
        );
        expect(result.error).toBeUndefined();
        expect(result.status).toBe(2);
        expect(result.stderr.toString('utf8')).toContain(said);
      }
    },
  );

  it.runIf(existsSync('/proc/self'))(
    "answers at once where no folder can be made (Node's recursive mkdir spins under /proc)",
    () => {
      for (const [format, out] of [
        ['html', '/proc/itcase-nope/deeper/x.html'],
        ['html', '/proc/x.html'],
        ['csv', '/proc/itcase-nope/tables'],
      ] as const) {
        const result = spawnSync(
          process.execPath,
          [CLI, 'export', 'walmart.itcase.yaml', '--format', format, '--out', out],
          {
            cwd: folder,
            timeout: 20_000,
          },
        );
        expect(result.error).toBeUndefined();
        expect(result.status).toBe(1);
        expect(result.stderr.toString('utf8')).toBe(
          `itcase: cannot write ${out}: nothing can be made in /proc\n`,
        );
      }
    },
  );

  it('has help for both commands', () => {
    expect(itcase(['export', '--help'], folder).stdout.toString()).toContain('Usage: itcase export');
    expect(itcase(['extract', '--help'], folder).stdout.toString()).toContain('Usage: itcase extract');
    expect(itcase(['--help'], folder).stdout.toString()).toContain('itcase extract <report.html>');
  });
});
