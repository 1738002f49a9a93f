import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/analyze';
import type { DiagnosticCode } from '../../src/core/diagnostic';
import { quickFixes, type QuickFix } from '../../src/core/fixes';

/** A case with three periods; `body` adds or replaces the lines after the header. */
function caseWith(body: string): string {
  return `itcase: 1
title: T
company: { name: Co }
currency: USD
periods: [2012, 2013, 2014]
${body}`;
}

const BASE = caseWith('revenue: [100, 110, 120]\ngrossMargin: 25%\n');

function crlf(text: string): string {
  return text.replace(/\n/g, '\r\n');
}

/** The fixes of the `index`th diagnostic with this code. */
function fixesOf(text: string, code: DiagnosticCode, index = 0): QuickFix[] {
  const analysis = analyzeCase(text);
  const diagnostic = analysis.diagnostics.filter((d) => d.code === code)[index];
  if (!diagnostic) throw new Error(`no ${code} diagnostic in:\n${text}`);
  return quickFixes(text, analysis, diagnostic);
}

function apply(text: string, fix: QuickFix): string {
  let result = text;
  for (const edit of [...fix.edits].sort((a, b) => b.start - a.start))
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}

/** The text after the first fix of the first diagnostic with this code. */
function fixed(text: string, code: DiagnosticCode, index = 0): string {
  const fixes = fixesOf(text, code, index);
  expect(fixes.length, `a fix for ${code}`).toBeGreaterThan(0);
  return apply(text, fixes[0]!);
}

function codes(text: string): DiagnosticCode[] {
  return analyzeCase(text).diagnostics.map((d) => d.code);
}

describe('renaming an unknown key to the suggested one', () => {
  it('renames a misspelt top-level key and keeps its value and comment', () => {
    const text = caseWith('revnue: [100, 110, 120] # 10-K\ngrossMargin: 25%\n');
    const result = fixed(text, 'unknown-key');
    expect(result).toBe(caseWith('revenue: [100, 110, 120] # 10-K\ngrossMargin: 25%\n'));
    expect(codes(result)).toEqual([]);
    expect(fixesOf(text, 'unknown-key')[0]!.title).toBe("Rename 'revnue' to 'revenue'");
  });

  it('renames a key inside a flow map', () => {
    const text = BASE.replace('company: { name: Co }', 'company: { name: Co, industy: retail }');
    expect(fixed(text, 'unknown-key')).toBe(
      BASE.replace('company: { name: Co }', 'company: { name: Co, industry: retail }'),
    );
  });

  it('renames a quoted key to the plain name', () => {
    const text = caseWith('"revnue": 100\ngrossMargin: 25%\n');
    expect(fixed(text, 'unknown-key')).toBe(caseWith('revenue: 100\ngrossMargin: 25%\n'));
  });

  it('keeps CRLF line ends', () => {
    const text = crlf(caseWith('revnue: 100 # note\ngrossMargin: 25%\n'));
    expect(fixed(text, 'unknown-key')).toBe(crlf(caseWith('revenue: 100 # note\ngrossMargin: 25%\n')));
  });

  it('offers nothing when the suggested key is already in the map', () => {
    expect(fixesOf(BASE + 'revnue: 3\n', 'unknown-key')).toEqual([]);
  });
});

