/** Completion and hover for case documents, as one disposable. */
import * as vscode from 'vscode';
import type { CaseAnalyses } from './caseDocuments';
import { registerCompletionProvider } from './completionProvider';
import { registerHoverProvider } from './hoverProvider';

export function registerLanguageProviders(
  analyses: CaseAnalyses,
  extensionUri: vscode.Uri,
): vscode.Disposable {
  const formatReference = vscode.Uri.joinPath(extensionUri, 'docs', 'format.md');
  return vscode.Disposable.from(
    registerCompletionProvider(),
    registerHoverProvider(analyses, formatReference),
  );
}
