import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/analyze';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const manifest = JSON.parse(read('package.json')) as {
  contributes: {
    snippets: { language: string; path: string }[];
    walkthroughs: {
      title: string;
      steps: { id: string; description: string; media: { svg: string }; completionEvents: string[] }[];
    }[];
  };
};
const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
const localized = (value: string) => nls[/^%(.+)%$/.exec(value)?.[1] ?? ''] ?? value;

interface Snippet {
  prefix: string[];
  body: string[];
}
const snippets = JSON.parse(read('snippets/itcase.json')) as Record<string, Snippet>;

/** A snippet's body as inserted when every placeholder keeps its default (the first choice of a choice). */
function expand(snippet: Snippet, indent: string): string {
  return snippet.body
    .join(`\n${indent}`)
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '');
}

const CASE = `itcase: 1
title: T
company: { name: Co }
currency: USD
unit: billion
periods: [2012, 2013, 2014]
revenue: [100, 110, 120]
grossMargin: 25%
`;

describe('the strings of package.json', () => {
  it('has a translation source for every %key% it uses, and no unused one', () => {
    const used = [...JSON.stringify(manifest).matchAll(/%([A-Za-z0-9.]+)%/g)].map((m) => m[1]!);
    expect(used.filter((key) => !(key in nls))).toEqual([]);
    expect(Object.keys(nls).filter((key) => !used.includes(key))).toEqual([]);
  });
});

describe('the snippets', () => {
  it('are contributed for IT Case files', () => {
    expect(manifest.contributes.snippets).toEqual([{ language: 'itcase', path: './snippets/itcase.json' }]);
  });

  it('insert an investment, a scenario, an IT spend line and a range that the case accepts as they are', () => {
    const text =
      CASE +
      `itSpend:\n  ${expand(snippets['IT spend line']!, '  ')}\n` +
      `  other: ${expand(snippets['Range']!, '  ')}\n` +
      `investments:\n  ${expand(snippets['Investment']!, '  ')}\n` +
      `scenarios:\n  ${expand(snippets['Scenario']!, '  ')}\n`;
    const analysis = analyzeCase(text);
    expect(analysis.diagnostics).toEqual([]);
    expect(analysis.report!.investments.map((i) => i.name)).toEqual(['Cloud migration']);
    expect(analysis.report!.scenarios.map((s) => s.name)).toEqual(['Sales fall 10%']);
    expect(analysis.model!.itSpend.map((line) => [line.name, line.kind, line.type])).toEqual([
      ['cloud-hosting', 'run', 'opex'],
      ['other', undefined, undefined],
    ]);
    expect(analysis.uncertain!.inputs).toHaveLength(1);
  });
});

describe('the walkthrough', () => {
  const [walkthrough] = manifest.contributes.walkthroughs;
  const steps = walkthrough!.steps;

  it('goes from a new case to the preview, benchmarks, the uncertainty charts and the export', () => {
    expect(steps.map((s) => s.id)).toEqual(['newCase', 'preview', 'benchmark', 'uncertainty', 'export']);
    const commands = steps.map((s) => /\(command:([\w.]+)\)/.exec(localized(s.description))?.[1]);
    expect(commands).toEqual([
      'itcase.newCase',
      'itcase.showPreviewToSide',
      'itcase.insertBenchmark',
      'itcase.showPreviewToSide',
      'itcase.exportReport',
    ]);
  });

  it('shows a small image with each step, packaged with the extension', () => {
    const packaged = read('.vscodeignore');
    expect(packaged).toContain('!media/walkthrough/*.svg');
    expect(packaged).toContain('!snippets/*.json');
    expect(packaged).toContain('!package.nls.json');
    for (const step of steps) {
      const image = new URL(step.media.svg, root);
      expect(existsSync(image), step.media.svg).toBe(true);
      expect(statSync(image).size).toBeLessThan(4096);
    }
  });
});

describe('the extension details page', () => {
  it('lists every command and setting of package.json, with the texts VS Code shows', () => {
    const script = new URL('scripts/package-readme.mjs', root).pathname;
    const check = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    const out = join(mkdtempSync(join(tmpdir(), 'itcase-page-')), 'README.md');
    try {
      expect(spawnSync(process.execPath, [script, out], { encoding: 'utf8' }).status).toBe(0);
      const page = readFileSync(out, 'utf8');
      expect(page).not.toMatch(/%[\w.]+%/);
      expect(page).toContain(`| \`itcase.codeLens.enabled\` `);
      expect(page).toContain(nls['config.codeLens.enabled']!);
    } finally {
      rmSync(dirname(out), { recursive: true, force: true });
    }
  });
});
