import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  escapeGithubData,
  escapeGithubProperty,
  githubCommand,
  sarifArtifactLocation,
  sarifLog,
  type CheckProblem,
} from '../../src/cli/checkFormats';
import { SEED_CASE } from './fixtures';

/** Runs the built CLI (dist/cli.js, from `npm run build`) as a separate process, as CI would. */
const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function itcase(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The OASIS SARIF 2.1.0 schema (errata 01, draft-04), vendored from oasis-tcs/sarif-spec
 * (sarif-2.1/schema/sarif-schema-2.1.0.json). Its `uri` and `uri-reference` formats are checked
 * with the WHATWG URL parser; `date-time` is not used by our logs.
 */
function sarifValidator(): ValidateFunction {
  const schema = JSON.parse(
    readFileSync(join(ROOT, 'test', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'),
  ) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  const parses = (text: string, base?: string) => {
    try {
      new URL(text, base);
      return !/\s/.test(text);
    } catch {
      return false;
    }
  };
  ajv.addFormat('uri', (text: string) => parses(text));
  ajv.addFormat('uri-reference', (text: string) => parses(text, 'file:///base/'));
  ajv.addFormat('date-time', (text: string) => !Number.isNaN(Date.parse(text)));
  return ajv.compile(schema);
}

const BROKEN = SEED_CASE.replace('grossMargin: 25%', 'grossMargin: high').replace(
  'revenue: 100',
  'revenue: 100\nrevnue: 1',
);

let folder: string;
let validateSarif: ValidateFunction;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'itcase-formats-'));
  mkdirSync(join(folder, 'cases', 'nested'), { recursive: true });
  writeFileSync(join(folder, 'cases', 'seed.itcase.yaml'), SEED_CASE);
  writeFileSync(join(folder, 'cases', 'nested', 'broken.itcase.yml'), BROKEN);
  // UTF-16: a file the check cannot read, reported as a problem of its own.
  writeFileSync(join(folder, 'cases', 'wide.itcase.yaml'), Buffer.from('\ufeffitcase: 1\n', 'utf16le'));
  validateSarif = sarifValidator();
});

describe('itcase check --format', () => {
  it('prints the same lines with --format text as without a format', () => {
    const plain = itcase(['check', 'cases'], folder);
    const text = itcase(['check', '--format', 'text', 'cases'], folder);
    expect(text).toEqual(plain);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain(
      "cases/nested/broken.itcase.yml:13:14: error: grossMargin must be a percent like 25%, got 'high'",
    );
  });

  it('refuses an unknown format with exit code 2 and the formats it knows', () => {
    const r = itcase(['check', '--format', 'xml', 'cases'], folder);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown format 'xml' (choose text, json, github, sarif)");
    expect(r.stdout).toBe('');
  });

  it('prints json as an array of problems with file, severity, code, message and range, and the summary on stderr', () => {
    const r = itcase(['check', '--format=json', 'cases'], folder);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('3 cases checked: 2 errors, 1 warning (2 cases failed)\n');
    const problems = JSON.parse(r.stdout) as CheckProblem[];
    expect(problems).toEqual([
      {
        file: 'cases/nested/broken.itcase.yml',
        severity: 'warning',
        code: 'unknown-key',
        message: 'Unknown key `revnue` at the top level is ignored: did you mean `revenue`?',
        line: 12,
        column: 1,
        endLine: 12,
        endColumn: 7,
      },
      {
        file: 'cases/nested/broken.itcase.yml',
        severity: 'error',
        code: 'not-percent',
        message: "grossMargin must be a percent like 25%, got 'high'",
        line: 13,
        column: 14,
        endLine: 13,
        endColumn: 18,
      },
      {
        file: 'cases/wide.itcase.yaml',
        severity: 'error',
        code: 'unreadable-file',
        message: expect.stringContaining('UTF-16') as unknown as string,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
      },
    ]);
    for (const p of problems) expect(Object.keys(p)).toEqual(Object.keys(problems[0]!));
  });

  it('prints an empty json array for cases without problems', () => {
    const r = itcase(['check', '--format', 'json', 'cases/seed.itcase.yaml'], folder);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('prints GitHub workflow commands, one per problem, then the summary', () => {
    const r = itcase(['check', '--format', 'github', 'cases'], folder);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      '::warning file=cases/nested/broken.itcase.yml,line=12,col=1,endLine=12,endColumn=7,title=itcase unknown-key::Unknown key `revnue` at the top level is ignored: did you mean `revenue`?',
    );
    expect(lines[1]).toBe(
      "::error file=cases/nested/broken.itcase.yml,line=13,col=14,endLine=13,endColumn=18,title=itcase not-percent::grossMargin must be a percent like 25%25, got 'high'",
    );
    expect(lines[2]).toMatch(
      /^::error file=cases\/wide\.itcase\.yaml,line=1,col=1,endLine=1,endColumn=1,title=itcase unreadable-file::this file is UTF-16/,
    );
    expect(lines[3]).toBe('3 cases checked: 2 errors, 1 warning (2 cases failed)');
    expect(lines).toHaveLength(4);
  });

  it('prints a SARIF 2.1.0 log that the SARIF schema accepts, with rules, results and relative locations', () => {
    const r = itcase(['check', '--format', 'sarif', 'cases'], folder);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('3 cases checked: 2 errors, 1 warning (2 cases failed)\n');
    const log = JSON.parse(r.stdout) as ReturnType<typeof sarifLog>;
    expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
    expect(log.version).toBe('2.1.0');
    const [run] = log.runs;
    expect(run!.tool.driver).toMatchObject({ name: 'itcase', version: VERSION });
    expect(run!.tool.driver).not.toHaveProperty('informationUri');
    expect(run!.tool.driver.rules.map((rule) => rule.id)).toEqual([
      'not-percent',
      'unknown-key',
      'unreadable-file',
    ]);
    expect(run!.tool.driver.rules[0]!.shortDescription.text).toBe('A value should be a percent like 25%.');
    expect(run!.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`${pathToFileURL(folder).href}/`);
    expect(run!.results.map((result) => [result.ruleId, result.level])).toEqual([
      ['unknown-key', 'warning'],
      ['not-percent', 'error'],
      ['unreadable-file', 'error'],
    ]);
    const notPercent = run!.results[1]!;
    expect(run!.tool.driver.rules[notPercent.ruleIndex!]!.id).toBe('not-percent');
    expect(notPercent.message.text).toBe("grossMargin must be a percent like 25%, got 'high'");
    expect(notPercent.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'cases/nested/broken.itcase.yml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 13, startColumn: 14, endLine: 13, endColumn: 18 },
    });
  });

  it('prints a valid SARIF log with no results for cases without problems', () => {
    const r = itcase(['check', '--format', 'sarif', 'cases/seed.itcase.yaml'], folder);
    expect(r.code).toBe(0);
    const log = JSON.parse(r.stdout) as ReturnType<typeof sarifLog>;
    expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver.rules).toEqual([]);
  });
});

