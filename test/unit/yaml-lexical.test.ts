import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  commentStart,
  isMappingValue,
  isSeparation,
  lineEndAt,
  lineStartAt,
  quotedScalarEnd,
  scalarValue,
  splitLines,
  startsComment,
} from '../../src/core/yaml/lexical';

/** The lines of a text as strings. */
const linesOf = (text: string) => splitLines(text).map(({ start, end }) => text.slice(start, end));

describe('line breaks', () => {
  it('end a line at LF, CR LF and a lone CR', () => {
    expect(linesOf('a\nb\r\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('leave an empty last line after a final break, and one empty line for an empty text', () => {
    expect(linesOf('a\n')).toEqual(['a', '']);
    expect(linesOf('a\r')).toEqual(['a', '']);
    expect(linesOf('')).toEqual(['']);
    expect(linesOf('\r\n\r\n')).toEqual(['', '', '']);
    expect(linesOf('\n\r')).toEqual(['', '', '']);
  });

  it('keep the offsets of the text', () => {
    expect(splitLines('ab\r\ncd\re')).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 6 },
      { start: 7, end: 8 },
    ]);
  });

  it('bound the line around an offset', () => {
    const text = 'ab\r\ncd\ref';
    expect([lineStartAt(text, 5), lineEndAt(text, 5)]).toEqual([4, 6]);
    expect([lineStartAt(text, 8), lineEndAt(text, 8)]).toEqual([7, 9]);
    expect([lineStartAt(text, 0), lineEndAt(text, 0)]).toEqual([0, 2]);
    expect(lineStartAt(text, 99)).toBe(7);
  });

  it('separate a token from what follows, like white space and the end of the text', () => {
    expect([' ', '\t', '\n', '\r', undefined].every(isSeparation)).toBe(true);
    expect(['a', '#', ':', '\u00a0'].some(isSeparation)).toBe(false);
  });
});

describe('where a comment starts', () => {
  it('is a # first on its line or after white space', () => {
    expect(startsComment('# note', 0)).toBe(true);
    expect(startsComment('a # note', 2)).toBe(true);
    expect(startsComment('a\t# note', 2)).toBe(true);
    expect(startsComment('a\n# note', 2)).toBe(true);
    expect(startsComment('a\r# note', 2)).toBe(true);
  });

  it('is not a # that follows another character: a#b is a plain scalar', () => {
    expect(startsComment('a#b', 1)).toBe(false);
    expect(startsComment('"a"#b', 3)).toBe(false);
    expect(commentStart('a#b')).toBe(-1);
    expect(commentStart('k: a#b')).toBe(-1);
  });

  it('is found on a line after its values', () => {
    expect(commentStart('a # b')).toBe(2);
    expect(commentStart('# all')).toBe(0);
    expect(commentStart('k: v # c')).toBe(5);
    expect(commentStart('k: "v" # c', 3)).toBe(7);
    expect(commentStart('k: [1, 2] # c')).toBe(10);
    expect(commentStart('k: |  # c', 3)).toBe(6);
  });

  it('skips a # inside a quoted scalar', () => {
    expect(commentStart('k: "a # b"')).toBe(-1);
    expect(commentStart('k: "a # b" # c')).toBe(11);
    expect(commentStart("k: 'a # b' # c")).toBe(11);
    expect(commentStart("k: 'it''s # x' # y")).toBe(15);
    expect(commentStart('k: "a \\" # b" # c')).toBe(14);
    expect(commentStart('"a # b": c # d')).toBe(11);
    expect(commentStart('- "a # b" # c')).toBe(10);
    expect(commentStart('k: [a, "b # c"] # d')).toBe(16);
    expect(commentStart("k: {x: 'b # c'} # d")).toBe(16);
    expect(commentStart('{"a":\'b # c\'}')).toBe(-1);
    expect(commentStart("k: &x 'a # b' # c")).toBe(14);
    expect(commentStart('k: !!str "a # b"')).toBe(-1);
  });

  it('finds none while a quoted scalar is still open at the line’s end', () => {
    expect(commentStart('k: "abc # d')).toBe(-1);
    expect(commentStart("k: 'abc # d")).toBe(-1);
    expect(commentStart('k: "ab\\" # d')).toBe(-1);
  });

  it('reads a quote inside a plain scalar as a character, not as an opening quote', () => {
    expect(commentStart("k: it's # note")).toBe(8);
    expect(commentStart("k: a 'b # c'")).toBe(8);
    expect(commentStart("k: a, 'b # c'")).toBe(9);
    expect(commentStart('x "y: 1 # c')).toBe(8);
    // Each agrees with the parser: what precedes the comment is the whole value.
    expect(parse("k: it's # note")).toEqual({ k: "it's" });
    expect(parse("k: a, 'b # c'")).toEqual({ k: "a, 'b" });
  });
});

