// One esbuild call per bundle: the extension host (Node and web worker), the webview, the CLI.
// `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { chmodSync, copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The browser build's one difference: `./lazyEngine` (a `require` of dist/engine.js on first use)
 * becomes src/bundledEngine.ts, which imports the engine into the same bundle.
 * @type {esbuild.Plugin}
 */
const bundledEngine = {
  name: 'bundled-engine',
  setup(build) {
    build.onResolve({ filter: /\/lazyEngine$/ }, () => ({ path: resolve('src/bundledEngine.ts') }));
  },
};

const watch = process.argv.includes('--watch');
const production = !process.argv.includes('--dev');

/** @type {esbuild.BuildOptions[]} */
const bundles = [
  {
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // The engine is its own bundle, loaded on first use (src/lazyEngine.ts).
    external: ['vscode', './engine.js'],
  },
  {
    // vscode.dev, github.dev, VS Code in a browser: the web worker extension host. No Node built-ins
    // (esbuild fails the build on one), and `process`, `Buffer` or `require` are not there either.
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    plugins: [bundledEngine],
  },
  {
    entryPoints: ['src/engineBundle.ts'],
    outfile: 'dist/engine.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  {
    entryPoints: ['src/cli.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  {
    entryPoints: ['webview/main.ts'],
    outfile: 'dist/webview/preview.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
].filter((b) => existsSync(b.entryPoints[0]));

if (!watch) rmSync('dist', { recursive: true, force: true });
mkdirSync('dist/webview', { recursive: true });

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  logLevel: 'info',
  legalComments: 'none',
};
if (watch) {
  for (const b of bundles) await (await esbuild.context({ ...common, ...b })).watch();
} else {
  await Promise.all(bundles.map((b) => esbuild.build({ ...common, ...b, metafile: true })));
  if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755);
}
// The codicon font and its stylesheet, served to the webview from dist/webview.
for (const file of ['codicon.css', 'codicon.ttf']) {
  copyFileSync(`node_modules/@vscode/codicons/dist/${file}`, `dist/webview/${file}`);
}
