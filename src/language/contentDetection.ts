/**
 * A case is recognised by its content where its name cannot say: an untitled editor (a new case not
 * saved yet) that the window restores comes back as Plain Text or YAML, and is set back to IT Case
 * when its text declares `itcase: 1`. Saved files keep the language their name gives them.
 */
import * as vscode from 'vscode';
import { looksLikeCase } from '../core/recognise';
import { LANGUAGE_ID } from './caseDocuments';

function recognise(document: vscode.TextDocument): void {
  if (document.uri.scheme !== 'untitled' || document.languageId === LANGUAGE_ID) return;
  if (document.languageId !== 'plaintext' && document.languageId !== 'yaml') return;
  if (looksLikeCase(document.getText())) void vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
}

export function registerContentDetection(): vscode.Disposable {
  for (const document of vscode.workspace.textDocuments) recognise(document);
  return vscode.workspace.onDidOpenTextDocument(recognise);
}
