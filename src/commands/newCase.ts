/** IT Case: New Business Case… — a template picked from a list, opened in an editor, preview offered. */
import * as vscode from 'vscode';
import type { CaseTemplate } from '../core/templates';
import { engine } from '../lazyEngine';
import { LANGUAGE_ID } from '../language/caseDocuments';

interface TemplatePick extends vscode.QuickPickItem {
  template: CaseTemplate;
}

export interface NewCaseHooks {
  openPreview: (uri: vscode.Uri) => void;
  /** A preview is open and follows the active editor: it shows the new case by itself. */
  previewFollows: () => boolean;
}

export function registerNewCase(hooks: NewCaseHooks): vscode.Disposable {
  return vscode.commands.registerCommand('itcase.newCase', async () => {
    const picked = await vscode.window.showQuickPick<TemplatePick>(
      engine().caseTemplates.map((template) => ({
        label: template.label,
        description: template.fileName,
        detail: template.description,
        template,
      })),
      {
        title: 'New Business Case',
        placeHolder: 'Pick a template',
        matchOnDescription: true,
        matchOnDetail: true,
      },
    );
    if (!picked) return;
    const where = await vscode.window.showQuickPick(
      [
        { label: '$(file) Untitled editor', description: 'save it later', save: false },
        { label: '$(save) Save as…', description: 'choose where the file goes', save: true },
      ],
      { title: 'New Business Case', placeHolder: 'Open it where?' },
    );
    if (!where) return;
    let document: vscode.TextDocument;
    if (where.save) {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const target = await vscode.window.showSaveDialog({
        defaultUri: folder ? vscode.Uri.joinPath(folder, picked.template.fileName) : undefined,
        filters: { 'IT Case': ['itcase.yaml', 'yaml', 'yml'] },
        title: 'Save the new business case',
      });
      if (!target) return;
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(picked.template.text));
      document = await vscode.workspace.openTextDocument(target);
    } else {
      document = await vscode.workspace.openTextDocument({
        language: LANGUAGE_ID,
        content: picked.template.text,
      });
    }
    const following = hooks.previewFollows();
    await vscode.window.showTextDocument(document);
    if (following) {
      void vscode.window.showInformationMessage(
        `New business case from the ${picked.template.label} template: the preview beside it now shows it.`,
      );
      return;
    }
    const choice = await vscode.window.showInformationMessage(
      `New business case from the ${picked.template.label} template.`,
      'Open Preview to the Side',
    );
    if (choice) hooks.openPreview(document.uri);
  });
}
