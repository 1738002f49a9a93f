import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonText, terminalSafe } from '../../src/cli/terminalText';
import { SEED_CASE } from './fixtures';

/** These tests run the built CLI (dist/cli.js, from `npm run build`) as a separate process. */
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

function itcase(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd, timeout: 20_000 });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** Nothing a terminal would act on: no C0/C1 control other than the line breaks the CLI writes. */
function expectTerminalSafe(text: string) {
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
}

let folder: string;

beforeAll(() => {
  execFileSync(process.execPath, [CLI, '--version']);
  folder = mkdtempSync(join(tmpdir(), 'itcase-cli-output-'));
});

describe('control characters from the file are printed escaped', () => {
  const hostile = SEED_CASE.replace(
    'title: Why a 10% sales drop halves the margin',
    'title: "Red \\e[31m title\\nsecond line\\a \\r\\L end"',
  )
    .replace('name: Example retailer', 'name: "Co\\x9b2J\\tname"')
    .replace('grossMargin: 25%', 'grossMargin: "high\\e[31m\\nnext"')
    .replace('- name: Sales fall 10%', '- name: "Fall\\e]0;title\\a"');

  beforeAll(() => {
    mkdirSync(join(folder, 'hostile'));
    writeFileSync(join(folder, 'hostile', 'bad.itcase.yaml'), hostile);
    writeFileSync(
      join(folder, 'hostile', 'report.itcase.yaml'),
      hostile.replace('grossMargin: "high\\e[31m\\nnext"', 'grossMargin: 25%'),
    );
    writeFileSync(join(folder, 'hostile', 'new\nline\u001b[31m.itcase.yaml'), SEED_CASE.replace('25%', 'x'));
  });

  it('keeps one diagnostic on one line, with the path and the quoted value escaped', () => {
    const r = itcase(['check', 'hostile'], folder);
    expect(r.code).toBe(1);
    expectTerminalSafe(r.stdout);
    expect(r.stdout).toContain(
      "hostile/bad.itcase.yaml:12:14: error: grossMargin must be a percent like 25%, got 'high\\u001b[31m\\nnext'\n",
    );
    expect(r.stdout).toContain('hostile/new\\nline\\u001b[31m.itcase.yaml:12:14: error:');
    // One line per problem, then the summary.
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(3);
  });

  it('escapes the title, names and labels in the report tables', () => {
    const r = itcase(['report', 'hostile/report.itcase.yaml'], folder);
    expect(r.code).toBe(0);
    expectTerminalSafe(r.stdout);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Red \\u001b[31m title\\nsecond line\\u0007 \\r\\u2028 end');
    expect(lines[1]).toContain('Co\\u009b2J\\tname');
    expect(r.stdout).toContain('Scenario: Fall\\u001b]0;title\\u0007\n');
  });

  it('prints JSON with every control character escaped, as the same JSON value', () => {
    const r = itcase(['report', '--json', 'hostile/report.itcase.yaml'], folder);
    expect(r.code).toBe(0);
    expectTerminalSafe(r.stdout);
    expect(r.stdout).toContain('"Co\\u009b2J\\tname"');
    expect(JSON.parse(r.stdout).title).toBe('Red \u001b[31m title\nsecond line\u0007 \r\u2028 end');
  });

  it('escapes what comes from the command line in usage errors', () => {
    const r = itcase(['check', 'no\u001b[2Jfile\n.itcase.yaml'], folder);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such file or folder: no\\u001b[2Jfile\\n.itcase.yaml\n');
    expectTerminalSafe(r.stderr);
  });

  it('escapes in JSON what JSON.stringify leaves, keeping the same value', () => {
    const value = { title: 'a\u001b[31m\n\u007f\u009b\u2028\u202e — café', n: -1.5 };
    const text = jsonText(value);
    expectTerminalSafe(text);
    expect(text).toContain('\\u009b\\u2028\\u202e — café');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('has one escaping convention', () => {
    expect(terminalSafe('a\nb\rc\td')).toBe('a\\nb\\rc\\td');
    expect(terminalSafe('\u001b[31m\u0007\u0000\u007f\u0085\u009b')).toBe(
      '\\u001b[31m\\u0007\\u0000\\u007f\\u0085\\u009b',
    );
    expect(terminalSafe('\u2028\u2029\u202e\u2066')).toBe('\\u2028\\u2029\\u202e\\u2066');
    expect(terminalSafe('C:\\cases\\Walmart — 10.16B, café, 한국')).toBe(
      'C:\\cases\\Walmart — 10.16B, café, 한국',
    );
  });
});

describe('a reader that closes the pipe early (itcase check … | head -1)', () => {
  beforeAll(() => {
    const lines = Array.from({ length: 3000 }, (_, i) => `  line-${i}: x`).join('\n');
    mkdirSync(join(folder, 'noisy'));
    writeFileSync(join(folder, 'noisy', 'many.itcase.yaml'), `${SEED_CASE}fixedCosts2:\n${lines}\n`);
    writeFileSync(
      join(folder, 'noisy', 'costs.itcase.yaml'),
      SEED_CASE.replace('  stores-and-logistics: 20', lines),
    );
  });

  /** Runs the CLI with stdout piped to a stream that is destroyed after `keep` chunks (0: at once). */
  function runClosingEarly(args: string[], keep: number) {
    return new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [CLI, ...args], {
        cwd: folder,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let chunks = 0;
      let stderr = '';
      if (keep === 0) child.stdout.destroy();
      else
        child.stdout.on('data', () => {
          if (++chunks >= keep) child.stdout.destroy();
        });
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code, signal) => resolve({ code, signal, stderr }));
    });
  }

  it('ends quietly when the pipe is closed before anything is written', async () => {
    const r = await runClosingEarly(['check', 'noisy'], 0);
    expect(r.stderr).toBe('');
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1); // the command's own answer: the cases have errors
  });

  it('ends quietly when the pipe is closed after the first lines', async () => {
    const r = await runClosingEarly(['check', 'noisy'], 1);
    expect(r.stderr).toBe('');
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
  });

  it('ends quietly in report and schema too', async () => {
    writeFileSync(join(folder, 'seed.itcase.yaml'), SEED_CASE);
    for (const args of [
      ['report', 'seed.itcase.yaml'],
      ['report', '--json', 'seed.itcase.yaml'],
      ['schema'],
    ]) {
      const r = await runClosingEarly(args, 0);
      expect(r.stderr).toBe('');
      expect(r.signal).toBeNull();
      expect(r.code).toBe(0);
    }
  });
});
