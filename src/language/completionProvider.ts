/** The VS Code side of completion: turns the pure entries of completion.ts into completion items. */
import * as vscode from 'vscode';
import { log } from '../log';
import { CASE_SELECTOR } from './caseDocuments';
import { engine } from '../lazyEngine';
import type { CompletionEntry } from '../core/editing/completion';

/** Typing a space after `unit:` or `- ` asks for the values or keys that go there. */
export const COMPLETION_TRIGGER_CHARACTERS: readonly string[] = [' '];

export class ItcaseCompletionProvider implements vscode.CompletionItemProvider {
  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    try {
      const entries = engine().completionItems(document.getText(), document.offsetAt(position));
      return entries.map((entry) => toItem(entry, document, position));
    } catch (error) {
      // A bug in completion must not get in the way of typing: no suggestions, and a trace for the report.
      log().error('Completion failed', error);
      return [];
    }
  }
}

function toItem(
  entry: CompletionEntry,
  document: vscode.TextDocument,
  position: vscode.Position,
): vscode.CompletionItem {
  const item = new vscode.CompletionItem(
    entry.label,
    entry.kind === 'key' ? vscode.CompletionItemKind.Property : vscode.CompletionItemKind.Value,
  );
  item.detail = entry.detail;
  item.documentation = new vscode.MarkdownString(entry.documentation);
  item.insertText = entry.snippet ? new vscode.SnippetString(entry.insertText) : entry.insertText;
  item.sortText = entry.sortText;
  item.filterText = entry.filterText;
  // The replaced word must be on the cursor's line and contain the cursor; else the editor's own word range.
  const range = new vscode.Range(
    document.positionAt(entry.range.start),
    document.positionAt(entry.range.end),
  );
  if (range.isSingleLine && range.contains(position)) item.range = range;
  if (entry.retrigger) item.command = { command: 'editor.action.triggerSuggest', title: 'Suggest values' };
  return item;
}

/** Registers completion for case documents; dispose to unregister. */
export function registerCompletionProvider(
  selector: vscode.DocumentSelector = CASE_SELECTOR,
): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider(
    selector,
    new ItcaseCompletionProvider(),
    ...COMPLETION_TRIGGER_CHARACTERS,
  );
}
