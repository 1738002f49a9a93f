/** Composition root: builds each feature, registers it as one disposable, nothing else. */
import * as vscode from 'vscode';
import { registerExportReport } from './commands/exportReport';
import { registerInsertBenchmark } from './commands/insertBenchmark';
import { registerNewCase } from './commands/newCase';
import { registerContentDetection } from './language/contentDetection';
import { readConfig, CONFIG_SECTION, type ItcaseConfig } from './config';
import { CaseAnalyses, isCaseDocument } from './language/caseDocuments';
import { registerCodeLens } from './language/codeLensProvider';
import { CaseDiagnostics } from './language/diagnostics';
import { registerDocumentSymbols } from './language/documentSymbolProvider';
import { registerLanguageProviders } from './language/providers';
import { disposeLog } from './log';
import { registerQuickFixes } from './language/quickFixProvider';
import { PreviewManager } from './preview/previewManager';

export function activate(context: vscode.ExtensionContext): void {
  let config: ItcaseConfig = readConfig();
  const currentConfig = () => config;
  const analyses = new CaseAnalyses();
  const previews = new PreviewManager({
    extensionUri: context.extensionUri,
    analyses,
    config: currentConfig,
  });

  const previewTarget = (uri?: vscode.Uri): vscode.Uri | undefined => {
    if (uri instanceof vscode.Uri) return uri;
    const editor = vscode.window.activeTextEditor;
    if (editor && isCaseDocument(editor.document)) return editor.document.uri;
    // Else the preview in front, or a case open beside a page that is not a text editor (the walkthrough).
    return (
      previews.activePreviewResource() ??
      vscode.window.visibleTextEditors.find((e) => isCaseDocument(e.document))?.document.uri
    );
  };
  const openPreview = (toSide: boolean) => (uri?: vscode.Uri) => {
    const target = previewTarget(uri);
    if (target) previews.show(target, toSide);
    else void vscode.window.showInformationMessage('Open an IT Case file (*.itcase.yaml) to preview it.');
  };

  context.subscriptions.push(
    { dispose: disposeLog },
    analyses,
    previews,
    new CaseDiagnostics(analyses, currentConfig),
    registerLanguageProviders(analyses, context.extensionUri),
    registerCodeLens(analyses),
    registerQuickFixes(analyses),
    registerDocumentSymbols(analyses),
    vscode.commands.registerCommand('itcase.showPreview', openPreview(false)),
    vscode.commands.registerCommand('itcase.showPreviewToSide', openPreview(true)),
    registerNewCase({
      openPreview: (uri) => previews.show(uri, true),
      previewFollows: () => previews.activePreviewResource() !== undefined && config.previewFollowsEditor,
    }),
    registerContentDetection(),
    registerInsertBenchmark(analyses),
    registerExportReport(previewTarget),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(CONFIG_SECTION)) config = readConfig();
    }),
  );
}

export function deactivate(): void {
  // Every feature is a disposable in context.subscriptions; VS Code disposes them.
}
