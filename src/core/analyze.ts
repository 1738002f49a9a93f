/**
 * text → { model, report, diagnostics }: the one entry point every surface uses (editor, preview,
 * CLI). It never throws: whatever the text, the result says what is wrong and where.
 */
import type { Diagnostic } from './diagnostic';
import { computeReport } from './engine';
import type { ResolvedCase } from './model';
import type { Path } from './path';
import type { PathIssue } from './pathIssue';
import type { CaseReport } from './report';
import { resolveCase, type ResolveResult } from './resolve';
import { validateCase } from './validate';
import type { UncertainModel } from './uncertainty/inputs';
import { nodeSpan, offsetSpan, readYaml, type Recovered, type YamlSource } from './yaml/read';
import { offsetAt, positionAt } from './yaml/spans';

export interface Analysis {
  /** The report, when the case has no errors (warnings allowed). */
  report: CaseReport | null;
  model: ResolvedCase | null;
  diagnostics: Diagnostic[];
  /** The parsed YAML with positions, when the text is YAML at all (for hover, completion, links). */
  source: YamlSource | null;
  /** Where the file's ranges land in the model (format 1.1), for `uncertaintySections`. */
  uncertain: UncertainModel | null;
}

export function analyzeCase(text: string): Analysis {
  try {
    return analyze(text);
  } catch (error) {
    // A bug must not take the editor down: report it at the top of the file instead.
    return {
      report: null,
      model: null,
      source: null,
      uncertain: null,
      diagnostics: [
        {
          severity: 'error',
          code: 'invalid-value',
          message: `itcase could not check this file (${error instanceof Error ? error.message : String(error)}). Please report this.`,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 2,
        },
      ],
    };
  }
}

/**
 * Problems a value has by itself (a word where a percent goes, a negative revenue): found in what
 * the parser recovered after a syntax error, they stand whatever the error turns out to be. Problems
 * of the file's shape (a missing field, an unknown key, a list of the wrong length) are not: the
 * error may have moved, cut or joined the lines they are about.
 */
const VALUE_PROBLEMS = new Set<Diagnostic['code']>([
  'not-money',
  'not-percent',
  'not-number',
  'invalid-value',
  'invalid-range',
  'range-tail',
  'unknown-metric',
  'negative-amount',
  'suspicious-percent',
  'unscaled-money',
  'overflow',
]);

function analyze(text: string): Analysis {
  const read = readYaml(text);
  if (!read.ok) {
    const diagnostics = [...read.diagnostics];
    if (read.recovered)
      for (const d of clearOfSyntaxErrors(read.recovered, read.diagnostics)) diagnostics.push(d);
    return {
      report: null,
      model: null,
      diagnostics: sortDiagnostics(diagnostics),
      source: null,
      uncertain: null,
    };
  }
  const { source } = read;
  const diagnostics = [...read.diagnostics];
  if (
    read.value === null ||
    read.value === undefined ||
    typeof read.value !== 'object' ||
    Array.isArray(read.value)
  ) {
    diagnostics.push({
      ...(nodeSpan(source, source.positions.root()?.value) ?? offsetSpan(source, 0, 1)),
      severity: 'error',
      code: read.value === null || read.value === undefined ? 'empty-document' : 'wrong-type',
      message:
        read.value === null || read.value === undefined
          ? 'This case is empty: start with `itcase: 1`, a `title`, `company`, `currency`, `periods`, `revenue` and `grossMargin`.'
          : 'A case is a map of fields (itcase: 1, title: …), not a list or a single value.',
    });
    return { report: null, model: null, diagnostics, source, uncertain: null };
  }
  // Every stage runs on what the one before kept, so all problems are found in one pass.
  // (Loops, not push(...spread): a file may have more problems than a call has argument slots.)
  const { resolved, issues } = checkFields(text, source, read.value);
  for (const issue of issues) diagnostics.push(place(source, issue));
  const hasErrors = diagnostics.some((d) => d.severity === 'error');
  if (hasErrors)
    return {
      report: null,
      model: resolved.model,
      diagnostics: sortDiagnostics(diagnostics),
      source,
      uncertain: resolved.uncertain,
    };
  const computed = computeReport(resolved.model);
  for (const issue of computed.issues) diagnostics.push(place(source, issue));
  const sorted = sortDiagnostics(diagnostics);
  const withErrors = sorted.some((d) => d.severity === 'error');
  return {
    report: withErrors ? null : { ...computed.report, diagnostics: sorted },
    model: resolved.model,
    diagnostics: sorted,
    source,
    uncertain: resolved.uncertain,
  };
}

/**
 * The validator's warnings without those the resolver made errors: a warning is judged on the value
 * alone (25 in a percent field is probably 25%), the resolver knows the field (a gross margin of
 * 2500% cannot be). One value, one problem.
 */
function withoutReplaced(issues: readonly PathIssue[], by: readonly PathIssue[]): readonly PathIssue[] {
  const key = (issue: PathIssue) => `${issue.code} ${issue.path.join('\u0000')}`;
  const errors = new Set(by.filter((issue) => issue.severity === 'error').map(key));
  if (errors.size === 0) return issues;
  return issues.filter((issue) => issue.severity !== 'warning' || !errors.has(key(issue)));
}

