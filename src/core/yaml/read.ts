/**
 * Reading a case's YAML text with `yaml`, the one parser, within limits that hostile input cannot
 * get around: a size cap, a nesting cap checked on the lexer's tokens before anything is composed,
 * and a budget on alias expansion. It never throws; whatever is wrong comes back as diagnostics,
 * as many as can be told apart in one pass.
 */
import { closeFlows, unclosedOffset } from './closeFlows';
import { colonInText, quoteSlips } from './colonInText';
import { dashesInText } from './dashInText';
import { hashesInText } from './hashInText';
import { keyIndent, type KeyIndent } from './keyIndent';
import { Composer, Lexer, Parser, type Document, type Node, type YAMLError } from 'yaml';
import type { Diagnostic, DiagnosticCode, SourceSpan } from '../diagnostic';
import { NestingTracker } from './depth';
import { MAX_ALIAS_COUNT, plainValue } from './plainValue';
import { NodePositions } from './positions';
import { lineStartsOf, normalizeLineEnds, offsetAt, positionAt, spanOfOffsets, type TextSpan } from './spans';
import { splitNumbers } from './splitNumbers';
import { unclosedOpenings, type Unclosed } from './unclosed';

/**
 * Larger files are refused. The Walmart template is 8 KB; at this size `yaml` alone takes seconds
 * on a slow machine, so the cap keeps every file it lets through checkable while the user waits.
 */
export const MAX_TEXT_LENGTH = 2_000_000;
/** Deeper nesting is refused before parsing: no case needs it (the templates nest 5 deep). */
export const MAX_NESTING = 64;

export interface YamlSource {
  /** Where each node is, by path. */
  readonly positions: NodePositions;
  /** The parsed document (the first, and only, of the text). */
  readonly doc: Document.Parsed;
  /** Offsets at which each line starts. */
  readonly lineStarts: readonly number[];
  readonly textLength: number;
}

/**
 * After syntax errors, what the parser made of the rest of the text: enough to find problems in
 * values that stand clear of the errors, never to compute with.
 */
export interface Recovered {
  source: YamlSource;
  value: unknown;
  /**
   * Read with the closer of each unclosed `[` or `{` put in (closeFlows.ts): each such list or map,
   * in `source`'s offsets. Its values are the error's; everything else is as written.
   */
  closed?: readonly TextSpan[];
  /** The text `source`'s offsets are in: the file's, or the file's with closers or quotes put in. */
  text: string;
  /**
   * Read with each text that held a ": " in quotes (colonInText.ts), and nothing else wrong: the
   * file's shape as written, so every problem it has stands, not only those of single values.
   */
  asWritten?: boolean;
}

export type YamlReadResult =
  | { ok: true; source: YamlSource; value: unknown; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[]; recovered?: Recovered };

const PARSE_OPTIONS = {
  logLevel: 'silent',
  prettyErrors: false,
  strict: true,
  merge: false,
  // yaml compares each key with every earlier one (quadratic in a map's size) and compares values,
  // not names; duplicate keys are found by name, in linear time, when the value is built.
  uniqueKeys: false,
} as const;

function at(
  code: DiagnosticCode,
  message: string,
  span: SourceSpan,
  severity: Diagnostic['severity'] = 'error',
): Diagnostic {
  return { severity, code, message, ...span };
}

const START: SourceSpan = { line: 1, column: 1, endLine: 1, endColumn: 2 };

/** Parses YAML text into a document with positions and its plain value; never throws. */
export function readYaml(original: string): YamlReadResult {
  if (original.length > MAX_TEXT_LENGTH) {
    const size = original.length.toLocaleString('en-US');
    const limit = MAX_TEXT_LENGTH.toLocaleString('en-US');
    return {
      ok: false,
      diagnostics: [
        at(
          'too-large',
          `This file has ${size} characters; the limit is ${limit}. Split the case into smaller files.`,
          START,
        ),
      ],
    };
  }
  const encoding = encodingProblem(original);
  if (encoding) return { ok: false, diagnostics: [encoding] };
  const text = normalizeLineEnds(original);
  const first = readText(text);
  if (first.flows.length > 0) return readWithFlowsClosed(text, first) ?? first.result;
  return (first.slips.length > 0 && readWithSlipsQuoted(text, first)) || first.result;
}

