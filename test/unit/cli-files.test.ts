import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeCase, firstInvalidUtf8, readCaseFile, type CaseFileSystem } from '../../src/cli/readCase';
import { MAX_TEXT_LENGTH } from '../../src/core/yaml/read';
import { SEED_CASE } from './fixtures';

/** These tests run the built CLI (dist/cli.js, from `npm run build`) as a separate process. */
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

function itcase(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd, timeout: 20_000 });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

let folder: string;

beforeAll(() => {
  execFileSync(process.execPath, [CLI, '--version']);
  folder = mkdtempSync(join(tmpdir(), 'itcase-cli-files-'));
});

describe('folders: links are followed, what cannot be read is reported', () => {
  beforeAll(() => {
    const root = join(folder, 'linked');
    mkdirSync(join(root, 'cases', 'sub'), { recursive: true });
    mkdirSync(join(root, 'elsewhere'));
    writeFileSync(join(root, 'elsewhere', 'target.itcase.yaml'), SEED_CASE);
    writeFileSync(
      join(root, 'elsewhere', 'broken.itcase.yaml'),
      SEED_CASE.replace('grossMargin: 25%', 'grossMargin: high'),
    );
    writeFileSync(join(root, 'cases', 'plain.itcase.yaml'), SEED_CASE);
    symlinkSync(join(root, 'elsewhere', 'broken.itcase.yaml'), join(root, 'cases', 'link.itcase.yaml'));
    symlinkSync(join(root, 'elsewhere'), join(root, 'cases', 'folder-link'));
    symlinkSync('..', join(root, 'cases', 'sub', 'loop'));
    symlinkSync('gone.itcase.yaml', join(root, 'cases', 'dangling.itcase.yaml'));
    symlinkSync('self.itcase.yaml', join(root, 'cases', 'self.itcase.yaml'));
    symlinkSync('gone.txt', join(root, 'cases', 'dangling-notes.txt'));
  });

  it('checks a symlinked case file and the cases in a symlinked folder, once, without looping', () => {
    const r = itcase(['check', 'linked/cases'], folder);
    expect(r.stdout).toContain(
      "linked/cases/link.itcase.yaml:12:14: error: grossMargin must be a percent like 25%, got 'high'",
    );
    expect(r.stdout).toContain(
      "linked/cases/folder-link/broken.itcase.yaml:12:14: error: grossMargin must be a percent like 25%, got 'high'",
    );
    expect(r.stdout).not.toContain('sub/loop');
    expect(r.stdout).not.toContain('dangling-notes');
    // plain, link, folder-link/broken, folder-link/target, dangling, self
    expect(r.stdout).toContain('6 cases checked: 4 errors, 0 warnings (4 cases failed)');
  });

  it('reports a dangling link as an error line for that file and still checks the others', () => {
    const r = itcase(['check', 'linked/cases'], folder);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "linked/cases/dangling.itcase.yaml:1:1: error: this is a symbolic link to 'gone.itcase.yaml', which does not exist\n",
    );
    expect(r.stdout).toContain(
      'linked/cases/self.itcase.yaml:1:1: error: this symbolic link leads round in a loop\n',
    );
    expect(r.stderr).toBe('');
  });

  it('reports a file it may not read, through the reader (tests run as root, so chmod 000 does not do)', () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const reader: CaseFileSystem = {
      ...fs,
      openSync: () => {
        throw denied;
      },
    };
    const file = join(folder, 'seed-readable.itcase.yaml');
    writeFileSync(file, SEED_CASE);
    expect(readCaseFile(file, reader)).toEqual({
      ok: false,
      message: 'cannot read this file: permission denied',
      line: 1,
      column: 1,
    });
    expect(readCaseFile(file)).toEqual({ ok: true, text: SEED_CASE, bom: false });
  });

  it('exits 2 for a named path that does not exist, for check and report alike', () => {
    expect(itcase(['check', 'linked/cases/dangling.itcase.yaml'], folder).code).toBe(2);
    const r = itcase(['report', 'linked/nope.itcase.yaml'], folder);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such file: linked/nope.itcase.yaml');
  });

  it('exits 2 for a folder with no case file in it, as its help says: a wrong path fails in CI', () => {
    mkdirSync(join(folder, 'empty'));
    writeFileSync(join(folder, 'empty', 'notes.yaml'), 'a: 1\n');
    const r = itcase(['check', 'empty'], folder);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no *.itcase.yaml files found in empty');
    expect(itcase(['check', '--help'], folder).stdout).toContain('a named\nfolder holds no case file');
    // Beside a folder that has cases too: a wrong path must not pass unseen.
    const beside = itcase(['check', 'empty', 'linked/cases'], folder);
    expect(beside.code).toBe(2);
    expect(beside.stderr).toContain('no *.itcase.yaml files found in empty\n');
  });
});