describe('a misspelt value of a closed list', () => {
  it('writes the unit, distribution, kind and type the error suggests, keeping comments', () => {
    const text = caseWith(
      'unit: bilion # of USD\nrevenue: { low: 90, high: 110, dist: unifrom }\ngrossMargin: 25%\n' +
        'itSpend:\n  erp: { amount: 5, kind: rnu, type: "OPEX" }\n',
    );
    const found = analyzeCase(text).diagnostics;
    // One problem each, at the value, with the suggestion; the range is not also "missing a dist".
    expect(
      found.map((d) => `${d.code} ${d.line}:${d.column} ${d.message.split(': did you mean ')[1]}`),
    ).toEqual([
      'invalid-value 6:7 `billion`?',
      'invalid-value 7:38 `uniform`?',
      'invalid-value 10:27 `run`?',
      'invalid-value 10:38 `opex`?',
    ]);
    expect(fixesOf(text, 'invalid-value')[0]!.title).toBe('Change bilion to billion');
    expect(fixesOf(text, 'invalid-value', 3)[0]!.title).toBe('Change "OPEX" to opex');
    let result = text;
    for (let i = 0; i < 4; i++) result = fixed(result, 'invalid-value');
    expect(result).toBe(
      caseWith(
        'unit: billion # of USD\nrevenue: { low: 90, high: 110, dist: uniform }\ngrossMargin: 25%\n' +
          'itSpend:\n  erp: { amount: 5, kind: run, type: opex }\n',
      ),
    );
    expect(codes(result)).toEqual([]);
  });

  it('writes a currency code in capitals', () => {
    const text = caseWith('revenue: 100\ngrossMargin: 25%\n').replace('currency: USD', 'currency: usd');
    expect(analyzeCase(text).diagnostics[0]!.message).toBe(
      "currency must be an ISO 4217 currency code like USD, got 'usd': did you mean `USD`?",
    );
    expect(fixed(text, 'invalid-value')).toBe(caseWith('revenue: 100\ngrossMargin: 25%\n'));
  });

  it('offers nothing when no value is near', () => {
    const text = caseWith('unit: lakh\nrevenue: 100\ngrossMargin: 25%\n');
    expect(analyzeCase(text).diagnostics[0]!.message).toBe(
      "unit must be one of one, thousand, million, billion, got 'lakh'",
    );
    expect(fixesOf(text, 'invalid-value')).toEqual([]);
  });
});

describe("a benchmark's metric a slip away from one of the case's own", () => {
  const withMetric = (metric: string) =>
    `${BASE}benchmarks:\n  - id: peers\n    title: Peers\n    metric: ${metric} # as the survey names it\n    source: Survey\n    values: { A: 0.04 }\n`;

  it('is a warning at the metric, and the fix writes the metric meant', () => {
    const text = withMetric('itSpendShareOfRevnue');
    const found = analyzeCase(text).diagnostics;
    expect(
      found.map(
        (d) => `${d.severity} ${d.code} ${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.message}`,
      ),
    ).toEqual([
      'warning unknown-metric 11:13-11:33 benchmarks[0].metric `itSpendShareOfRevnue` is not a metric of this case, so the case is not placed among these values: did you mean `itSpendShareOfRevenue`?',
    ]);
    expect(analyzeCase(text).report!.benchmarks[0]!.comparison).toEqual({ ok: false, reason: 'no-metric' });
    expect(fixesOf(text, 'unknown-metric')[0]!.title).toBe(
      'Change itSpendShareOfRevnue to itSpendShareOfRevenue',
    );
    const result = fixed(text, 'unknown-metric');
    expect(result).toBe(withMetric('itSpendShareOfRevenue'));
    expect(codes(result)).toEqual([]);
    expect(analyzeCase(result).report!.benchmarks[0]!.comparison.ok).toBe(true);
  });

  it("says nothing of a metric of its own, far from the case's (drawn without the case)", () => {
    expect(codes(withMetric('marketCap'))).toEqual([]);
    expect(codes(withMetric('storesOpened'))).toEqual([]);
  });
});

