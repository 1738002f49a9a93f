/**
 * The banner over a stale preview: the document has problems, the last good render stays below.
 * `.problems-banner[role="alert"]`, one `button.diagnostic` per problem.
 */
import type { Diagnostic } from '../../src/core/diagnostic';
import { h, icon } from '../dom';
import { diagnosticList } from './diagnosticList';

export function problemsBanner(
  diagnostics: readonly Diagnostic[],
  fileName: string,
  hasPreview: boolean,
  reveal: (line: number, column: number) => void,
): HTMLElement {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const count = errors || diagnostics.length;
  const noun = errors ? (count === 1 ? 'error' : 'errors') : count === 1 ? 'problem' : 'problems';
  const name = fileName.split(/[\\/]/).pop() || fileName;
  const title = `${count} ${noun} in ${name}`;
  const detail = hasPreview ? ' — the preview below shows the last version without errors.' : '';
  return h(
    'div',
    { className: 'problems-banner', attrs: { role: 'alert' } },
    h(
      'div',
      { className: 'problems-heading' },
      icon('error', 'problems-icon'),
      h('strong', { text: title }),
      h('span', { className: 'problems-detail', text: detail }),
    ),
    diagnosticList(diagnostics, reveal),
  );
}
