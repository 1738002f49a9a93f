import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/analyze';
import { formatNumber, formatPercent } from '../../src/core/format';
import { descriptionAt } from '../../src/core/schemaNav';
import { walmartTemplate } from '../../src/core/templates/walmart';
import { completionItems } from '../../src/core/editing/completion';
import { hoverAt, hoverContent } from '../../src/core/editing/hover';
import { yamlPositionAt } from '../../src/core/yaml/cursor';
import { SEED_CASE, THREE_PERIODS } from './fixtures';

/** The hover at the first occurrence of `needle`, `delta` characters into it. */
function hoverOn(text: string, needle: string, delta = 0): string | null {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${needle} is not in the text`);
  return hoverContent(text, index + delta, analyzeCase(text));
}

describe('hover on a key', () => {
  it('shows the field path as a heading and the schema’s description of grossMargin', () => {
    const markdown = hoverOn(SEED_CASE, 'grossMargin:', 2)!;
    expect(markdown).toMatch(/^#### grossMargin\n/);
    expect(markdown).toContain(descriptionAt(['grossMargin'])!);
    expect(markdown).toContain('*Required.*');
  });

  it('lists the allowed values of an enum', () => {
    const markdown = hoverOn(SEED_CASE, 'unit:', 1)!;
    expect(markdown).toContain('Allowed values: `one`, `thousand`, `million`, `billion`.');
    expect(markdown).toContain('*Optional.*');
  });

  it('names nested keys by their whole path', () => {
    expect(hoverOn(SEED_CASE, 'revenueChange', 3)).toMatch(/^#### scenarios\\\[0\\\]\.revenueChange\n/);
  });

  it('shows nothing for a key the format does not know', () => {
    expect(hoverOn('itcase: 1\nrevenu: 100\n', 'revenu', 2)).toBeNull();
    expect(hoverOn('company:\n  nmae: X\n', 'nmae', 1)).toBeNull();
  });
});

describe('hover on a figure', () => {
  const walmart = walmartTemplate.text;
  const { report } = analyzeCase(walmart);

  it('shows an IT spend amount as its share of that period’s revenue, from the report', () => {
    expect(report).not.toBeNull();
    const markdown = hoverOn(walmart, 'amount: [9.3', 'amount: ['.length + 1)!;
    const revenue = report!.base.revenue[0]!;
    expect(markdown).toContain(
      `**9.3** = **${formatPercent(9.3 / revenue)}** of FY2012 revenue (${formatNumber(revenue)})`,
    );
    expect(markdown).toContain('2.08%');
    expect(markdown).toContain(descriptionAt(['itSpend', 'x', 'amount'])!);
  });

  it('shows head counts and per-employee amounts in absolute terms, without the file’s money unit', () => {
    const markdown = hoverOn(walmart, 'employees: 2200000', 'employees: 2'.length)!;
    expect(markdown).toContain('Revenue per employee');
    expect(markdown).toContain('USD 202.96k');
    expect(markdown).not.toContain('Amounts in');
    // A money figure still says its unit.
    expect(hoverOn(walmart, 'revenue: [446.51', 'revenue: [4'.length)).toContain('*Amounts in USD billion.*');
  });

  it('shows the period’s operating profit and margin on a revenue value', () => {
    const markdown = hoverOn(walmart, 'revenue: [446.51, 468.65', 'revenue: [446.51, 4'.length)!;
    expect(markdown).toContain(`operating profit **${formatNumber(report!.base.operatingProfit[1])}**`);
    expect(markdown).toContain(`${formatPercent(report!.base.operatingMargin[1])} operating margin`);
  });

  it('shows the gross profit on a gross margin value', () => {
    const markdown = hoverOn(SEED_CASE, 'grossMargin: 25%', 'grossMargin: 2'.length)!;
    expect(markdown).toContain('**25%** of 2014 revenue (100) = gross profit **25**');
  });

  it('shows a fixed cost as its share of revenue', () => {
    expect(hoverOn(SEED_CASE, 'stores-and-logistics: 20', 'stores-and-logistics: '.length)).toContain(
      '**20** = **20%** of 2014 revenue (100)',
    );
  });

  it('shows an investment’s NPV, IRR and payback from the report', () => {
    const markdown = hoverOn(THREE_PERIODS, 'costs: [10', 'costs: [1'.length)!;
    const investment = analyzeCase(THREE_PERIODS).report!.investments[0]!;
    expect(markdown).toContain(`NPV at 8%: **${formatNumber(investment.npv)}**`);
    expect(markdown).toContain('Net cash flow in 2012 (t = 0): **−10**');
    expect(markdown).toContain('Payback:');
  });

  it('shows a scenario against the base case', () => {
    expect(hoverOn(SEED_CASE, 'revenueChange: -10%', 'revenueChange: -'.length)).toContain(
      'operating profit **2.5** against 5 in the base case (**−50%**)',
    );
  });

  it('reads a period of a map by period', () => {
    expect(hoverOn(THREE_PERIODS, '2014: 30%', '2014: '.length)).toContain('**30%** of 2014 revenue (120)');
  });

  it('shows only the description while the case has errors', () => {
    const broken = SEED_CASE.replace('grossMargin: 25%', 'grossMargin: high');
    expect(analyzeCase(broken).report).toBeNull();
    const markdown = hoverOn(broken, 'stores-and-logistics: 20', 'stores-and-logistics: '.length)!;
    expect(markdown).not.toContain('of 2014 revenue');
    expect(markdown).toContain(descriptionAt(['fixedCosts', 'x'])!);
  });

  it('covers the hovered word, and says nothing on blank space or in comments', () => {
    const text = 'unit: million # scale\n\n';
    expect(hoverAt(text, 8, null)?.range).toEqual({ start: 6, end: 13 });
    expect(hoverContent(text, 17, null)).toBeNull();
    expect(hoverContent(text, text.length, null)).toBeNull();
  });
});

describe('whatever the text', () => {
  it('treats keys named like JavaScript object members as unknown keys', () => {
    expect(hoverContent('toString: 1\n', 2, null)).toBeNull();
    expect(
      completionItems('company:\n  constructor:\n    |', 'company:\n  constructor:\n    '.length),
    ).toEqual([]);
    expect(
      hoverContent('company:\n  __proto__: x\n', 12, analyzeCase('company:\n  __proto__: x\n')),
    ).toBeNull();
  });

  const yamlish = fc.string({
    unit: fc.constantFrom(
      ' ',
      ' ',
      '-',
      ':',
      '\n',
      '\r',
      '#',
      '[',
      ']',
      '{',
      '}',
      ',',
      '"',
      "'",
      '|',
      '>',
      'a',
      '1',
      '%',
      'revenue',
      'itSpend',
      '\t',
    ),
    maxLength: 80,
  });
  const anyText = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    yamlish,
  );

  it('never throws on arbitrary text at arbitrary offsets', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: -5, max: 100 }), (text, offset) => {
        yamlPositionAt(text, offset);
        completionItems(text, offset);
        hoverContent(text, offset, analyzeCase(text));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws anywhere in a real case with a line cut short', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: SEED_CASE.length }),
        fc.integer({ min: 0, max: 30 }),
        (cut, length) => {
          const text = SEED_CASE.slice(0, cut) + SEED_CASE.slice(cut + length);
          const analysis = analyzeCase(text);
          for (let offset = 0; offset <= text.length; offset += 7) {
            completionItems(text, offset);
            hoverContent(text, offset, analysis);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('keys named like Object.prototype members', () => {
  it('are not part of the format: no hover text and no crash', async () => {
    const { hoverContent } = await import('../../src/core/editing/hover');
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const text = `itcase: 1\n${key}: 1\n`;
      expect(() => hoverContent(text, text.indexOf(key) + 1, null)).not.toThrow();
    }
  });
});