describe("a ratio benchmark's value above 1", () => {
  const withValues = (values: string, metric = 'itSpendShareOfRevenue') =>
    `${BASE}benchmarks:\n  - id: peers\n    title: Peers\n    metric: ${metric}\n    unit: ratio\n    source: Survey\n    values: { ${values} }\n`;

  it('is a warning at the value, and the fix writes it as the fraction of the percent it most likely is', () => {
    const text = withValues('A: 2.5, B: 4, C: 0.03');
    expect(
      analyzeCase(text).diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}:${d.column} ${d.message}`),
    ).toEqual([
      'warning suspicious-percent 14:18 benchmarks[0].values.A is 2.5, which a ratio reads as 250%: if it is 2.5%, write 0.025',
      'warning suspicious-percent 14:26 benchmarks[0].values.B is 4, which a ratio reads as 400%: if it is 4%, write 0.04',
    ]);
    expect(fixesOf(text, 'suspicious-percent')[0]!.title).toBe('Change 2.5 to 0.025');
    const result = fixed(fixed(text, 'suspicious-percent'), 'suspicious-percent');
    expect(result).toBe(withValues('A: 0.025, B: 0.04, C: 0.03'));
    expect(codes(result)).toEqual([]);
  });

  it('moves the point in the number as written, without float noise', () => {
    for (const [written, fraction] of [
      ['150', '1.5'],
      ['-3', '-0.03'],
      ['12.75', '0.1275'],
      ['4.1', '0.041'],
      ['100.0', '1'],
    ] as const) {
      expect(fixesOf(withValues(`A: ${written}`), 'suspicious-percent')[0]!.edits[0]!.newText, written).toBe(
        fraction,
      );
    }
  });

  it('says nothing of a money metric, or of a fraction', () => {
    expect(codes(withValues('A: 2.5', 'itSpend').replace('unit: ratio', 'unit: billion'))).toEqual([]);
    expect(codes(withValues('A: 0.999, B: -1'))).toEqual([]);
  });
});

describe("a benchmark's value written as a percent", () => {
  const withValues = (values: string, unit = 'ratio') =>
    `${BASE}benchmarks:\n  - id: peers\n    title: Peers\n    metric: itSpendShareOfRevenue\n    unit: ${unit}\n    source: Survey\n    values: { ${values} }\n`;

  it('says the fraction it stands for, and the fix writes it, without float noise', () => {
    const text = withValues('A: 2.5%, B: "4.1 %", C: 0.03');
    expect(
      analyzeCase(text).diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}:${d.column} ${d.message}`),
    ).toEqual([
      "error not-number 14:18 benchmarks[0].values.A must be a number, got '2.5%', a percent: write it as the fraction 0.025",
      "error not-number 14:27 benchmarks[0].values.B must be a number, got '4.1 %', a percent: write it as the fraction 0.041",
    ]);
    expect(fixesOf(text, 'not-number').map((f) => f.title)).toEqual(['Change 2.5% to 0.025']);
    const result = fixed(fixed(text, 'not-number'), 'not-number');
    expect(result).toBe(withValues('A: 0.025, B: 0.041, C: 0.03'));
    expect(codes(result)).toEqual([]);
  });

  it('gets no fraction for a value that is no percent, and a count that is a percent gets no fix', () => {
    const text = withValues('A: 1.2M', 'million');
    expect(analyzeCase(text).diagnostics.map((d) => d.message)).toEqual([
      "benchmarks[0].values.A must be a number, got '1.2M', a money amount",
    ]);
    expect(fixesOf(text, 'not-number')).toEqual([]);
    const employees = BASE.replace(/company: .*/, 'company: { name: A, employees: 5% }');
    expect(employees).not.toBe(BASE);
    const diagnostic = analyzeCase(employees).diagnostics.find((d) => d.code === 'not-number');
    expect(diagnostic?.message).toMatch(/employees/);
    expect(fixesOf(employees, 'not-number')).toEqual([]);
  });
});

