/**
 * The light bulb for case documents: the quick fixes of the core (src/core/fixes) for the
 * diagnostics under the cursor, each applied as one undoable workspace edit.
 */
import * as vscode from 'vscode';
import type { Diagnostic, DiagnosticCode } from '../core/diagnostic';
import type { QuickFix } from '../core/fixes';
import { engine } from '../lazyEngine';
import { log } from '../log';
import { CASE_SELECTOR } from './caseDocuments';
import type { AnalysisSource } from './hoverProvider';

const SEVERITY = new Map<vscode.DiagnosticSeverity, Diagnostic['severity']>([
  [vscode.DiagnosticSeverity.Error, 'error'],
  [vscode.DiagnosticSeverity.Warning, 'warning'],
]);

/** The core's view of a diagnostic this extension published (1-based lines and columns). */
function coreDiagnostic(d: vscode.Diagnostic): Diagnostic | undefined {
  if (d.source !== 'itcase' || typeof d.code !== 'string') return undefined;
  return {
    severity: SEVERITY.get(d.severity) ?? 'info',
    code: d.code as DiagnosticCode,
    message: d.message,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
  };
}

export class CaseQuickFixProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
  };

  constructor(private readonly analyses: AnalysisSource) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    const ours = context.diagnostics.filter((d) => d.source === 'itcase');
    if (ours.length === 0) return [];
    try {
      const text = document.getText();
      const analysis = this.analyses.get(document);
      return ours.flatMap((diagnostic) => {
        const problem = coreDiagnostic(diagnostic);
        if (!problem) return [];
        return engine()
          .quickFixes(text, analysis, problem, vscode.l10n)
          .map((fix) => toAction(document, diagnostic, fix));
      });
    } catch (error) {
      // A bug in a fix must not get in the way of editing: no fixes, and a trace for the report.
      log().error('Quick fixes failed', error);
      return [];
    }
  }
}

function toAction(
  document: vscode.TextDocument,
  diagnostic: vscode.Diagnostic,
  fix: QuickFix,
): vscode.CodeAction {
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = fix.preferred;
  const edit = new vscode.WorkspaceEdit();
  edit.set(
    document.uri,
    fix.edits.map((e) => {
      const range = new vscode.Range(document.positionAt(e.start), document.positionAt(e.end));
      // A placeholder is selected for typing over when the editor can take a snippet.
      return e.snippet !== undefined
        ? new vscode.SnippetTextEdit(range, new vscode.SnippetString(e.snippet))
        : new vscode.TextEdit(range, e.newText);
    }),
  );
  action.edit = edit;
  return action;
}

/** Registers the quick fixes for case documents; dispose to unregister. */
export function registerQuickFixes(
  analyses: AnalysisSource,
  selector: vscode.DocumentSelector = CASE_SELECTOR,
): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(
    selector,
    new CaseQuickFixProvider(analyses),
    CaseQuickFixProvider.metadata,
  );
}
