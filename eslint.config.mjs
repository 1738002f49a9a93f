// Flat config: typescript-eslint's recommended rules plus the project's boundaries.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'process'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', 'test-results/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,mts,mjs,js}'],
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        performance: 'readonly',
        globalThis: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Type-aware rules where a mistake is silent: a promise nobody awaits, a switch that misses a
    // message type, an assertion that hides a type change.
    files: ['src/**/*.ts', 'webview/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
    },
  },
  {
    // Plain CommonJS scripts run by Node directly.
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        performance: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // The engine is pure: it runs in Node, the browser and the CLI, and knows nothing of VS Code,
  // the host or the webview. One block per folder depth, so "leaves src/core" is exact at any depth:
  // from src/core/a/b.ts, `../../x` leaves it and `../x` does not.
  ...[0, 1, 2, 3].map((depth) => ({
    files: [`src/core/${'*/'.repeat(depth)}*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['vscode', ...nodeBuiltins].map((name) => ({
            name,
            message: 'src/core is pure: no vscode, no file system, no Node built-ins.',
          })),
          patterns: [
            { group: ['node:*'], message: 'src/core is pure: no Node built-ins.' },
            {
              regex: `^(\\.\\./){${depth + 1},}`,
              message:
                'src/core imports only src/core: the host and the webview build on it, not the other way.',
            },
          ],
        },
      ],
    },
  })),
  {
    // The host adapts the core to VS Code; it never reaches into the webview's code.
    files: ['src/**/*.ts'],
    ignores: ['src/core/**'],
    rules: {
      // Errors go to the one log channel (src/log.ts), where a person looking at Output finds them.
      'no-console': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)webview(/|$)',
              message: 'The host talks to the webview only through src/protocol.ts messages.',
            },
          ],
        },
      ],
    },
  },
  {
    // The webview only draws what it is sent: it may share the protocol and the core, nothing else of
    // the host; and not the engine, whose figures come in the report.
    files: ['webview/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'The webview cannot use the VS Code API module.' }],
          patterns: [
            {
              regex: '^(\\.\\./)+src/(?!protocol$|core/)',
              message: 'The webview may import only src/protocol and src/core.',
            },
            {
              regex: '^(\\.\\./)+src/core/engine(\\.ts)?$',
              message:
                'The webview draws the report and computes nothing the engine knows: read the figure from the report (add it there if it is missing).',
            },
          ],
        },
      ],
    },
  },
);
