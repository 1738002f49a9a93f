import type { DiagnosticCode, Severity } from './diagnostic';
import type { Path } from './yamlDocument';

/**
 * A problem found at a path of the case (keys and list indexes), before it is placed in the text.
 * `at: 'key'` points at the key itself (an unknown or misplaced key), `'value'` at its value.
 */
export interface PathIssue {
  path: Path;
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  at?: 'key' | 'value';
}

/** How a path reads in a message: `revenue`, `fixedCosts.stores`, `investments[0].costs[2]`. */
export function pathLabel(path: Path): string {
  let label = '';
  for (const segment of path) {
    if (typeof segment === 'number') label += `[${segment}]`;
    else label += label === '' ? segment : `.${segment}`;
  }
  return label === '' ? 'The case' : label;
}
