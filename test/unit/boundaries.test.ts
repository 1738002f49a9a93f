import { ESLint } from 'eslint';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

async function lintAs(filePath: string, code: string) {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

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

  it('compiles src/core without the vscode types (its tsconfig has types: [])', () => {
    const config = JSON.parse(readFileSync(join(root, 'src', 'core', 'tsconfig.json'), 'utf8'));
    expect(config.compilerOptions.types).toEqual([]);
    expect(config.compilerOptions.lib).toEqual(['ES2022']);
  });

  it('has no file in src/core that mentions the vscode module', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
      );
    for (const file of walk(join(root, 'src', 'core')).filter((f) => f.endsWith('.ts'))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/from ['"]vscode['"]|require\(['"]vscode['"]\)/);
    }
  });
});