describe('where a quoted scalar ends', () => {
  it('is after the closing quote', () => {
    expect(quotedScalarEnd('"abc" x', 0)).toBe(5);
    expect(quotedScalarEnd("k: 'abc' x", 3)).toBe(8);
    expect(quotedScalarEnd('""', 0)).toBe(2);
    expect(quotedScalarEnd("''", 0)).toBe(2);
  });

  it('passes over an escaped quote and an escaped backslash in double quotes', () => {
    expect(quotedScalarEnd('"a\\"b" x', 0)).toBe(6);
    expect(quotedScalarEnd('"a\\\\" x', 0)).toBe(5);
    expect(quotedScalarEnd('"\\n"', 0)).toBe(4);
  });

  it('reads two single quotes as one quote inside single quotes, and a backslash as a character', () => {
    expect(quotedScalarEnd("'it''s' x", 0)).toBe(7);
    expect(quotedScalarEnd("'a''' x", 0)).toBe(5);
    expect(quotedScalarEnd("'a\\' x", 0)).toBe(4);
  });

  it('is -1 while the scalar is open, or when there is no quote', () => {
    expect(quotedScalarEnd('"abc', 0)).toBe(-1);
    expect(quotedScalarEnd('"abc\\"', 0)).toBe(-1);
    expect(quotedScalarEnd('"abc\\', 0)).toBe(-1);
    expect(quotedScalarEnd("'it''", 0)).toBe(-1);
    expect(quotedScalarEnd('abc', 0)).toBe(-1);
  });

  it('stops at a limit, such as the line’s end, or goes on over lines without one', () => {
    const text = '"ab\n cd" x';
    expect(quotedScalarEnd(text, 0, lineEndAt(text, 0))).toBe(-1);
    expect(quotedScalarEnd(text, 0)).toBe(8);
    expect(quotedScalarEnd("'ab'", 0, 3)).toBe(-1);
  });
});

describe('the value of a quoted scalar', () => {
  it('applies the double-quoted escapes', () => {
    expect(scalarValue('"\\n"')).toBe('\n');
    expect(scalarValue('"a\\"b"')).toBe('a"b');
    expect(scalarValue('"\\\\"')).toBe('\\');
    expect(scalarValue('"\\t|\\x41|\\u00e9|\\U0001F600|\\/|\\ |\\0|\\_"')).toBe('\t|A|é|😀|/| |\0|\u00a0');
  });

  it('reads two single quotes as one and keeps backslashes in single quotes', () => {
    expect(scalarValue("'it''s'")).toBe("it's");
    expect(scalarValue("'a\\nb'")).toBe('a\\nb');
    expect(scalarValue("''")).toBe('');
    expect(scalarValue('""')).toBe('');
  });

  it('folds lines like the parser', () => {
    expect(scalarValue('"a\n  b"')).toBe('a b');
    expect(scalarValue('"a\n\n  b"')).toBe('a\nb');
    expect(scalarValue('"a\\\n  b"')).toBe('ab');
    expect(scalarValue("'a\n  b'")).toBe('a b');
  });

  it('keeps an invalid escape as written, like the parser', () => {
    expect(scalarValue('"\\q"')).toBe('\\q');
    expect(scalarValue('"\\xZZ"')).toBe('\\xZZ');
  });

  it('is the text as written when the scalar is not a whole closed quoted scalar', () => {
    expect(scalarValue('"abc')).toBe('"abc');
    expect(scalarValue("'it''")).toBe("'it''");
    expect(scalarValue('"a" b')).toBe('"a" b');
    expect(scalarValue('"')).toBe('"');
    expect(scalarValue('plain')).toBe('plain');
    expect(scalarValue('a "b"')).toBe('a "b"');
    expect(scalarValue('')).toBe('');
  });

  it('is what the yaml package reads, for any string written in either quoting style', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({
        unit: fc.constantFrom('"', "'", '\\', '#', ':', ' ', '\t', '\n', '\r', 'a', 'é', '\u0085'),
      }),
    );
    fc.assert(
      fc.property(
        text,
        fc.constantFrom('QUOTE_DOUBLE', 'QUOTE_SINGLE') as fc.Arbitrary<'QUOTE_DOUBLE'>,
        (s, style) => {
          const raw = stringify(s, { defaultStringType: style, lineWidth: 20 }).replace(/\n$/, '');
          expect(scalarValue(raw)).toBe(s);
          expect(scalarValue(raw)).toBe(parse(raw));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the colon that ends a key', () => {
  it('is followed by white space, a line break or the end in block context', () => {
    expect(isMappingValue('a: b', 1, false)).toBe(true);
    expect(isMappingValue('a:', 1, false)).toBe(true);
    expect(isMappingValue('a:\r\n', 1, false)).toBe(true);
    expect(isMappingValue('a:b', 1, false)).toBe(false);
    expect(isMappingValue('a:,', 1, false)).toBe(false);
    expect(isMappingValue('a b', 1, false)).toBe(false);
  });

  it('may also be followed by a flow indicator, or follow a JSON-like key, in a flow collection', () => {
    expect(isMappingValue('{a:}', 2, true)).toBe(true);
    expect(isMappingValue('{a:,b}', 2, true)).toBe(true);
    // The caller knows whether a quoted scalar just ended: `{"a":1}`, but not `{-":!: 1}`, whose key is
    // the plain scalar `-":!`.
    expect(isMappingValue('{"a":1}', 4, true, true)).toBe(true);
    expect(isMappingValue("{'a':1}", 4, true, true)).toBe(true);
    expect(isMappingValue('{-":!: 1}', 3, true)).toBe(false);
    expect(isMappingValue('{a:1}', 2, true)).toBe(false);
  });
});