interface TextRead {
  result: YamlReadResult;
  /** The unclosed `[` and `{` reported, each with its problem. */
  flows: { opening: Unclosed; diagnostic: Diagnostic }[];
  /** The texts with ": " in them that yaml read as a key and its value, each with its problem. */
  slips: { span: TextSpan; diagnostic: Diagnostic }[];
  /** Where yaml found errors: [start, end) offsets. */
  errorRanges: [number, number][];
}

/**
 * After an unclosed `[` or `{`, the text read again with its closer put in (closeFlows.ts): the
 * problem at the `[`, then whatever the rest of the file has, read as written. Undefined when the
 * closers do not mend it (another unclosed list, or an error at a closer, which the user did not
 * write): then the first reading stands.
 */
function readWithFlowsClosed(text: string, first: TextRead): YamlReadResult | undefined {
  const closed = closeFlows(
    text,
    first.flows.map((f) => f.opening),
  );
  const again = readText(closed.text);
  const atCloser = again.errorRanges.some(([start, end]) =>
    closed.closers.some((c) => start <= c + 1 && c < Math.max(end, start + 1)),
  );
  if (again.flows.length > 0 || atCloser) return undefined;
  const read = again.result;
  const recovered = read.ok ? { source: read.source, value: read.value, text: closed.text } : read.recovered;
  // What the second reading says inside a list it closed is about the missing closer: not the
  // user's. The rest is placed in the text as written (a closer moved what follows it on its line).
  const placed = placedAsWritten(
    read.diagnostics,
    text,
    closed.text,
    (offset) => unclosedOffset(closed.closers, offset),
    (_, start) => closed.spans.some((span) => start >= span.start && start < span.end),
  );
  return {
    ok: false,
    diagnostics: [...first.flows.map((f) => f.diagnostic), ...placed],
    ...(recovered ? { recovered: { ...recovered, closed: closed.spans } } : {}),
  };
}

/**
 * After texts with ": " in them (`title: Acme: cloud move`), the text read again with them in
 * quotes, as the quick fix writes them: yaml's reading of such a slip can take the rest of the file
 * into the text's map, which hid every other problem until the quotes were put in. The problems at
 * the slips, then whatever the rest of the file has, placed in the text as written. Undefined when
 * the quotes do not mend the slips (an error at one of them): then the first reading stands.
 */
function readWithSlipsQuoted(text: string, first: TextRead): YamlReadResult | undefined {
  const quoted = quoteSlips(
    text,
    first.slips.map((s) => s.span),
  );
  const again = readText(quoted.text);
  const quotedStarts = lineStartsOf(quoted.text);
  const slipLines = new Set(first.slips.map((s) => s.diagnostic.line));
  const atSlip = again.errorRanges.some(([start]) => slipLines.has(positionAt(quotedStarts, start).line));
  if (again.flows.length > 0 || again.slips.length > 0 || atSlip) return undefined;
  const read = again.result;
  const recovered: Recovered | undefined = read.ok
    ? { source: read.source, value: read.value, text: quoted.text, asWritten: true }
    : read.recovered;
  // What the second reading says on a slip's line is about the quotes: the slip's problem stands there.
  const placed = placedAsWritten(read.diagnostics, text, quoted.text, quoted.written, (d) =>
    slipLines.has(d.line),
  );
  return {
    ok: false,
    diagnostics: [...first.slips.map((s) => s.diagnostic), ...placed],
    ...(recovered ? { recovered } : {}),
  };
}

/**
 * The problems of a second reading (of `mended`, the text with closers or quotes put in), placed in
 * the text as written: `written` takes an offset in `mended` to one in `text`; `skip` leaves out
 * those about what was put in (given the problem and its start in `mended`).
 */
