/**
 * Nothing the user wrote is silently lost or changed: every value counts or gets a diagnostic at its
 * exact place, and all problems are reported in one pass.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/analyze';
import type { Diagnostic } from '../../src/core/diagnostic';
import { quickFixes } from '../../src/core/fixes';
import { quoteSlips } from '../../src/core/yaml/colonInText';
import { SEED_CASE, THREE_PERIODS } from './fixtures';

const at = (d: Diagnostic | undefined) => (d ? `${d.line}:${d.column}-${d.endLine}:${d.endColumn}` : 'none');
const codes = (text: string) => analyzeCase(text).diagnostics.map((d) => d.code);
const find = (text: string, code: string) => analyzeCase(text).diagnostics.find((d) => d.code === code);
/** Every problem of a file as one line: severity, code, place and message. */
const said = (text: string) =>
  analyzeCase(text).diagnostics.map((d) => `${d.severity} ${d.code} ${at(d)} ${d.message}`);

/**
 * Each line of each template: where it is (`walmart:12`), its text, the template with that line
 * replaced, its 1-based number and the line above it.
 */
function forEachTemplateLine(
  visit: (
    where: string,
    line: string,
    withLine: (text: string) => string,
    lineNumber: number,
    above: string,
  ) => void,
): void {
  for (const name of ['walmart', 'amazon']) {
    const lines = readFileSync(join(__dirname, '..', '..', 'examples', `${name}.itcase.yaml`), 'utf8').split(
      '\n',
    );
    lines.forEach((line, i) =>
      visit(
        `${name}:${i + 1}`,
        line,
        (text) => [...lines.slice(0, i), text, ...lines.slice(i + 1)].join('\n'),
        i + 1,
        lines[i - 1] ?? '',
      ),
    );
  }
}

describe('every problem in one pass', () => {
  it('a type error in grossMargin hides none of the other problems', () => {
    const text = `itcase: 1
title: Many mistakes
company: { name: Co }
currency: USD
periods: [2012, 2013]
grossMargin: high
revenue: [1, 2, 3]
fixedCosts:
  rent: { 2012: 1, 2015: 2 }
investments:
  - name: A
    cashflows: [-1, 2]
    costs: 1
scenarios:
  - name: S
    revenueChange: 8
  - name: S
`;
    const found = analyzeCase(text).diagnostics.map((d) => `${d.code}@${at(d)}`);
    expect(found).toEqual([
      'not-percent@6:14-6:18',
      'series-length@7:10-7:19',
      'unknown-period@9:20-9:24',
      'cashflows-with-costs@13:5-13:10',
      'suspicious-percent@16:20-16:21',
      'duplicate-name@17:11-17:12',
    ]);
  });

  it('reports more problems than a call has argument slots, and unknown keys in linear time', () => {
    const unknown = Array.from({ length: 80_000 }, (_, i) => `bogus${i}: 1`).join('\n');
    expect(analyzeCase(`${SEED_CASE}${unknown}\n`).diagnostics.length).toBe(80_000);
    const bad = Array.from({ length: 130_000 }, (_, i) => `  k${i}: x`).join('\n');
    const many = analyzeCase(
      SEED_CASE.replace('fixedCosts:\n  stores-and-logistics: 20', `fixedCosts:\n${bad}`),
    );
    expect(many.diagnostics.length).toBe(130_000);
    expect(many.diagnostics[0]!.code).toBe('not-money');
  });

  it('checks every field that is valid when another one is not', () => {
    const text = SEED_CASE.replace('revenue: 100', 'revenue: lots').replace(
      'discountRate: 8%',
      'discountRate: 12',
    );
    expect(codes(text)).toEqual(['suspicious-percent', 'not-money']);
  });
});

describe('one mistake, one problem', () => {
  const walmart = readFileSync(new URL('../../examples/walmart.itcase.yaml', import.meta.url), 'utf8');
  const withPeriods = (periods: string) =>
    walmart.replace('periods: [FY2012, FY2013, FY2014]', periods ?? '');

  for (const [periods, code] of [
    ['periods: FY2012', 'invalid-value'],
    ['periods: []', 'invalid-value'],
    ['', 'required'],
  ] as const) {
    it(`\`${periods || 'no periods'}\` is one error, not one more for every series`, () => {
      const found = analyzeCase(withPeriods(periods)).diagnostics;
      expect(found.map((d) => d.code)).toEqual([code]);
    });
  }

  it('a period label that cannot be read, or is written twice, does not make every map series wrong', () => {
    const text = SEED_CASE.replace('periods: [2014]', 'periods: [2013, { a: 1 }]').replace(
      'revenue: 100',
      'revenue: { 2013: 90, 2014: 100 }',
    );
    expect(codes(text)).toEqual(['invalid-value']);
    const twice = SEED_CASE.replace('periods: [2014]', 'periods: [2014, 2014]').replace(
      'revenue: 100',
      'revenue: { 2014: 100 }',
    );
    expect(codes(twice)).toEqual(['duplicate-name']);
  });

  it('an empty cashflows list is one error, not also an investment with nothing to judge', () => {
    const text = `${SEED_CASE}investments:\n  - name: A\n    cashflows: []\n`;
    expect(codes(text)).toEqual(['invalid-value']);
  });

  it('a range written with three dots is an error that shows the two-dot form', () => {
    const d = find(SEED_CASE.replace('revenue: 100', 'revenue: "90...110"'), 'invalid-range');
    expect(d!.message).toContain('"90...110" has three dots');
    expect(d!.message).toContain('("90..110")');
    expect(at(d)).toBe('11:10-11:20');
    // In a percent field too: the same code and message, not "must be a percent".
    const percent = analyzeCase(
      SEED_CASE.replace('revenueChange: -10%', 'revenueChange: "-15%...-5%"'),
    ).diagnostics;
    expect(percent.map((p) => `${p.code} ${at(p)} ${p.message}`)).toEqual([
      'invalid-range 19:20-19:32 scenarios[0].revenueChange: "-15%...-5%" has three dots: a range is written low..high, with two ("-15%..-5%")',
    ]);
  });

  it('a range of plain numbers in a percent field is shown in percents', () => {
    const d = find(SEED_CASE.replace('revenueChange: -10%', 'revenueChange: "-0.2..-0.05"'), 'not-percent');
    expect(d!.message).toBe(
      'scenarios[0].revenueChange must be a percent like 25%, got \'-0.2..-0.05\': each end of a percent range is a percent ("-20%..-5%")',
    );
  });

  it('a head count that is not a number is not-number, as documented', () => {
    const d = analyzeCase(SEED_CASE.replace('employees: 1000', 'employees: "850 people"')).diagnostics;
    expect(d.map((p) => `${p.code} ${at(p)}`)).toEqual(['not-number 6:14-6:26']);
  });

  it('scenario names that differ only in capitals or spaces are a warning at the second', () => {
    const text = `${SEED_CASE}  - name: sales  fall 10%\n    revenueChange: -5%\n`;
    const d = find(text, 'duplicate-name');
    expect(d!.severity).toBe('warning');
    expect(d!.message).toContain("'sales  fall 10%' differs from 'Sales fall 10%'");
    expect(at(d)).toBe('20:11-20:26');
  });

  it('with periods read, a series of the wrong length or with a label not in periods is still an error', () => {
    expect(codes(SEED_CASE.replace('revenue: 100', 'revenue: [90, 100]'))).toEqual(['series-length']);
    expect(codes(SEED_CASE.replace('revenue: 100', 'revenue: { 2014: 100, 2015: 1 }'))).toEqual([
      'unknown-period',
    ]);
  });
});

