import type { DiagnosticCode, Severity } from './diagnostic';
import type { Path } from './path';

export { pathLabel } from './path';

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
