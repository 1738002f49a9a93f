/** Composition root: builds each feature, registers it as one disposable, nothing else. */
import * as vscode from 'vscode';
import { registerExportReport } from './commands/exportReport';
import { registerInsertBenchmark } from './commands/insertBenchmark';
import { registerNewCase } from './commands/newCase';
import { readConfig, CONFIG_SECTION, type ItcaseConfig } from './config';
import { CaseAnalyses, isCaseDocument } from './language/caseDocuments';
import { CaseDiagnostics } from './language/diagnostics';
import { registerLanguageProviders } from './language/providers';
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
    return previews.activePreviewResource();
  };
  const openPreview = (toSide: boolean) => (uri?: vscode.Uri) => {
    const target = previewTarget(uri);
    if (target) previews.show(target, toSide);
    else void vscode.window.showInformationMessage('Open an IT Case file (*.itcase.yaml) to preview it.');
  };

  context.subscriptions.push(
    analyses,
    previews,
    new CaseDiagnostics(analyses, currentConfig),
    registerLanguageProviders(analyses),
    vscode.commands.registerCommand('itcase.showPreview', openPreview(false)),
    vscode.commands.registerCommand('itcase.showPreviewToSide', openPreview(true)),
    registerNewCase((uri) => previews.show(uri, true)),
    registerInsertBenchmark(),
    registerExportReport(previewTarget),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(CONFIG_SECTION)) config = readConfig();
    }),
  );
}

export function deactivate(): void {
  // Every feature is a disposable in context.subscriptions; VS Code disposes them.
}
