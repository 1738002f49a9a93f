import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/analyze';
import { insertBenchmarkEdit, type TextEdit } from '../../src/core/benchmarkInsert';
import { benchmarkDataSets, findBenchmark } from '../../src/core/benchmarks';
import { SEED_CASE } from './fixtures';

const apply = (text: string, edit: TextEdit) =>
  text.slice(0, edit.offset) + edit.text + text.slice(edit.offset + edit.length);
const set = findBenchmark('idc-top-it-spenders-2014')!;
const other = findBenchmark('revenue-per-employee-forbes-2015')!;

function inserted(text: string, data = set): string {
  const result = insertBenchmarkEdit(text, data);
  if (result.kind !== 'edit') throw new Error(`expected an edit, got ${result.kind}`);
  return apply(text, result.edit);
}

describe('inserting benchmark data', () => {
  it('ships data sets that each carry a source', () => {
    expect(benchmarkDataSets.length).toBeGreaterThanOrEqual(5);
    for (const b of benchmarkDataSets) expect(b.source.length).toBeGreaterThan(10);
  });

  it('creates the benchmarks list at the end when it is missing, keeping every comment', () => {
    const text = SEED_CASE.replace('unit: million', 'unit: million   # all in millions');
    const out = inserted(text);
    expect(out.startsWith(text)).toBe(true);
    expect(out).toContain('# all in millions');
    const { report, diagnostics } = analyzeCase(out);
    expect(diagnostics).toEqual([]);
    expect(report!.benchmarks[0]!.id).toBe(set.id);
    expect(report!.benchmarks[0]!.source).toBe(set.source);
  });

  it('appends after the last entry of an existing list, at its indentation, leaving the rest untouched', () => {
    const first = inserted(`${SEED_CASE}# trailing comment about nothing\n`);
    const second = inserted(first, other);
    expect(second.startsWith(first.slice(0, first.indexOf(set.id)))).toBe(true);
    const { report, diagnostics } = analyzeCase(second);
    expect(diagnostics).toEqual([]);
    expect(report!.benchmarks.map((b) => b.id)).toEqual([set.id, other.id]);
  });

  it('appends to a list whose items are not indented and keeps comments between entries', () => {
    const text = `${SEED_CASE}benchmarks:\n# the first data set\n- id: mine\n  title: Mine\n  metric: itSpend\n  source: me, 2026\n  values: { A: 1 }\nsources: [me]\n`;
    const out = inserted(text);
    expect(out).toContain('# the first data set');
    const { report, diagnostics } = analyzeCase(out);
    expect(diagnostics).toEqual([]);
    expect(report!.benchmarks.map((b) => b.id)).toEqual(['mine', set.id]);
    expect(report!.sources).toEqual(['me']);
  });

  it('fills an empty `benchmarks:` key and an empty flow list', () => {
    for (const empty of ['benchmarks:\n', 'benchmarks: []\n']) {
      const { report, diagnostics } = analyzeCase(inserted(`${SEED_CASE}${empty}`));
      expect(diagnostics).toEqual([]);
      expect(report!.benchmarks.map((b) => b.id)).toEqual([set.id]);
    }
  });

  it('keeps Windows line endings', () => {
    const text = SEED_CASE.replace(/\n/g, '\r\n');
    const out = inserted(text);
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('says so instead of duplicating a data set that is already there', () => {
    const once = inserted(SEED_CASE);
    const again = insertBenchmarkEdit(once, set);
    expect(again.kind).toBe('already-present');
    if (again.kind === 'already-present') expect(again.line).toBe(21);
  });

  it('refuses a file with YAML errors instead of guessing', () => {
    expect(insertBenchmarkEdit('a: [', set).kind).toBe('not-a-case');
  });
});
