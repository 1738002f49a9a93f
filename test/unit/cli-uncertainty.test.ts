import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli';
import { table, withDecimals } from '../../src/cli/table';
import { uncertaintyText, type SectionsContext } from '../../src/cli/uncertaintyText';
import type { SensitivityInput, UncertaintySections } from '../../src/core/report';
import { uncertaintySections } from '../../src/core/uncertainty/sections';
import { POINT_AND_TRIALS } from '../../src/core/present/sentences';
import { SEED_CASE } from './fixtures';

// The CLI's own wiring is tested here without the engine's simulation: it hands back fixtures.
vi.mock('../../src/core/uncertainty/sections', () => ({ uncertaintySections: vi.fn() }));
const engine = vi.mocked(uncertaintySections);

const HOSTILE = 'Evil\u001b[31m\nname';

/** A small case's sections: two periods, one investment with a hostile name, ranges in the file. */
function smallSections(): UncertaintySections {
  return {
    uncertainty: {
      trials: 10000,
      seed: 1,
      base: {
        operatingProfit: [
          { p5: -1.25, p10: -0.5, p50: 2, p90: 3.456, p95: 4.1, mean: 1.95 },
          { p5: 10, p10: 11.5, p50: 12.25, p90: 13, p95: 14, mean: 12.3 },
        ],
        operatingMargin: [],
        probabilityOperatingLoss: [0.071, 0],
      },
      scenarios: [],
      investments: [
        {
          name: HOSTILE,
          npv: { p5: -0.5, p10: -0.25, p50: 1.5, p90: 3, p95: 3.5, mean: 1.4 },
          probabilityNegativeNpv: 0.12,
          npvHistogram: { start: -0.5, width: 0.2, counts: [1] },
          irr: { p5: -0.05, p10: 0, p50: 0.125, p90: 0.3, p95: 0.35, mean: 0.13, undefinedShare: 0.01 },
          paybackPeriods: { p5: 1, p10: 1.5, p50: 2.25, p90: 3, p95: 3, mean: 2.2, neverShare: 0.2 },
        },
      ],
    },
    sensitivity: [
      {
        target: 'npv',
        investment: HOSTILE,
        pointOutput: 1.5,
        inputs: [
          {
            path: 'investments[0].benefits[1]',

            label: 'Benefits, FY2',
            kind: 'money',
            line: 20,
            column: 17,
            low: 0.1,
            high: 0.32,
            outputAtLow: -0.25,
            outputAtHigh: 3.25,
            swing: 3.5,
          },
          {
            path: 'grossMargin',

            label: 'Gross margin',
            kind: 'percent',
            line: 9,
            column: 14,
            low: 0.2425,
            high: 0.2435,
            outputAtLow: 1,
            outputAtHigh: 1.5,
            swing: 0.5,
          },
        ],
      },
      {
        target: 'operatingProfit',
        scenario: null,
        period: 'FY2',
        pointOutput: 12.25,
        inputs: [
          {
            path: 'fixedCosts.stores',

            label: 'Fixed cost stores',
            kind: 'money',
            line: 11,
            column: 11,
            low: 9,
            high: 12.5,
            outputAtLow: 13.75,
            outputAtHigh: 10.25,
            swing: 3.5,
          },
        ],
      },
    ],
    breakEven: {
      investments: [{ name: HOSTILE, benefitsChangeForZeroNpv: -0.37, costsChangeForZeroNpv: 0.52 }],
      base: { revenueChangeForZeroOperatingProfit: [-0.2, 0.05] },
    },
  };
}

const CONTEXT: SectionsContext = {
  file: 'cases/a.itcase.yaml',
  unit: 'million',
  currency: 'USD',
  periods: ['FY1', 'FY2'],
};

