import { describe, expect, it } from 'vitest';
import { descriptionAt } from '../../src/core/schemaNav';
import { UNITS } from '../../src/core/schema';
import { completionItems } from '../../src/core/editing/completion';

function completeAt(marked: string) {
  const offset = marked.indexOf('|');
  return completionItems(marked.slice(0, offset) + marked.slice(offset + 1), offset);
}

const labels = (marked: string) => completeAt(marked).map((item) => item.label);

describe('completion', () => {
  it('offers the four units after `unit: `', () => {
    const items = completeAt('itcase: 1\nunit: |\n');
    expect(items.map((i) => i.label)).toEqual([...UNITS]);
    expect(items.every((i) => i.kind === 'value')).toBe(true);
  });

  it('replaces a half-typed unit, and adds the space after a bare colon', () => {
    const [first] = completeAt('unit: mil|');
    expect(first).toMatchObject({ insertText: 'one', range: { start: 6, end: 9 } });
    expect(completeAt('unit:|')[0]!.insertText).toBe(' one');
  });

  it('offers name, industry and employees in `company:`, but not the keys already there', () => {
    expect(labels('company:\n  |\n')).toEqual(['name', 'industry', 'employees']);
    expect(labels('company:\n  name: Example\n  |\n  employees: 10\ncurrency: USD\n')).toEqual(['industry']);
    expect(labels('company:\n  name: Example\n  in|\n')).toEqual(['industry', 'employees']);
  });

  it('documents each key with the schema’s description and puts required keys first', () => {
    const items = completeAt('|');
    const required = items.filter((i) => i.required).map((i) => i.label);
    expect(required).toEqual(['itcase', 'title', 'company', 'currency', 'periods', 'revenue', 'grossMargin']);
    expect(items.slice(0, required.length).every((i) => i.required)).toBe(true);
    const grossMargin = items.find((i) => i.label === 'grossMargin')!;
    expect(grossMargin.documentation).toContain(descriptionAt(['grossMargin'])!);
    expect(grossMargin.insertText).toBe('grossMargin: ');
  });

  it('inserts maps and lists with their first nested line', () => {
    const byLabel = new Map(completeAt('|').map((i) => [i.label, i]));
    expect(byLabel.get('company')).toMatchObject({ insertText: 'company:\n  name: $0', snippet: true });
    expect(byLabel.get('scenarios')).toMatchObject({ insertText: 'scenarios:\n  - name: $0', snippet: true });
    expect(byLabel.get('benchmarks')!.insertText).toBe('benchmarks:\n  - id: $0');
    expect(byLabel.get('fixedCosts')!.insertText).toBe('fixedCosts:\n  ${1:line-name}: $0');
    expect(byLabel.get('sources')!.insertText).toBe('sources:\n  - $0');
    expect(byLabel.get('unit')).toMatchObject({ insertText: 'unit: ', retrigger: true });
  });

  it('indents the nested line under a key written after `- ` by the key’s column', () => {
    // The editor adds the line's own indentation (2) to each inserted line: values' entries land at column 6.
    const values = completeAt('benchmarks:\n  - val|').find((i) => i.label === 'values')!;
    expect(values.insertText).toBe('values:\n    ${1:label}: $0');
  });

  it('offers a scenario’s keys after `- `, name first', () => {
    const items = completeAt('scenarios:\n  - name: Sales fall\n  - |\n');
    expect(items[0]).toMatchObject({ label: 'name', required: true, insertText: 'name: ' });
    expect(items.map((i) => i.label)).toContain('revenueChange');
  });

  it('offers an investment’s other keys inside a list item', () => {
    const found = labels('investments:\n  - name: Cloud\n    |\n');
    expect(found).toEqual(expect.arrayContaining(['costs', 'benefits', 'cashflows', 'discountRate']));
    expect(found).not.toContain('name');
  });

  it('starts a new list item with `- ` on a blank line at the list’s level', () => {
    const items = completeAt('scenarios:\n  - name: a\n  |\n');
    expect(items[0]).toMatchObject({ label: '- name', insertText: '- name: ', filterText: 'name' });
  });

  it('offers kinds and types of IT spend, also inside a flow map', () => {
    expect(labels('itSpend:\n  cloud:\n    amount: 1\n    kind: |\n')).toEqual(['run', 'grow', 'transform']);
    expect(labels('itSpend:\n  cloud: { amount: 1, type: | }\n')).toEqual(['opex', 'capex']);
  });

  it('offers the format version, common currencies and known metric names', () => {
    expect(labels('itcase: |')).toEqual(['1']);
    expect(labels('currency: |')).toEqual(expect.arrayContaining(['USD', 'EUR', 'KRW', 'JPY', 'GBP', 'CNY']));
    expect(labels('benchmarks:\n  - id: x\n    currency: |')).toContain('USD');
    expect(labels('benchmarks:\n  - id: x\n    metric: |')).toEqual(
      expect.arrayContaining([
        'itSpend',
        'revenue',
        'revenuePerEmployee',
        'itSpendShareOfRevenue',
        'marketCap',
        'operatingMargin',
      ]),
    );
    expect(labels('benchmarks:\n  - id: x\n    unit: |')).toContain('ratio');
  });

  it('renames a written key without adding a second colon', () => {
    const items = completeAt('company:\n  na|me: X\n  industry: retail\n');
    expect(items.map((i) => i.label)).toEqual(['name', 'employees']);
    expect(items[0]).toMatchObject({ insertText: 'name', range: { start: 11, end: 15 } });
  });

  it('offers only the missing keys of a flow map, without snippets', () => {
    expect(completeAt('revenue: { start: 100, | }')).toMatchObject([
      { label: 'growth', insertText: 'growth: ', snippet: false },
    ]);
  });

  it('offers nothing for free text, numbers and comments', () => {
    expect(completeAt('title: Why a |')).toEqual([]);
    expect(completeAt('revenue: 1|00')).toEqual([]);
    expect(completeAt('# revenue: |')).toEqual([]);
  });
});
