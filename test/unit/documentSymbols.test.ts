import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/analyze';
import { caseSymbols, type CaseSymbol } from '../../src/core/documentSymbols';
import { THREE_PERIODS } from './fixtures';

const walmartText = readFileSync(new URL('../../examples/walmart.itcase.yaml', import.meta.url), 'utf8');

function symbolsOf(text: string): CaseSymbol[] {
  return caseSymbols(text, analyzeCase(text).source!);
}

/** Each symbol as `kind name`, children indented below it. */
function outline(symbols: readonly CaseSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [
    `${'  '.repeat(depth)}${s.kind} ${s.name}`,
    ...outline(s.children, depth + 1),
  ]);
}

function find(symbols: readonly CaseSymbol[], name: string): CaseSymbol {
  for (const s of symbols) {
    if (s.name === name) return s;
    const inner = s.children.length > 0 ? findOrNull(s.children, name) : null;
    if (inner) return inner;
  }
  throw new Error(`no symbol ${name}`);
}

function findOrNull(symbols: readonly CaseSymbol[], name: string): CaseSymbol | null {
  try {
    return find(symbols, name);
  } catch {
    return null;
  }
}

const text = (source: string, span: { start: number; end: number }) => source.slice(span.start, span.end);

describe('the outline of the Walmart case', () => {
  const symbols = symbolsOf(walmartText);

  it('lists periods, revenue, margin, cost and IT spend lines, investments, scenarios and benchmarks', () => {
    expect(outline(symbols)).toEqual([
      'periods periods',
      '  period FY2012',
      '  period FY2013',
      '  period FY2014',
      'series revenue',
      'series grossMargin',
      'lines fixedCosts',
      '  fixedCost stores-distribution-and-staff',
      'lines itSpend',
      '  itSpend all-it-idc-estimate',
      'list investments',
      '  investment OpenStack private cloud (illustrative)',
      'list scenarios',
      '  scenario Sales fall 10%',
      '  scenario Sales grow 5%',
      '  scenario IT spend up 10%',
      'list benchmarks',
      '  benchmark IT spend by company: the two largest IT spenders, 2014',
      '  benchmark Revenue per employee, as reported by Forbes (July 2015)',
    ]);
  });

  it('spans a field from its key to the end of its value and selects the key', () => {
    const revenue = find(symbols, 'revenue');
    expect(text(walmartText, revenue.range)).toBe('revenue: [446.51, 468.65, 476.29]');
    expect(text(walmartText, revenue.selection)).toBe('revenue');
    const line = find(symbols, 'all-it-idc-estimate');
    expect(text(walmartText, line.range)).toMatch(
      /^all-it-idc-estimate:\n {4}# 2013[\s\S]*note: IDC estimate for calendar 2012, 2013, 2014 \(see periods\)$/,
    );
  });

  it('spans an investment, scenario or benchmark over its list item and selects its name', () => {
    const scenario = find(symbols, 'Sales fall 10%');
    expect(text(walmartText, scenario.range)).toBe('name: Sales fall 10%\n    revenueChange: -10%');
    expect(text(walmartText, scenario.selection)).toBe('Sales fall 10%');
    const benchmark = find(symbols, 'IT spend by company: the two largest IT spenders, 2014');
    expect(text(walmartText, benchmark.selection)).toBe(
      '"IT spend by company: the two largest IT spenders, 2014"',
    );
    expect(text(walmartText, benchmark.range)).toMatch(
      /^id: idc-top-it-spenders-2014[\s\S]*Bank of America: 5\.33$/,
    );
  });

  it('keeps every selection inside its range and every child inside its parent', () => {
    const check = (list: readonly CaseSymbol[], parent?: CaseSymbol) => {
      for (const s of list) {
        expect(s.selection.start).toBeGreaterThanOrEqual(s.range.start);
        expect(s.selection.end).toBeLessThanOrEqual(s.range.end);
        if (parent) {
          expect(s.range.start).toBeGreaterThanOrEqual(parent.range.start);
          expect(s.range.end).toBeLessThanOrEqual(parent.range.end);
        }
        check(s.children, s);
      }
    };
    check(symbols);
  });
});

describe('the outline of other cases', () => {
  it('shows block-style lines and flow-style items by name, and periods as written', () => {
    const source = `${THREE_PERIODS.replace('periods: [2012, 2013, 2014]', 'periods: [2012.10, 2013, 2014]').replace(/2012:/, '2012.10:')}scenarios:\n  - { name: "Down", revenueChange: -10% }\n`;
    expect(outline(symbolsOf(source))).toEqual([
      'periods periods',
      '  period 2012.10',
      '  period 2013',
      '  period 2014',
      'series revenue',
      'series grossMargin',
      'lines fixedCosts',
      '  fixedCost stores',
      'lines itSpend',
      '  itSpend run',
      '  itSpend cloud',
      'list investments',
      '  investment Cloud',
      'list scenarios',
      '  scenario Down',
    ]);
  });

  it('numbers items without a name and has no period children for start and count', () => {
    const source =
      'periods: { start: 2020, count: 3 }\ninvestments:\n  - costs: 1\n  - name: ""\nbenchmarks:\n  - id: x\n';
    expect(outline(symbolsOf(source))).toEqual([
      'periods periods',
      'list investments',
      '  investment Investment 1',
      '  investment Investment 2',
      'list benchmarks',
      '  benchmark Benchmark 1',
    ]);
  });

  it('still outlines a case with errors, and nothing for text that is not a map', () => {
    expect(outline(symbolsOf('revenue: high\nscenarios:\n  - name: S\n'))).toEqual([
      'series revenue',
      'list scenarios',
      '  scenario S',
    ]);
    expect(symbolsOf('- a\n- b\n')).toEqual([]);
  });
});