describe('a text cut at " #"', () => {
  it('is a warning over the text and what YAML took for a comment, and the fix quotes them as written', () => {
    const text = BASE.replace('title: T', 'title: ERP #2 rollout at Nordwerk  ');
    expect(
      analyzeCase(text).diagnostics.map(
        (d) => `${d.severity} ${d.code} ${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.message}`,
      ),
    ).toEqual([
      'warning yaml-syntax 2:8-2:34 YAML: a text ends at " #", so this one is "ERP" and "#2 rollout at Nordwerk" is a comment. To keep the whole text, put it in quotes: "ERP #2 rollout at Nordwerk".',
    ]);
    expect(fixesOf(text, 'yaml-syntax')[0]!.title).toBe('Put the text in quotes');
    const result = fixed(text, 'yaml-syntax');
    expect(result).toBe(BASE.replace('title: T', 'title: "ERP #2 rollout at Nordwerk"  '));
    expect(codes(result)).toEqual([]);
    expect(analyzeCase(result).report!.title).toBe('ERP #2 rollout at Nordwerk');
  });

  it('says nothing of a comment meant: "# " with a space, or after a number', () => {
    expect(codes(BASE.replace('title: T', 'title: ERP # the big one'))).toEqual([]);
    expect(codes(BASE.replace('revenue: [100, 110, 120]', 'revenue: [100, 110, 120] #billions'))).toEqual([]);
    expect(codes(BASE.replace('title: T', 'title: "ERP" #2'))).toEqual([]);
  });
});

describe('a percent where money is expected', () => {
  it('writes the percent as an amount, keeping the comment', () => {
    const text = BASE + 'fixedCosts:\n  stores: 25% # illustrative\n';
    const fixes = fixesOf(text, 'not-money');
    expect(fixes[0]!.title).toBe('Change 25% to 25 (an amount in the case’s unit)');
    const result = apply(text, fixes[0]!);
    expect(result).toBe(BASE + 'fixedCosts:\n  stores: 25 # illustrative\n');
    expect(codes(result)).toEqual([]);
  });

  it('drops the quotes of a quoted percent', () => {
    expect(fixed(BASE + 'fixedCosts:\n  stores: "-2.5%"\n', 'not-money')).toBe(
      BASE + 'fixedCosts:\n  stores: -2.5\n',
    );
  });

  it('fixes one value of a flow list', () => {
    const text = caseWith('revenue: [100, 110%, 120]\ngrossMargin: 25%\n');
    expect(fixed(text, 'not-money')).toBe(BASE);
  });

  it('changes both ends of a range text and keeps its quotes', () => {
    const text = BASE + 'itSpend:\n  run: { amount: "10%..12%" }\n';
    const result = fixed(text, 'not-money');
    expect(result).toBe(BASE + 'itSpend:\n  run: { amount: "10..12" }\n');
    expect(codes(result)).toEqual([]);
  });

  it('keeps CRLF line ends', () => {
    const text = crlf(BASE + 'fixedCosts:\n  stores: 25%\n  trucks: 3\n');
    expect(fixed(text, 'not-money')).toBe(crlf(BASE + 'fixedCosts:\n  stores: 25\n  trucks: 3\n'));
  });

  it('offers nothing for a value that is no percent', () => {
    expect(fixesOf(BASE + 'fixedCosts:\n  stores: high\n', 'not-money')).toEqual([]);
  });
});

describe('a number where a percent is meant', () => {
  it('adds % to a gross margin written as a whole number', () => {
    const text = caseWith('revenue: [100, 110, 120]\ngrossMargin: 25 # of revenue\n');
    const fixes = fixesOf(text, 'suspicious-percent');
    expect(fixes[0]!.title).toBe('Change 25 to 25%');
    const result = apply(text, fixes[0]!);
    expect(result).toBe(caseWith('revenue: [100, 110, 120]\ngrossMargin: 25% # of revenue\n'));
    expect(codes(result)).toEqual([]);
  });

  it('fixes one value of a block list', () => {
    const text = caseWith(
      'revenue: [100, 110, 120]\ngrossMargin:\n  - 24.5%\n  - 24.3 # rounded\n  - 24.3%\n',
    );
    expect(fixed(text, 'suspicious-percent')).toBe(
      caseWith('revenue: [100, 110, 120]\ngrossMargin:\n  - 24.5%\n  - 24.3% # rounded\n  - 24.3%\n'),
    );
  });

  it('writes a number given as text as a percent', () => {
    const text = BASE + 'scenarios:\n  - { name: Down, revenueChange: "-10" }\n';
    const result = fixed(text, 'not-percent');
    expect(result).toBe(BASE + 'scenarios:\n  - { name: Down, revenueChange: -10% }\n');
    expect(codes(result)).toEqual([]);
  });

  it('keeps CRLF line ends', () => {
    const text = crlf(caseWith('revenue: 100\ngrossMargin: 25\n'));
    expect(fixed(text, 'suspicious-percent')).toBe(crlf(caseWith('revenue: 100\ngrossMargin: 25%\n')));
  });
});

