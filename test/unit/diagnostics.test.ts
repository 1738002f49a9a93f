import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/analyze';
import type { Diagnostic } from '../../src/core/diagnostic';
import { SEED_CASE, THREE_PERIODS } from './fixtures';

/** Where a diagnostic sits, as "line:col-endLine:endCol". */
const at = (d: Diagnostic | undefined) => (d ? `${d.line}:${d.column}-${d.endLine}:${d.endColumn}` : 'none');
const only = (text: string) => {
  const { diagnostics, report } = analyzeCase(text);
  return { diagnostics, report, first: diagnostics[0] };
};

describe('diagnostics at the exact value', () => {
  it('reports a word where a percent is expected, in words a finance person understands', () => {
    const { first, diagnostics } = only(SEED_CASE.replace('grossMargin: 25%', 'grossMargin: high'));
    expect(diagnostics).toHaveLength(1);
    expect(first!.message).toBe("grossMargin must be a percent like 25%, got 'high'");
    expect(first!.code).toBe('not-percent');
    expect(at(first)).toBe('12:14-12:18');
  });

  it('reports a percent where money is expected', () => {
    const { first } = only(SEED_CASE.replace('revenue: 100', 'revenue: 25%'));
    expect(first!.code).toBe('not-money');
    expect(first!.message).toContain("got '25%', a percent");
    expect(at(first)).toBe('11:10-11:13');
  });

  it('reports money where a percent is expected', () => {
    const { first } = only(SEED_CASE.replace('grossMargin: 25%', 'grossMargin: "10.16B"'));
    expect(first!.code).toBe('not-percent');
    expect(first!.message).toContain('a money amount');
    expect(at(first)).toBe('12:14-12:22');
  });

  it('reports the one wrong element of a list', () => {
    const { first } = only(THREE_PERIODS.replace('revenue: [100, 110, 120]', 'revenue: [100, lots, 120]'));
    expect(first!.message).toBe(`revenue[1] must be a money amount like 446.95 or "10.16B", got 'lots'`);
    expect(at(first)).toBe('7:16-7:20');
  });

  it('reports .nan and .inf as values that are not numbers', () => {
    const nan = only(SEED_CASE.replace('revenue: 100', 'revenue: .nan')).first;
    expect(nan!.message).toContain('.nan (not a number)');
    expect(at(nan)).toBe('11:10-11:14');
    const inf = only(
      SEED_CASE.replace(
        'fixedCosts:\n  stores-and-logistics: 20',
        'fixedCosts:\n  stores-and-logistics: .inf',
      ),
    ).first;
    expect(inf!.message).toContain('infinity');
    expect(at(inf)).toBe('14:25-14:29');
  });

  it('reports a number too large to hold (1e400) at its place, not as the .inf it was read as', () => {
    const { first } = only(SEED_CASE.replace('revenue: 100', 'revenue: 1e400'));
    expect(first!.message).toContain('infinity (.inf, or a number too large)');
    expect(at(first)).toBe('11:10-11:15');
    const minus = only(SEED_CASE.replace('revenue: 100', 'revenue: -1e400')).first;
    expect(minus!.message).toContain('minus infinity');
  });

  it('reports a series of the wrong length at the list', () => {
    const { first } = only(THREE_PERIODS.replace('revenue: [100, 110, 120]', 'revenue: [100, 110]'));
    expect(first!.code).toBe('series-length');
    expect(first!.message).toBe('revenue has 2 values but the case has 3 periods (2012, 2013, 2014)');
    expect(at(first)).toBe('7:10-7:20');
  });

  it('reports a period label that is not in periods at its key', () => {
    const { first } = only(THREE_PERIODS.replace('cloud: { 2014: 1 }', 'cloud: { 2015: 1 }'));
    expect(first!.code).toBe('unknown-period');
    expect(first!.message).toContain('period 2015, which is not in periods (2012, 2013, 2014)');
    expect(at(first)).toBe('13:12-13:16');
  });

  it('reports a period missing from revenue or grossMargin, but fills cost lines with 0', () => {
    const { first } = only(THREE_PERIODS.replace('2013: 25%, ', ''));
    expect(first!.code).toBe('missing-period');
    expect(first!.message).toBe('grossMargin has no value for 2013: every period needs one');
    expect(at(first)).toBe('8:14-8:38');
  });

  it('warns about an unknown key and suggests the nearest known one, still computing the case', () => {
    const { first, report } = only(SEED_CASE.replace('discountRate: 8%', 'discountRate: 8%\nrevnue: 3'));
    expect(first!.severity).toBe('warning');
    expect(first!.code).toBe('unknown-key');
    expect(first!.message).toContain('did you mean `revenue`?');
    expect(at(first)).toBe('11:1-11:7');
    expect(report).not.toBeNull();
  });

  it('suggests keys inside nested maps and list items too', () => {
    const text = SEED_CASE.replace('    revenueChange: -10%', '    revenueChnage: -10%');
    const { first } = only(text);
    expect(first!.message).toContain('in scenarios[0]');
    expect(first!.message).toContain('did you mean `revenueChange`?');
    expect(at(first)).toBe('19:5-19:18');
  });

  it('reports duplicate scenario names at the second name', () => {
    const text = `${SEED_CASE}  - name: Sales fall 10%\n    revenueChange: -20%\n`;
    const { first } = only(text);
    expect(first!.code).toBe('duplicate-name');
    expect(at(first)).toBe('20:11-20:25');
  });

  it('refuses cashflows together with costs or benefits', () => {
    const text = `${SEED_CASE}investments:\n  - name: Both\n    cashflows: [-10, 5, 6]\n    costs: 3\n`;
    const { first } = only(text);
    expect(first!.code).toBe('cashflows-with-costs');
    expect(at(first)).toBe('23:5-23:10');
  });

  it('reports a missing required field at its parent key', () => {
    const { first } = only(SEED_CASE.replace('  name: Example retailer\n', ''));
    expect(first!.message).toBe("company needs `name` (the company's name)");
    expect(at(first)).toBe('3:1-3:8');
  });

  it('reports the wrong format version', () => {
    const { first } = only(SEED_CASE.replace('itcase: 1', 'itcase: 2'));
    expect(first!.message).toBe('itcase must be 1 (the format version), got 2');
    expect(at(first)).toBe('1:9-1:10');
  });

  it('reports an unknown unit with the allowed ones', () => {
    const { first } = only(SEED_CASE.replace('unit: million', 'unit: millions'));
    expect(first!.message).toBe(
      "unit must be one of one, thousand, million, billion, got 'millions': did you mean `million`?",
    );
  });

  it('flags a number above 1 in a percent field', () => {
    const { first } = only(SEED_CASE.replace('grossMargin: 25%', 'grossMargin: 25'));
    expect(first!.code).toBe('suspicious-percent');
    expect(first!.message).toContain('2500%');
  });

  it('reports YAML syntax errors at their place', () => {
    const { first, report } = only(SEED_CASE.replace('periods: [2014]', 'periods: [2014'));
    expect(first!.code).toBe('yaml-syntax');
    expect(first!.line).toBeGreaterThanOrEqual(9);
    expect(report).toBeNull();
  });

  it('reports duplicate keys', () => {
    const { first } = only(SEED_CASE.replace('revenue: 100', 'revenue: 100\nrevenue: 200'));
    expect(first!.code).toBe('duplicate-key');
    expect(first!.line).toBe(12);
  });
});

