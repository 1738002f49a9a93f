import fc from 'fast-check';
import { isMap, isScalar, isSeq, parseDocument, stringify, type Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import { caseTemplates } from '../../src/core/templates';
import type { Path } from '../../src/core/path';
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

describe('quotes, comments and line ends at the cursor', () => {
  it('reads a double-quoted key with its escapes, as the parser does', () => {
    expect(positionIn('"\\n": |1')).toMatchObject({ place: 'value', path: ['\n'] });
    expect(positionIn('"\\n|": 1')).toMatchObject({
      place: 'key',
      path: ['\n'],
      token: { start: 0, end: 4 },
    });
    expect(positionIn('"a\\"b": |1')).toMatchObject({ place: 'value', path: ['a"b'] });
    expect(positionIn('"\\u00e9": |1')).toMatchObject({ place: 'value', path: ['é'] });
    expect(positionIn('"\\x41\\U0001F600\\/": |1')).toMatchObject({ place: 'value', path: ['A😀/'] });
    expect(positionIn('"a\\\\": |1')).toMatchObject({ place: 'value', path: ['a\\'] });
  });

  it('reads two single quotes in a single-quoted key as one quote', () => {
    expect(positionIn("'it''s': |1")).toMatchObject({ place: 'value', path: ["it's"] });
    expect(positionIn("'a''': |1")).toMatchObject({ place: 'value', path: ["a'"] });
    expect(positionIn("'a\\n': |1")).toMatchObject({ place: 'value', path: ['a\\n'] });
  });

  it('reads keys with quotes, colons and # in them', () => {
    expect(positionIn('"a: b": |1')).toMatchObject({ place: 'value', path: ['a: b'] });
    expect(positionIn('\'say "hi"\': |1')).toMatchObject({ place: 'value', path: ['say "hi"'] });
    expect(positionIn("it's: |1")).toMatchObject({ place: 'value', path: ["it's"] });
    expect(positionIn('x "y": |1')).toMatchObject({ place: 'value', path: ['x "y"'] });
    expect(positionIn('"# x": |1')).toMatchObject({ place: 'value', path: ['# x'] });
    expect(positionIn('a#b: |1')).toMatchObject({ place: 'value', path: ['a#b'] });
  });

  it('unquotes keys in flow maps the same way', () => {
    const text = '{ "a\\"b": 1, \'it\'\'s\': 2, "\\n": |3 }';
    expect(positionIn(text)).toMatchObject({ place: 'value', path: ['\n'], siblings: ['a"b', "it's"] });
    expect(positionIn('m: { "\\u00e9|": 1 }')).toMatchObject({ place: 'key', path: ['m', 'é'] });
  });

  it('keeps reading while a quote is still open: the text so far is the token', () => {
    expect(positionIn('name: "Wal|')).toMatchObject({
      place: 'value',
      path: ['name'],
      token: { text: '"Wal' },
    });
    expect(positionIn("name: 'it''|")).toMatchObject({
      place: 'value',
      path: ['name'],
      token: { text: "'it''" },
    });
    expect(positionIn('company:\n  "na|\n  industry: retail\n')).toMatchObject({
      place: 'newKey',
      path: ['company'],
      token: { text: '"na' },
      siblings: ['industry'],
    });
    expect(positionIn('a: "open\nb: |1')).toMatchObject({ place: 'value', path: ['b'] });
    expect(positionIn('k: [1, "op|')).toMatchObject({ place: 'value', path: ['k', 1], flow: true });
  });

  it('reads a # inside quotes as text, and one after them as a comment', () => {
    expect(positionIn('k: "a # b|"')).toMatchObject({
      place: 'value',
      path: ['k'],
      token: { text: '"a # b"' },
    });
    expect(positionIn("k: 'a # b|'")).toMatchObject({ place: 'value', path: ['k'] });
    expect(positionIn('k: "a # b|')).toMatchObject({ place: 'value', path: ['k'] });
    expect(positionIn('k: "a # b" # c|')).toBeNull();
    expect(positionIn('k: [1, "# x", |2]')).toMatchObject({ place: 'value', path: ['k', 2] });
  });

  it('reads a # right after a character as text: a#b is not a comment', () => {
    expect(positionIn('k: a#b|')).toMatchObject({ place: 'value', path: ['k'], token: { text: 'a#b' } });
    expect(positionIn('k: [a#|b, c]')).toMatchObject({
      place: 'value',
      path: ['k', 0],
      token: { text: 'a#b' },
    });
    expect(positionIn('k: a #b|')).toBeNull();
  });

  it('reads a quote inside a plain value as a character, so a comment after it is a comment', () => {
    expect(positionIn("k: it's # no|te")).toBeNull();
    expect(positionIn("k: it|'s # note")).toMatchObject({
      place: 'value',
      path: ['k'],
      token: { text: "it's" },
    });
    expect(positionIn("k: [it's, 'x|']")).toMatchObject({
      place: 'value',
      path: ['k', 1],
      token: { text: "'x'" },
    });
  });

  it('reads CRLF lines like LF lines, the cursor on a line break belonging to the line it ends', () => {
    const text = 'root:\r\n  "x": 1\r\n  y: 2 # c\r\n  z: [1,\r\n    2]\r\n';
    expect(yamlPositionAt(text, text.indexOf('2 #'))).toMatchObject({ place: 'value', path: ['root', 'y'] });
    expect(yamlPositionAt(text, text.indexOf('# c') + 1)).toBeNull();
    expect(yamlPositionAt(text, text.indexOf('2]'))).toMatchObject({ path: ['root', 'z', 1], column: 4 });
    const afterOne = text.indexOf('1\r\n') + 1;
    expect(yamlPositionAt(text, afterOne)).toMatchObject({ place: 'value', path: ['root', 'x'] });
    expect(yamlPositionAt(text, afterOne + 1)).toMatchObject({ place: 'value', path: ['root', 'x'] });
  });

  it('reads a lone CR as a line end, as YAML 1.2 does (b-break)', () => {
    expect(positionIn('root:\r  "x": 1\r  y: |2\r')).toMatchObject({ place: 'value', path: ['root', 'y'] });
    expect(positionIn('root:\r  x: 1\r  |\r  z: 3\r')).toMatchObject({
      place: 'newKey',
      path: ['root'],
      siblings: ['x', 'z'],
      lineIndent: 2,
    });
    expect(positionIn('revenue:\r  [1,\r   2|, 3]\rgrossMargin: 25%')).toMatchObject({
      place: 'value',
      path: ['revenue', 1],
      column: 3,
    });
    expect(positionIn('a: 1|\rb: 2')).toMatchObject({ place: 'value', path: ['a'] });
    expect(positionIn('a: 1 # c|\rb: 2')).toBeNull();
  });

  it('reads every offset of a case alike whether its lines end in LF or a lone CR', () => {
    for (const text of [SEED_CASE, THREE_PERIODS, caseTemplates[0]!.text]) {
      const cr = text.replace(/\n/g, '\r');
      for (let offset = 0; offset <= text.length; offset += 5) {
        expect(yamlPositionAt(cr, offset), `offset ${offset}`).toEqual(yamlPositionAt(text, offset));
      }
    }
  });

  it('reads a plain key with a quote and a colon in a flow map whole', () => {
    const flow = '{ -":!: 1 }\n';
    expect(yamlPositionAt(flow, flow.lastIndexOf(': 1 }') + 2)?.path).toEqual(['-":!']);
    const json = '{ "a":1, b: [2] }\n';
    expect(yamlPositionAt(json, json.indexOf('1'))?.path).toEqual(['a']);
  });

  it('finds the key of any string written by the yaml package, on the key and at its value', () => {
    const tricky = fc.constantFrom(
      ...['"', "'", '\\', '#', ':', ' ', '\t', '\n', '\r', '\r\n', '-', '?', '[', ']', '{', '}', ','],
      ...['&', '*', '!', '|', '>', '%', '@', '`', '\u0085', '\u2028', '\ufeff', '\u00a0', 'a', 'é', '😀'],
      ...['\0', '\x7f', '---', '...', '<<', 'true', '1', '\\x41', "''"],
    );
    // Keys longer than 1024 characters are written as explicit keys (`? key`), which the cursor does not read.
    const key = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({
        unit: fc.oneof(tricky, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
        maxLength: 40,
      }),
    );
    fc.assert(
      fc.property(key, (k) => {
        const text = stringify({ [k]: 1 }) + 'next: 2\n';
        const value = text.lastIndexOf(': 1\n') + 2;
        expect(yamlPositionAt(text, value)).toMatchObject({ place: 'value', path: [k] });
        expect(yamlPositionAt(text, 0)).toMatchObject({ place: 'key', path: [k], siblings: ['next'] });
        const nested = stringify({ list: [{ [k]: 1 }] });
        expect(yamlPositionAt(nested, nested.lastIndexOf(': 1\n') + 2)?.path).toEqual(['list', 0, k]);
        const flow = stringify({ [k]: 1 }, { collectionStyle: 'flow' });
        expect(yamlPositionAt(flow, flow.lastIndexOf(': 1 }') + 2)?.path).toEqual([k]);
      }),
      { numRuns: 400 },
    );
  });
});