describe('a series with the wrong number of values', () => {
  it('pads a flow list with its last value', () => {
    const text = caseWith('revenue: [100, 110] # 10-K\ngrossMargin: 25%\n');
    const fixes = fixesOf(text, 'series-length');
    expect(fixes[0]!.title).toBe('Repeat the last value (110) for the last period');
    const result = apply(text, fixes[0]!);
    expect(result).toBe(caseWith('revenue: [100, 110, 110] # 10-K\ngrossMargin: 25%\n'));
    expect(codes(result)).toEqual([]);
  });

  it('pads a block list with lines at its indentation, after the last line’s comment', () => {
    const text = caseWith(
      'revenue:\n  - 100 # FY2012\n  - { low: 105, likely: 110, high: 115 } # FY2013\ngrossMargin: 25%\n',
    );
    const fixes = fixesOf(text, 'series-length');
    expect(fixes[0]!.title).toBe(
      'Repeat the last value ({ low: 105, likely: 110, high: 115 }) for the last period',
    );
    const result = apply(text, fixes[0]!);
    expect(result).toBe(
      caseWith(
        'revenue:\n  - 100 # FY2012\n  - { low: 105, likely: 110, high: 115 } # FY2013\n  - { low: 105, likely: 110, high: 115 }\ngrossMargin: 25%\n',
      ),
    );
    expect(codes(result)).toEqual([]);
  });

  it('pads by several periods', () => {
    const text = caseWith('revenue: [100]\ngrossMargin: 25%\n');
    expect(fixesOf(text, 'series-length')[0]!.title).toBe(
      'Repeat the last value (100) for the last 2 periods',
    );
    expect(fixed(text, 'series-length')).toBe(caseWith('revenue: [100, 100, 100]\ngrossMargin: 25%\n'));
  });

  it('trims a flow list to the periods', () => {
    const text = caseWith('revenue: [100, 110, 120, 130, 140] # five\ngrossMargin: 25%\n');
    const fixes = fixesOf(text, 'series-length');
    expect(fixes[0]!.title).toBe('Remove the 2 values after the last period');
    expect(apply(text, fixes[0]!)).toBe(caseWith('revenue: [100, 110, 120] # five\ngrossMargin: 25%\n'));
  });

  it('trims whole lines of a block list and keeps the comments of the lines that stay', () => {
    const text =
      BASE +
      'fixedCosts:\n  stores:\n    # per year\n    - 1 # a\n    - 2\n    - 3 # c\n    - 4 # d\n# the end\n';
    const result = fixed(text, 'series-length');
    expect(result).toBe(
      BASE + 'fixedCosts:\n  stores:\n    # per year\n    - 1 # a\n    - 2\n    - 3 # c\n# the end\n',
    );
    expect(codes(result)).toEqual([]);
  });

  it('keeps CRLF line ends when padding and trimming block lists', () => {
    const short = crlf(caseWith('revenue:\n  - 100\n  - 110\ngrossMargin: 25%\n'));
    const padded = fixed(short, 'series-length');
    expect(padded).toBe(crlf(caseWith('revenue:\n  - 100\n  - 110\n  - 110\ngrossMargin: 25%\n')));
    expect(codes(padded)).toEqual([]);
    const long = crlf(caseWith('revenue:\n  - 100\n  - 110\n  - 120\n  - 130\ngrossMargin: 25%\n'));
    expect(fixed(long, 'series-length')).toBe(
      crlf(caseWith('revenue:\n  - 100\n  - 110\n  - 120\ngrossMargin: 25%\n')),
    );
  });

  it('offers nothing for an empty list', () => {
    expect(fixesOf(caseWith('revenue: []\ngrossMargin: 25%\n'), 'series-length')).toEqual([]);
  });
});

