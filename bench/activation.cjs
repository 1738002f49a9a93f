// Activation time of the built host bundle, in a plain Node process (no TypeScript loader in the
// way): load dist/extension.js fresh and run activate() against a stand-in for the vscode module.
// Prints one JSON array of milliseconds. Usage: node bench/activation.cjs [runs]
'use strict';
const Module = require('node:module');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const runs = Number(process.argv[2] ?? 30);
const declarations = readFileSync(require.resolve('@types/vscode/index.d.ts', { paths: [root] }), 'utf8');
const names = [
  ...new Set(
    [...declarations.matchAll(/^\s*export (?:namespace|class|enum|function|const|let|var) (\w+)/gm)].map(
      (m) => m[1],
    ),
  ),
];

function standIn() {
  return new Proxy(function () {}, {
    get(_target, prop) {
      if (prop === Symbol.iterator) return function* () {};
      if (prop === Symbol.toPrimitive) return () => 0;
      if (prop === 'then' || prop === 'activeTextEditor') return undefined;
      if (prop === 'dispose') return () => undefined;
      if (prop === 'textDocuments' || prop === 'visibleTextEditors' || prop === 'workspaceFolders') return [];
      return standIn();
    },
    apply: () => standIn(),
    construct: () => standIn(),
  });
}

const vscode = Object.fromEntries(names.map((name) => [name, standIn()]));
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};
const bundle = join(root, 'dist', 'extension.js');
const samples = [];
for (let i = 0; i < runs + 2; i++) {
  delete require.cache[bundle];
  const start = performance.now();
  const extension = require(bundle);
  extension.activate({ subscriptions: [], extensionUri: vscode.Uri, extensionPath: root });
  if (i >= 2) samples.push(performance.now() - start);
}
process.stdout.write(JSON.stringify(samples));