function placedAsWritten(
  diagnostics: readonly Diagnostic[],
  text: string,
  mended: string,
  written: (offset: number) => number,
  skip: (diagnostic: Diagnostic, start: number) => boolean,
): Diagnostic[] {
  const mendedStarts = lineStartsOf(mended);
  const originalStarts = lineStartsOf(text);
  const offsetOf = (line: number, column: number) => offsetAt(mendedStarts, line, column) ?? 0;
  const placed: Diagnostic[] = [];
  for (const d of diagnostics) {
    const start = offsetOf(d.line, d.column);
    if (skip(d, start)) continue;
    const span = spanOfOffsets(
      originalStarts,
      text.length,
      written(start),
      written(offsetOf(d.endLine, d.endColumn)),
    );
    placed.push({ ...d, ...span });
  }
  return placed;
}

/** One reading of normalized text: `readYaml` without its limits on size and encoding. */
function readText(text: string): TextRead {
  const done = (result: YamlReadResult): TextRead => ({ result, flows: [], slips: [], errorRanges: [] });
  const lineStarts = lineStartsOf(text);
  const span = (range: TextSpan): SourceSpan =>
    spanOfOffsets(lineStarts, text.length, range.start, range.end);

  let doc: Document.Parsed | undefined;
  const diagnostics: Diagnostic[] = [];
  const nesting = new NestingTracker();
  try {
    const list = composeDocuments(text, nesting);
    if (nesting.depth > MAX_NESTING) {
      const start = nesting.offsetOfDepth;
      return done({
        ok: false,
        diagnostics: [
          at(
            'too-deep',
            `Nesting is more than ${MAX_NESTING} levels deep here; a case needs far fewer.`,
            span({ start, end: start + 1 }),
          ),
        ],
      });
    }
    doc = list[0];
    for (const extra of list.slice(1)) {
      const start = extra.range[0];
      diagnostics.push(
        at(
          'multiple-documents',
          'A case is one YAML document: this second document (after `---`) is not read. Move it to a file of its own, or remove the `---`.',
          span({ start, end: Math.max(extra.range[1], start + 1) }),
        ),
      );
    }
  } catch (error) {
    return done({
      ok: false,
      diagnostics: [at('yaml-syntax', `This file could not be read as YAML: ${String(error)}`, START)],
    });
  }
  if (!doc)
    return done({
      ok: false,
      diagnostics: [at('yaml-syntax', 'This file could not be read as YAML.', START)],
    });
  const errorRanges = doc.errors.map((e): [number, number] => [e.pos[0], e.pos[1]]);
  const flows: TextRead['flows'] = [];
  const slips: TextRead['slips'] = [];

  const read = (result: YamlReadResult): TextRead => ({ result, flows, slips, errorRanges });
  let fatal = false;
  let syntaxOnly = true;
  const openings = unclosedOpenings(doc, doc.errors, text);
  /** An unclosed `{` around an unclosed `[`: the `[` took its closer, so the `[` is the one mistake. */
  const starts = openings
    .filter((o): o is Unclosed => o !== undefined)
    .map((o) => o.span.start)
    .sort((a, b) => a - b);
  const around = (outer: Unclosed) => {
    // The first opening after this one (a binary search: a file may have thousands of them).
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! <= outer.span.start) low = mid + 1;
      else high = mid;
    }
    return low < starts.length && starts[low]! < outer.end;
  };
  // One mistake, one problem: after a token the document cannot take (a stray `]`), yaml reports
  // every later token as unexpected too; and one place may be reported twice in the same words.
  let strayToken = false;
  const said = new Set<string>();
  // A slip of indentation (a key out of line with the key above it, a tab; keyIndent.ts): yaml's
  // errors about it (two at the value above it, or one at the line's first space and more after it)
  // become one, at the key or the tab.
  const keyIndents = new Map<YAMLError, KeyIndent>();
  const followOns: TextSpan[] = [];
  const inFollowOns = (error: YAMLError) =>
    followOns.some((span) => error.pos[0] >= span.start && error.pos[0] < span.end);
  for (const error of doc.errors) {
    if (inFollowOns(error)) continue;
    const found = keyIndent(text, error);
    if (!found) continue;
    keyIndents.set(error, found);
    followOns.push(found.followOns);
  }
  for (const [index, error] of doc.errors.entries()) {
    const where = span({ start: error.pos[0], end: Math.max(error.pos[1], error.pos[0] + 1) });
    const stray = /^Unexpected .* token in YAML stream/.test(error.message);
    const key = `${error.pos[0]} ${error.message}`;
    if ((stray && strayToken) || said.has(key)) {
      fatal = true;
      continue;
    }
    strayToken ||= stray;
    said.add(key);
    if (error.code === 'RESOURCE_EXHAUSTION') {
      fatal = true;
      syntaxOnly = false;
      diagnostics.push(at('too-deep', `This file nests too deeply to be read.`, where));
    } else {
      fatal = true;
      const indent = keyIndents.get(error);
      if (indent) {
        diagnostics.push(at('yaml-syntax', indent.message, span(indent.span)));
        continue;
      }
      if (inFollowOns(error)) continue;
      const opening = openings[index];
      if (opening && around(opening)) continue;
      if (opening?.closer) {
        const diagnostic = at('yaml-syntax', opening.message, span(opening.span));
        flows.push({ opening, diagnostic });
        diagnostics.push(diagnostic);
        continue;
      }
      const colon = error.code === 'BLOCK_AS_IMPLICIT_KEY' ? colonInText(text, error.pos[0]) : null;
      if (colon && !opening) {
        const diagnostic = at('yaml-syntax', colon.message, span(colon.span));
        slips.push({ span: colon.span, diagnostic });
        diagnostics.push(diagnostic);
        continue;
      }
      diagnostics.push(
        opening
          ? at('yaml-syntax', opening.message, span(opening.span))
          : at(
              'yaml-syntax',
              stray
                ? `${yamlMessage(error.message)}: the file cannot go on from here, so what follows is not read until this is fixed.`
                : yamlMessage(error.message),
              where,
            ),
      );
    }
  }
  for (const warning of doc.warnings) {
    const where = span({ start: warning.pos[0], end: Math.max(warning.pos[1], warning.pos[0] + 1) });
    diagnostics.push(at('yaml-syntax', yamlMessage(warning.message), where, 'warning'));
  }
  // Aliases may add at most as many nodes as the text could hold by itself.
  const converted = plainValue(doc, Math.max(100_000, text.length));
  // A text YAML read otherwise than it was written (a ` #` taken for a comment, a `-` line taken into
  // the text above), said as a warning.
  const textSlips = (parsed: Document.Parsed) =>
    [...hashesInText(parsed, text), ...dashesInText(parsed, text)].map((slip) =>
      at('yaml-syntax', slip.message, span(slip.span), 'warning'),
    );
  if (fatal) {
    if (!syntaxOnly || !converted.ok) return read({ ok: false, diagnostics });
    // All problems in one pass: the slips on lines clear of the syntax errors are said now, not once
    // those are fixed.
    const errors = diagnostics.filter((d) => d.severity === 'error');
    for (const slip of textSlips(doc))
      if (!errors.some((e) => slip.line <= e.endLine && e.line <= slip.endLine)) diagnostics.push(slip);
    const recovered = { positions: new NodePositions(doc), doc, lineStarts, textLength: text.length };
    return read({ ok: false, diagnostics, recovered: { source: recovered, value: converted.value, text } });
  }
  if (!converted.ok) {
    const message =
      converted.problem === 'alias-limit'
        ? `Aliases (*name) expand to more than ${MAX_ALIAS_COUNT} copies here: write the values out instead.`
        : 'This alias (*name) names no anchor (&name) written before it.';
    return read({ ok: false, diagnostics: [...diagnostics, at('alias-limit', message, span(converted.at))] });
  }
  for (const key of converted.duplicateKeys) {
    diagnostics.push(at('duplicate-key', duplicateKeyMessage(text, key), span(key)));
  }
  for (const key of converted.complexKeys) {
    diagnostics.push(
      at(
        'wrong-type',
        'A key must be a name (text or a number), not a list or a map: this entry is not read.',
        span(key),
      ),
    );
  }
  for (const slip of textSlips(doc)) diagnostics.push(slip);
  for (const split of splitNumbers(doc, text)) {
    const joined = split.written.replace(/,/g, '');
    diagnostics.push(
      at(
        'split-number',
        `\`${split.written}\` is read as ${split.parts.length} values (${split.parts.join(', ')}): inside [ ] or { } a comma separates values. Write ${joined}, or "${split.written}" in quotes.`,
        span(split.span),
      ),
    );
  }
  const source: YamlSource = { positions: new NodePositions(doc), doc, lineStarts, textLength: text.length };
  return read({ ok: true, source, value: converted.value, diagnostics });
}

