/**
 * What a feature holds, disposed with it: a feature registers each listener, panel or timer it
 * makes with `_register`, and `dispose()` releases them all, once, in reverse order.
 */
import type * as vscode from 'vscode';

export abstract class Disposable implements vscode.Disposable {
  private readonly registered: vscode.Disposable[] = [];
  private isDisposed = false;

  protected get disposed(): boolean {
    return this.isDisposed;
  }

  protected _register<T extends vscode.Disposable>(disposable: T): T {
    if (this.isDisposed) disposable.dispose();
    else this.registered.push(disposable);
    return disposable;
  }

  dispose(): void {
    if (this.isDisposed) return;
    this.isDisposed = true;
    for (const disposable of this.registered.splice(0).reverse()) disposable.dispose();
  }
}
