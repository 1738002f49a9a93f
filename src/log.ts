/** The extension's one log: Output → IT Case. Errors go here, never to the console. */
import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

export function log(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('IT Case', { log: true });
  return channel;
}

/** Closes the log when the extension is deactivated. */
export function disposeLog(): void {
  channel?.dispose();
  channel = undefined;
}
