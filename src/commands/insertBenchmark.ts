/** IT Case: Insert Benchmark Data… — a shipped data set into the active case, as one undoable edit. */
import * as vscode from 'vscode';
import type { BenchmarkDataSet } from '../core/benchmarks';
import { engine } from '../lazyEngine';
import { isCaseDocument, type CaseAnalyses } from '../language/caseDocuments';

interface BenchmarkPick extends vscode.QuickPickItem {
  set: BenchmarkDataSet;
}

export function registerInsertBenchmark(analyses: CaseAnalyses): vscode.Disposable {
  return vscode.commands.registerCommand('itcase.insertBenchmark', async () => {
    // The active editor, or, when the command comes from a page that is not a text editor (the
    // walkthrough, the preview), the case open beside it.
    const active = vscode.window.activeTextEditor;
    const editor =
      active && isCaseDocument(active.document)
        ? active
        : vscode.window.visibleTextEditors.find((e) => isCaseDocument(e.document));
    if (!editor) {
      void vscode.window.showWarningMessage(
        'Open an IT Case file (*.itcase.yaml) to insert benchmark data into it.',
      );
      return;
    }
    // Data sets the case already holds are marked and listed last: picking one only shows it.
    const present = new Set(analyses.get(editor.document).model?.benchmarks.map((b) => b.id) ?? []);
    const items = engine().benchmarkDataSets.map((set): BenchmarkPick => ({
      label: present.has(set.id) ? `$(check) ${set.title}` : set.title,
      description: `${present.has(set.id) ? 'in this case · ' : ''}${set.year} · ${set.metric} · ${set.id}`,
      detail: `Source: ${set.source}`,
      set,
    }));
    const picked = await vscode.window.showQuickPick<BenchmarkPick>(
      [...items.filter((i) => !present.has(i.set.id)), ...items.filter((i) => present.has(i.set.id))],
      {
        title: 'Insert Benchmark Data',
        placeHolder: 'Pick a data set',
        matchOnDescription: true,
        matchOnDetail: true,
      },
    );
    if (!picked) return;
    const document = editor.document;
    const text = document.getText();
    const result = engine().insertBenchmarkEdit(text, picked.set);
    switch (result.kind) {
      case 'already-present': {
        const position = new vscode.Position(result.line - 1, 0);
        editor.selection = new vscode.Selection(position, position);
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
        void vscode.window.showInformationMessage(
          `"${picked.set.title}" is already in this case (line ${result.line}).`,
        );
        return;
      }
      case 'not-a-case':
        void vscode.window.showWarningMessage(result.reason);
        return;
      case 'edit': {
        const start = document.positionAt(result.edit.offset);
        const end = document.positionAt(result.edit.offset + result.edit.length);
        const applied = await editor.edit((builder) =>
          builder.replace(new vscode.Range(start, end), result.edit.text),
        );
        if (applied) {
          const shown = document.positionAt(result.edit.offset + result.edit.text.length);
          editor.revealRange(
            new vscode.Range(start, shown),
            vscode.TextEditorRevealType.InCenterIfOutsideViewport,
          );
        }
        return;
      }
    }
  });
}
