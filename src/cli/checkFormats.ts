/**
 * `itcase check --format json|github|sarif`: the problems of a check in the forms CI reads.
 * - json: an array of { file, severity, code, message, line, column, endLine, endColumn }.
 * - github: workflow commands (`::error file=…,line=…::message`), which GitHub Actions turns into
 *   annotations on the pull request's diff.
 * - sarif: a SARIF 2.1.0 log, for code scanning (`github/codeql-action/upload-sarif`) and other
 *   SARIF viewers.
 * Lines and columns are 1-based; columns count UTF-16 code units, and the end column is the one just
 * past the problem (VS Code's, GitHub's and SARIF's convention alike).
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { version } from '../../package.json';
import type { DiagnosticCode, Severity } from '../core/diagnostic';
import { jsonText, terminalSafe } from './terminalText';

export const CHECK_FORMATS = ['text', 'json', 'github', 'sarif'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export function isCheckFormat(value: unknown): value is CheckFormat {
  return typeof value === 'string' && (CHECK_FORMATS as readonly string[]).includes(value);
}

/** A file that could not be read or checked (`readCaseFile`), and a folder that could not be searched. */
export type FileProblemCode = 'unreadable-file' | 'unsearchable-folder';
export type CheckCode = DiagnosticCode | FileProblemCode;

/** One problem of a check, with the path as the check found it (as given, or joined to a folder). */
export interface CheckProblem {
  file: string;
  severity: Severity;
  code: CheckCode;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One sentence per code: SARIF's rule descriptions. Every code has one (the compiler checks). */
const RULE_DESCRIPTIONS: Record<CheckCode, string> = {
  'yaml-syntax': 'The file is not valid YAML.',
  'too-large': 'The case is larger than the engine accepts.',
  'too-deep': 'The YAML nests deeper than the engine accepts.',
  'alias-limit': 'The YAML expands too many aliases.',
  required: 'A required field is missing.',
  'wrong-type': 'A value has the wrong type (a list where a map is expected, text where a number is).',
  'not-money': 'A value should be an amount of money.',
  'not-percent': 'A value should be a percent like 25%.',
  'not-number': 'A value should be a number.',
  'invalid-value': 'A value is not one the field allows.',
  'unknown-key': 'A key the format does not define (often a misspelling).',
  'series-length': 'A series has a different number of values than the case has periods.',
  'unknown-period': 'A series names a period the case does not have.',
  'missing-period': 'A series leaves out a period of the case.',
  'duplicate-name': 'Two items of a list have the same name.',
  'cashflows-with-costs': 'An investment gives both cash flows and costs or benefits.',
  'suspicious-percent': 'A percent that is probably off by a factor of 100.',
  'split-number': 'A number with thousands separators inside [ ] or { }, read as several values.',
  'unscaled-money': 'A whole amount ("$150,000") without k, M, B or T, read in the file\'s unit.',
  'irr-multiple-roots': 'The cash flows change sign more than once: the IRR is not unique.',
  'empty-document': 'The file holds no case.',
  encoding: 'The text is not usable as UTF-8.',
  'duplicate-key': 'A map has the same key twice.',
  'multiple-documents': 'The file holds more than one YAML document.',
  'negative-amount': 'An amount that should not be negative is.',
  overflow: 'A figure is too large to compute with.',
  'invalid-range': 'A range (low..high) is not well formed.',
  'range-tail': 'A normal range whose tail beyond its ends crosses a bound the value cannot cross.',
  'unknown-metric':
    "A benchmark's metric is a slip away from one of the case's own, so the case is not placed among its values.",
  'unreadable-file': 'The file cannot be read as a case (missing, not a regular file, too large, not UTF-8).',
  'unsearchable-folder': 'A folder cannot be searched for cases.',
};

/** The whole output of a check in one of the CI formats (the text format is printed as it goes). */
export function formatCheckProblems(
  format: Exclude<CheckFormat, 'text'>,
  problems: readonly CheckProblem[],
  cwd: string = process.cwd(),
): string {
  switch (format) {
    case 'json':
      return jsonText(problems.map(jsonProblem)) + '\n';
    case 'github':
      return problems.map(githubCommand).join('');
    case 'sarif':
      return jsonText(sarifLog(problems, cwd)) + '\n';
  }
}

/** The fields in a fixed order, whatever order the problem was built in. */
function jsonProblem(p: CheckProblem): CheckProblem {
  const { file, severity, code, message, line, column, endLine, endColumn } = p;
  return { file, severity, code, message, line, column, endLine, endColumn };
}

// GitHub Actions workflow commands -----------------------------------------------------------------

const GITHUB_COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** The escaping of a command's message, as @actions/core does it: `%`, CR and LF. */
export function escapeGithubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The escaping of a command's property value: the message's, and `:` and `,`, which end a property. */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=itcase <code>::message`, one line per
 * problem. After GitHub's escaping, any other control character from the file is written as an
 * escape (terminalSafe), so a message can neither start a second command nor reach the log raw.
 */
export function githubCommand(p: CheckProblem): string {
  const properties: [string, string | number][] = [
    ['file', p.file.split(sep).join('/')],
    ['line', p.line],
    ['col', p.column],
    ['endLine', p.endLine],
    ['endColumn', p.endColumn],
    ['title', `itcase ${p.code}`],
  ];
  const listed = properties.map(([name, value]) => `${name}=${escapeGithubProperty(String(value))}`);
  return (
    terminalSafe(`::${GITHUB_COMMAND[p.severity]} ${listed.join(',')}::${escapeGithubData(p.message)}`) + '\n'
  );
}

// SARIF 2.1.0 ------------------------------------------------------------------------------------

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/**
 * The file as a URI reference: relative to `cwd` (with `uriBaseId` %SRCROOT%, which is `cwd`) when
 * it is inside it, as code scanning expects of paths in the repository; else an absolute file URI.
 */
export function sarifArtifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const absolute = resolve(cwd, file);
  const inside = relative(cwd, absolute);
  const outside = inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside);
  if (outside) return { uri: pathToFileURL(absolute).href };
  return { uri: inside.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** A region SARIF accepts: positive numbers, and an end that is not before the start. */
function sarifRegion(p: CheckProblem) {
  const startLine = Math.max(1, p.line);
  const startColumn = Math.max(1, p.column);
  const endLine = Math.max(startLine, p.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, p.endColumn) : Math.max(1, p.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}

export function sarifLog(problems: readonly CheckProblem[], cwd: string) {
  const codes = [...new Set(problems.map((p) => p.code))].sort();
  const ruleIndex = new Map(codes.map((code, index) => [code, index]));
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'itcase',
            version,
            // The codes that occur; each result carries its own level.
            rules: codes.map((code) => ({ id: code, shortDescription: { text: RULE_DESCRIPTIONS[code] } })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        results: problems.map((p) => ({
          ruleId: p.code,
          ruleIndex: ruleIndex.get(p.code),
          level: SARIF_LEVEL[p.severity],
          message: { text: p.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: sarifArtifactLocation(p.file, cwd),
                region: sarifRegion(p),
              },
            },
          ],
        })),
      },
    ],
  };
}
