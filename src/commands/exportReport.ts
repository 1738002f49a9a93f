/**
 * IT Case: Export Report… — the case for people who never open VS Code: a one-file HTML report, an
 * Excel workbook of live formulas, or CSV files. Pick the format, then where it goes (the case's
 * name is the default); written through `workspace.fs`, so it works on remote and virtual file
 * systems too. The text exported is the editor's, unsaved edits included: what the preview shows.
 */
import * as vscode from 'vscode';
import type { ExportFormat, HtmlTheme } from '../core/export';
import { engine } from '../lazyEngine';

interface FormatPick extends vscode.QuickPickItem {
  format: ExportFormat;
  theme: HtmlTheme;
}

const PICKS: FormatPick[] = [
  {
    label: '$(globe) HTML report',
    description: 'one file, opens in any browser, prints cleanly',
    detail: 'Key figures, charts, tables and sources; the case file is inside it (itcase extract).',
    format: 'html',
    theme: 'light',
  },
  {
    label: '$(globe) HTML report, dark theme',
    description: 'the same report on a dark background (prints light)',
    format: 'html',
    theme: 'dark',
  },
  {
    label: '$(table) Excel workbook',
    description: '.xlsx with live formulas',
    detail: 'An Inputs sheet, and the base case, scenarios and investments as formulas over it.',
    format: 'xlsx',
    theme: 'light',
  },
  {
    label: '$(file-text) CSV files',
    description: 'one file per table, in a new folder',
    format: 'csv',
    theme: 'light',
  },
];

/** `walmart.itcase.yaml` → `walmart`. */
function caseStem(uri: vscode.Uri): string {
  const name = uri.path.split('/').pop() ?? '';
  return name.replace(/\.itcase\.ya?ml$/i, '').replace(/\.ya?ml$/i, '') || 'report';
}

export function registerExportReport(
  caseToExport: (uri?: vscode.Uri) => vscode.Uri | undefined,
): vscode.Disposable {
  return vscode.commands.registerCommand('itcase.exportReport', async (uri?: vscode.Uri) => {
    const resource = caseToExport(uri);
    if (!resource) {
      void vscode.window.showInformationMessage('Open an IT Case file (*.itcase.yaml) to export it.');
      return;
    }
    const document = await vscode.workspace.openTextDocument(resource);
    const picked = await vscode.window.showQuickPick(PICKS, {
      title: 'Export Report',
      placeHolder: 'Export the case as…',
      matchOnDescription: true,
    });
    if (!picked) return;
    const prepared = engine().prepareExport(document.getText());
    if (!prepared.ok) {
      const errors = prepared.diagnostics.filter((d) => d.severity === 'error').length;
      const choice = await vscode.window.showWarningMessage(
        `This case has ${errors} error${errors === 1 ? '' : 's'}: fix ${errors === 1 ? 'it' : 'them'} to export it.`,
        'Show Problems',
      );
      if (choice) await vscode.commands.executeCommand('workbench.actions.view.problems');
      return;
    }
    const stem = caseStem(resource);
    const folder =
      resource.scheme === 'untitled'
        ? vscode.workspace.workspaceFolders?.[0]?.uri
        : vscode.Uri.joinPath(resource, '..');
    const defaultName = picked.format === 'csv' ? `${stem}-csv` : `${stem}.${picked.format}`;
    const target = await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, defaultName) : undefined,
      title: picked.format === 'csv' ? 'Export the tables to a new folder' : 'Export Report',
      saveLabel: 'Export',
      filters:
        picked.format === 'html'
          ? { 'HTML report': ['html'] }
          : picked.format === 'xlsx'
            ? { 'Excel workbook': ['xlsx'] }
            : undefined,
    });
    if (!target) return;
    const files = engine().exportFiles(prepared.source, picked.format, {
      theme: picked.theme,
      baseName: stem,
    });
    try {
      if (picked.format === 'csv') {
        await vscode.workspace.fs.createDirectory(target);
        for (const file of files)
          await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(target, file.name), file.bytes);
      } else {
        await vscode.workspace.fs.writeFile(target, files[0]!.bytes);
      }
    } catch (error) {
      void vscode.window.showErrorMessage(
        `Could not export to ${target.fsPath || target.toString()}: ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }
    const what =
      picked.format === 'csv'
        ? `${files.length} CSV files`
        : picked.format === 'html'
          ? 'the report'
          : 'the workbook';
    const open = picked.format === 'csv' ? undefined : picked.format === 'html' ? 'Open in Browser' : 'Open';
    const reveal = target.scheme === 'file' ? 'Reveal' : undefined;
    const choice = await vscode.window.showInformationMessage(
      `Exported ${what} to ${vscode.workspace.asRelativePath(target)}.`,
      ...[open, reveal].filter((x): x is string => x !== undefined),
    );
    if (choice === open) await vscode.env.openExternal(target);
    else if (choice === reveal) await vscode.commands.executeCommand('revealFileInOS', target);
  });
}
