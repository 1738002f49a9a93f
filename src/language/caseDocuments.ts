/** Which documents are business cases, and their analysis, computed once per document version. */
import * as vscode from 'vscode';
import type { Analysis } from '../core/analyze';
import { engine } from '../lazyEngine';

export const LANGUAGE_ID = 'itcase';
export const CASE_SELECTOR: vscode.DocumentSelector = [{ language: LANGUAGE_ID }];

export function isCaseDocument(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID || /\.itcase\.ya?ml$/i.test(document.fileName);
}

/**
 * One analysis per document version, shared by diagnostics, hover and the preview: the keystroke
 * path parses, validates and computes once, however many features read the result.
 */
export class CaseAnalyses implements vscode.Disposable {
  private readonly cache = new Map<string, { version: number; analysis: Analysis }>();
  private readonly subscription = vscode.workspace.onDidCloseTextDocument((doc) =>
    this.cache.delete(doc.uri.toString()),
  );

  get(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version) return cached.analysis;
    const analysis = engine().analyzeCase(document.getText());
    this.cache.set(key, { version: document.version, analysis });
    return analysis;
  }

  dispose(): void {
    this.subscription.dispose();
    this.cache.clear();
  }
}