describe('a period written twice hides no other problem', () => {
  it('a key that names no period at all is still an error; which of the two a key fills is not judged', () => {
    const text = THREE_PERIODS.replace('periods: [2012, 2013, 2014]', 'periods: [2012, 2012, 2014]').replace(
      'grossMargin: { 2012: 25%, 2013: 25%, 2014: 30% }',
      'grossMargin: { 2012: 25%, 2014: 30%, 2029: 30% }',
    );
    expect(said(text).map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual([
      'error duplicate-name 6:17-6:21',
      'error unknown-period 8:38-8:42',
    ]);
  });
});

describe('a number with thousands separators inside [ ] or { }', () => {
  const three = SEED_CASE.replace('periods: [2014]', 'periods: [2014, 2015, 2016]');

  it('is an error at the number, where YAML would read two values', () => {
    const found = analyzeCase(three.replace('revenue: 100', 'revenue: [1,500, 200, 300]')).diagnostics;
    // Not also: revenue has 4 values but the case has 3 periods.
    expect(found.map((d) => `${d.severity} ${d.code} ${at(d)}`)).toEqual(['error split-number 11:11-11:16']);
    expect(found[0]!.message).toBe(
      '`1,500` is read as 2 values (1, 500): inside [ ] or { } a comma separates values. Write 1500, or "1,500" in quotes.',
    );
  });

  it('in a map by period, is the one problem of the entry, not also an unknown period and an empty value', () => {
    const text = three.replace(
      'stores-and-logistics: 20',
      'stores-and-logistics: { 2014: 5,200, 2015: 6, 2016: 7 }',
    );
    expect(analyzeCase(text).diagnostics.map((d) => `${d.code} ${at(d)}`)).toEqual([
      'split-number 14:33-14:38',
    ]);
    expect(codes(three.replace('revenue: 100', 'revenue: [1,000,000, 2, 3]'))).toEqual(['split-number']);
  });

  it('is left alone in a list broken over lines, and for a decimal comma (0,255)', () => {
    const six = SEED_CASE.replace('periods: [2014]', 'periods: [2022, 2023, 2024, 2025, 2026, 2027]');
    expect(codes(six.replace('revenue: 100', 'revenue: [\n    100,200,300,\n    400,500,600\n  ]'))).toEqual(
      [],
    );
    expect(codes(three.replace('revenue: 100', 'revenue: [0,255, 0,260, 0,270]'))).not.toContain(
      'split-number',
    );
  });

  it('is left alone in a list written without spaces, in quotes, and outside [ ] or { }', () => {
    expect(codes(three.replace('revenue: 100', 'revenue: [100,200,300]'))).toEqual([]);
    expect(codes(three.replace('revenue: 100', 'revenue: ["1,500", 200, 300]'))).toEqual([]);
    expect(codes(three.replace('revenue: 100', 'revenue: "1,500"'))).toEqual([]);
  });
});

describe('a value that is no value says what was likely meant', () => {
  it('a currency sign other than $: write the amount without it', () => {
    expect(find(SEED_CASE.replace('revenue: 100', 'revenue: "€310,000"'), 'not-money')!.message).toBe(
      'revenue must be a money amount like 446.95 or "10.16B", got \'€310,000\': write it without the currency sign ("310,000"); the file\'s `currency` says which',
    );
  });

  it('a range written with a dash or "to": the two-dot form', () => {
    for (const [written, meant] of [
      ['90-110', '90..110'],
      ['"90 to 110"', '90..110'],
      ['"-15%--5%"', '-15%..-5%'],
      ['"$5M - $7M"', '5M..7M'],
    ]) {
      const d = analyzeCase(SEED_CASE.replace('revenue: 100', `revenue: ${written}`)).diagnostics[0]!;
      expect(d.message, written).toContain(`a range is written low..high, with two dots ("${meant}")`);
    }
    expect(find(SEED_CASE.replace('revenue: 100', 'revenue: high'), 'not-money')!.message).not.toContain(':');
    // In a percent field both ends are percents, as a range of percents needs.
    for (const written of ['20-30', '"20-30%"']) {
      const d = find(SEED_CASE.replace('grossMargin: 25%', `grossMargin: ${written}`), 'not-percent');
      expect(d!.message, written).toContain('("20%..30%")');
    }
  });
});

describe('a YAML mistake is shown where it was made', () => {
  const only = (text: string) => {
    const found = analyzeCase(text).diagnostics;
    expect(found.map((d) => d.code)).toEqual(['yaml-syntax']);
    return found[0]!;
  };

  it('a syntax error hides no problem of a value clear of it: all of them in one pass', () => {
    const text = SEED_CASE.replace('revenue: 100', 'revenue: lots')
      .replace('stores-and-logistics: 20', '\tstores-and-logistics: 20')
      .replace('revenueChange: -10%', 'revenueChange: -150%');
    const found = analyzeCase(text);
    expect(found.diagnostics.map((d) => `${d.code} ${at(d)}`)).toEqual([
      'not-money 11:10-11:14',
      'yaml-syntax 14:3-14:4',
      'invalid-value 19:20-19:25',
    ]);
    expect(found.report).toBeNull();
  });

  it('after a syntax error, a value in the part it breaks, or on its line, is not guessed at', () => {
    // The unclosed [ takes the next line as a list item: no "not money" for it, but the margin counts.
    const unclosed = analyzeCase(
      SEED_CASE.replace('revenue: 100', 'revenue: [1,\n  x').replace('grossMargin: 25%', 'grossMargin: high'),
    ).diagnostics;
    expect(unclosed.map((d) => `${d.code} ${d.line}`)).toEqual(['yaml-syntax 11', 'not-percent 13']);
    // A problem of the file's shape (a missing field) may be the error's doing: not reported.
    const missing = analyzeCase(
      SEED_CASE.replace(/^revenue: 100\n/m, '').replace('periods: [2014]', 'periods: [2014'),
    );
    expect(missing.diagnostics.map((d) => d.code)).toEqual(['yaml-syntax']);
  });

  it('a syntax error made anywhere in a sound template adds no problem but itself', () => {
    // Each line of each template broken in seven ways a person slips: whatever the parser makes of
    // the rest, no value problem may appear that the sound file does not have.
    const slips: ((line: string) => string)[] = [
      (l) => `\t${l}`,
      (l) => l.replace(']', ''),
      (l) => l.replace('}', ''),
      (l) => l.replace(': ', ': "'),
      (l) => l.replace(': ', ':: '),
      (l) => l.replace(/^ {2}/, ' '),
      (l) => ` ${l}`,
    ];
    let broken = 0;
    forEachTemplateLine((where, line, withLine) => {
      for (const slip of slips) {
        if (slip(line) === line) continue;
        const found = analyzeCase(withLine(slip(line))).diagnostics;
        if (!found.some((d) => d.code === 'yaml-syntax' && d.severity === 'error')) continue;
        broken++;
        expect(found.filter((d) => d.code !== 'yaml-syntax').map((d) => `${where} ${d.message}`)).toEqual([]);
      }
    });
    expect(broken).toBeGreaterThan(300);
  });

  it('a value just before a line the error is on is still checked', () => {
    const text = SEED_CASE.replace('stores-and-logistics: 20', 'stores-and-logistics: abc').replace(
      'itSpend:',
      '\titSpend:',
    );
    expect(analyzeCase(text).diagnostics.map((d) => `${d.code} ${d.line}`)).toEqual([
      'not-money 14',
      'yaml-syntax 15',
    ]);
  });

  it('thousands of unclosed quotes are each one problem at the quote, without a quadratic walk', () => {
    const count = 20_000;
    const text = `itcase: 1\n${Array.from({ length: count }, (_, i) => `k${i}: "x`).join('\n')}\n`;
    const found = analyzeCase(text).diagnostics.filter((d) => d.code === 'yaml-syntax');
    expect(found).toHaveLength(count);
    expect(found[0]!.message).toContain('the text this " opens has no closing "');
    expect(`${found[count - 1]!.line}:${found[count - 1]!.column}`).toBe(
      `${count + 1}:${`k${count - 1}: `.length + 1}`,
    );
  });

  it('a stray ] is one problem, not one for every token after it', () => {
    const walmart = readFileSync(join(__dirname, '..', '..', 'examples', 'walmart.itcase.yaml'), 'utf8');
    const text = walmart.replace('periods: [FY2012, FY2013, FY2014]', 'periods: [FY2012, FY2013, FY2014]]');
    const found = analyzeCase(text).diagnostics;
    expect(found.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['yaml-syntax 25:34']);
    expect(found[0]!.message).toBe(
      'YAML: Unexpected flow-seq-end token in YAML stream: "]": the file cannot go on from here, so what follows is not read until this is fixed.',
    );
  });

  it('an unclosed [ is reported at the [, not at the next line', () => {
    const d = only(SEED_CASE.replace('periods: [2014]', 'periods: [2014'));
    expect(at(d)).toBe('9:10-9:11');
    expect(d.message).toBe(
      'YAML: the list this `[` opens is not closed where it should be: end it with `]`, or indent the lines that continue it further.',
    );
  });

  it('an unclosed { is reported at the {, and a closed list inside an unclosed one at the outer [', () => {
    expect(
      at(
        only(
          SEED_CASE.replace(
            'company:\n  name: Example retailer\n  industry: retail\n  employees: 1000',
            'company: { name: Example retailer',
          ),
        ),
      ),
    ).toBe('3:10-3:11');
    expect(at(only(SEED_CASE.replace('revenue: 100', 'revenue: [1, [2, 3]')))).toBe('11:10-11:11');
  });

  it('an unclosed [ inside a { that it took the } of is the one problem, at the [', () => {
    const text = SEED_CASE.replace(
      'run-the-business: 0',
      'run-the-business: { amount: [1, kind: run, type: opex }',
    );
    const d = only(text);
    expect(at(d)).toBe('16:31-16:32');
    expect(d.message).toContain('the list this `[` opens');
  });

  it('an unclosed [ or { opened on any value line of a template is one problem, at its opener', () => {
    // yaml reads the lines after an unclosed list as part of it and used to report each of them
    // (78 of these 181 slips gave two to five problems): read again with the closer put in, the
    // opener is the one problem.
    let slips = 0;
    forEachTemplateLine((where, line, withLine, lineNumber) => {
      for (const opener of ['[', '{']) {
        const slip = line.replace(/^(\s*(?:- )?[\w-]+: )(?=[^\s#[{])/, `$1${opener}`);
        if (slip === line) continue;
        slips++;
        const column = slip.indexOf(opener) + 1;
        expect(said(withLine(slip)), `${where} ${slip}`).toEqual([
          expect.stringMatching(
            new RegExp(
              `^error yaml-syntax ${lineNumber}:${column}-${lineNumber}:${column + 1} YAML: the (list|map) this`,
            ),
          ),
        ]);
      }
    });
    expect(slips).toBeGreaterThan(150);
  });

  it('after an unclosed [ in a list item, the items after it are read: their problems are told', () => {
    const walmart = readFileSync(join(__dirname, '..', '..', 'examples', 'walmart.itcase.yaml'), 'utf8');
    const text = walmart
      .replace('    revenueChange: -10%', '    revenueChange: [-10%')
      .replace('    itSpendChange: 10%', '    itSpendChange: -150%');
    expect(said(text)).toEqual([
      'error yaml-syntax 91:20-91:21 YAML: the list this `[` opens is not closed where it should be: end it with `]`, or indent the lines that continue it further.',
      'error invalid-value 99:20-99:25 scenarios[2].itSpendChange is -150%: below −100% IT spend would be negative',
    ]);
  });

  it('what follows a closer put in on its line keeps its place in the text as written', () => {
    // The `]` goes in after `30%`; the stray `}` after it is where the user wrote it.
    const text = THREE_PERIODS.replace('revenue: [100, 110, 120]', 'revenue: [100, 110, 30% }');
    const found = said(text);
    expect(found[0]).toMatch(/^error yaml-syntax 7:10-7:11 YAML: the list this `\[` opens/);
    for (const d of analyzeCase(text).diagnostics) {
      expect(d.line).toBeLessThanOrEqual(text.split('\n').length);
      expect(d.endColumn).toBeLessThanOrEqual((text.split('\n')[d.endLine - 1] ?? '').length + 1);
    }
  });

  it('a key one column out of line with the key above it is one problem, at that key, on every such line of the templates', () => {
    // yaml read a key one column further in as more of the value above it ("Nested mappings are
    // not allowed in compact mappings", "Implicit keys need to be on a single line" there), and one
    // column less far in gave "All mapping items must start at the same column" at the line's first
    // space and the same two for the line after it.
    let slips = 0;
    forEachTemplateLine((where, line, withLine, lineNumber, above) => {
      const key = /^( *)([\w-]+):/.exec(line);
      const sibling = /^( *(?:- )?)([\w-]+): [^\s#[{"|>]/.exec(above);
      if (!key || !sibling || sibling[1]!.length !== key[1]!.length) return;
      const column = key[1]!.length + 1;
      const slipped = key[1]!.length > 0 ? [` ${line}`, line.slice(1)] : [` ${line}`];
      for (const slip of slipped) {
        slips++;
        const at = slip.indexOf(key[2]!) + 1;
        expect(said(withLine(slip)), `${where} ${slip}`).toEqual([
          `error yaml-syntax ${lineNumber}:${at}-${lineNumber}:${at + key[2]!.length} YAML: \`${key[2]!}\` starts in column ${at} and \`${sibling[2]!}\` on the line above in column ${column}, and the keys of one map start in one column: move it under \`${sibling[2]!}\`.`,
        ]);
      }
    });
    expect(slips).toBeGreaterThan(40);
  });

  it('a list item moved out of line with the item above it is one problem, at its -, on every such item of the templates', () => {
    // yaml said "A block sequence may not be used as an implicit map key" or "All sequence items
    // must start at the same column", and up to seven more for the lines after it.
    let slips = 0;
    let lastDash: number | undefined;
    forEachTemplateLine((where, line, withLine, lineNumber) => {
      if (!/\S/.test(line) || /^\s*#/.test(line)) return;
      const indent = /^ */.exec(line)![0].length;
      const item = line.startsWith('- ', indent);
      if (!item) {
        if (lastDash !== undefined && indent < lastDash - 1) lastDash = undefined;
        return;
      }
      const sibling = lastDash;
      lastDash = indent + 1;
      if (sibling !== indent + 1) return;
      for (const moved of [` ${line}`, `  ${line}`, line.slice(1)]) {
        if (moved.startsWith('-')) continue;
        slips++;
        const dash = moved.indexOf('-') + 1;
        expect(said(withLine(moved)), `${where} ${moved}`).toEqual([
          `error yaml-syntax ${lineNumber}:${dash}-${lineNumber}:${dash + 1} YAML: this item's \`-\` is in column ${dash} and that of the item above it in column ${sibling}, and the items of one list start in one column: move it under that \`-\`.`,
        ]);
      }
    });
    expect(slips).toBeGreaterThan(10);
  });

  it('a tab that indents a key is one problem, at the tab, that says to use spaces', () => {
    const text = SEED_CASE.replace('fixedCosts:\n', 'fixedCosts:\n  shops: 5\n\tlogistics: 3\n');
    expect(said(text)).toEqual([
      'error yaml-syntax 15:1-15:2 YAML: a tab indents this line, and YAML indents with spaces only: put spaces in its place.',
    ]);
  });

  it('an unclosed quote is reported at the quote, not at the end of the file', () => {
    const d = only(SEED_CASE.replace('title: Why', 'title: "Why'));
    expect(at(d)).toBe('2:8-2:9');
    expect(d.message).toContain('the text this " opens has no closing "');
  });
});

describe('names the user chooses are plain names', () => {
  for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
    it(`an IT spend line called ${name} counts in the totals`, () => {
      const text = SEED_CASE.replace('run-the-business: 0', `"${name}": 5`);
      const { report, diagnostics } = analyzeCase(text);
      expect(diagnostics).toEqual([]);
      expect(report!.base.itSpend).toEqual([5]);
      expect(report!.base.operatingProfit).toEqual([0]);
    });
  }

  it('keeps __proto__ as a fixed cost line, a map series label and a benchmark value label', () => {
    const text = `${SEED_CASE.replace('stores-and-logistics: 20', '__proto__: 20')}benchmarks:
  - id: b
    title: B
    metric: revenue
    source: me
    values: { __proto__: 3, constructor: 4 }
`;
    const { report, diagnostics } = analyzeCase(text);
    expect(diagnostics).toEqual([]);
    expect(report!.base.fixedCosts).toEqual([20]);
    expect(Object.keys(report!.benchmarks[0]!.values)).toEqual(['__proto__', 'constructor']);
    const mapLabel = analyzeCase(
      THREE_PERIODS.replace('periods: [2012, 2013, 2014]', 'periods: [__proto__, b, c]')
        .replace(
          'grossMargin: { 2012: 25%, 2013: 25%, 2014: 30% }',
          'grossMargin: { __proto__: 25%, b: 25%, c: 30% }',
        )
        .replace('cloud: { 2014: 1 }', 'cloud: { c: 1, __proto__: 2 }'),
    );
    expect(mapLabel.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('keys are compared as written', () => {
  it('2012: and "2012": in one map are duplicate keys, an error at the second', () => {
    const text = THREE_PERIODS.replace('cloud: { 2014: 1 }', 'cloud: { 2014: 1, "2014": 2 }');
    const d = find(text, 'duplicate-key');
    expect(at(d)).toBe('13:21-13:27');
    expect(d!.severity).toBe('error');
    expect(d!.message).toBe(
      'Duplicate key `"2014"`: this map already has it (`"2014"` and `2014` are one key). Only the first is read.',
    );
    // A key written the same way twice needs no word on quotes.
    const plain = find(
      THREE_PERIODS.replace('cloud: { 2014: 1 }', 'cloud: { 2014: 1, 2014: 2 }'),
      'duplicate-key',
    );
    expect(plain!.message).toBe('Duplicate key `2014`: this map already has it. Only the first is read.');
  });

  it('~: and "": are the same key', () => {
    expect(
      find(
        `${SEED_CASE}benchmarks:\n  - { id: a, title: a, metric: m, source: s, values: { ~: 1, "": 2 } }\n`,
        'duplicate-key',
      ),
    ).toBeDefined();
  });

  it('period labels are shown as given: 2012.1 and 2012.10 are different', () => {
    const text = THREE_PERIODS.replace('periods: [2012, 2013, 2014]', 'periods: [2012.1, 2012.10, 2012.2]')
      .replace(
        'grossMargin: { 2012: 25%, 2013: 25%, 2014: 30% }',
        'grossMargin: { 2012.1: 25%, 2012.10: 25%, 2012.2: 30% }',
      )
      .replace('cloud: { 2014: 1 }', 'cloud: { 2012.10: 1 }');
    const { report, diagnostics } = analyzeCase(text);
    expect(diagnostics).toEqual([]);
    expect(report!.periods).toEqual(['2012.1', '2012.10', '2012.2']);
    expect(report!.base.grossProfit[2]).toBeCloseTo(36);
  });
});

describe('nothing silently ignored', () => {
  it('a second YAML document is an error at its start', () => {
    const d = find(`${SEED_CASE}---\nrevenue: 5\n`, 'multiple-documents');
    expect(d!.severity).toBe('error');
    expect(d!.line).toBe(20);
  });

  for (const text of ['""', '"M"', '"$"', '"-"', '"bn"']) {
    it(`the money text ${text} is an error, not 0`, () => {
      const d = analyzeCase(SEED_CASE.replace('revenue: 100', `revenue: ${text}`)).diagnostics[0];
      expect(d!.code).toBe('not-money');
      expect(at(d)).toBe(`11:10-11:${10 + text.length}`);
    });
  }

  it('employees: "k" is an error, not 0', () => {
    const d = analyzeCase(SEED_CASE.replace('employees: 1000', 'employees: "k"')).diagnostics[0];
    expect(d!.message).toContain('must be a number like 2200000');
    expect(at(d)).toBe('6:14-6:17');
  });

  it('negative costs or benefits are errors at the value', () => {
    const text = THREE_PERIODS.replace('costs: [10, 2, 2]', 'costs: [10, -2, 2]').replace(
      'benefits: [0, 8, 12]',
      'benefits: { 2012: 0, 2013: -8, 2014: 12 }',
    );
    const found = analyzeCase(text)
      .diagnostics.filter((d) => d.code === 'negative-amount')
      .map(at);
    expect(found).toEqual(['16:17-16:19', '17:32-17:34']);
  });

  it('a negative fixed cost or IT spend line counts, with a warning at the value', () => {
    const text = SEED_CASE.replace('stores-and-logistics: 20', 'stores-and-logistics: -20').replace(
      'run-the-business: 0',
      'run-the-business: "-1..3"',
    );
    const analysis = analyzeCase(text);
    const found = analysis.diagnostics.filter((d) => d.code === 'negative-amount');
    expect(found.map((d) => `${d.severity} ${at(d)}`)).toEqual([
      'warning 14:25-14:28',
      'warning 16:21-16:28',
    ]);
    expect(found[0]!.message).toContain('fixedCosts.stores-and-logistics is -20');
    // It counts: 25 of gross profit, +20 of the credit, −1 of IT spend (the range's point value).
    expect(analysis.report?.base.operatingProfit[0]).toBeCloseTo(44, 12);
  });

  it('a whole amount without a suffix ("$150,000") counts in the file\'s unit, with a warning at the value', () => {
    const text = SEED_CASE.replace('revenue: 100', 'revenue: "$150,000"')
      .replace('stores-and-logistics: 20', 'stores-and-logistics: "1,000,000..2,000,000"')
      .replace('run-the-business: 0', 'run-the-business: { low: 1, high: "$2,000", dist: uniform }');
    const analysis = analyzeCase(text);
    const found = analysis.diagnostics.filter((d) => d.code === 'unscaled-money');
    expect(found.map((d) => `${d.severity} ${at(d)}`)).toEqual([
      'warning 11:10-11:20',
      'warning 14:25-14:47',
      'warning 16:37-16:45',
    ]);
    expect(found[0]!.message).toBe(
      'revenue "$150,000": 150,000 has no k, M, B or T, so it is read in the file\'s unit, as 150,000 million USD. If you mean 150,000 USD, write "150k".',
    );
    expect(found[1]!.message).toContain('as 1,000,000 and 2,000,000 million USD');
    // It counts as read: 150,000 million.
    expect(analysis.report?.base.revenue).toEqual([150000]);
  });

  it('amounts a file in millions often holds, and any amount in a file in ones, get no warning', () => {
    expect(codes(SEED_CASE.replace('revenue: 100', 'revenue: "1,500"'))).toEqual([]);
    expect(codes(SEED_CASE.replace('revenue: 100', 'revenue: "$1.5B"'))).toEqual([]);
    expect(codes(SEED_CASE.replace('revenue: 100', 'revenue: "$482.2"'))).toEqual([]);
    const inOnes = SEED_CASE.replace('unit: million\n', '')
      .replace('revenue: 100', 'revenue: "$150,000,000"')
      .replace('stores-and-logistics: 20', 'stores-and-logistics: 20000000');
    expect(codes(inOnes)).toEqual([]);
  });

  it('figures that cannot be are errors at the value: negative revenue or head count, a gross margin above 100%', () => {
    const cases: [string, string, string, string][] = [
      ['revenue: 100', 'revenue: -100', 'negative-amount', '11:10-11:14'],
      ['employees: 1000', 'employees: -5', 'negative-amount', '6:14-6:16'],
      ['grossMargin: 25%', 'grossMargin: 150%', 'invalid-value', '12:14-12:18'],
      ['grossMargin: 25%', 'grossMargin: "20%..120%"', 'invalid-value', '12:14-12:25'],
      ['revenueChange: -10%', 'grossMargin: 140%', 'invalid-value', '19:18-19:22'],
    ];
    for (const [from, to, code, where] of cases) {
      const found = analyzeCase(SEED_CASE.replace(from, to)).diagnostics;
      expect(
        found.map((d) => `${d.code} ${at(d)}`),
        to,
      ).toEqual([`${code} ${where}`]);
    }
  });

  it('a misspelt required key is one error, at the misspelling, with the rename as its fix', () => {
    const text = SEED_CASE.replace('revenue: 100', 'revnue: 100').replace(
      '  name: Example retailer',
      '  nmae: Example retailer',
    );
    const found = analyzeCase(text).diagnostics;
    expect(found.map((d) => `${d.severity} ${d.code} ${at(d)} ${d.message}`)).toEqual([
      'error unknown-key 4:3-4:7 Unknown key `nmae` in company is ignored: did you mean `name`? company needs `name`.',
      'error unknown-key 11:1-11:7 Unknown key `revnue` at the top level is ignored: did you mean `revenue`? The case needs `revenue`.',
    ]);
    const fix = quickFixes(text, analyzeCase(text), found[1]!)[0]!;
    expect(fix.title).toBe("Rename 'revnue' to 'revenue'");
    // A key that is no required one's misspelling stays a warning, and a missing key with no
    // misspelling near it is still required where the map starts.
    expect(codes(SEED_CASE.replace('revenue: 100', 'revenue: 100\nrevnue: 3'))).toEqual(['unknown-key']);
    expect(find(SEED_CASE.replace('revenue: 100', 'revnue: 3'), 'unknown-key')!.severity).toBe('error');
    const gone = analyzeCase(SEED_CASE.replace('revenue: 100', 'sales: 100')).diagnostics;
    expect(gone.map((d) => `${d.severity} ${d.code}`)).toEqual(['error required', 'warning unknown-key']);
  });

  it('a plain number above 1 in a margin is one error, where in another percent field it is a warning', () => {
    const shown = said;
    // 25 is read as 2500%: a margin that cannot be. One problem, an error, with the reader's advice.
    expect(shown(SEED_CASE.replace('grossMargin: 25%', 'grossMargin: 25'))).toEqual([
      'error suspicious-percent 12:14-12:16 grossMargin 25 is read as 2500%, and above 100% the cost of goods sold would be negative; write 25% if you mean 25 percent',
    ]);
    expect(analyzeCase(SEED_CASE.replace('grossMargin: 25%', 'grossMargin: 25')).report).toBeNull();
    // In a scenario's margin, and at the high end of a range: the end above 1 is the error, the
    // low end (20, read as 2000%) keeps its warning, since the error already stops the report.
    expect(shown(SEED_CASE.replace('revenueChange: -10%', 'grossMargin: 40'))).toEqual([
      'error suspicious-percent 19:18-19:20 scenarios[0].grossMargin 40 is read as 4000%, and above 100% the cost of goods sold would be negative; write 40% if you mean 40 percent',
    ]);
    expect(
      shown(SEED_CASE.replace('grossMargin: 25%', 'grossMargin: { low: 20, high: 30, dist: uniform }')).map(
        (line) => line.split(' ').slice(0, 3).join(' '),
      ),
    ).toEqual(['warning suspicious-percent 12:21-12:23', 'error suspicious-percent 12:31-12:33']);
    // A rate may be above 100%, however unlikely: a warning, and the case still computes.
    const rate = analyzeCase(SEED_CASE.replace('discountRate: 8%', 'discountRate: 8'));
    expect(rate.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(['warning suspicious-percent']);
    expect(rate.report).not.toBeNull();
    // 1 is 100%: a margin that can be, with no problem.
    expect(codes(SEED_CASE.replace('grossMargin: 25%', 'grossMargin: 1'))).toEqual([]);
  });

  it('a start-with-growth series may not grow a margin above 100% or flip a sign', () => {
    const three = SEED_CASE.replace('periods: [2014]', 'periods: [2014, 2015, 2016]');
    const margin = find(
      three.replace('grossMargin: 25%', 'grossMargin: { start: 90%, growth: 10% }'),
      'invalid-value',
    );
    expect(margin!.message).toBe(
      'grossMargin grows above 100% by 2016: the cost of goods sold would be negative',
    );
    expect(at(margin)).toBe('12:36-12:39');
    const flip = find(
      three.replace('revenue: 100', 'revenue: { start: 100, growth: -150% }'),
      'invalid-value',
    );
    expect(at(flip)).toBe('11:32-11:37');
    expect(codes(three.replace('revenue: 100', 'revenue: { start: 100, growth: -100% }'))).toEqual([]);
  });

  it('an empty period label is an error, so no by-period value is dropped unremarked', () => {
    const text = SEED_CASE.replace('periods: [2014]', 'periods: ["", 2014]').replace(
      'revenue: 100',
      'revenue: { 2014: 100, 2099: 5 }',
    );
    const found = analyzeCase(text).diagnostics;
    expect(found.map((d) => `${d.code} ${at(d)}`)).toEqual(['invalid-value 9:11-9:13']);
    expect(found[0]!.message).toBe('periods[0] must be a period label like 2014 or FY2014, not empty');
  });

  it('a scenario name written twice is the duplicate error alone, not also a lookalike warning', () => {
    const text = `${SEED_CASE}  - name: sales fall 10%\n    revenueChange: -5%\n  - name: sales fall 10%\n    revenueChange: -5%\n`;
    const found = analyzeCase(text).diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}`);
    expect(found).toEqual(['warning duplicate-name 20', 'error duplicate-name 22']);
  });

  it('an empty title or name is an error: it would show as nothing', () => {
    expect(at(find(SEED_CASE.replace(/^title: .*$/m, 'title: ""'), 'invalid-value'))).toBe('2:8-2:10');
    expect(find(SEED_CASE.replace('name: Example retailer', "name: '  '"), 'invalid-value')!.message).toBe(
      'company.name must not be empty: it is shown in the preview and the report',
    );
    expect(codes(SEED_CASE.replace('- name: Sales fall 10%', '- name: ""'))).toEqual(['invalid-value']);
  });

  it('a discount rate of −100% or below is an error at the value', () => {
    expect(at(find(SEED_CASE.replace('discountRate: 8%', 'discountRate: -100%'), 'invalid-value'))).toBe(
      '10:15-10:20',
    );
    const inInvestment = `${THREE_PERIODS}    discountRate: -1.5\n`;
    expect(at(find(inInvestment, 'invalid-value'))).toBe('18:19-18:23');
  });

  it('a figure too large to hold is an error, never Infinity', () => {
    const text = SEED_CASE.replace('revenue: 100', `revenue: "${'9'.repeat(400)}B"`);
    expect(find(text, 'overflow')).toBeDefined();
    expect(analyzeCase(text).report).toBeNull();
    const growth = THREE_PERIODS.replace(
      'stores: { start: 10, growth: 10% }',
      'stores: { start: 1e300, growth: 1e300 }',
    );
    expect(find(growth, 'overflow')).toBeDefined();
  });

  it('warns about 8 read as 800% in every percent field', () => {
    const text = `${THREE_PERIODS.replace('growth: 10%', 'growth: 8')}    discountRate: 12
scenarios:
  - name: S
    revenueChange: -10
    fixedCostsChange: [1.5, 0, 0]
`;
    const warned = analyzeCase(text)
      .diagnostics.filter((d) => d.code === 'suspicious-percent')
      .map((d) => d.message);
    expect(warned).toEqual([
      'fixedCosts.stores.growth 8 is read as 800%; write 8% if you mean 8 percent',
      'investments[0].discountRate 12 is read as 1200%; write 12% if you mean 12 percent',
      // Below −100% a change cannot be meant: the error in place of the warning, in the same words.
      'scenarios[0].revenueChange -10 is read as -1000%, and below −100% revenue would be negative; write -10% if you mean -10 percent',
      'scenarios[0].fixedCostsChange[0] 1.5 is read as 150%; write 1.5% if you mean 1.5 percent',
    ]);
  });

  it("a scenario's change below −100% is an error at the value: the amount would turn negative", () => {
    const scenario = (change: string) => SEED_CASE.replace('revenueChange: -10%', change);
    const found = (change: string) => said(scenario(change));
    expect(found('revenueChange: -150%')).toEqual([
      'error invalid-value 19:20-19:25 scenarios[0].revenueChange is -150%: below −100% revenue would be negative',
    ]);
    expect(found('fixedCostsChange: "-200%..-50%"')).toEqual([
      'error invalid-value 19:23-19:36 scenarios[0].fixedCostsChange reaches below −100%: fixed costs would be negative',
    ]);
    expect(found('itSpendChange: { low: -2, high: -0.5, dist: uniform }')).toEqual([
      'error suspicious-percent 19:27-19:29 scenarios[0].itSpendChange.low -2 is read as -200%, and below −100% IT spend would be negative; write -2% if you mean -2 percent',
    ]);
    const grown = analyzeCase(`${THREE_PERIODS}scenarios:
  - name: S
    itSpendChange: { start: -50%, growth: 50% }
`);
    expect(grown.diagnostics.map((d) => d.message)).toEqual([
      'scenarios[0].itSpendChange grows below −100% by 2014: IT spend would be negative',
    ]);
    // −100% itself is allowed: the amount ends. So is any rise. A plain -1 is more likely -1%.
    expect(codes(scenario('revenueChange: -100%'))).toEqual([]);
    expect(found('revenueChange: -1')).toEqual([
      'warning suspicious-percent 19:20-19:22 scenarios[0].revenueChange -1 is read as -100%; write -1% if you mean -1 percent',
    ]);
    expect(codes(scenario('fixedCostsChange: [-100%]'))).toEqual([]);
    expect(codes(scenario('revenueChange: 300%'))).toEqual([]);
  });
});

describe('a normal range whose tail crosses a bound', () => {
  const warned = (text: string) =>
    analyzeCase(text)
      .diagnostics.filter((d) => d.code === 'range-tail')
      .map((d) => `${d.severity} ${at(d)} ${d.message}`);
  // The shares are Φ((bound − mean) / σ), σ = (high − low) / (2 × 1.6448536): Python's
  // 0.5 × math.erfc(−z / √2) gives 0.046665 (1..100 below 0), 0.045850 (20%..99% above 100%),
  // 0.043449 (−99%..−50% below −100%) and 0.034532 (10..200 below 0).
  it('says how often the trials cross it, at the range, as a warning', () => {
    expect(warned(SEED_CASE.replace('revenue: 100', 'revenue: "1..100"'))).toEqual([
      'warning 11:10-11:18 revenue is a normal range (its ends hold 90% of the draws), and 4.7% of the trials draw it below 0: revenue is money in, written as a positive amount (a fall belongs in a scenario). A triangular, PERT or uniform range stays between its ends.',
    ]);
    expect(
      warned(SEED_CASE.replace('grossMargin: 25%', 'grossMargin: { low: 20%, high: 99%, dist: normal }')),
    ).toEqual([
      'warning 12:14-12:51 grossMargin is a normal range (its ends hold 90% of the draws), and 4.6% of the trials draw it above 100%: above it the cost of goods sold would be negative. A triangular, PERT or uniform range stays between its ends.',
    ]);
    expect(warned(SEED_CASE.replace('revenueChange: -10%', 'revenueChange: "-99%..-50%"'))).toEqual([
      'warning 19:20-19:32 scenarios[0].revenueChange is a normal range (its ends hold 90% of the draws), and 4.3% of the trials draw it below −100%: below it revenue would be negative. A triangular, PERT or uniform range stays between its ends.',
    ]);
    expect(warned(THREE_PERIODS.replace('benefits: [0, 8, 12]', 'benefits: [0, 8, "10..200"]'))).toEqual([
      expect.stringContaining(
        'investments[0].benefits[2] is a normal range (its ends hold 90% of the draws), and 3.5% of the trials draw it below 0',
      ),
    ]);
  });

  it("holds a growth to −100% at the growth: a plain value, a range's written ends and its normal tail", () => {
    const grown = (growth: string) =>
      said(
        THREE_PERIODS.replace(
          'stores: { start: 10, growth: 10% }',
          `stores: { start: 10, growth: ${growth} }`,
        ),
      );
    expect(grown('-150%')).toEqual([
      'error invalid-value 10:32-10:37 fixedCosts.stores.growth is -150%: below −100% the series would change sign each period',
    ]);
    // A range whose point value is above −100% used to pass, its low end flipping the sign in its trials.
    expect(grown('"-150%..10%"')).toEqual([
      'error invalid-value 10:32-10:44 fixedCosts.stores.growth reaches below −100%: the series would change sign each period',
    ]);
    expect(grown('{ low: -120%, likely: 0%, high: 10% }')).toEqual([
      'error invalid-value 10:32-10:69 fixedCosts.stores.growth reaches below −100%: the series would change sign each period',
    ]);
    // −90%..50%: mean −20%, σ = 140% / 3.29; below −100% in 0.5 × erfc(1.8798 / √2) = 3.0% of the trials.
    expect(grown('"-90%..50%"')).toEqual([
      'warning range-tail 10:32-10:43 fixedCosts.stores.growth is a normal range (its ends hold 90% of the draws), and 3% of the trials draw it below −100%: below it the series would change sign each period. A triangular, PERT or uniform range stays between its ends.',
    ]);
    expect(grown('-1')).toEqual([
      'warning suspicious-percent 10:32-10:34 fixedCosts.stores.growth -1 is read as -100%; write -1% if you mean -1 percent',
    ]);
    expect(grown('-100%')).toEqual([]);
    expect(grown('"-20%..10%"')).toEqual([]);
  });

  it('holds a discount rate above −100%, naming what was written: a value, a text range or a low end', () => {
    const rated = (rate: string) =>
      analyzeCase(SEED_CASE.replace('discountRate: 8%', `discountRate: ${rate}`)).diagnostics.map(
        (d) => d.message,
      );
    const worth = 'money would lose all its worth (or more) each period';
    expect(rated('-100%')).toEqual([`discountRate must be above −100%: at -100% ${worth}`]);
    expect(rated('"-150%..10%"')).toEqual([`discountRate must be above −100%: at -150%..10% ${worth}`]);
    // A map has no one text to quote: it said "at [object Object]".
    expect(rated('{ low: -100%, likely: 5%, high: 10% }')).toEqual([
      `discountRate must be above −100%: at its low end, -100%, ${worth}`,
    ]);
    expect(rated('"5%..12%"')).toEqual([]);
    // −90%..50%, as the growth above: 3.0% of the trials draw a rate at which NPV has no meaning.
    expect(rated('"-90%..50%"')).toEqual([
      `discountRate is a normal range (its ends hold 90% of the draws), and 3% of the trials draw it below −100%: below it ${worth}. A triangular, PERT or uniform range stays between its ends.`,
    ]);
    expect(rated('{ low: -90%, likely: 0%, high: 50%, dist: pert }')).toEqual([]);
    const investmentRate = analyzeCase(
      THREE_PERIODS.replace('benefits: [0, 8, 12]', 'benefits: [0, 8, 12]\n    discountRate: "-90%..50%"'),
    ).diagnostics.map((d) => `${d.code} ${at(d)} ${d.message.slice(0, 60)}`);
    expect(investmentRate).toEqual([
      'range-tail 18:19-18:30 investments[0].discountRate is a normal range (its ends hold',
    ]);
  });

  it('says nothing where the tail stays clear, the range has ends, or the value may cross', () => {
    // 400..500: below 0 in 7e-50 of the trials; −60%..−20%: below −100% in 4e-7.
    expect(warned(SEED_CASE.replace('revenue: 100', 'revenue: "400..500"'))).toEqual([]);
    expect(warned(SEED_CASE.replace('revenueChange: -10%', 'revenueChange: "-60%..-20%"'))).toEqual([]);
    for (const range of [
      '{ low: 1, likely: 2, high: 100 }',
      '{ low: 1, high: 100, dist: uniform }',
      '{ low: 1, high: 100, dist: pert, likely: 50 }',
    ])
      expect(warned(SEED_CASE.replace('revenue: 100', `revenue: ${range}`))).toEqual([]);
    // A fixed cost may be negative (a credit, with its own warning when written so): no bound to cross.
    expect(warned(SEED_CASE.replace('stores-and-logistics: 20', 'stores-and-logistics: "1..40"'))).toEqual(
      [],
    );
    // The draws count as the format defines them: the report is the same as without the warning.
    const { report } = analyzeCase(SEED_CASE.replace('revenue: 100', 'revenue: "1..100"'));
    expect(report!.base.revenue).toEqual([50.5]);
  });
});

describe('each problem at its place, saying what is missing', () => {
  it('a required field missing inside a list item is reported at that item', () => {
    const d = find(THREE_PERIODS.replace('  - name: Cloud\n    costs', '  - costs'), 'required');
    expect(d!.message).toContain('investments[0] needs `name`');
    expect(at(d)).toBe('15:5-15:22');
  });

  it('a typo in an IT spend line’s type is reported on it with the allowed values', () => {
    const d = analyzeCase(THREE_PERIODS.replace('type: opex', 'type: opx')).diagnostics[0];
    expect(d!.message).toBe("itSpend.run.type must be one of opex, capex, got 'opx': did you mean `opex`?");
    expect(at(d)).toBe('12:41-12:44');
  });

  it('a note that is not text is reported on it', () => {
    const d = analyzeCase(THREE_PERIODS.replace('type: opex', 'type: opex, note: [1]')).diagnostics[0];
    expect(d!.message).toBe('itSpend.run.note must be text, got a list');
  });

  it('a missing amount is reported on the line, by name', () => {
    const d = analyzeCase(THREE_PERIODS.replace('amount: "5B", ', '')).diagnostics[0];
    expect(d!.message).toMatch(/^itSpend\.run needs `amount`/);
    expect(at(d)).toBe('12:3-12:6');
  });

  it('a half-written series says what is missing', () => {
    const d = analyzeCase(THREE_PERIODS.replace('{ start: 10, growth: 10% }', '{ start: 10 }'))
      .diagnostics[0];
    expect(d!.message).toMatch(/^fixedCosts\.stores needs `growth`/);
    expect(at(d)).toBe('10:3-10:9');
    const count = analyzeCase(
      THREE_PERIODS.replace('periods: [2012, 2013, 2014]', 'periods: { start: 2012, count: 2.5 }'),
    ).diagnostics[0];
    expect(count!.message).toBe('periods.count must be a whole number, got 2.5');
  });
});

describe('line ends and encodings', () => {
  it('reads CR-only line endings as line ends', () => {
    const { report, diagnostics } = analyzeCase(SEED_CASE.replace(/\n/g, '\r'));
    expect(diagnostics).toEqual([]);
    expect(report!.base.operatingProfit).toEqual([5]);
    expect(
      at(analyzeCase(SEED_CASE.replace('revenue: 100', 'revenue: x').replace(/\n/g, '\r')).diagnostics[0]),
    ).toBe('11:10-11:11');
  });

  it('gives UTF-16 and invalid UTF-8 text one clear encoding error', () => {
    const utf16 = Array.from(SEED_CASE, (c) => `${c}\u0000`).join('');
    expect(analyzeCase(utf16).diagnostics.map((d) => d.code)).toEqual(['encoding']);
    expect(analyzeCase(`${SEED_CASE}# caf\uFFFD\n`).diagnostics.map((d) => d.code)).toEqual(['encoding']);
  });
});

describe('hostile input ends fast with a clear error', () => {
  it('the nesting limit holds after an unmatched quote in a plain scalar', () => {
    const text = `title: it's "open\nx: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    expect(analyzeCase(text).diagnostics.map((d) => d.code)).toEqual(['too-deep']);
  });

  it('the nesting limit holds for complex keys', () => {
    expect(analyzeCase(`${'? '.repeat(100_000)}a\n`).diagnostics.map((d) => d.code)).toEqual(['too-deep']);
  });

  it('a deeply indented comment is not refused', () => {
    const { diagnostics } = analyzeCase(`${SEED_CASE}${' '.repeat(400)}# a note\n`);
    expect(diagnostics).toEqual([]);
  });

  const manyScenarios = (count: number) =>
    SEED_CASE.replace(
      /scenarios:[\s\S]*$/,
      `scenarios:\n${Array.from({ length: count }, (_, i) => `  - { name: s${i}, revenueChange: -1% }`).join('\n')}\n`,
    );

  it('a file of 40,000 scenarios, under the size cap, is read whole', () => {
    const { report } = analyzeCase(manyScenarios(40_000));
    expect(report!.scenarios).toHaveLength(40_000);
  });

  it('a file of 100,000 scenarios is over the size cap and refused before it is parsed', () => {
    expect(analyzeCase(manyScenarios(100_000)).diagnostics.map((d) => d.code)).toEqual(['too-large']);
  });
});

describe('a list item indented further than the plain text above it', () => {
  const found = (text: string) =>
    analyzeCase(text)
      .diagnostics.filter((d) => d.code === 'yaml-syntax')
      .map((d) => `${d.severity} ${d.line}:${d.column} ${d.message}`);
  const joined = (text: string) =>
    `YAML reads this line as more of the text above, which becomes ${JSON.stringify(text)}, not as a list item: an item’s \`-\` starts in the column of the \`-\` of the item above it. To keep the line as text, put the text in quotes.`;

  it('is a warning at its `-`, with the text YAML made of the two lines', () => {
    const text = `${THREE_PERIODS}sources:\n  - IDC, 2015\n    - Forbes, 2015\n  - GeekWire\n`;
    const line = text.split('\n').indexOf('    - Forbes, 2015') + 1;
    expect(found(text)).toEqual([`warning ${line}:5 ${joined('IDC, 2015 - Forbes, 2015')}`]);
    expect(analyzeCase(text).report!.sources).toEqual(['IDC, 2015 - Forbes, 2015', 'GeekWire']);
  });

  it('is said for each such line, after the text of a key too', () => {
    const text = THREE_PERIODS.replace(/^title: (.*)$/m, 'title: $1\n  - phase 2\n  - phase 3');
    expect(text).not.toBe(THREE_PERIODS);
    const title = /^title: (.*)$/m.exec(THREE_PERIODS)![1]!;
    expect(found(text).map((d) => d.split(' YAML')[0])).toEqual(['warning 3:3', 'warning 4:3']);
    expect(found(text)[0]).toContain(JSON.stringify(`${title} - phase 2 - phase 3`));
  });

  it('is not said of items in line, of a list under its key, or of a text written over two lines', () => {
    expect(found(`${THREE_PERIODS}sources:\n  - IDC, 2015\n  - Forbes, 2015\n`)).toEqual([]);
    expect(found(`${THREE_PERIODS}sources:\n- IDC, 2015\n- Forbes, 2015\n`)).toEqual([]);
    expect(found(THREE_PERIODS.replace(/^title: (.*)$/m, 'title: $1\n  and more of it'))).toEqual([]);
    forEachTemplateLine((where, line, withLine, lineNumber) => {
      if (lineNumber > 1) return;
      expect(found(withLine(line)), where).toEqual([]);
    });
  });
});

describe('a text YAML reads otherwise than written, in a file with a syntax error', () => {
  const walmart = readFileSync(join(__dirname, '..', '..', 'examples', 'walmart.itcase.yaml'), 'utf8');
  const withSlips = walmart
    .replace('  name: Walmart Stores, Inc.', '  name: Walmart Stores #1 retailer, Inc.')
    .replace('periods: [FY2012, FY2013, FY2014]', 'periods: [FY2012, FY2013, FY2014');
  const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

  it('is said in the same pass as the syntax error, not once that is fixed', () => {
    expect(withSlips).not.toBe(walmart);
    const found = analyzeCase(withSlips).diagnostics.map((d) => `${d.severity} ${d.line}:${d.column}`);
    expect(found).toEqual([
      `warning ${lineOf(withSlips, '  name: Walmart')}:9`,
      `error ${lineOf(withSlips, 'periods:')}:10`,
    ]);
  });

  it('is not said on the line of a syntax error', () => {
    // `Walmart: Stores` is a key in a text (an error); ` #1 retailer` after it on the same line.
    const onErrorLine = walmart.replace(
      '  name: Walmart Stores, Inc.',
      '  name: Walmart: Stores #1 retailer',
    );
    expect(onErrorLine).not.toBe(walmart);
    const found = analyzeCase(onErrorLine).diagnostics;
    expect(found.some((d) => d.severity === 'error')).toBe(true);
    expect(found.filter((d) => d.severity === 'warning')).toEqual([]);
  });
});

describe('a text with ": " in it hides no other problem', () => {
  const walmart = readFileSync(join(__dirname, '..', '..', 'examples', 'walmart.itcase.yaml'), 'utf8');
  const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;
  const slipped = (text: string) => text.replace(/^title: .*$/m, 'title: Acme: cloud move # draft');

  it('says the problems of the whole file, as it reads with the text in quotes', () => {
    // yaml reads the rest of this file into the title's map: nothing after it was checked.
    const text = slipped(
      SEED_CASE.replace('currency: USD', 'currency: usd')
        .replace('revenue: 100', 'revenue: lots')
        .replace('fixedCosts:', 'fixedcosts:'),
    );
    expect(said(text)).toEqual([
      'error yaml-syntax 2:8-2:24 YAML: the ": " inside this text starts a key and its value, which cannot stand here. To keep the text as written, put it in quotes: "Acme: cloud move".',
      expect.stringMatching(/^error invalid-value 7:11-7:14 currency must be an ISO 4217 currency code/),
      expect.stringMatching(/^error not-money 11:10-11:14 revenue/),
      expect.stringMatching(/^warning unknown-key 13:1-13:11 Unknown key `fixedcosts`/),
    ]);
    // The same problems, at the same places, once the quick fix has put the quotes in.
    const quoted = text.replace('title: Acme: cloud move', 'title: "Acme: cloud move"');
    expect(said(text).slice(1)).toEqual(said(quoted));
    expect(analyzeCase(text).report).toBeNull();
  });

  it('places what follows a slip on its own line, in a list, and with quotes inside the text', () => {
    const text = walmart
      .replace('  name: Walmart Stores, Inc.', '  name: Walmart: "Stores", Inc.')
      .replace('revenue: [446.51, 468.65, 476.29]', 'revenue: [446.51, 468.65, -476.29]');
    const found = said(text);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(new RegExp(`^error yaml-syntax ${lineOf(text, '  name: Walmart')}:9-`));
    const revenueLine = lineOf(text, 'revenue:');
    expect(found[1]).toMatch(new RegExp(`^error negative-amount ${revenueLine}:27-${revenueLine}:34 `));
    // Two slips, the second after the first: each said at its place, the problem between them too.
    const twoSlips = text.replace('  - name: Sales fall 10%', '  - name: Sales: fall 10%');
    expect(twoSlips).not.toBe(text);
    expect(said(twoSlips).map((d) => d.split(' ').slice(0, 3).join(' '))).toEqual([
      `error yaml-syntax ${lineOf(text, '  name: Walmart')}:9-${lineOf(text, '  name: Walmart')}:32`,
      `error negative-amount ${revenueLine}:27-${revenueLine}:34`,
      `error yaml-syntax ${lineOf(text, '  - name: Sales fall 10%')}:11-${lineOf(text, '  - name: Sales fall 10%')}:26`,
    ]);
  });

  it('keeps the first reading when the quotes do not mend it, and leaves an unclosed [ its own way', () => {
    // The slip and an unclosed `[`: the `[` is read with its closer put in, as before.
    const both = slipped(SEED_CASE).replace('periods: [2014]', 'periods: [2014');
    expect(both).not.toBe(slipped(SEED_CASE));
    const codesFound = analyzeCase(both).diagnostics.map((d) => d.code);
    expect(codesFound.filter((c) => c === 'yaml-syntax').length).toBeGreaterThanOrEqual(2);
    // A slip and a tab elsewhere: both said; the value problems clear of them too.
    const tab = slipped(SEED_CASE.replace('revenue: 100', 'revenue: lots')).replace(
      'grossMargin: 25%',
      '\tgrossMargin: 25%',
    );
    const withTab = said(tab);
    expect(withTab.filter((d) => d.startsWith('error yaml-syntax')).length).toBe(2);
    expect(withTab.some((d) => d.includes('not-money'))).toBe(true);
  });
});

describe('texts put in quotes, and places in them traced back to the text as written', () => {
  it('shifts only what follows each slip, by the quotes (and escapes) put in before it', () => {
    const text = 'a: x: 1\nb: 2\nc: say "hi": there\nd: 3';
    const spans = [
      { start: text.indexOf('say'), end: text.indexOf('there') + 5 },
      { start: 3, end: 7 },
    ];
    const quoted = quoteSlips(text, spans);
    expect(quoted.text).toBe('a: "x: 1"\nb: 2\nc: "say \\"hi\\": there"\nd: 3');
    const back = (found: string) => quoted.written(quoted.text.indexOf(found));
    expect(back('b: 2')).toBe(text.indexOf('b: 2'));
    expect(back('d: 3')).toBe(text.indexOf('d: 3'));
    expect(back('c: ')).toBe(text.indexOf('c: '));
    // Inside the quotes: on the text as written; the quotes themselves at its ends.
    expect(back('"x')).toBe(3);
    expect(back('x: 1')).toBe(3);
    // After an escape the place inside drifts by it, but stays within the text; the closing quote is its end.
    expect(back('there')).toBeLessThanOrEqual(spans[0]!.end);
    expect(quoted.written(quoted.text.indexOf('there"') + 5)).toBe(spans[0]!.end);
    expect(quoteSlips('k: v', []).text).toBe('k: v');
  });
});
