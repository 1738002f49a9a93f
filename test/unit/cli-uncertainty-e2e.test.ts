import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The built CLI (dist/cli.js, from `npm run build`) with the real engine's simulation, on the
 * Walmart example, which has ranges.
 */
const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const WALMART = 'examples/walmart.itcase.yaml';

function itcase(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('itcase report with the simulation (end to end)', () => {
  it('gives identical JSON for the same seed, run twice', () => {
    const first = itcase(['report', WALMART, '--json', '--seed', '7']);
    const second = itcase(['report', WALMART, '--json', '--seed', '7']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const report = JSON.parse(first.stdout);
    expect(report.uncertainty.seed).toBe(7);
    expect(report.sensitivity.length).toBeGreaterThan(0);
    expect(report.breakEven.investments.length).toBe(report.investments.length);
  });

  it('takes the number of trials from --trials', () => {
    const r = itcase(['report', WALMART, '--json', '--trials', '200']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"trials": 200');
  });

  it('prints the three sections as tables, each tornado input as file:line:col', () => {
    const r = itcase(['report', WALMART, '--trials', '200', '--seed', '7']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\nUncertainty\nMonte Carlo, 200 trials, seed 7\n');
    expect(r.stdout).toContain('\nSensitivity (tornado)\n');
    expect(r.stdout).toContain('\nBreak-even (what must be true)\n');
    expect(r.stdout).toMatch(/ examples\/walmart\.itcase\.yaml:\d+:\d+$/m);
  });

  it("writes each tornado input's ends in its unit: money ranges in USD, a gross-margin range in percent", () => {
    const r = itcase(['report', WALMART, '--trials', '200']);
    expect(r.stdout).toMatch(/^Costs, FY2012 +USD 130M +USD 220M /m);
    expect(r.stdout).toMatch(/^Gross margin, FY2014 +24\.25% +24\.35% /m);
    const report = JSON.parse(itcase(['report', WALMART, '--json', '--trials', '200']).stdout);
    const kinds = Object.fromEntries(
      report.sensitivity.flatMap((t: { inputs: { path: string; kind: string }[] }) =>
        t.inputs.map((i) => [i.path, i.kind]),
      ),
    );
    expect(kinds['investments[0].costs[0]']).toBe('money');
    expect(kinds['grossMargin[2]']).toBe('percent');
  });
});

describe('the JSON report', () => {
  it('rounds figures to 12 significant digits', () => {
    const out = itcase(['report', WALMART, '--json']).stdout;
    const report = JSON.parse(out) as { base: { grossProfit: number[] } };
    const numbers: number[] = [];
    JSON.parse(out, (_key, value: unknown) => {
      if (typeof value === 'number') numbers.push(value);
      return value;
    });
    expect(numbers.length).toBeGreaterThan(100);
    for (const n of numbers) expect(Number(n.toPrecision(12))).toBe(n);
    expect(report.base.grossProfit[0]).toBe(109.39495);
  });

  it('carries the operating-leverage curve of the latest period, rounded like every figure', () => {
    const report = JSON.parse(itcase(['report', WALMART, '--json']).stdout);
    const curve = report.leverageCurve as {
      period: string;
      points: { revenueChange: number; operatingProfitChange: number }[];
      tenPercentDrop: number;
    };
    expect(curve.period).toBe('FY2014');
    expect(curve.points.map((p) => p.revenueChange)).toEqual([
      -0.3, -0.25, -0.2, -0.15, -0.1, -0.05, 0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3,
    ]);
    // The 10% drop: gross profit falls by 10% of itself, against the operating profit.
    const last = report.periods.length - 1;
    const expected = (-0.1 * report.base.grossProfit[last]) / report.base.operatingProfit[last];
    expect(curve.tenPercentDrop).toBeCloseTo(expected, 10);
    expect(curve.points[4]!.operatingProfitChange).toBe(curve.tenPercentDrop);
  });
});
