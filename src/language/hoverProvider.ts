/** The VS Code side of hover: shows the markdown of hover.ts, computed from the document's shared analysis. */
import * as vscode from 'vscode';
import { log } from '../log';
import type { Analysis } from '../core/analyze';
import { CASE_SELECTOR } from './caseDocuments';
import { engine } from '../lazyEngine';

/** Where the hover gets a document's analysis (CaseAnalyses: one per document version). */
export interface AnalysisSource {
  get(document: vscode.TextDocument): Analysis;
}

export class ItcaseHoverProvider implements vscode.HoverProvider {
  /** `formatReference`: the format reference shipped with the extension, linked as "Read more". */
  constructor(
    private readonly analyses: AnalysisSource,
    private readonly formatReference?: vscode.Uri,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | null {
    let result;
    try {
      result = engine().hoverAt(document.getText(), document.offsetAt(position), this.analyses.get(document));
    } catch (error) {
      // A bug in hover must not get in the way of editing: no hover, and a trace for the report.
      log().error('Hover failed', error);
      return null;
    }
    if (!result) return null;
    const markdown = new vscode.MarkdownString(result.markdown);
    if (this.formatReference)
      markdown.appendMarkdown(`\n\n[Read more in the format reference](${this.formatReference.toString()})`);
    markdown.supportHtml = false;
    markdown.isTrusted = false;
    const range = new vscode.Range(
      document.positionAt(result.range.start),
      document.positionAt(result.range.end),
    );
    return new vscode.Hover(markdown, range.contains(position) ? range : undefined);
  }
}

/** Registers hover for case documents; dispose to unregister. */
export function registerHoverProvider(
  analyses: AnalysisSource,
  formatReference?: vscode.Uri,
  selector: vscode.DocumentSelector = CASE_SELECTOR,
): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, new ItcaseHoverProvider(analyses, formatReference));
}