describe('uncertaintyText: how sure, what drives it, what must be true', () => {
  it('prints the three sections as aligned tables and sentences', () => {
    expect(uncertaintyText(smallSections(), CONTEXT)).toBe(
      [
        '',
        'Uncertainty',
        'Monte Carlo, 10,000 trials, seed 1',
        POINT_AND_TRIALS,
        '',
        'Operating profit, base case',
        'Period          P5         P10         P50         P90         P95        Mean  Chance of a loss',
        '------  ----------  ----------  ----------  ----------  ----------  ----------  ----------------',
        'FY1     USD −1.25M  USD −0.50M   USD 2.00M   USD 3.46M   USD 4.10M   USD 1.95M              7.1%',
        'FY2     USD 10.00M  USD 11.50M  USD 12.25M  USD 13.00M  USD 14.00M  USD 12.30M              0.0%',
        '',
        'NPV by investment',
        'Investment                    P5         P10        P50        P90        P95       Mean  Chance NPV < 0',
        '--------------------  ----------  ----------  ---------  ---------  ---------  ---------  --------------',
        'Evil\\u001b[31m\\nname  USD −0.50M  USD −0.25M  USD 1.50M  USD 3.00M  USD 3.50M  USD 1.40M           12.0%',
        '',
        'IRR by investment (undefined: trials whose cash flows give no IRR)',
        'Investment               P5   P10    P50    P90    P95   Mean  Undefined',
        '--------------------  -----  ----  -----  -----  -----  -----  ---------',
        'Evil\\u001b[31m\\nname  −5.0%  0.0%  12.5%  30.0%  35.0%  13.0%       1.0%',
        '',
        'Payback by investment (P50 over the trials that pay back)',
        'Investment            P50 (periods)  Never paid back',
        '--------------------  -------------  ---------------',
        'Evil\\u001b[31m\\nname           2.25            20.0%',
        '',
        'Sensitivity (tornado)',
        'One input at a time from its low to its high end, the others at their point values; largest swing first.',
        '',
        'NPV of Evil\\u001b[31m\\nname, point estimate USD 1.50M',
        'Input                  Low         High  NPV at low  NPV at high      Swing  Where',
        '-------------  -----------  -----------  ----------  -----------  ---------  -------------------------',
        'Benefits, FY2  USD 100.00k  USD 320.00k  USD −0.25M    USD 3.25M  USD 3.50M  cases/a.itcase.yaml:20:17',
        'Gross margin        24.25%       24.35%   USD 1.00M    USD 1.50M  USD 0.50M  cases/a.itcase.yaml:9:14',
        '',
        'Operating profit in FY2 (base case), point estimate USD 12.25M',
        'Input                 Low       High  Profit at low  Profit at high      Swing  Where',
        '-----------------  ------  ---------  -------------  --------------  ---------  -------------------------',
        'Fixed cost stores  USD 9M  USD 12.5M     USD 13.75M      USD 10.25M  USD 3.50M  cases/a.itcase.yaml:11:11',
        '',
        'Break-even (what must be true)',
        '',
        'Investment: Evil\\u001b[31m\\nname',
        '  Benefits can fall 37% before NPV turns negative.',
        '  Costs can rise 52% before NPV turns negative.',
        '',
        'Revenue change for zero operating profit, base case (gross margin and costs held)',
        'Period  Revenue change',
        '------  --------------',
        'FY1             −20.0%',
        'FY2              +5.0%',
        '',
      ].join('\n'),
    );
  });

  it('writes negative figures with the minus sign, and nothing from the file as a control character', () => {
    const text = uncertaintyText(smallSections(), CONTEXT);
    expect(text).toContain('\u2212');
    expect(text).not.toMatch(/-\d/);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
    // One line per row: the name's newline is escaped, not printed.
    expect(text.split('\n').filter((l) => l.startsWith('name'))).toEqual([]);
  });

  it('lists the ten largest swings of a tornado and counts the rest', () => {
    const inputs = Array.from({ length: 13 }, (_, i): SensitivityInput => ({
      path: `fixedCosts.line${i}`,
      label: `Fixed cost line${i}`,
      kind: 'money',
      line: 20 + i,
      column: 3,
      low: 1,
      high: 2,
      outputAtLow: 13 - i,
      outputAtHigh: 11 - i,
      swing: 2,
    }));
    const sections = smallSections();
    sections.sensitivity = [
      { target: 'operatingProfit', scenario: null, period: 'FY2', pointOutput: null, inputs },
    ];
    const text = uncertaintyText(sections, CONTEXT);
    expect(text).toContain('Operating profit in FY2 (base case)\n');
    expect(text).toMatch(/^Fixed cost line9 .* cases\/a\.itcase\.yaml:29:3$/m);
    expect(text).not.toContain('Fixed cost line10');
    expect(text).toContain('\n3 more inputs with smaller swings not shown.\n');
    sections.sensitivity[0]!.inputs = inputs.slice(0, 11);
    expect(uncertaintyText(sections, CONTEXT)).toContain('\n1 more input with smaller swings not shown.\n');
    sections.sensitivity[0]!.inputs = [];
    // Ranges in the file, none reaching this outcome (one in a scenario, say): say so, and what to do.
    expect(uncertaintyText(sections, CONTEXT)).toContain(
      '\nNo range in the file reaches it: give one of its inputs a range, such as { low: 90, likely: 100, high: 120 }, to see what moves it.\n',
    );
    expect(uncertaintyText({ ...sections, uncertainty: null }, CONTEXT)).toContain('\nNo input moves it.\n');
  });

  it('without ranges: no simulation, and each input line moved by −10% and +10%', () => {
    const sections = smallSections();
    sections.uncertainty = null;
    sections.sensitivity = [
      {
        target: 'operatingProfit',
        scenario: null,
        period: 'FY2',
        pointOutput: 5,
        inputs: [
          {
            path: 'revenue',

            label: 'Revenue',
            kind: 'change',
            line: 7,
            column: 10,
            low: -0.1,
            high: 0.1,
            outputAtLow: -5,
            outputAtHigh: 15,
            swing: 20,
          },
        ],
      },
    ];
    const text = uncertaintyText(sections, { ...CONTEXT, unit: 'billion', currency: 'EUR' });
    expect(text).not.toContain('Uncertainty');
    expect(text).not.toContain('Monte Carlo');
    expect(text).toContain('No ranges in the file: each input line moves from −10% to +10% of its value.\n');
    expect(text).toContain(
      [
        'Input     Low  High  Profit at low  Profit at high       Swing  Where',
        '-------  ----  ----  -------------  --------------  ----------  ------------------------',
        'Revenue  −10%  +10%     EUR −5.00B      EUR 15.00B  EUR 20.00B  cases/a.itcase.yaml:7:10',
      ].join('\n'),
    );
  });

  it('says what must be true in each direction, and when no change of one kind reaches zero', () => {
    const sections = smallSections();
    sections.breakEven = {
      investments: [
        { name: 'Under water', benefitsChangeForZeroNpv: 0.1, costsChangeForZeroNpv: -0.052 },
        { name: 'Only benefits', benefitsChangeForZeroNpv: -1, costsChangeForZeroNpv: null },
        { name: 'At zero', benefitsChangeForZeroNpv: 0, costsChangeForZeroNpv: 0 },
      ],
      base: { revenueChangeForZeroOperatingProfit: [null, -0.2] },
    };
    const text = uncertaintyText(sections, CONTEXT);
    expect(text).toContain(
      [
        'Investment: Under water',
        '  Benefits must rise 10% for NPV to reach zero.',
        '  Costs must fall 5.2% for NPV to reach zero.',
        '',
        'Investment: Only benefits',
        '  Benefits can fall 100% before NPV turns negative.',
        '  No change in costs alone brings NPV to zero.',
        '',
        'Investment: At zero',
        '  NPV is zero: any fall in benefits turns it negative.',
        '  NPV is zero: any rise in costs turns it negative.',
      ].join('\n'),
    );
    expect(text).toContain(
      [
        'Period  Revenue change',
        '------  --------------',
        'FY1               —',
        'FY2             −20.0%',
        '—: no change in revenue alone brings operating profit to zero.',
      ].join('\n'),
    );
  });

  it('writes the money of one table in one unit, a smaller one when every figure is below 1', () => {
    const sections = smallSections();
    sections.uncertainty!.investments[0]!.npv = {
      p5: -0.04987,
      p10: -0.031,
      p50: 0.0375,
      p90: 0.09715,
      p95: 0.11149,
      mean: 0.0349,
    };
    const text = uncertaintyText(sections, { ...CONTEXT, unit: 'billion' });
    expect(text).toContain(
      'Evil\\u001b[31m\\nname  USD −49.87M  USD −31.00M  USD 37.50M  USD 97.15M  USD 111.49M  USD 34.90M           12.0%',
    );
    // Operating profit is above 1 billion in places: that table stays in billions.
    expect(text).toContain('FY2     USD 10.00B  USD 11.50B  USD 12.25B');
  });

  it('shows shares of the trials near 0 and 1 without rounding them to a certainty', () => {
    const sections = smallSections();
    sections.uncertainty!.base.probabilityOperatingLoss = [0.0002, 0.9999];
    const text = uncertaintyText(sections, CONTEXT);
    expect(text).toMatch(/^FY1 .* <0\.1%$/m);
    expect(text).toMatch(/^FY2 .* >99\.9%$/m);
  });

  it("writes an input's ends in the unit its kind says, whatever its path looks like", () => {
    const input = (
      path: string,
      kind: SensitivityInput['kind'],
      low: number,
      high: number,
    ): SensitivityInput => ({
      path,
      label: path,
      kind,
      line: 3,
      column: 4,
      low,
      high,
      outputAtLow: 1,
      outputAtHigh: 2,
      swing: 1,
    });
    const sections = smallSections();
    sections.sensitivity = [
      {
        target: 'operatingProfit',
        scenario: null,
        period: 'FY2',
        pointOutput: 1.5,
        inputs: [
          // A money range on a path a guess would read as a percent, and the other way round.
          input('fixedCosts.growth.growth', 'money', 9.8, 10.6),
          input('revenue.start', 'percent', -0.15, -0.05),
          input('itSpend.erp', 'change', -0.1, 0.1),
        ],
      },
    ];
    const text = uncertaintyText(sections, { ...CONTEXT, unit: 'billion' });
    expect(text).toMatch(/^fixedCosts\.growth\.growth +USD 9\.8B +USD 10\.6B /m);
    expect(text).toMatch(/^revenue\.start +−15\.0% +−5\.0% /m);
    expect(text).toMatch(/^itSpend\.erp +−10\.0% +\+10\.0% /m);
  });
});

