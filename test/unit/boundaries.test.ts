import { ESLint } from 'eslint';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

/** Every file below `dir`. */
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );

async function lintAs(filePath: string, code: string, rule = 'no-restricted-imports') {
  // The files linted here do not exist, so no TypeScript project holds them: lint them without types
  // (the walls are import rules, which need none).
  const eslint = new ESLint({
    cwd: root,
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false } },
      rules: {
        '@typescript-eslint/no-floating-promises': 'off',
        '@typescript-eslint/no-misused-promises': 'off',
        '@typescript-eslint/await-thenable': 'off',
        '@typescript-eslint/switch-exhaustiveness-check': 'off',
        '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      },
    },
  });
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result!.messages.filter((m) => m.ruleId === rule).map((m) => m.message);
}

/** What lint says of a file at `file` that imports `from`. */
const leak = (file: string, from: string) =>
  lintAs(file, `import * as x from '${from}';\nexport const y = x;\n`);

describe('boundaries are enforced, not hoped for', () => {
  it('fails lint when src/core imports vscode or a Node built-in', async () => {
    expect(
      await lintAs('src/core/leak.ts', "import * as vscode from 'vscode';\nexport const x = vscode;\n"),
    ).toHaveLength(1);
    expect(
      await lintAs(
        'src/core/leak.ts',
        "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      ),
    ).toHaveLength(1);
    expect(
      await lintAs(
        'src/core/leak.ts',
        "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n",
      ),
    ).toHaveLength(1);
  });

  it('fails lint when the webview imports host code', async () => {
    expect(
      await lintAs(
        'webview/leak.ts',
        "import { activate } from '../src/extension';\nexport const x = activate;\n",
      ),
    ).toHaveLength(1);
    expect(
      await lintAs(
        'webview/leak.ts',
        "import { isHostToWebview } from '../src/protocol';\nexport const x = isHostToWebview;\n",
      ),
    ).toHaveLength(0);
  });

  it('fails lint when the webview imports the engine, whose figures come in the report', async () => {
    const [message] = await leak('webview/models/leak.ts', '../../src/core/engine');
    expect(message).toContain('computes nothing the engine knows');
    expect(await leak('webview/leak.ts', '../src/core/engine')).toHaveLength(1);
    expect(await leak('webview/charts/deep/leak.ts', '../../../src/core/engine.ts')).toHaveLength(1);
    // The report's types, the formatters and the metric table stay open to it.
    expect(await leak('webview/models/leak.ts', '../../src/core/report')).toHaveLength(0);
    expect(await leak('webview/models/leak.ts', '../../src/core/present/metrics')).toHaveLength(0);
    expect(await leak('webview/models/leak.ts', '../../src/core/engineering')).toHaveLength(0);
  });

  it('has no webview file that imports the engine', () => {
    for (const file of walk(join(root, 'webview')).filter((f) => f.endsWith('.ts')))
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/from ['"][./]*src\/core\/engine['"]/);
  });

  it('holds the walls at any depth of folders', async () => {
    expect(await leak('webview/components/leak.ts', '../../src/extension')).toHaveLength(1);
    expect(await leak('webview/charts/deep/leak.ts', '../../../src/preview/html')).toHaveLength(1);
    expect(await leak('webview/components/leak.ts', '../../src/core/format')).toHaveLength(0);
    expect(await leak('webview/components/leak.ts', '../../src/protocol')).toHaveLength(0);
    expect(await leak('src/core/yaml/leak.ts', '../../extension')).toHaveLength(1);
    expect(await leak('src/core/uncertainty/leak.ts', '../../preview/html')).toHaveLength(1);
    expect(await leak('src/core/leak.ts', '../../webview/dom')).toHaveLength(1);
    expect(await leak('src/core/yaml/leak.ts', '../report')).toHaveLength(0);
    expect(await leak('src/core/export/leak.ts', '../engine')).toHaveLength(0);
    expect(await leak('src/core/leak.ts', '../engineBundle')).toHaveLength(1);
    expect(await leak('src/core/a/b/leak.ts', '../../../cli')).toHaveLength(1);
    expect(await leak('src/preview/leak.ts', '../../webview/dom')).toHaveLength(1);
    expect(await leak('src/preview/leak.ts', '../core/format')).toHaveLength(0);
  });

  it('fails lint when host code writes errors to the console instead of the log channel', async () => {
    const code = "export function f(error: unknown): void {\n  console.error('failed', error);\n}\n";
    expect(await lintAs('src/language/leak.ts', code, 'no-console')).toHaveLength(1);
    expect(await lintAs('src/preview/deep/leak.ts', code, 'no-console')).toHaveLength(1);
  });

  it('compiles the host without the DOM library (it runs in Node), and the webview without Node or vscode', () => {
    const host = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8').replace(/^\s*\/\/.*$/gm, ''));
    expect(host.compilerOptions.lib).toEqual(['ES2022']);
    const webview = JSON.parse(readFileSync(join(root, 'webview', 'tsconfig.json'), 'utf8'));
    expect(webview.compilerOptions.types).toEqual([]);
  });

  it('compiles src/core without the vscode types (its tsconfig has types: [])', () => {
    const config = JSON.parse(readFileSync(join(root, 'src', 'core', 'tsconfig.json'), 'utf8'));
    expect(config.compilerOptions.types).toEqual([]);
    expect(config.compilerOptions.lib).toEqual(['ES2022']);
  });

  it('has no file in src/core that mentions the vscode module', () => {
    for (const file of walk(join(root, 'src', 'core')).filter((f) => f.endsWith('.ts'))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/from ['"]vscode['"]|require\(['"]vscode['"]\)/);
    }
  });
});
