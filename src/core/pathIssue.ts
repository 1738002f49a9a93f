import type { DiagnosticCode, Severity } from './diagnostic';
import { pathLabel, type Path } from './path';
import { roundFigure } from './present/roundFigures';

export { pathLabel };

/**
 * A problem found at a path of the case (keys and list indexes), before it is placed in the text.
 * `at: 'key'` points at the key itself (an unknown or misplaced key), `'value'` at its value,
 * `'start'` at the first line of the value (a map missing a field: the whole map would be too much).
 */
export interface PathIssue {
  path: Path;
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  at?: 'key' | 'value' | 'start';
}

/**
 * A plain number above 1 (or below −1) in a percent field: read as a fraction (25 is 2500%), it is
 * almost always a percent written without `%`. A warning where such a value can be meant; an error,
 * with `cannotBe` saying why, where it cannot ("above 100% the cost of goods sold would be negative").
 * One message, so the quick fix reads one form.
 */
export function suspiciousPercent(path: Path, input: number, cannotBe?: string): PathIssue {
  const read = `${pathLabel(path)} ${input} is read as ${roundFigure(input * 100)}%`;
  return {
    path,
    severity: cannotBe === undefined ? 'warning' : 'error',
    code: 'suspicious-percent',
    message: `${read}${cannotBe === undefined ? '' : `, and ${cannotBe}`}; write ${input}% if you mean ${input} percent`,
  };
}
