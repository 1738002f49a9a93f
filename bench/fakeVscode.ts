/**
 * A minimal stand-in for the `vscode` module, enough to load the host bundle and run `activate`:
 * every property is a callable that returns another stand-in, every call a disposable one.
 */
export function fakeVscode(): unknown {
  const make = (): unknown => {
    const target = function () {
      /* stand-in */
    };
    return new Proxy(target, {
      get(_t, prop) {
        if (prop === Symbol.iterator) return function* () {};
        if (prop === Symbol.toPrimitive) return () => 0;
        if (prop === 'then') return undefined;
        if (prop === 'dispose') return () => undefined;
        if (prop === 'textDocuments' || prop === 'visibleTextEditors' || prop === 'workspaceFolders') return [];
        if (prop === 'activeTextEditor') return undefined;
        return make();
      },
      apply: () => make(),
      construct: () => make() as object,
    });
  };
  return make();
}