describe('tables with decimal-aligned columns', () => {
  it('lines up decimal points, padding each figure no further than its own formatter went', () => {
    expect(
      table(
        [
          ['Name', 'Money', 'Share'],
          ['a', { text: 'USD −1.5M', digits: 2 }, { text: '10%', digits: 1 }],
          ['b', { text: 'USD 12.25M', digits: 2 }, { text: '5.5%', digits: 1 }],
          ['c', { text: '—', digits: 2 }, { text: '<0.1%', digits: 0 }],
          ['d', { text: 'USD 3.5M', digits: 1 }, { text: '12.34%', digits: 2 }],
        ],
        ['left', 'decimal', 'decimal'],
      ),
    ).toBe(
      [
        'Name       Money   Share',
        '----  ----------  ------',
        'a     USD −1.50M  10.0%',
        'b     USD 12.25M   5.5%',
        'c          —      <0.1%',
        'd      USD 3.5M   12.34%',
      ].join('\n'),
    );
  });

  it('gives the figures of one unit the same decimals across the table, and none from another unit', () => {
    const money = (text: string) => ({ text, digits: 2, unit: 'money' });
    const percent = (text: string) => ({ text, digits: 2, unit: '%' });
    const multiple = (text: string) => ({ text, digits: 1, unit: '×' });
    const rows = [
      ['', 'FY1', 'FY2'],
      ['Revenue', money('100'), money('110.5')],
      ['Profit', money('5'), money('−2')],
      ['Margin', percent('5%'), percent('−1.81%')],
      ['Leverage', multiple('20.0×'), multiple('5.0×')],
    ];
    expect(table(rows, ['left', 'decimal', 'decimal'])).toBe(
      [
        '              FY1      FY2',
        '--------  -------  -------',
        'Revenue   100.0    110.5',
        'Profit      5.0     −2.0',
        'Margin      5.00%   −1.81%',
        'Leverage   20.0×     5.0×',
      ].join('\n'),
    );
    // Whole amounts stay whole beside a multiple's decimal, units digits in line with it.
    expect(
      table(
        [
          ['', 'FY1'],
          ['Revenue', money('100')],
          ['Leverage', multiple('5.0×')],
        ],
        ['left', 'decimal'],
      ),
    ).toBe(['             FY1', '--------  ------', 'Revenue   100', 'Leverage    5.0×'].join('\n'));
  });

  it('pads a fraction with zeros to a number of decimals', () => {
    expect(withDecimals('37%', 1)).toBe('37.0%');
    expect(withDecimals('USD −1,234.5B', 2)).toBe('USD −1,234.50B');
    expect(withDecimals('12.34%', 1)).toBe('12.34%');
    expect(withDecimals('—', 2)).toBe('—');
  });
});

