/** Converting the core's 1-based spans into VS Code's 0-based ranges. */
import * as vscode from 'vscode';
import type { Diagnostic, SourceSpan } from '../core/diagnostic';

export function toRange(span: SourceSpan): vscode.Range {
  return new vscode.Range(span.line - 1, span.column - 1, span.endLine - 1, span.endColumn - 1);
}

const SEVERITY: Record<Diagnostic['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toDiagnostic(d: Diagnostic): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(d), d.message, SEVERITY[d.severity]);
  diagnostic.source = 'itcase';
  diagnostic.code = d.code;
  return diagnostic;
}
