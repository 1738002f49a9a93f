import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largeCase, LARGE_CASE } from '../../bench/largeCase';
import { analyzeCase, type Analysis } from '../../src/core/analyze';
import { fastParse, pathKey, type FastParse } from '../../src/core/fastYaml';
import { sourceLinks } from '../../src/core/sourceLinks';
import { caseTemplates } from '../../src/core/templates';
import { readYaml, type YamlSource } from '../../src/core/yamlDocument';
import { SEED_CASE, THREE_PERIODS } from './fixtures';
import { generateDocument, PLAIN, ODD, yamlReading, type ExpectedNode } from './yamlSubset';

const examplesDir = join(__dirname, '..', '..', 'examples');
const examples = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.itcase.yaml'))
  .map((f) => ({ name: `examples/${f}`, text: readFileSync(join(examplesDir, f), 'utf8') }));

/** Every case file the product ships or shows, and the benchmark's large case. */
const shippedCases = [
  ...caseTemplates.map((t) => ({ name: `the ${t.id} template`, text: t.text })),
  { name: 'the seed fixture', text: SEED_CASE },
  { name: 'the three-period fixture', text: THREE_PERIODS },
  ...examples,
  { name: 'the large benchmark case', text: largeCase() },
];

const smallLargeCase = largeCase({
  ...LARGE_CASE,
  periods: 3,
  fixedCostLines: 3,
  itSpendLines: 2,
  investments: 3,
  scenarios: 2,
});

/** The fast reader's nodes in the shape of yamlReading's. */
function nodeTable(fast: FastParse): Map<string, ExpectedNode> {
  const table = new Map<string, ExpectedNode>();
  for (const [key, node] of fast.nodes) {
    const entry: ExpectedNode = { kind: node.kind, value: [node.value.start, node.value.end] };
    if (node.key) entry.key = [node.key.start, node.key.end];
    table.set(key, entry);
  }
  return table;
}

/**
 * The safety property: when yaml finds any problem the fast reader refuses the text, and when the
 * fast reader takes a text its value and every node's key and value ranges are yaml's. Returns
 * whether the fast reader took the text (and whether yaml found it valid).
 */
function agreesWithYaml(text: string): boolean {
  return compareWithYaml(text).read;
}

function compareWithYaml(text: string): { read: boolean; valid: boolean } {
  const fast = fastParse(text);
  const yaml = yamlReading(text);
  const shown = JSON.stringify(text);
  if (yaml.problems.length > 0) {
    expect(fast, `fast reader took a text yaml refuses (${yaml.problems[0]}): ${shown}`).toBeNull();
    return { read: false, valid: false };
  }
  if (!fast) return { read: false, valid: true };
  // Node's strict deep equality (prototypes, -0, NaN; vitest's toStrictEqual trips over a key named `constructor`).
  if (!isDeepStrictEqual(fast.value, yaml.value)) {
    expect(fast.value, `value of ${shown}`).toEqual(yaml.value);
    expect.fail(`value of ${shown} differs from yaml's`);
  }
  expect(nodeTable(fast), `ranges in ${shown}`).toEqual(yaml.nodes);
  return { read: true, valid: true };
}

/** Edits a person might make while typing: delete, insert, replace a slice. */
const mutation = (base: string) =>
  fc
    .tuple(
      fc.nat({ max: base.length }),
      fc.nat({ max: 12 }),
      fc.oneof(
        fc.string({ maxLength: 8 }),
        fc.constantFrom(
          ':',
          ': ',
          '- ',
          '-',
          '#',
          ' #',
          ' # c',
          '"',
          "'",
          '\n',
          '\r\n',
          '  ',
          '\t',
          '&a ',
          '*a',
          '!t ',
          '|',
          '>',
          '? ',
          '{',
          '}',
          '[',
          ']',
          ',',
          '---',
          '...',
          '%',
          '\\',
          '\\u00e9',
          '\\x41',
          '~',
          'null',
          '0x1F',
          '.inf',
          '__proto__',
          'a: b',
          '\n  - x',
          '\n  ',
          '\n    # c',
          '\n- ',
          'x:',
          '{a: 1}',
          '[1, 2]',
          "''",
          '""',
        ),
      ),
    )
    .map(([at, remove, insert]) => base.slice(0, at) + insert + base.slice(at + remove));

describe('the fast YAML reader on the cases the product ships', () => {
  for (const { name, text } of shippedCases) {
    it(`reads ${name} exactly as yaml does: same value, same range for every node`, () => {
      expect(fastParse(text)).not.toBeNull();
      expect(agreesWithYaml(text)).toBe(true);
    });
  }
});