describe('itcase report with the sections (engine mocked)', () => {
  let folder: string;
  let file: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'itcase-cli-uncertainty-'));
    file = join(folder, 'seed.itcase.yaml');
    writeFileSync(file, SEED_CASE);
  });

  beforeEach(() => {
    engine.mockReset();
    engine.mockReturnValue(smallSections());
  });

  function report(args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = run(['report', ...args], { out: (t) => (stdout += t), err: (t) => (stderr += t) });
    return { code, stdout, stderr };
  }

  it.each([
    [['--trials', '5'], "--trials must be a whole number from 100 to 100,000, got '5'"],
    [['--trials', '100001'], "--trials must be a whole number from 100 to 100,000, got '100001'"],
    [['--trials', '1e4'], "--trials must be a whole number from 100 to 100,000, got '1e4'"],
    [['--trials', '250.5'], "--trials must be a whole number from 100 to 100,000, got '250.5'"],
    [['--seed', '-1'], "--seed must be a non-negative whole number (at most 2^53 − 1), got '-1'"],
    [['--seed', 'x'], "--seed must be a non-negative whole number (at most 2^53 − 1), got 'x'"],
    [['--seed', '9007199254740992'], "got '9007199254740992'"],
    [['--seed'], 'option --seed needs a value'],
  ])('refuses %j with exit code 2 and says why', (flags, message) => {
    const r = report([file, ...flags]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(engine).not.toHaveBeenCalled();
  });

  it('passes --trials and --seed to the simulation, and the file’s own settings without them', () => {
    expect(report([file, '--trials', '200', '--seed=7']).code).toBe(0);
    expect(engine).toHaveBeenLastCalledWith(expect.anything(), { trials: 200, seed: 7 });
    expect(report([file, '--seed', '0', '--trials', '100000']).code).toBe(0);
    expect(engine).toHaveBeenLastCalledWith(expect.anything(), { trials: 100000, seed: 0 });
    expect(report([file]).code).toBe(0);
    expect(engine).toHaveBeenLastCalledWith(expect.anything(), {});
  });

  it('merges uncertainty, sensitivity and breakEven into the JSON report at the top level', () => {
    const r = report([file, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.title).toBe('Why a 10% sales drop halves the margin');
    expect(json.base.operatingProfit).toEqual([5]);
    expect(json.uncertainty).toEqual(smallSections().uncertainty);
    expect(json.sensitivity).toEqual(smallSections().sensitivity);
    expect(json.breakEven).toEqual(smallSections().breakEven);
    // Through the JSON writer: the name's control characters are escaped, the value is the same.
    expect(r.stdout).toContain('"name": "Evil\\u001b[31m\\nname"');
  });

  it('prints the sections after the tables, with the file as named for file:line:col', () => {
    const r = report([file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Operating profit\s+USD M\s+5(\.0+)?\b/);
    const tables = r.stdout.indexOf('Scenario: Sales fall 10%');
    expect(tables).toBeGreaterThan(0);
    expect(r.stdout.indexOf('\nUncertainty\nMonte Carlo, 10,000 trials, seed 1\n')).toBeGreaterThan(tables);
    expect(r.stdout).toContain(`${file}:20:17\n`);
    expect(r.stdout).toContain('  Benefits can fall 37% before NPV turns negative.\n');
  });

  it('still prints the report when the sections fail, says so, and exits 1', () => {
    engine.mockImplementation(() => {
      throw new Error('boom\u001b[2J');
    });
    const text = report([file]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('Scenario: Sales fall 10%');
    expect(text.stdout).not.toContain('Sensitivity');
    expect(text.stderr).toBe(
      'itcase: could not compute uncertainty, sensitivity and break-even (boom\\u001b[2J). Please report this.\n',
    );
    const json = report([file, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).not.toHaveProperty('uncertainty');
    engine.mockReturnValue(null);
    const none = report([file]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('itcase: could not compute uncertainty, sensitivity and break-even (');
  });

  it('does not simulate a case with errors', () => {
    const broken = join(folder, 'broken.itcase.yaml');
    writeFileSync(broken, SEED_CASE.replace('grossMargin: 25%', 'grossMargin: high'));
    const r = report([broken, '--json', '--seed', '3']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      diagnostics: [expect.objectContaining({ line: 12, column: 14 })],
    });
    expect(engine).not.toHaveBeenCalled();
  });
});

describe('the built CLI refuses bad simulation options', () => {
  const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
  it.each([
    ['--trials', '5'],
    ['--seed', '-1'],
    ['--seed', 'x'],
  ])('exits 2 for %s %s', (flag, value) => {
    const r = spawnSync(process.execPath, [CLI, 'report', 'examples/walmart.itcase.yaml', flag, value], {
      cwd: join(__dirname, '..', '..'),
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^itcase: ${flag} must be a .*, got '${value}'\\n`));
  });
});