/**
 * `yaml`'s parseAllDocuments, with every token shown to the nesting tracker before the parser gets
 * it: the text is lexed once, and reading stops at the first token nested deeper than the limit.
 * The last document is forced, so an empty text still gives one (empty) document.
 */
function composeDocuments(text: string, nesting: NestingTracker): Document.Parsed[] {
  const parser = new Parser();
  function* tokens() {
    for (const lexeme of new Lexer().lex(text)) {
      nesting.see(lexeme);
      if (nesting.depth > MAX_NESTING) return;
      yield* parser.next(lexeme);
    }
    yield* parser.end();
  }
  const composer = new Composer(PARSE_OPTIONS);
  return Array.from<Document.Parsed>(
    composer.compose(tokens(), true, text.length) as Iterable<Document.Parsed>,
  );
}

/**
 * The editor and the CLI hand over decoded text: a UTF-16 file read as UTF-8 shows NUL
 * characters, and bytes that are not UTF-8 show as U+FFFD. Either means the numbers below cannot
 * be trusted, so the file gets one clear error instead of many YAML ones.
 */
function encodingProblem(text: string): Diagnostic | undefined {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return at(
      'encoding',
      'This file is not UTF-8 text (it holds NUL characters, as UTF-16 files do): save it as UTF-8.',
      START,
    );
  }
  if (text.includes('\uFFFD')) {
    return at(
      'encoding',
      'This file holds bytes that are not valid UTF-8 (shown as \uFFFD): save it as UTF-8.',
      START,
    );
  }
  return undefined;
}