describe('what is not a regular file, or too large, is never read', () => {
  beforeAll(() => {
    mkdirSync(join(folder, 'special'));
    writeFileSync(join(folder, 'special', 'ok.itcase.yaml'), SEED_CASE);
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO without opening it', () => {
    const fifo = join(folder, 'special', 'pipe.itcase.yaml');
    execFileSync('mkfifo', [fifo]);
    const r = itcase(['check', 'special'], folder);
    expect(r.signal).toBeNull(); // not killed by the timeout: it did not block on the FIFO
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'special/pipe.itcase.yaml:1:1: error: this is a named pipe (FIFO), not a regular file; it was not opened\n',
    );
    expect(r.stdout).toContain('2 cases checked: 1 error, 0 warnings (1 case failed)');
    const report = itcase(['report', 'special/pipe.itcase.yaml'], folder);
    expect(report.signal).toBeNull();
    expect(report.code).toBe(1);
    expect(report.stderr).toContain('named pipe (FIFO)');
  });

  it('refuses a 1 GB sparse file by its size, without reading it', () => {
    const huge = join(folder, 'huge.itcase.yaml');
    writeFileSync(huge, '');
    truncateSync(huge, 2 ** 30);
    const r = itcase(['check', 'huge.itcase.yaml'], folder);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'huge.itcase.yaml:1:1: error: this file is 1,073,741,824 bytes; the limit is 2,000,000. Split the case into smaller files.\n',
    );
  });

  it('reads a file of exactly the limit, and refuses one byte more', () => {
    const at = join(folder, 'at-limit.itcase.yaml');
    writeFileSync(at, SEED_CASE + '#'.repeat(MAX_TEXT_LENGTH - SEED_CASE.length));
    expect(readCaseFile(at).ok).toBe(true);
    writeFileSync(at, SEED_CASE + '#'.repeat(MAX_TEXT_LENGTH + 1 - SEED_CASE.length));
    expect(readCaseFile(at)).toMatchObject({
      ok: false,
      message: expect.stringContaining(`${(MAX_TEXT_LENGTH + 1).toLocaleString('en-US')} bytes`),
    });
  });
});

describe('only UTF-8 text is read as a case', () => {
  function checkBytes(name: string, bytes: Buffer) {
    writeFileSync(join(folder, name), bytes);
    return itcase(['check', name], folder);
  }
  const problems = (stdout: string) => stdout.split('\n').filter((l) => /: (error|warning): /.test(l));

  it('gives exactly one error for UTF-16LE with a byte order mark', () => {
    const r = checkBytes(
      'utf16.itcase.yaml',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED_CASE, 'utf16le')]),
    );
    expect(r.code).toBe(1);
    expect(problems(r.stdout)).toEqual([
      'utf16.itcase.yaml:1:1: error: this file is UTF-16 (little-endian); save it as UTF-8',
    ]);
  });

  it('gives exactly one error for UTF-16BE, and for UTF-16 without a byte order mark', () => {
    const be = Buffer.from(SEED_CASE, 'utf16le').swap16();
    const r = checkBytes('utf16be.itcase.yaml', Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    expect(problems(r.stdout)).toEqual([
      'utf16be.itcase.yaml:1:1: error: this file is UTF-16 (big-endian); save it as UTF-8',
    ]);
    const bare = checkBytes('utf16bare.itcase.yaml', Buffer.from(SEED_CASE, 'utf16le'));
    expect(problems(bare.stdout)).toHaveLength(1);
    expect(problems(bare.stdout)[0]).toMatch(
      /^utf16bare\.itcase\.yaml:1:1: error: .*UTF-16.*save it as UTF-8$/,
    );
  });

  it('gives exactly one error for invalid UTF-8, where the first bad byte is', () => {
    const latin1 = Buffer.from(SEED_CASE.replace('name: Example retailer', 'name: Café retailer'), 'latin1');
    const r = checkBytes('latin1.itcase.yaml', latin1);
    expect(r.code).toBe(1);
    expect(problems(r.stdout)).toEqual([
      'latin1.itcase.yaml:4:12: error: this file is not valid UTF-8 (byte 0xE9 here; Latin-1 or Windows-1252?); save it as UTF-8',
    ]);
  });

  it('reads UTF-8 with a byte order mark as if it had none', () => {
    const r = checkBytes(
      'bom.itcase.yaml',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SEED_CASE)]),
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 case checked: 0 errors, 0 warnings');
    expect(decodeCase(Buffer.from('\ufeffa: 1'))).toEqual({ ok: true, text: 'a: 1', bom: true });
  });

  it('finds the first byte that is not UTF-8 by the same rules as TextDecoder', () => {
    const cases: [number[], number][] = [
      [[0x61, 0x62], 2],
      [[0xc3, 0xa9], 2],
      [[0x61, 0xc3], 1],
      [[0xc0, 0x80], 0], // overlong
      [[0xe0, 0x80, 0x80], 0], // overlong
      [[0xed, 0xa0, 0x80], 0], // a surrogate
      [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
      [[0xf0, 0x9f, 0x98, 0x80, 0xff], 4],
    ];
    for (const [bytes, at] of cases) expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(at);
  });
});
