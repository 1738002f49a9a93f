/**
 * `itcase export` and `itcase extract`: a case as an HTML report, an Excel workbook or CSV files,
 * and the case file back out of an HTML report. Exit codes as for every command: 0 fine, 1 the case
 * has errors or a file cannot be read or written, 2 the command itself was wrong.
 */
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import {
  EXPORT_FORMATS,
  exportFiles,
  extractCaseYaml,
  prepareExport,
  type ExportFormat,
} from '../core/export';
import { parseArgs, UsageError } from './args';
import { CASE_FILE } from './files';
import { readCaseFile } from './readCase';
import { terminalSafe } from './terminalText';

export interface CommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const EXPORT_HELP = `Usage: itcase export <file> --format html|xlsx|csv [--out <path>] [--dark]

Exports a case for people who never open the editor:
  html   one self-contained report (no network, prints cleanly): key figures, the preview's charts,
         tables, sources, and the case file itself ('itcase extract' gives it back)
  xlsx   an Excel workbook whose figures are live formulas over an Inputs sheet
  csv    one RFC 4180 file per table of the report, in the folder --out; a text that starts with
         =, +, -, @, a tab or a CR is written with a ' before it, so no spreadsheet runs it
--out defaults to the case's name beside it (walmart.html, walmart.xlsx, walmart-csv/), and its
folders are made if need be; --format may be left out when --out ends in .html or .xlsx, and must
agree with an ending of .html, .xlsx or .csv when given; --out is never a case file (*.itcase.yaml).
--dark gives the HTML report a dark theme (light by default). Exits 1 if the case has errors or
cannot be read, or the output cannot be written; 2 on a usage error or a file that does not exist.
`;

export const EXTRACT_HELP = `Usage: itcase extract <report.html> [--out <file>]

Prints the case file embedded in an HTML report made by 'itcase export', exactly as it was exported:
  itcase extract report.html > case.itcase.yaml
Exits 1 if the page holds no case, 2 on a usage error or a file that does not exist.
`;

const EXTENSION: Record<ExportFormat, string> = { html: '.html', xlsx: '.xlsx', csv: '-csv' };

/** `walmart.itcase.yaml` → `walmart`. */
function caseStem(file: string): string {
  return (
    basename(file)
      .replace(/\.itcase\.ya?ml$/i, '')
      .replace(/\.ya?ml$/i, '') || 'report'
  );
}

const NAMED: Record<ExportFormat, string> = { html: 'an HTML page', xlsx: 'a workbook', csv: 'a CSV file' };

/** The format an --out name says by its ending, if it says one. */
function formatOfName(out: string | true | undefined): ExportFormat | undefined {
  if (typeof out !== 'string') return undefined;
  if (/\.html?$/i.test(out)) return 'html';
  if (/\.xlsx$/i.test(out)) return 'xlsx';
  if (/\.csv$/i.test(out)) return 'csv';
  return undefined;
}

function formatOf(flags: Map<string, string | true>): ExportFormat {
  const given = flags.get('format');
  const named = formatOfName(flags.get('out'));
  if (typeof given === 'string') {
    const format = given.toLowerCase();
    if (!(EXPORT_FORMATS as readonly string[]).includes(format))
      throw new UsageError(`unknown format '${given}' (choose ${EXPORT_FORMATS.join(', ')})`);
    // A workbook saved as x.html opens as garbage in a browser: the name and the format must agree.
    if (named !== undefined && named !== format)
      throw new UsageError(
        `--out ${String(flags.get('out'))} names ${NAMED[named]} but --format is ${format}`,
      );
    return format as ExportFormat;
  }
  if (named === 'csv')
    // CSV is a folder of files, one per table: say the format to be sure.
    throw new UsageError(
      `--out ${String(flags.get('out'))}: CSV export writes one file per table into that folder; add --format csv`,
    );
  if (named !== undefined) return named;
  throw new UsageError('export needs --format html, xlsx or csv');
}

function problem(
  file: string,
  d: { severity: string; line: number; column: number; message: string },
): string {
  return `${terminalSafe(file)}:${d.line}:${d.column}: ${d.severity}: ${terminalSafe(d.message)}\n`;
}

/**
 * `mkdir -p`, one folder at a time from the deepest that exists. Node's recursive `mkdirSync` never
 * returns where the file system refuses a folder with ENOENT though its parent exists (/proc/x/y):
 * it retries the parent forever.
 */
function makeFolders(path: string): void {
  const missing: string[] = [];
  for (let at = resolve(path); !existsSync(at); at = dirname(at)) {
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing) mkdirSync(folder);
}

function reason(error: unknown): string {
  const { code, path } = error as NodeJS.ErrnoException;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  // The folder exists, yet nothing can be made in it (a file system like /proc).
  if (code === 'ENOENT' && path !== undefined && existsSync(dirname(path)))
    return `nothing can be made in ${dirname(path)}`;
  if (code === 'ENOENT') return 'its folder does not exist';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ENOSPC') return 'the disk is full';
  // EEXIST: making the folders met a file where a folder was to be.
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a part of the path is a file, not a folder';
  return code ?? (error instanceof Error ? error.message : String(error));
}