function duplicateKeyMessage(text: string, key: TextSpan): string {
  const written = text.slice(key.start, key.end);
  const shown =
    written.length > 0 && written.length <= 60 && !written.includes('\n') ? ` \`${written}\`` : '';
  // A quoted key is the same key as its text written plain: say so where that may be the surprise.
  const quoted = shown !== '' && /^(["']).+\1$/s.test(written) ? written.slice(1, -1) : null;
  const same =
    quoted !== null && !/[\\'"]/.test(quoted) ? ` (\`${written}\` and \`${quoted}\` are one key)` : '';
  return `Duplicate key${shown}: this map already has it${same}. Only the first is read.`;
}

/** yaml's messages carry their own position and a code excerpt; the editor shows both already. */
function yamlMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return `YAML: ${first.replace(/ at line \d+, column \d+:?$/, '')}`;
}

/** The 1-based span of a node of the source (its value, without a trailing comment). */
export function nodeSpan(
  source: YamlSource,
  node: TextSpan | Node | undefined | null,
): SourceSpan | undefined {
  if (!node) return undefined;
  let start: number;
  let end: number;
  if (typeof (node as TextSpan).start === 'number') ({ start, end } = node as TextSpan);
  else {
    const range = (node as Node).range;
    if (!range) return undefined;
    [start, end] = range;
  }
  return spanOfOffsets(source.lineStarts, source.textLength, start, Math.max(end, start + 1));
}

/** The 1-based span of the characters [start, end) of the source. */
export function offsetSpan(source: YamlSource, start: number, end: number): SourceSpan {
  return spanOfOffsets(source.lineStarts, source.textLength, start, end);
}
