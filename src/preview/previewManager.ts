/**
 * All preview panels: opening them (one per editor column), restoring them after a window reload
 * (WebviewPanelSerializer), following the active case editor, and updating them as the user types.
 */
import * as vscode from 'vscode';
import { isCaseDocument } from '../language/caseDocuments';
import { Disposable } from '../dispose';
import { isPreviewState } from '../protocol';
import { CasePreview, PREVIEW_VIEW_TYPE, webviewOptions, type PreviewContext } from './casePreview';

export class PreviewManager extends Disposable implements vscode.WebviewPanelSerializer {
  private readonly previews = new Set<CasePreview>();

  constructor(private readonly context: PreviewContext) {
    super();
    this._register(vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, this));
    this._register(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (context.config().previewUpdate === 'live') this.refresh(event.document.uri);
      }),
    );
    this._register(vscode.workspace.onDidSaveTextDocument((document) => this.refresh(document.uri)));
    this._register(vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)));
  }

  /** Opens (or reveals) the preview of a case, in the active column or the one beside it. */
  show(uri: vscode.Uri, toSide: boolean): void {
    const column = toSide
      ? vscode.ViewColumn.Beside
      : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One);
    const existingInColumn = [...this.previews].find(
      (p) =>
        p.panel.viewColumn !== undefined &&
        (toSide
          ? p.panel.viewColumn !== vscode.window.activeTextEditor?.viewColumn
          : p.panel.viewColumn === column),
    );
    const existing = [...this.previews].find((p) => p.isShowing(uri)) ?? existingInColumn;
    if (existing) {
      existing.setResource(uri);
      existing.panel.reveal(existing.panel.viewColumn, toSide);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      'Preview',
      { viewColumn: column, preserveFocus: toSide },
      webviewOptions(this.context.extensionUri),
    );
    this.track(new CasePreview(panel, uri, this.context));
  }

  /** Called by VS Code after a reload for each preview that was open. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    if (!isPreviewState(state)) {
      panel.dispose();
      return;
    }
    const uri = vscode.Uri.parse(state.documentUri);
    this.track(new CasePreview(panel, uri, this.context, state));
  }

  private track(preview: CasePreview): void {
    this.previews.add(preview);
    preview.onDispose(() => this.previews.delete(preview));
  }

  private refresh(uri: vscode.Uri): void {
    for (const preview of this.previews) if (preview.isShowing(uri)) preview.refresh();
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || !isCaseDocument(editor.document) || !this.context.config().previewFollowsEditor) return;
    for (const preview of this.previews) {
      // A preview follows the case editors of other columns (as the Markdown preview does).
      if (preview.panel.viewColumn !== editor.viewColumn) preview.setResource(editor.document.uri);
    }
  }

  /** The case shown by the active preview, for commands run from the preview. */
  activePreviewResource(): vscode.Uri | undefined {
    return [...this.previews].find((p) => p.panel.active)?.resourceUri;
  }

  override dispose(): void {
    for (const preview of this.previews) preview.dispose();
    this.previews.clear();
    super.dispose();
  }
}