describe('the fast YAML reader against yaml on generated documents', () => {
  it('agrees with yaml on every document of the subset grammar it reads, and refuses every one yaml finds a problem in', () => {
    let read = 0;
    let valid = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 0x7fffffff }), (seed) => {
        const result = compareWithYaml(generateDocument(seed));
        if (result.valid) valid++;
        if (result.read) read++;
      }),
      { numRuns: 3000 },
    );
    // The grammar mostly stays in the subset, so most valid documents take the fast path; some
    // documents are invalid on purpose.
    expect(read).toBeGreaterThan(0.8 * valid);
    expect(valid).toBeLessThan(3000);
  });

  for (const { name, text } of [
    ...caseTemplates.map((t) => ({ name: `the ${t.id} template`, text: t.text })),
    { name: 'the seed fixture', text: SEED_CASE },
    { name: 'the three-period fixture', text: THREE_PERIODS },
    { name: 'a small generated case', text: smallLargeCase },
  ]) {
    it(`agrees with yaml or refuses, on random edits of ${name}`, () => {
      fc.assert(
        fc.property(mutation(text), (mutated) => {
          agreesWithYaml(mutated);
        }),
        { numRuns: 700 },
      );
    });
  }

  it('agrees with yaml or refuses, on several stacked edits of generated documents', () => {
    const edited = fc
      .integer({ min: 1, max: 0x7fffffff })
      .chain((seed) => mutation(generateDocument(seed)))
      .chain((once) => mutation(once))
      .chain((twice) => mutation(twice));
    fc.assert(
      fc.property(edited, (text) => {
        agreesWithYaml(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with yaml or refuses, on arbitrary strings, without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        agreesWithYaml(text);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the fast YAML reader on the details of YAML', () => {
  it.each([
    ...PLAIN,
    ...ODD,
    '"a\\"b"',
    "'it''s'",
    '"\\u00e9\\/\\t"',
    '[1, .5, -0, 0o17, 0x1F, ~, TRUE, .NaN]',
    '{ a: 1, "b": [x, y] }',
  ])('resolves `%s` like yaml 1.2 core schema and toJS, or leaves it to yaml', (scalar) => {
    agreesWithYaml(`key: ${scalar}\nlist:\n  - ${scalar}\n`);
  });

  it('makes map keys the strings toJS makes them, and __proto__ an own property', () => {
    const fast = fastParse('2012: a\n1.50: b\n0x10: c\ntrue: d\n__proto__: e\n')!;
    expect(fast.value).toStrictEqual({ '2012': 'a', '1.5': 'b', '16': 'c', true: 'd', ['__proto__']: 'e' });
    const value = fast.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).e).toBeUndefined();
  });

  it('folds a plain scalar that goes on over more-indented lines, as yaml does', () => {
    const text = 'note: one\n  two\n\n  three # c\nnext: 1\n';
    expect(fastParse(text)!.value).toEqual({ note: 'one two\nthree', next: 1 });
    expect(agreesWithYaml(text)).toBe(true);
  });

  it('ends a nested collection where yaml does, whatever the comments after it', () => {
    for (const text of [
      'a:\n  b: 1\n    # deeper\n  # level\n# top\nc: 2\n',
      'a:\n  - 1\n  # level\nb:\n  c:\n    d: x # c\n      # deeper\n    # level\n  # parent\n',
      'a:\n  b:   # c\n  # c\nc:\n- x:\n  y:\n  # c\n- z\n',
      'a:\n  b:\n\n  # c\n\n',
    ]) {
      expect(fastParse(text), text).not.toBeNull();
      expect(agreesWithYaml(text)).toBe(true);
    }
  });

  it('reads CRLF line ends', () => {
    const text = SEED_CASE.replace(/\n/g, '\r\n');
    expect(fastParse(text)).not.toBeNull();
    expect(agreesWithYaml(text)).toBe(true);
  });

  it.each([
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['tags', 'a: !!str 1\n'],
    ['block scalars', 'a: |\n  text\n'],
    ['folded block scalars', 'a: >\n  text\n'],
    ['complex keys', '? a\n: b\n'],
    ['directives', '%YAML 1.2\n---\na: 1\n'],
    ['a leading document marker', '---\na: 1\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a document end marker', 'a: 1\n...\n'],
    ['tabs', 'a:\n\tb: 1\n'],
    ['a quoted scalar over several lines', 'a: "one\n  two"\n'],
    ['a flow collection over several lines', 'a: [1,\n  2]\n'],
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['keys that toJS makes equal', '1: a\n"1": b\n'],
    ['a null key', '~: a\n'],
    ['lists in lists on one line', 'a:\n  - - x\n'],
    ['an empty list item', 'a:\n  -\n  - x\n'],
    ['an escape outside the subset', 'a: "\\x41"\n'],
    ['an empty document', '# only a comment\n'],
    ['a list at the top', '- a\n- b\n'],
    ['a scalar at the top', 'just text\n'],
    ['a byte order mark', '\ufeffa: 1\n'],
    ['a trailing comma in a flow list', 'a: [1, 2, ]\n'],
  ])('leaves %s to yaml', (_what, text) => {
    expect(fastParse(text)).toBeNull();
  });

  it('refuses, rather than reads wrongly, a continuation line that looks like a key', () => {
    expect(fastParse('a: b\n  c: d\n')).toBeNull();
    expect(yamlReading('a: b\n  c: d\n').problems.length).toBeGreaterThan(0);
  });

  it('never hangs: long lines, many lines and deep nesting are read in one pass or refused', () => {
    const long = `a: ${'x '.repeat(200_000)}\nb: "${'\\\\'.repeat(100_000)}"\nc: [${'1, '.repeat(50_000)}1]\n`;
    expect(agreesWithYaml(long)).toBe(true);
    const deep = Array.from({ length: 150 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n';
    expect(fastParse(deep)).toBeNull();
    const flows = `a: ${'['.repeat(150)}${']'.repeat(150)}\n`;
    expect(fastParse(flows)).toBeNull();
  });
});

/** Everything analyzeCase gives that a surface uses, with the source reduced to what it tells. */
function comparable(analysis: Analysis) {
  return {
    diagnostics: analysis.diagnostics,
    report: analysis.report,
    model: analysis.model,
    links: analysis.source && analysis.report ? sourceLinks(analysis.source) : null,
  };
}

/** The same lookups, by path, on both sources: every node, and paths that go wrong at each step. */
function expectSamePositions(fast: YamlSource, fallback: YamlSource, text: string): void {
  const parse = fastParse(text)!;
  const paths: (string | number)[][] = [[]];
  for (const key of parse.nodes.keys()) {
    if (key === '') continue;
    const path = key
      .split('\u0000')
      .slice(1)
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    paths.push(
      path,
      [...path, 'missing'],
      [...path, 0],
      [...path, '0'],
      [...path.slice(0, -1), String(path.at(-1))],
    );
  }
  for (const path of paths)
    expect(fast.positions.locate(path), `locate ${pathKey(path)}`).toEqual(fallback.positions.locate(path));
  expect(fast.positions.firstKey()).toEqual(fallback.positions.firstKey());
}

describe('analyzeCase with the fast reader and with the yaml fallback', () => {
  for (const { name, text } of shippedCases) {
    it(`gives identical diagnostics, reports, models, links and positions for ${name}, and says which reader read it`, () => {
      const fast = analyzeCase(text);
      const fallback = analyzeCase(text, { parser: 'yaml' });
      expect(fast.source!.parser).toBe('fast');
      expect(fallback.source!.parser).toBe('yaml');
      expect(comparable(fast)).toEqual(comparable(fallback));
      expectSamePositions(fast.source!, fallback.source!, text);
    });
  }

  it('falls back to yaml by itself for a text outside the subset, with the same results', () => {
    const text = SEED_CASE.replace('title: ', 'title: &t ');
    const auto = analyzeCase(text);
    expect(auto.source!.parser).toBe('yaml');
    expect(comparable(auto)).toEqual(comparable(analyzeCase(text, { parser: 'yaml' })));
  });

  it('places every diagnostic of an edited case at the same place whichever reader read it', () => {
    let fastRead = 0;
    for (const base of [SEED_CASE, THREE_PERIODS, smallLargeCase, caseTemplates[0]!.text]) {
      fc.assert(
        fc.property(mutation(base), (text) => {
          const fast = analyzeCase(text);
          const fallback = analyzeCase(text, { parser: 'yaml' });
          expect(fast.source?.parser ?? 'yaml').toBe(fastParse(text) ? 'fast' : 'yaml');
          if (fast.source?.parser === 'fast') fastRead++;
          expect(comparable(fast), JSON.stringify(text)).toEqual(comparable(fallback));
          if (fast.source?.parser === 'fast') expectSamePositions(fast.source, fallback.source!, text);
        }),
        { numRuns: 300 },
      );
    }
    expect(fastRead).toBeGreaterThan(300);
  });

  it('keeps the limits in front of both readers', () => {
    const deep = `a: ${'['.repeat(70)}${']'.repeat(70)}\n`;
    expect(analyzeCase(deep).diagnostics[0]!.code).toBe('too-deep');
    const large = `title: ${'x'.repeat(5_000_001)}\n`;
    expect(analyzeCase(large).diagnostics[0]!.code).toBe('too-large');
  });

  it('gives the yaml Document on request, also after the fast reader', () => {
    const read = readYaml(SEED_CASE);
    expect(read.ok && read.source.parser).toBe('fast');
    if (read.ok) expect(read.source.doc.toJS()).toEqual(read.value);
  });
});