describe('a missing required field', () => {
  it('adds the company’s name before its other fields, at their indentation', () => {
    const text = BASE.replace(
      'company: { name: Co }',
      'company:\n  # what it does\n  industry: retail # shops',
    );
    const fixes = fixesOf(text, 'required');
    expect(fixes[0]!.title).toBe("Add 'name'");
    const result = apply(text, fixes[0]!);
    expect(result).toBe(
      BASE.replace(
        'company: { name: Co }',
        'company:\n  # what it does\n  name: Company name\n  industry: retail # shops',
      ),
    );
    expect(codes(result)).toEqual([]);
  });

  it('offers the placeholder as a snippet to type over', () => {
    const text = BASE.replace('company: { name: Co }', 'company:\n  industry: retail');
    expect(fixesOf(text, 'required')[0]!.edits[0]!.snippet).toBe('name: ${1:Company name}\n  ');
  });

  it('adds a field inside the braces of a flow map', () => {
    const text = BASE.replace('company: { name: Co }', 'company: { industry: retail }');
    const result = fixed(text, 'required');
    expect(result).toBe(
      BASE.replace('company: { name: Co }', 'company: { name: Company name, industry: retail }'),
    );
    expect(codes(result)).toEqual([]);
  });

  it('adds a field to an empty flow map', () => {
    const text = BASE.replace('company: { name: Co }', 'company: {}');
    expect(fixed(text, 'required')).toBe(
      BASE.replace('company: { name: Co }', 'company: { name: Company name }'),
    );
  });

  it('names an investment on its list item’s first line', () => {
    const text = BASE + 'investments:\n  - costs: [1, 0, 0] # build\n    benefits: [0, 1, 1]\n';
    const result = fixed(text, 'required');
    expect(result).toBe(
      BASE + 'investments:\n  - name: Investment 1\n    costs: [1, 0, 0] # build\n    benefits: [0, 1, 1]\n',
    );
    expect(codes(result)).toEqual([]);
  });

  it('adds top-level fields after the field before them in the format’s order', () => {
    const text =
      '# A case\nitcase: 1 # format\ncompany: { name: Co }\nperiods: [2014]\nrevenue: 100\ngrossMargin: 25%\n';
    const fixes = fixesOf(text, 'required');
    expect(fixes[0]!.title).toBe("Add 'title', 'currency'");
    const result = apply(text, fixes[0]!);
    expect(result).toBe(
      '# A case\nitcase: 1 # format\ntitle: Business case title\ncurrency: USD\ncompany: { name: Co }\nperiods: [2014]\nrevenue: 100\ngrossMargin: 25%\n',
    );
    expect(codes(result)).toEqual([]);
    expect(fixes[0]!.edits[0]!.snippet).toBe('\ntitle: ${1:Business case title}\ncurrency: ${2:USD}');
  });

  it('adds every missing field of a benchmark, flow and block, with snippets escaped', () => {
    const block = BASE + 'benchmarks:\n  - id: peers # from IDC\n';
    const blockResult = fixed(block, 'required');
    expect(blockResult).toBe(
      BASE +
        'benchmarks:\n  - id: peers # from IDC\n    title: Benchmark title\n    metric: itSpend\n    source: Who published it and when\n    values: { Label: 0 }\n',
    );
    expect(codes(blockResult)).toEqual([]);
    const flow = BASE + 'benchmarks:\n  - { id: peers }\n';
    const fixes = fixesOf(flow, 'required');
    expect(codes(apply(flow, fixes[0]!))).toEqual([]);
    expect(fixes[0]!.edits[0]!.snippet).toContain('values: { ${4:Label}: ${5:0} \\}');
  });

  it('keeps CRLF line ends', () => {
    const text = crlf(BASE.replace('company: { name: Co }', 'company:\n  industry: retail'));
    const result = fixed(text, 'required');
    expect(result).toBe(
      crlf(BASE.replace('company: { name: Co }', 'company:\n  name: Company name\n  industry: retail')),
    );
  });
});

