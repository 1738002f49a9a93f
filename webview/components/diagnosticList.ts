/**
 * Problems as a list of buttons, "line N: message"; a click reveals the problem's line and column.
 * Shared by the problems banner (errors: the preview is stale) and the report's warnings.
 */
import type { Diagnostic } from '../../src/core/diagnostic';
import { h, icon } from '../dom';

const SEVERITY_ICON = { error: 'error', warning: 'warning', info: 'info' } as const;

export function diagnosticText(diagnostic: Diagnostic): string {
  return `line ${diagnostic.line}: ${diagnostic.message}`;
}

export function diagnosticList(
  diagnostics: readonly Diagnostic[],
  reveal: (line: number, column: number) => void,
): HTMLUListElement {
  const list = h('ul', { className: 'diagnostic-list' });
  for (const diagnostic of diagnostics) {
    const button = h(
      'button',
      {
        className: `diagnostic diagnostic-${diagnostic.severity}`,
        attrs: {
          type: 'button',
          'data-line': String(diagnostic.line),
          'data-column': String(diagnostic.column),
          'data-severity': diagnostic.severity,
        },
      },
      icon(SEVERITY_ICON[diagnostic.severity] ?? 'info', 'diagnostic-icon'),
      h('span', { className: 'diagnostic-text', text: diagnosticText(diagnostic) }),
    );
    button.addEventListener('click', () => reveal(diagnostic.line, diagnostic.column));
    list.append(h('li', {}, button));
  }
  return list;
}