const problem = (overrides: Partial<CheckProblem> = {}): CheckProblem => ({
  file: 'cases/a.itcase.yaml',
  severity: 'error',
  code: 'required',
  message: 'm',
  line: 2,
  column: 3,
  endLine: 2,
  endColumn: 9,
  ...overrides,
});

describe('GitHub workflow commands', () => {
  it("escapes '%', CR and LF in the message, and ',' and ':' too in properties, as @actions/core does", () => {
    expect(escapeGithubData('50% off\r\nnext: a, b')).toBe('50%25 off%0D%0Anext: a, b');
    expect(escapeGithubProperty('C:\\cases\\a, b%.itcase.yaml')).toBe('C%3A\\cases\\a%2C b%25.itcase.yaml');
  });

  it('cannot be made to start a second command by a message or a file name', () => {
    const line = githubCommand(
      problem({ file: 'x,line=1::y.itcase.yaml', message: 'bad\n::error file=evil::injected' }),
    );
    expect(line.split('\n')).toHaveLength(2);
    expect(line).toBe(
      '::error file=x%2Cline=1%3A%3Ay.itcase.yaml,line=2,col=3,endLine=2,endColumn=9,title=itcase required::bad%0A::error file=evil::injected\n',
    );
  });

  it('writes other control characters from the file as escapes', () => {
    expect(githubCommand(problem({ message: 'a\u001b[31mb\tc' }))).toContain('::a\\u001b[31mb\\tc\n');
  });

  it('maps warnings to ::warning and infos to ::notice', () => {
    expect(githubCommand(problem({ severity: 'warning' }))).toMatch(/^::warning file=/);
    expect(githubCommand(problem({ severity: 'info' }))).toMatch(/^::notice file=/);
  });
});

describe('SARIF logs', () => {
  it('gives files inside the folder relative, percent-encoded URIs and files outside it absolute file URIs', () => {
    expect(sarifArtifactLocation('cases/odd name#1.itcase.yaml', '/repo')).toEqual({
      uri: 'cases/odd%20name%231.itcase.yaml',
      uriBaseId: '%SRCROOT%',
    });
    expect(sarifArtifactLocation('/elsewhere/b.itcase.yaml', '/repo')).toEqual({
      uri: 'file:///elsewhere/b.itcase.yaml',
    });
    expect(sarifArtifactLocation('../repo2/c.itcase.yaml', '/repo')).toEqual({
      uri: 'file:///repo2/c.itcase.yaml',
    });
  });

  it('maps info to note, and keeps every region valid (an end before its start becomes the start)', () => {
    const log = sarifLog(
      [
        problem({ severity: 'info', code: 'irr-multiple-roots' }),
        problem({ file: '/outside.itcase.yaml', line: 0, column: 0, endLine: 0, endColumn: 0 }),
        problem({ line: 5, column: 8, endLine: 5, endColumn: 2 }),
      ],
      '/repo',
    );
    expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
    const results = log.runs[0]!.results;
    expect(results[0]!.level).toBe('note');
    expect(results[1]!.locations[0]!.physicalLocation.region).toEqual({
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 1,
    });
    expect(results[2]!.locations[0]!.physicalLocation.region).toEqual({
      startLine: 5,
      startColumn: 8,
      endLine: 5,
      endColumn: 8,
    });
  });

  it('is rejected by the schema when it breaks SARIF (so the validation really checks)', () => {
    const log = sarifLog([problem()], '/repo') as unknown as { runs: { results: { level: string }[] }[] };
    log.runs[0]!.results[0]!.level = 'fatal';
    expect(validateSarif(log)).toBe(false);
  });
});
