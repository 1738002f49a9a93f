/** Completion and hover for case documents, as one disposable. */
import * as vscode from 'vscode';
import type { CaseAnalyses } from './caseDocuments';
import { registerCompletionProvider } from './completionProvider';
import { registerHoverProvider } from './hoverProvider';

export function registerLanguageProviders(analyses: CaseAnalyses): vscode.Disposable {
  return vscode.Disposable.from(registerCompletionProvider(), registerHoverProvider(analyses));
}