/** The digits of a plain number as written at a path (`2012.10`), for labels shown as given. */
function writtenNumber(text: string, source: YamlSource, path: Path): string | undefined {
  const node = source.positions.locate(path).node;
  if (!node) return undefined;
  const written = text.slice(node.start, node.end).trim();
  return /^[-+]?[\d.][\d._]*(?:e[-+]?\d+)?$/i.test(written) ? written : undefined;
}

/**
 * Places a path issue in the text: at its value (or its key, or the first line of its value), or at
 * the deepest part of the path that exists.
 */
export function place(source: YamlSource, issue: PathIssue): Diagnostic {
  const found = source.positions.locate(issue.path);
  const complete = found.depth === issue.path.length;
  let span;
  if (complete && issue.at === 'start') span = firstLineOf(source, found.node ?? found.key);
  else if (complete)
    span = nodeSpan(source, issue.at === 'key' ? (found.key ?? found.node) : (found.node ?? found.key));
  else span = firstLineOf(source, found.deepest) ?? nodeSpan(source, source.positions.firstKey());
  span ??= offsetSpan(source, 0, 1);
  return { severity: issue.severity, code: issue.code, message: issue.message, ...span };
}

/** The span of a node up to the end of its first line: a map missing a field is flagged where it starts. */
function firstLineOf(source: YamlSource, node: { start: number; end: number } | undefined) {
  const span = nodeSpan(source, node);
  if (!span || span.endLine === span.line) return span;
  const nextLine = source.lineStarts[span.line];
  const lineEnd = nextLine === undefined ? source.textLength : nextLine - 1;
  return {
    line: span.line,
    column: span.column,
    endLine: span.line,
    endColumn: Math.max(span.column + 1, lineEnd - source.lineStarts[span.line - 1]! + 1),
  };
}

/** The fields checked and resolved: the model, and the problems of both stages, one per value. */
function checkFields(
  text: string,
  source: YamlSource,
  value: unknown,
): { resolved: ResolveResult; issues: PathIssue[] } {
  const validation = validateCase(value);
  const resolved = resolveCase(
    validation.value ?? {},
    (path) => writtenNumber(text, source, path),
    (path) => source.positions.locate(path).depth === path.length,
  );
  const issues: PathIssue[] = [];
  for (const issue of withoutReplaced(validation.issues, resolved.issues)) issues.push(issue);
  for (const issue of resolved.issues) issues.push(issue);
  return { resolved, issues };
}

/**
 * The value problems of a file with syntax errors, each on a line no error touches: all problems
 * in one pass, as far as they can be trusted. Where the errors were only texts with ": " in them,
 * read again with those in quotes (`asWritten`), the file's shape is as written: all its problems.
 */
function clearOfSyntaxErrors(recovered: Recovered, errors: readonly Diagnostic[]): Diagnostic[] {
  const { source, value, text, asWritten = false } = recovered;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const closed = recovered.closed ?? [];
  const syntax = errors.filter((e) => e.severity === 'error');
  const at = syntax
    .map((e) => offsetAt(source.lineStarts, e.line, e.column) ?? 0)
    .filter((offset) => !closed.some((span) => span.start === offset));
  // The line of a closer put in: what follows it there is placed one column off.
  const closerLines = closed.map((span) => positionAt(source.lineStarts, span.end - 1).line);
  const onErrorLine = (d: Diagnostic) =>
    syntax.some((e) => d.line <= e.endLine && e.line <= d.endLine) ||
    closerLines.some((line) => d.line <= line && line <= d.endLine);
  // A value inside a list or map an error is in (an unclosed `[` may have taken the lines after it);
  // of an unclosed `[` read with its `]` put in, only what is inside it.
  const inBrokenPart = (path: Path) =>
    path.some((_, i) => {
      const { node } = source.positions.locate(path.slice(0, i + 1));
      return (
        node !== undefined &&
        (at.some((offset) => offset >= node.start && offset < node.end) ||
          closed.some((span) => node.start >= span.start && node.start < span.end))
      );
    });
  const found: Diagnostic[] = [];
  for (const issue of checkFields(text, source, value).issues) {
    if (!asWritten && (!VALUE_PROBLEMS.has(issue.code) || inBrokenPart(issue.path))) continue;
    const placed = place(source, issue);
    if (!onErrorLine(placed)) found.push(placed);
  }
  return found;
}

/** In the order of the text, without the follow-on problems of a split number. */
function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return withoutSplitFollowOns(diagnostics).sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Without the problems a split number causes: inside its own span (`{ 2024: 5,200 }`: the key 200
 * with no value is no period and no amount), and the length of the list that holds it
 * (`[1,500, 200]` has one value too many): one mistake, one problem. The reader names the split
 * (src/core/yaml/splitNumbers.ts); the checks after it see the two values YAML reads.
 */
function withoutSplitFollowOns(diagnostics: Diagnostic[]): Diagnostic[] {
  const splits = diagnostics.filter((d) => d.code === 'split-number');
  const within = (d: Diagnostic, s: Diagnostic) =>
    (d.line > s.line || (d.line === s.line && d.column >= s.column)) &&
    (d.endLine < s.endLine || (d.endLine === s.endLine && d.endColumn <= s.endColumn));
  if (splits.length === 0) return diagnostics;
  return diagnostics.filter(
    (d) =>
      d.code === 'split-number' ||
      !splits.some((s) => within(d, s) || (d.code === 'series-length' && within(s, d))),
  );
}
