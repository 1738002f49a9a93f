// Rewrites the performance table of README.md (between <!-- bench:start --> and <!-- bench:end -->)
// from the figures of `npm run bench -- --json`, so the README shows what was measured, not what was typed.
//
//   node scripts/readme-bench.mjs               runs `npm run bench -- --json`, then rewrites the table
//   node scripts/readme-bench.mjs results.json  rewrites it from a saved result (the bench's last line)
//
// Run `npm run package` first so the bundle and package sizes are measured, and `npm run
// bench:preview` for the preview's figures (without them the table says "not measured").
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const readmePath = join(root, 'README.md');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

function benchResults() {
  const file = process.argv[2];
  const output = file
    ? readFileSync(resolve(file), 'utf8')
    : execFileSync('npm', ['run', '--silent', 'bench', '--', '--json'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      });
  const last = output.trim().split('\n').pop() ?? '';
  return JSON.parse(last);
}

const bytes = (n) => n.toLocaleString('en-US').replace(/,/g, ' ');
const fixed = (digits) => (n) => n.toFixed(digits);

/**
 * The rows of the table: what each figure is, how it reads and its goal (the goals `npm run bench`
 * checks, in bench/run.ts). `ok` is null for a figure without a goal.
 */
const ROWS = [
  {
    key: 'coreVsYamlParse',
    what: 'parse + check + compute a generated case of {largeCaseLines} lines ÷ the bare `yaml` parse of it',
    show: fixed(2),
    goal: '≤ 1.5',
    ok: (v) => v <= 1.5,
  },
  {
    key: 'coreVsYamlLanguageServer',
    what: 'the same ÷ yaml-language-server validating it with the JSON Schema',
    show: fixed(3),
    goal: '≤ 1',
    ok: (v) => v <= 1,
  },
  {
    key: 'walmartVsYamlParse',
    what: 'the Walmart case analysed ÷ its bare `yaml` parse',
    show: fixed(2),
    goal: '',
    ok: () => null,
  },
  {
    key: 'simulationVsAnalysis',
    what: "10,000 trials of the Walmart case's ranges ÷ one analysis of it",
    show: fixed(1),
    goal: '≤ 200',
    ok: (v) => v <= 200,
  },
  {
    key: 'hostBundleBytes',
    what: 'extension host bundles (extension.js + engine.js), bytes',
    show: bytes,
    goal: '≤ 400 000',
    ok: (v) => v <= 400_000,
  },
  {
    key: 'webviewBundleBytes',
    what: 'preview bundle, bytes',
    show: bytes,
    goal: '≤ 400 000',
    ok: (v) => v <= 400_000,
  },
  { key: 'vsixBytes', what: 'the .vsix, bytes', show: bytes, goal: '≤ 1 048 576', ok: (v) => v <= 1_048_576 },
  {
    key: 'activationMs',
    what: 'activation: loading the host bundle and running `activate`, ms (median of 30)',
    show: fixed(1),
    goal: '≤ 50',
    ok: (v) => v <= 50,
  },
  {
    key: 'previewUpdateMs',
    what: "last keystroke of a six-character number typed at one key every 40 ms to the preview showing it, in a real VS Code, ms (median / 90th percentile of 40, in four rounds that open the three previews in turn, after five warm-up edits each time one opens), beside the Markdown preview and a bare webview that only shows the typed line (VS Code's own floor)",
    show: (v, results) => {
      const p90 = results.previewUpdateP90Ms;
      const md = results.markdownPreviewUpdateMs;
      const md90 = results.markdownPreviewUpdateP90Ms;
      const floor = results.floorPreviewUpdateMs;
      const pair = (a, b) => `${a.toFixed(1)} / ${b?.toFixed(1) ?? '—'}`;
      const against = `against Markdown ${pair(md, md90)}${floor ? ` and the floor ${pair(floor, results.floorPreviewUpdateP90Ms)}` : ''}`;
      const ratios = `${(v / md).toFixed(2)}× Markdown's median, ${p90 && md90 ? (p90 / md90).toFixed(2) : '—'}× its p90${floor ? `; the floor is ${(floor / md).toFixed(2)}× Markdown's median` : ''}`;
      return `${pair(v, p90)} ${against} (${ratios})`;
    },
    goal: '≤ 0.5 × Markdown, median and p90',
    // The bench's verdict (bench/previewGoal.ts), not a second copy of the rule.
    ok: (_v, results) => results.previewUpdateMeetsGoal ?? null,
  },
];

function table(results) {
  const lines = ['| figure | what is measured | value | goal | |', '| --- | --- | --- | --- | --- |'];
  for (const row of ROWS) {
    const value = results[row.key];
    const what = row.what.replace('{largeCaseLines}', bytes(results.details?.largeCaseLines ?? 0));
    if (value === null || value === undefined) {
      const how =
        row.key === 'previewUpdateMs' ? 'run `npm run bench:preview`' : 'run `npm run package` first';
      lines.push(`| \`${row.key}\` | ${what} | not measured (${how}) | ${row.goal} | |`);
      continue;
    }
    const ok = row.ok(value, results);
    const verdict = ok === null ? '' : ok ? 'meets' : '**misses**';
    lines.push(`| \`${row.key}\` | ${what} | ${row.show(value, results)} | ${row.goal} | ${verdict} |`);
  }
  const machine = results.details?.machine ?? 'an unknown machine';
  const day = new Date().toISOString().slice(0, 10);
  return `${lines.join('\n')}\n\nMeasured by \`npm run bench\` on ${machine}, ${day}.`;
}

const results = benchResults();
const readme = readFileSync(readmePath, 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) throw new Error(`README.md has no ${START} … ${END} block`);
writeFileSync(
  readmePath,
  `${readme.slice(0, from + START.length)}\n\n${table(results)}\n\n${readme.slice(to)}`,
);
console.log('README.md: performance table rewritten');
