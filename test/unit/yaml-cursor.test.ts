import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import { caseTemplates } from '../../src/core/templates';
import type { Path } from '../../src/core/yamlDocument';
import { yamlPositionAt } from '../../src/core/yaml/cursor';
import { SEED_CASE, THREE_PERIODS } from './fixtures';

/** The text without its `|` cursor marker, and the marker's offset. */
function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

function positionIn(marked: string) {
  const { text, offset } = cursor(marked);
  return yamlPositionAt(text, offset);
}

describe('the YAML path at the cursor', () => {
  it('is the key itself when the cursor is on a key', () => {
    const position = positionIn('company:\n  na|me: Example\n  industry: retail\n');
    expect(position).toMatchObject({ place: 'key', path: ['company', 'name'], token: { text: 'name' } });
    expect(position!.siblings).toEqual(['industry']);
  });

  it('is the key whose value the cursor is on', () => {
    expect(positionIn('unit: mil|lion\n')).toMatchObject({
      place: 'value',
      path: ['unit'],
      token: { text: 'million' },
    });
    expect(positionIn('unit: |')).toMatchObject({ place: 'value', path: ['unit'], token: { text: '' } });
    expect(positionIn('unit:|')).toMatchObject({ place: 'value', path: ['unit'] });
  });

  it('is the enclosing map on a blank line, found by the cursor’s indentation', () => {
    expect(positionIn('company:\n  name: X\n  |\nunit: one\n')).toMatchObject({
      place: 'newKey',
      path: ['company'],
      siblings: ['name'],
    });
    expect(positionIn('company:\n  name: X\n|\n')).toMatchObject({
      place: 'newKey',
      path: [],
      siblings: ['company'],
    });
  });

  it('reads a partly typed word under `company:` as a key being written in company', () => {
    const position = positionIn('itcase: 1\ncompany:\n  name: X\n  na|\n  industry: retail\ncurrency: USD\n');
    expect(position).toMatchObject({ place: 'newKey', path: ['company'], token: { text: 'na' } });
    expect(position!.siblings).toEqual(['name', 'industry']);
  });

  it('counts list items, in indented and in compact lists', () => {
    expect(positionIn('scenarios:\n  - name: a\n    revenueChange: -1|0%\n')).toMatchObject({
      place: 'value',
      path: ['scenarios', 0, 'revenueChange'],
    });
    expect(positionIn('scenarios:\n  - name: a\n  - name: b\n    itSpendChange: |5%\n')).toMatchObject({
      path: ['scenarios', 1, 'itSpendChange'],
    });
    expect(positionIn('scenarios:\n- name: a\n- revenueChange: 1|\nunit: one')).toMatchObject({
      path: ['scenarios', 1, 'revenueChange'],
    });
  });

  it('reads the place right after `- ` as the first key of a new list item', () => {
    const position = positionIn('scenarios:\n  - name: a\n  - |\n');
    expect(position).toMatchObject({
      place: 'newKey',
      path: ['scenarios', 1],
      afterDash: true,
      siblings: [],
    });
  });

  it('reads a blank line inside a list item as a new key of that item', () => {
    expect(positionIn('scenarios:\n  - name: a\n    |\n    revenueChange: 1%\n')).toMatchObject({
      place: 'newKey',
      path: ['scenarios', 0],
      siblings: ['name', 'revenueChange'],
    });
  });

  it('follows flow lists and maps to the value or key under the cursor', () => {
    expect(positionIn('revenue: [446.95, 46|9.16, 476.29]')).toMatchObject({
      place: 'value',
      path: ['revenue', 1],
      token: { text: '469.16' },
      flow: true,
    });
    expect(positionIn('revenue: { 2012: 446.95, 2013: 46|9.16 }')).toMatchObject({
      place: 'value',
      path: ['revenue', '2013'],
    });
    expect(positionIn('revenue: { st|art: 1, growth: 3% }')).toMatchObject({
      place: 'key',
      path: ['revenue', 'start'],
    });
    expect(positionIn('revenue: { start: 1, gr| }')).toMatchObject({
      place: 'newKey',
      path: ['revenue'],
      token: { text: 'gr' },
      siblings: ['start'],
    });
    expect(positionIn('itSpend:\n  cloud: { amount: [1, 2], kind: |, type: opex }')).toMatchObject({
      place: 'value',
      path: ['itSpend', 'cloud', 'kind'],
    });
  });

  it('follows a flow list over several lines', () => {
    expect(positionIn('revenue:\n  [1,\n   2|, 3]\ngrossMargin: 25%')).toMatchObject({
      place: 'value',
      path: ['revenue', 1],
    });
  });

  it('reads the lines of a long text or a block scalar as that text', () => {
    const long =
      'benchmarks:\n  - id: x\n    note: Rank 1 Walmart, rank 2\n      Bank of America: |ranks 3 to 5\n    values: {}\n';
    expect(positionIn(long)).toMatchObject({ place: 'value', path: ['benchmarks', 0, 'note'] });
    expect(positionIn('sources: []\ntitle: |\n  Why a: 10% d|rop\nunit: one\n')).toMatchObject({
      place: 'value',
      path: ['title'],
    });
  });

  it('keeps working on incomplete text: an unclosed list, a missing value, a half-typed line', () => {
    expect(positionIn('revenue: [1, 2\ngrossMargin: 2|5%')).toMatchObject({
      place: 'value',
      path: ['grossMargin'],
    });
    expect(positionIn('itSpend:\n  cloud:\n    amount: [1,\n    ki|')).toMatchObject({
      place: 'newKey',
      path: ['itSpend', 'cloud'],
      token: { text: 'ki' },
      siblings: ['amount'],
    });
    expect(positionIn('company:\n  name:\n  employees: "2.2M|')).toMatchObject({
      place: 'value',
      path: ['company', 'employees'],
    });
  });

  it('reads quoted keys and lines ending in CRLF', () => {
    expect(positionIn('revenue:\r\n  "2012": 4|46.95\r\n')).toMatchObject({
      place: 'value',
      path: ['revenue', '2012'],
    });
    expect(positionIn('company:\r\n  name: X\r\n  |\r\n')).toMatchObject({
      place: 'newKey',
      path: ['company'],
    });
  });

  it('says nothing inside a comment', () => {
    expect(positionIn('unit: one # the sc|ale\n')).toBeNull();
    expect(positionIn('# a comm|ent\n')).toBeNull();
  });

  it('agrees with the YAML parser on every key and value of the shipped templates and fixtures', () => {
    const texts = [...caseTemplates.map((t) => t.text), SEED_CASE, THREE_PERIODS];
    let checked = 0;
    for (const text of texts) {
      const expected: { offset: number; place: 'key' | 'value'; path: Path }[] = [];
      const visit = (node: unknown, path: Path): void => {
        if (isMap(node)) {
          for (const pair of node.items) {
            const key = isScalar(pair.key) ? String(pair.key.value) : '?';
            expectAt(pair.key as Node, 'key', [...path, key]);
            visit(pair.value, [...path, key]);
          }
        } else if (isSeq(node)) node.items.forEach((item, index) => visit(item, [...path, index]));
        else if (isScalar(node)) expectAt(node, 'value', path);
      };
      const expectAt = (node: Node, place: 'key' | 'value', path: Path) => {
        if (!node.range) return;
        const [start, end] = node.range;
        for (const offset of new Set([start, Math.floor((start + end) / 2), end - 1])) {
          if (offset >= start && offset < end) expected.push({ offset, place, path });
        }
      };
      visit(parseDocument(text).contents, []);
      for (const { offset, place, path } of expected) {
        const position = yamlPositionAt(text, offset);
        // A bare list value (`- Walmart 10-K`) reads as a word that could be a key; its path is the item's.
        const places = place === 'value' ? ['value', 'newKey'] : ['key'];
        expect({
          offset,
          place: places.includes(position?.place ?? '') ? place : position?.place,
          path: position?.path.map(String),
        }).toEqual({
          offset,
          place,
          path: path.map(String),
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
