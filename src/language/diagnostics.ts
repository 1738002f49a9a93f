/** Problems of every open case in the Problems panel: on open, on change (debounced), cleared on close. */
import * as vscode from 'vscode';
import type { ItcaseConfig } from '../config';
import { Disposable } from '../dispose';
import { Debouncer } from './debouncer';
import { isCaseDocument, type CaseAnalyses } from './caseDocuments';
import { toDiagnostic } from './toVscode';

export class CaseDiagnostics extends Disposable {
  private readonly collection = this._register(vscode.languages.createDiagnosticCollection('itcase'));
  private readonly pending = new Map<string, Debouncer>();

  constructor(
    private readonly analyses: CaseAnalyses,
    private readonly config: () => ItcaseConfig,
  ) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((doc) => this.refresh(doc)));
    this._register(vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document)));
    this._register(vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc)));
    for (const doc of vscode.workspace.textDocuments) this.refresh(doc);
  }

  private schedule(document: vscode.TextDocument): void {
    if (!isCaseDocument(document)) return;
    const key = document.uri.toString();
    let debouncer = this.pending.get(key);
    if (!debouncer) {
      debouncer = new Debouncer(
        () => this.refresh(document),
        () => this.config().diagnosticsDelayMs,
      );
      this.pending.set(key, debouncer);
    }
    debouncer.trigger();
  }

  /** Shows the problems of a document now (also used when the preview has just analysed it). */
  refresh(document: vscode.TextDocument): void {
    if (!isCaseDocument(document) || document.isClosed) return;
    this.collection.set(document.uri, this.analyses.get(document).diagnostics.map(toDiagnostic));
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.pending.get(key)?.dispose();
    this.pending.delete(key);
    this.collection.delete(document.uri);
  }

  override dispose(): void {
    for (const debouncer of this.pending.values()) debouncer.dispose();
    this.pending.clear();
    super.dispose();
  }
}
