/**
 * The words the engine writes for the editor (CodeLens titles, quick fix titles) go through the
 * same call as VS Code's `vscode.l10n.t`, so the extension host can pass `vscode.l10n` and have
 * them translated; the CLI and tests use `english`, which fills in `{0}`, `{1}`, … as given.
 */
export interface Localize {
  t(message: string, ...args: (string | number)[]): string;
}

export const english: Localize = {
  t: (message, ...args) =>
    message.replace(/\{(\d+)\}/g, (whole, index: string) => {
      const arg = args[Number(index)];
      return arg === undefined ? whole : String(arg);
    }),
};