describe('a scenario name used twice', () => {
  it('appends (2) to the second, plain or quoted', () => {
    const plain =
      BASE + 'scenarios:\n  - name: Down # first\n    revenueChange: -10%\n  - name: Down # again\n';
    const fixes = fixesOf(plain, 'duplicate-name');
    expect(fixes[0]!.title).toBe("Rename to 'Down (2)'");
    const result = apply(plain, fixes[0]!);
    expect(result).toBe(
      BASE + 'scenarios:\n  - name: Down # first\n    revenueChange: -10%\n  - name: Down (2) # again\n',
    );
    expect(codes(result)).toEqual([]);
    const quoted = BASE + "scenarios:\n  - { name: 'Down' }\n  - { name: 'Down' }\n";
    expect(fixed(quoted, 'duplicate-name')).toBe(
      BASE + "scenarios:\n  - { name: 'Down' }\n  - { name: 'Down (2)' }\n",
    );
  });

  it('takes the first number not yet used', () => {
    const text = BASE + 'scenarios:\n  - name: Down\n  - name: Down (2)\n  - name: Down\n';
    expect(fixed(text, 'duplicate-name')).toBe(
      BASE + 'scenarios:\n  - name: Down\n  - name: Down (2)\n  - name: Down (3)\n',
    );
  });

  it('keeps CRLF line ends', () => {
    const text = crlf(BASE + 'scenarios:\n  - name: Down\n  - name: Down\n');
    expect(fixed(text, 'duplicate-name')).toBe(
      crlf(BASE + 'scenarios:\n  - name: Down\n  - name: Down (2)\n'),
    );
  });
});

describe('which diagnostics get fixes', () => {
  it('offers nothing for a diagnostic the current text no longer has', () => {
    const before = caseWith('revnue: 100\ngrossMargin: 25%\n');
    const stale = analyzeCase(before).diagnostics.find((d) => d.code === 'unknown-key')!;
    const after = caseWith('revenue: 100\ngrossMargin: 25%\n');
    expect(quickFixes(after, analyzeCase(after), stale)).toEqual([]);
  });

  it('offers nothing for problems without an obvious repair', () => {
    const text = caseWith('revenue: [100, 110, 120]\ngrossMargin: high\n');
    expect(fixesOf(text, 'not-percent')).toEqual([]);
  });

  it('marks each fix as the preferred one, with edits that do not overlap', () => {
    const text = caseWith('revenue: [100]\ngrossMargin: 25\nrevnue: 1\n');
    const analysis = analyzeCase(text);
    for (const diagnostic of analysis.diagnostics) {
      for (const fix of quickFixes(text, analysis, diagnostic)) {
        expect(fix.preferred).toBe(true);
        const edits = [...fix.edits].sort((a, b) => a.start - b.start);
        edits.slice(1).forEach((edit, i) => expect(edit.start).toBeGreaterThanOrEqual(edits[i]!.end));
      }
    }
  });
});

