import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/analyze';
import type { Diagnostic } from '../../src/core/diagnostic';
import { caseTemplates } from '../../src/core/templates';
import { SEED_CASE, THREE_PERIODS } from './fixtures';

/** Every diagnostic range must lie inside the document (1-based, end not before start). */
function insideDocument(text: string, d: Diagnostic): boolean {
  const lines = text.split('\n');
  const lineLength = (line: number) => (lines[line - 1] ?? '').length;
  if (d.line < 1 || d.endLine < d.line || d.endLine > Math.max(lines.length, 1)) return false;
  if (d.column < 1 || d.column > lineLength(d.line) + 1) return false;
  if (d.endColumn < 1 || d.endColumn > lineLength(d.endLine) + 1) return false;
  return d.endLine > d.line || d.endColumn >= d.column;
}

function checkAnalysis(text: string): void {
  const result = analyzeCase(text);
  for (const d of result.diagnostics) {
    expect(insideDocument(text, d), `${JSON.stringify(d)} outside the document`).toBe(true);
    expect(d.message.length).toBeGreaterThan(0);
  }
  if (result.report) {
    // Figures only: a message may quote a key the user named `NaN`.
    const { diagnostics: _messages, ...figures } = result.report;
    expect(JSON.stringify(figures)).not.toMatch(/NaN|Infinity/);
  }
}

/** Edits a person might make while typing: delete, insert, replace a slice of a valid case. */
const mutation = (base: string) =>
  fc
    .tuple(
      fc.nat({ max: base.length }),
      fc.nat({ max: 20 }),
      fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom(
          ':',
          '- ',
          '[',
          ']',
          '{',
          '}',
          '%',
          '"',
          "'",
          '\n',
          '  ',
          '&a',
          '*a',
          '.nan',
          '-10%',
          '1e308',
          '#',
        ),
      ),
    )
    .map(([at, remove, insert]) => base.slice(0, at) + insert + base.slice(at + remove));

describe('robustness', () => {
  it('never throws on arbitrary strings, and every range lies inside the document', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => checkAnalysis(text)),
      { numRuns: 400 },
    );
  });

  it('never throws on mutated valid cases, and every range lies inside the document', () => {
    for (const base of [SEED_CASE, THREE_PERIODS, caseTemplates[0]!.text]) {
      fc.assert(
        fc.property(mutation(base), (text) => checkAnalysis(text)),
        { numRuns: 300 },
      );
    }
  });

  it('never throws on several stacked mutations', () => {
    const stacked = mutation(THREE_PERIODS)
      .chain((once) => mutation(once))
      .chain((twice) => mutation(twice));
    fc.assert(
      fc.property(stacked, (text) => checkAnalysis(text)),
      { numRuns: 300 },
    );
  });
});

describe('the shipped templates', () => {
  for (const template of caseTemplates) {
    it(`${template.id} validates with zero diagnostics and computes a report`, () => {
      const { diagnostics, report } = analyzeCase(template.text);
      expect(diagnostics).toEqual([]);
      expect(report).not.toBeNull();
    });
  }

  it("reproduce Walmart's fiscal 2014 operating margin of about 5.6% (10-K)", () => {
    const walmart = caseTemplates.find((t) => t.id === 'walmart')!;
    const { report } = analyzeCase(walmart.text);
    expect(report!.base.operatingMargin.at(-1)).toBeCloseTo(0.056, 2);
    expect(report!.base.itSpend).toEqual([9.3, 9.8, 10.16]);
    expect(report!.scenarios.some((s) => s.name === 'Sales fall 10%')).toBe(true);
  });
});
