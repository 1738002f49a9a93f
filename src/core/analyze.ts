/**
 * text → { model, report, diagnostics }: the one entry point every surface uses (editor, preview,
 * CLI). It never throws: whatever the text, the result says what is wrong and where.
 */
import type { Diagnostic } from './diagnostic';
import { computeReport } from './engine';
import type { ResolvedCase } from './model';
import type { PathIssue } from './pathIssue';
import type { CaseReport } from './report';
import { resolveCase } from './resolve';
import { validateCase } from './validate';
import { locate, nodeSpan, offsetSpan, readYaml, type ReadOptions, type YamlSource } from './yamlDocument';

export interface Analysis {
  /** The report, when the case has no errors (warnings allowed). */
  report: CaseReport | null;
  model: ResolvedCase | null;
  diagnostics: Diagnostic[];
  /** The parsed YAML with positions, when the text is YAML at all (for hover, completion, links). */
  source: YamlSource | null;
}

/** `options.parser: 'yaml'` skips the fast YAML reader (tests compare both; `source.parser` says which read it). */
export function analyzeCase(text: string, options: ReadOptions = {}): Analysis {
  try {
    return analyze(text, options);
  } catch (error) {
    // A bug must not take the editor down: report it at the top of the file instead.
    return {
      report: null,
      model: null,
      source: null,
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

function analyze(text: string, options: ReadOptions): Analysis {
  const read = readYaml(text, options);
  if (!read.ok)
    return { report: null, model: null, diagnostics: sortDiagnostics(read.diagnostics), source: null };
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
    return { report: null, model: null, diagnostics, source };
  }
  const validation = validateCase(read.value);
  diagnostics.push(...validation.issues.map((issue) => place(source, issue)));
  if (!validation.value)
    return { report: null, model: null, diagnostics: sortDiagnostics(diagnostics), source };
  const resolved = resolveCase(validation.value);
  diagnostics.push(...resolved.issues.map((issue) => place(source, issue)));
  const computed = computeReport(resolved.model);
  diagnostics.push(...computed.issues.map((issue) => place(source, issue)));
  const sorted = sortDiagnostics(diagnostics);
  const hasErrors = sorted.some((d) => d.severity === 'error');
  return {
    report: hasErrors ? null : { ...computed.report, diagnostics: sorted },
    model: resolved.model,
    diagnostics: sorted,
    source,
  };
}

/** Places a path issue in the text: at its value (or key), or at the nearest part of the path that exists. */
export function place(source: YamlSource, issue: PathIssue): Diagnostic {
  const found = locate(source, issue.path);
  const complete = found.depth === issue.path.length;
  let span;
  if (complete)
    span = nodeSpan(source, issue.at === 'key' ? (found.key ?? found.node) : (found.node ?? found.key));
  else span = nodeSpan(source, found.key) ?? nodeSpan(source, source.positions.firstKey());
  span ??= offsetSpan(source, 0, 1);
  return { severity: issue.severity, code: issue.code, message: issue.message, ...span };
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
}
