/**
 * Reading a case file without trusting it: what is not a regular file is never opened (a FIFO would
 * block forever), what is larger than the engine accepts is never read, and text that is not UTF-8
 * is one clear error instead of a pile of YAML errors.
 */
import * as nodeFs from 'node:fs';
import { TextDecoder } from 'node:util';
import { MAX_TEXT_LENGTH } from '../core/yaml/read';

/** The file-system calls the reader makes; tests pass their own. */
export type CaseFileSystem = Pick<
  typeof nodeFs,
  'statSync' | 'lstatSync' | 'readlinkSync' | 'openSync' | 'fstatSync' | 'readSync' | 'closeSync'
>;

/**
 * The text of the file, or why there is none, at the 1-based place the problem is; `missing` when
 * there is nothing at the path at all (not even a dangling link).
 */
export type CaseRead =
  /** `bom`: the bytes began with a UTF-8 byte order mark, which `text` leaves out. */
  | { ok: true; text: string; bom: boolean }
  | { ok: false; message: string; line: number; column: number; missing?: boolean };

const CHUNK = 64 * 1024;
const NO_SUCH_FILE = 'no such file';

/** Reads `path` as the text of a case; never throws for a problem with the file. */
export function readCaseFile(path: string, fs: CaseFileSystem = nodeFs): CaseRead {
  const fail = (message: string, line = 1, column = 1): CaseRead => ({ ok: false, message, line, column });
  let stat: nodeFs.Stats;
  try {
    stat = fs.statSync(path);
  } catch (error) {
    const message = whyNot(path, error, fs);
    return { ok: false, message, line: 1, column: 1, missing: message === NO_SUCH_FILE };
  }
  const kind = notRegular(stat);
  if (kind) return fail(`this is ${kind}, not a regular file; it was not opened`);
  if (stat.size > MAX_TEXT_LENGTH) return fail(tooLarge(stat.size));

  let bytes: Buffer;
  try {
    const fd = fs.openSync(path, nodeFs.constants.O_RDONLY | (nodeFs.constants.O_NONBLOCK ?? 0));
    try {
      // The file may have been replaced since the stat: judge what was actually opened.
      const opened = fs.fstatSync(fd);
      const openedKind = notRegular(opened);
      if (openedKind) return fail(`this is ${openedKind}, not a regular file; it was not read`);
      if (opened.size > MAX_TEXT_LENGTH) return fail(tooLarge(opened.size));
      const chunks: Buffer[] = [];
      let total = 0;
      // Read to the end, but never more than one byte past the limit (the size may be wrong or grow).
      while (total <= MAX_TEXT_LENGTH) {
        const chunk = Buffer.alloc(Math.min(CHUNK, MAX_TEXT_LENGTH + 1 - total));
        const read = fs.readSync(fd, chunk, 0, chunk.length, null);
        if (read === 0) break;
        chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
        total += read;
      }
      if (total > MAX_TEXT_LENGTH) return fail(tooLarge(null));
      bytes = Buffer.concat(chunks, total);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    return fail(whyNot(path, error, fs));
  }
  return decodeCase(bytes);
}

/** UTF-8 bytes as text, without a byte order mark; anything else is one error. */
export function decodeCase(bytes: Uint8Array): CaseRead {
  const fail = (message: string, line = 1, column = 1): CaseRead => ({ ok: false, message, line, column });
  const saveAs = 'save it as UTF-8';
  const starts = (...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
  if (starts(0xff, 0xfe, 0, 0) || starts(0, 0, 0xfe, 0xff)) return fail(`this file is UTF-32; ${saveAs}`);
  if (starts(0xff, 0xfe)) return fail(`this file is UTF-16 (little-endian); ${saveAs}`);
  if (starts(0xfe, 0xff)) return fail(`this file is UTF-16 (big-endian); ${saveAs}`);
  // UTF-16 without a byte order mark: ASCII text has a NUL in every other byte.
  const sample = bytes.subarray(0, 4096);
  let nuls = 0;
  for (const b of sample) if (b === 0) nuls++;
  if (sample.length >= 2 && nuls * 4 >= sample.length)
    return fail(`this file is mostly NUL bytes: UTF-16 or binary, not UTF-8 text; ${saveAs}`);
  try {
    // The decoder drops a leading UTF-8 byte order mark.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text, bom: starts(0xef, 0xbb, 0xbf) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const bom = starts(0xef, 0xbb, 0xbf) ? 3 : 0;
    let lineStart = bom;
    let line = 1;
    for (let i = bom; i < at; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, at)).length + 1;
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return fail(
      `this file is not valid UTF-8 (byte 0x${byte} here; Latin-1 or Windows-1252?); ${saveAs}`,
      line,
      column,
    );
  }
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence (WHATWG rules). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

function notRegular(stat: nodeFs.Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'a special file';
}

/** The message for a file over the limit; `bytes` null when only "more than the limit" is known. */
function tooLarge(bytes: number | null): string {
  const limit = MAX_TEXT_LENGTH.toLocaleString('en-US');
  const size = bytes === null ? `more than ${limit} bytes` : `${bytes.toLocaleString('en-US')} bytes`;
  return `this file is ${size}; the limit is ${limit}. Split the case into smaller files.`;
}

function whyNot(path: string, error: unknown, fs: CaseFileSystem): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    try {
      if (fs.lstatSync(path).isSymbolicLink())
        return `this is a symbolic link to '${fs.readlinkSync(path)}', which does not exist`;
    } catch {
      // Not there at all: say so below.
    }
    return NO_SUCH_FILE;
  }
  if (code === 'ELOOP') return 'this symbolic link leads round in a loop';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read this file: permission denied';
  if (code === 'EISDIR') return 'this is a folder, not a regular file';
  return `cannot read this file (${code ?? String(error)})`;
}