describe('a whole amount without a scale suffix', () => {
  const inMillions = (revenue: string) => caseWith(`unit: million\nrevenue: ${revenue}\ngrossMargin: 25%\n`);

  it('writes "$150,000" as the absolute amount 150k, which reads as 0.15 million', () => {
    const text = inMillions('["$150,000", 110, 120]');
    const fixes = fixesOf(text, 'unscaled-money');
    expect(fixes[0]!.title).toBe('Change "$150,000" to 150k (an absolute amount)');
    const result = apply(text, fixes[0]!);
    expect(result).toBe(inMillions('[150k, 110, 120]'));
    expect(codes(result)).toEqual([]);
    expect(analyzeCase(result).report!.base.revenue[0]).toBeCloseTo(0.15, 12);
  });

  it('changes both ends of a range text and keeps its quotes', () => {
    const text = inMillions("'$1,000,000..$2,500,000'");
    expect(fixed(text, 'unscaled-money')).toBe(inMillions("'1M..2.5M'"));
  });

  it('changes only the end of a range that has no suffix, and is not offered as the preferred fix', () => {
    const text = inMillions('"$150k..$200,000"');
    expect(fixed(text, 'unscaled-money')).toBe(inMillions('"$150k..200k"'));
    expect(fixesOf(text, 'unscaled-money')[0]!.preferred).toBe(false);
  });

  it('the amount after the fix is the amount the text showed, for any whole amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 10 ** 13 }), (amount) => {
        const text = inMillions(`"$${amount.toLocaleString('en-US')}"`);
        const result = fixed(text, 'unscaled-money');
        const revenue = analyzeCase(result).report!.base.revenue[0]!;
        expect(Math.abs(revenue * 1e6 - amount)).toBeLessThanOrEqual(amount * 1e-12);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a text with ": " in it, read by YAML as a key and its value', () => {
  it('quotes a title that YAML cannot read, keeping every character and the comment', () => {
    const text = BASE.replace('title: T', 'title: Walmart: the case, "FY2014"  # draft');
    const analysis = analyzeCase(text);
    const error = analysis.diagnostics.find((d) => d.code === 'yaml-syntax')!;
    expect(error.message).toBe(
      'YAML: the ": " inside this text starts a key and its value, which cannot stand here. To keep the text as written, put it in quotes: "Walmart: the case, \\"FY2014\\"".',
    );
    expect([error.line, error.column, error.endLine, error.endColumn]).toEqual([2, 8, 2, 35]);
    const result = fixed(text, 'yaml-syntax');
    expect(result).toBe(BASE.replace('title: T', 'title: "Walmart: the case, \\"FY2014\\""  # draft'));
    const after = analyzeCase(result);
    expect(after.diagnostics).toEqual([]);
    expect(after.report!.title).toBe('Walmart: the case, "FY2014"');
    expect(fixesOf(text, 'yaml-syntax')[0]!.title).toBe('Put the text in quotes');
  });

  it('quotes a list item of sources, in a file with CRLF line ends', () => {
    const text = crlf(`${BASE}sources:\n  - Walmart 10-K: FY2014, p. 12 # the filing\n  - IDC: 2015\n`);
    const analysis = analyzeCase(text);
    expect(analysis.diagnostics.map((d) => d.message)).toEqual([
      'sources[0] must be text, got a map: the ": " after "Walmart 10-K" starts a key and its value. To keep the text as written, put it in quotes.',
      'sources[1] must be text, got a map: the ": " after "IDC" starts a key and its value. To keep the text as written, put it in quotes.',
    ]);
    const once = fixed(text, 'wrong-type');
    const twice = fixed(once, 'wrong-type');
    expect(twice).toBe(
      crlf(`${BASE}sources:\n  - "Walmart 10-K: FY2014, p. 12" # the filing\n  - "IDC: 2015"\n`),
    );
    const after = analyzeCase(twice);
    expect(after.diagnostics).toEqual([]);
    expect(after.report!.sources).toEqual(['Walmart 10-K: FY2014, p. 12', 'IDC: 2015']);
  });

  it('offers nothing for a map that is meant (several keys, or over several lines) or another YAML error', () => {
    const several = `${BASE}sources:\n  - a: 1\n    b: 2\n`;
    expect(analyzeCase(several).diagnostics[0]!.message).toBe('sources[0] must be text, got a map');
    expect(fixesOf(several, 'wrong-type')).toEqual([]);
    const nested = `${BASE}sources:\n  - a:\n      b\n`;
    expect(fixesOf(nested, 'wrong-type')).toEqual([]);
    // A quoted text followed by ": " is another mistake: yaml's own words, no fix.
    const quoted = BASE.replace('title: T', 'title: "a": b');
    expect(analyzeCase(quoted).diagnostics[0]!.message).toContain('Nested mappings');
    expect(fixesOf(quoted, 'yaml-syntax')).toEqual([]);
  });
});
