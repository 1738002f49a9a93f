/**
 * `npm run bench` — measures the engine against the floor any YAML tool pays (the bare `yaml`
 * parse) and against yaml-language-server validating the same file with our JSON Schema, the
 * sizes of the bundles and the package, and the extension's activation. Prints a table; with
 * `-- --json` the last line of stdout is one JSON object. Preview timings come from
 * `npm run bench:preview` (a real VS Code in a browser) when it has been run in this checkout.
 */

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server';
import { analyzeCase } from '../src/core/analyze';
import { previewMeetsGoal } from './previewGoal';
import { caseJsonSchema } from '../src/core/schema';
import { uncertaintySections } from '../src/core/uncertainty/sections';
import { largeCase } from './largeCase';
import { stats, time, type Stats } from './stats';

const root = join(__dirname, '..');
const json = process.argv.includes('--json');
const log = (line = '') => {
  if (!json) console.log(line);
  else console.error(line);
};

async function main() {
  const text = largeCase();
  const lineCount = text.split('\n').length;
  const check = analyzeCase(text);
  if (check.diagnostics.length > 0)
    throw new Error(`the generated case has problems: ${check.diagnostics[0]!.message}`);
  log(`Large case: ${lineCount.toLocaleString('en-US')} lines, ${(text.length / 1024).toFixed(0)} KiB`);

  // 1. Our whole keystroke work (parse + validate + compute) against the bare yaml parse.
  const rounds = 15;
  const ours: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < rounds + 3; i++) {
    // Interleaved so both see the same machine noise.
    const [o] = await time(() => analyzeCase(text), 1, 0);
    const [b] = await time(() => parseYaml(text, { uniqueKeys: true }), 1, 0);
    if (i >= 3) {
      ours.push(o!);
      bare.push(b!);
    }
  }
  const oursStats = stats(ours);
  const bareStats = stats(bare);
  const coreVsYamlParse = oursStats.median / bareStats.median;

  // 2. yaml-language-server validating the same text against our generated JSON Schema.
  const schema = caseJsonSchema();
  const ls = getLanguageService({
    schemaRequestService: async () => JSON.stringify(schema),
    workspaceContext: { resolveRelativePath: (p: string) => p },
  });
  ls.configure({
    validate: true,
    schemas: [{ uri: 'itcase://schema.json', fileMatch: ['*.itcase.yaml'], schema }],
  });
  const lsTimes: number[] = [];
  const ourTimes: number[] = [];
  let lsDiagnostics = -1;
  for (let i = 0; i < 8; i++) {
    const document = TextDocument.create(`file:///bench-${i}.itcase.yaml`, 'yaml', 1, text);
    const [l] = await time(
      async () => {
        lsDiagnostics = (await ls.doValidation(document, false)).length;
      },
      1,
      0,
    );
    const [o] = await time(() => analyzeCase(text), 1, 0);
    if (i >= 2) {
      lsTimes.push(l!);
      ourTimes.push(o!);
    }
  }
  const lsStats = stats(lsTimes);
  const ourLsStats = stats(ourTimes);
  const coreVsYamlLanguageServer = ourLsStats.median / lsStats.median;

  // 2b. The realistic case: the Walmart template's analysis against the bare yaml parse, and its
  // simulation (format 1.1): 10,000 trials of its ranges against one analysis of the same text.
  const walmart = readFileSync(join(root, 'examples', 'walmart.itcase.yaml'), 'utf8');
  const walmartAnalysis = analyzeCase(walmart);
  const walmartTimes: number[] = [];
  const walmartYamlTimes: number[] = [];
  const simulationTimes: number[] = [];
  for (let i = 0; i < 15; i++) {
    const [a] = await time(() => analyzeCase(walmart), 1, i === 0 ? 20 : 0);
    const [y] = await time(() => parseYaml(walmart), 1, i === 0 ? 20 : 0);
    const [m] = await time(
      () => uncertaintySections(walmartAnalysis, { trials: 10_000 }),
      1,
      i === 0 ? 2 : 0,
    );
    walmartTimes.push(a!);
    walmartYamlTimes.push(y!);
    simulationTimes.push(m!);
  }
  const walmartStats = stats(walmartTimes);
  const walmartYamlStats = stats(walmartYamlTimes);
  const simulationStats = stats(simulationTimes);
  const simulationVsAnalysis = simulationStats.median / walmartStats.median;

  // 3. Sizes.
  const size = (path: string) => (existsSync(path) ? statSync(path).size : null);
  // The host is two bundles: extension.js (loaded at activation) and engine.js (loaded on first use).
  const activationBundleBytes = size(join(root, 'dist', 'extension.js'));
  const engineBundleBytes = size(join(root, 'dist', 'engine.js'));
  const hostBundleBytes =
    activationBundleBytes === null || engineBundleBytes === null
      ? null
      : activationBundleBytes + engineBundleBytes;
  const webviewBundleBytes = size(join(root, 'dist', 'webview', 'preview.js'));
  const vsix = readdirSync(root).find((f) => /^itcase-.*\.vsix$/.test(f));
  const vsixBytes = vsix ? size(join(root, vsix)) : null;

  // 4. Activation: load the host bundle fresh and run activate against a fake vscode module.
  const activation = await measureActivation();

  const preview = readPreviewResults();
  const results = {
    coreVsYamlParse: round(coreVsYamlParse),
    coreVsYamlLanguageServer: round(coreVsYamlLanguageServer),
    walmartVsYamlParse: round(walmartStats.median / walmartYamlStats.median),
    simulationVsAnalysis: round(simulationVsAnalysis),
    hostBundleBytes,
    webviewBundleBytes,
    vsixBytes,
    activationMs: activation ? round(activation.median) : null,
    previewUpdateMs: preview?.previewUpdateMs ?? null,
    markdownPreviewUpdateMs: preview?.markdownPreviewUpdateMs ?? null,
    previewUpdateP90Ms: preview?.previewUpdateP90Ms ?? null,
    markdownPreviewUpdateP90Ms: preview?.markdownPreviewUpdateP90Ms ?? null,
    floorPreviewUpdateMs: preview?.floorPreviewUpdateMs ?? null,
    floorPreviewUpdateP90Ms: preview?.floorPreviewUpdateP90Ms ?? null,
    previewUpdateMeetsGoal: preview ? previewMeetsGoal(preview) : null,
    previewMeasuredAt: preview?.measuredAt ?? null,
    details: {
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
      largeCaseLines: lineCount,
      hostBundles: { extensionJs: activationBundleBytes, engineJs: engineBundleBytes },
      coreMs: oursStats,
      yamlParseMs: bareStats,
      yamlLanguageServerMs: lsStats,
      yamlLanguageServerDiagnostics: lsDiagnostics,
      coreMsBesideLanguageServer: ourLsStats,
      walmartAnalysisMs: walmartStats,
      walmartYamlParseMs: walmartYamlStats,
      walmartSimulationMs: simulationStats,
      activationMs: activation,
      preview: preview ?? 'run `npm run bench:preview` to measure the preview in a real VS Code',
    },
  };

  const row = (name: string, value: string, goal: string, ok: boolean | null) =>
    log(
      `${name.padEnd(28)} ${value.padStart(14)}   ${goal.padEnd(22)} ${ok === null ? 'not measured' : ok ? 'meets goal' : 'MISSES goal'}`,
    );
  const spread = (s: Stats) =>
    `median ${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)}, n=${s.runs})`;
  log();
  log(`Machine: ${results.details.machine}`);
  log(`itcase parse+validate+compute: ${spread(oursStats)}`);
  log(`yaml parse:                    ${spread(bareStats)}`);
  log(`yaml-language-server validate: ${spread(lsStats)} (${lsDiagnostics} diagnostics)`);
  log(`Walmart analysis:              ${spread(walmartStats)}`);
  log(`Walmart yaml parse:            ${spread(walmartYamlStats)}`);
  log(`Walmart 10,000 trials:         ${spread(simulationStats)}`);
  log();
  row('metric', 'value', 'goal', null);
  row('coreVsYamlParse', results.coreVsYamlParse.toFixed(2), '≤ 1.5', results.coreVsYamlParse <= 1.5);
  row(
    'coreVsYamlLanguageServer',
    results.coreVsYamlLanguageServer.toFixed(3),
    '≤ 1',
    results.coreVsYamlLanguageServer <= 1,
  );
  row('walmartVsYamlParse', results.walmartVsYamlParse.toFixed(2), '', null);
  row(
    'simulationVsAnalysis',
    results.simulationVsAnalysis.toFixed(1),
    '≤ 200',
    results.simulationVsAnalysis <= 200,
  );
  row(
    'hostBundleBytes',
    String(hostBundleBytes),
    '≤ 400 000',
    hostBundleBytes === null ? null : hostBundleBytes <= 400_000,
  );
  row(
    'webviewBundleBytes',
    String(webviewBundleBytes),
    '≤ 400 000',
    webviewBundleBytes === null ? null : webviewBundleBytes <= 400_000,
  );
  row('vsixBytes', String(vsixBytes), '≤ 1 048 576', vsixBytes === null ? null : vsixBytes <= 1_048_576);
  row(
    'activationMs',
    String(results.activationMs),
    '≤ 50',
    results.activationMs === null ? null : results.activationMs <= 50,
  );
  row(
    'previewUpdateMs',
    String(results.previewUpdateMs),
    '≤ 0.5 × Markdown (median and p90)',
    results.previewUpdateMeetsGoal,
  );
  row('markdownPreviewUpdateMs', String(results.markdownPreviewUpdateMs), '', null);
  row('floorPreviewUpdateMs', String(results.floorPreviewUpdateMs), '', null);
  if (!vsix) log('(no .vsix in the checkout: run `npm run package` first to measure vsixBytes)');
  if (json) console.log(JSON.stringify(results));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Runs bench/activation.cjs in a plain Node process, so no TypeScript loader distorts the load. */
async function measureActivation(): Promise<Stats | null> {
  if (!existsSync(join(root, 'dist', 'extension.js'))) return null;
  const output = execFileSync(process.execPath, [join(__dirname, 'activation.cjs'), '30'], {
    encoding: 'utf8',
  });
  return stats(JSON.parse(output) as number[]);
}

interface PreviewResults {
  previewUpdateMs: number;
  markdownPreviewUpdateMs: number;
  previewUpdateP90Ms?: number;
  markdownPreviewUpdateP90Ms?: number;
  /** A webview that does no work: VS Code's own keystroke-to-webview time (bench-preview.ts). */
  floorPreviewUpdateMs?: number;
  floorPreviewUpdateP90Ms?: number;
  measuredAt: string;
}

function readPreviewResults(): PreviewResults | null {
  const file = join(root, 'bench-results', 'preview.json');
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PreviewResults;
  } catch {
    return null;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