export function exportCommand(argv: readonly string[], io: CommandIo): number {
  const { positional, flags } = parseArgs(argv, {
    format: 'value',
    f: 'value',
    out: 'value',
    o: 'value',
    dark: 'switch',
  });
  if (flags.has('f')) flags.set('format', flags.get('f')!);
  if (flags.has('o')) flags.set('out', flags.get('o')!);
  if (positional.length !== 1) throw new UsageError('export needs exactly one case file');
  const file = positional[0]!;
  const format = formatOf(flags);
  if (flags.has('dark') && format !== 'html') throw new UsageError('--dark applies to --format html only');
  const read = readCaseFile(file);
  if (!read.ok && read.missing) throw new UsageError(`no such file: ${file}`);
  if (!read.ok) {
    io.err(problem(file, { severity: 'error', ...read }));
    return 1;
  }
  const prepared = prepareExport(read.text);
  if (!prepared.ok) {
    for (const d of prepared.diagnostics) io.err(problem(file, d));
    io.err(`itcase: ${terminalSafe(file)} has errors; nothing was exported\n`);
    return 1;
  }
  const stem = caseStem(file);
  const outFlag = flags.get('out');
  if (outFlag === '') throw new UsageError('--out needs a path');
  const out = typeof outFlag === 'string' ? outFlag : join(dirname(file), `${stem}${EXTENSION[format]}`);
  // An export never replaces a case: this one (a slip of tab completion) or any other.
  if (sameFile(out, file) || CASE_FILE.test(out))
    throw new UsageError(`--out ${out} is a case file; an export would replace it`);
  // A FIFO or a device would block the write, or swallow it: an export goes to a file.
  if (isSpecial(out)) throw new UsageError(`--out ${out} is not a regular file or folder`);
  if (format !== 'csv' && (/[\\/]$/.test(out) || isFolder(out)))
    throw new UsageError(
      `--out ${out} is a folder: give the file's name (${join(out, `${stem}${EXTENSION[format]}`)})`,
    );
  // The case inside an HTML report is the file byte for byte (`itcase extract`), its byte order mark too.
  const source = read.bom ? { ...prepared.source, text: `\uFEFF${read.text}` } : prepared.source;
  const files = exportFiles(source, format, {
    theme: flags.has('dark') ? 'dark' : 'light',
    baseName: stem,
  });
  try {
    if (format === 'csv') {
      makeFolders(out);
      for (const f of files) writeFileSync(join(out, f.name), f.bytes);
      io.out(`${terminalSafe(out)}: ${files.length} CSV files\n`);
    } else {
      // As for CSV: a folder that does not exist yet is made (reports/q3.html in a fresh CI checkout).
      makeFolders(dirname(out));
      writeFileSync(out, files[0]!.bytes);
      io.out(`${terminalSafe(out)}\n`);
    }
  } catch (error) {
    io.err(`itcase: cannot write ${terminalSafe(out)}: ${reason(error)}\n`);
    return 1;
  }
  return 0;
}

function isSpecial(path: string): boolean {
  try {
    const stat = statSync(path);
    return !stat.isFile() && !stat.isDirectory();
  } catch {
    return false;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Whether two paths name one existing file (through links, and on a case-insensitive disk too). */
function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** The bytes of a regular file of at most `limit` bytes, or why not. */
function readReport(
  file: string,
  limit: number,
): { ok: true; text: string } | { ok: false; message: string } {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return { ok: false, message: 'not a regular file; it was not opened' };
    size = stat.size;
  } catch (error) {
    return { ok: false, message: `cannot read this file (${reason(error)})` };
  }
  if (size > limit) return { ok: false, message: `this file is over ${limit.toLocaleString('en-US')} bytes` };
  try {
    const fd = openSync(file, 'r');
    try {
      const bytes = Buffer.alloc(size);
      let read = 0;
      while (read < size) {
        const n = readSync(fd, bytes, read, size - read, null);
        if (n === 0) break;
        read += n;
      }
      return { ok: true, text: bytes.subarray(0, read).toString('utf8') };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { ok: false, message: `cannot read this file (${reason(error)})` };
  }
}

/** An HTML report is at most a few megabytes; a page ten times larger is not ours. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;

export function extractCommand(argv: readonly string[], io: CommandIo): number {
  const { positional, flags } = parseArgs(argv, { out: 'value', o: 'value' });
  if (positional.length !== 1) throw new UsageError('extract needs exactly one HTML report');
  const file = positional[0]!;
  try {
    statSync(file);
  } catch {
    throw new UsageError(`no such file: ${file}`);
  }
  const read = readReport(file, MAX_REPORT_BYTES);
  if (!read.ok) {
    io.err(`itcase: ${terminalSafe(file)}: ${read.message}\n`);
    return 1;
  }
  const yaml = extractCaseYaml(read.text);
  if (yaml === null) {
    io.err(
      `itcase: ${terminalSafe(file)} holds no case (is it a report made by 'itcase export --format html'?)\n`,
    );
    return 1;
  }
  const out = flags.get('out') ?? flags.get('o');
  if (typeof out === 'string') {
    if (sameFile(out, file)) throw new UsageError(`--out ${out} is the report itself; it would be replaced`);
    try {
      writeFileSync(out, yaml);
    } catch (error) {
      io.err(`itcase: cannot write ${terminalSafe(out)}: ${reason(error)}\n`);
      return 1;
    }
    return 0;
  }
  // The text as it is, control characters included: it is meant for a file, not for the eyes.
  io.out(yaml);
  return 0;
}