describe('hostile input ends fast with an error and never throws', () => {
  it('stops an alias bomb', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
    ].join('\n');
    const { first } = only(bomb);
    expect(first!.code).toBe('alias-limit');
  });

  it('refuses a very large file with a clear message', () => {
    const { first } = only(`# ${'x'.repeat(5_000_001)}`);
    expect(first!.code).toBe('too-large');
    expect(first!.message).toContain('Split the case');
  });

  it('refuses deep nesting before parsing', () => {
    expect(only('['.repeat(100_000)).first!.code).toBe('too-deep');
    expect(only(`a: ${'{b: '.repeat(5000)}1${'}'.repeat(5000)}`).first!.code).toBe('too-deep');
    expect(only('- '.repeat(5000) + '1').first!.code).toBe('too-deep');
  });

  it('treats a __proto__ key as an unknown key and never touches prototypes', () => {
    const { diagnostics, report } = only(`${SEED_CASE}__proto__: { polluted: true }\n`);
    expect(diagnostics[0]!.code).toBe('unknown-key');
    expect(report).not.toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('explains an empty file and a file that is not a map', () => {
    expect(only('').first!.code).toBe('empty-document');
    expect(only('- 1\n- 2').first!.code).toBe('wrong-type');
    expect(only('just words').first!.code).toBe('wrong-type');
  });
});
