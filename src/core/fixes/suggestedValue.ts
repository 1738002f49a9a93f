/**
 * Fix for a misspelt value of a closed list (`unit: bilion` → `billion`, `dist: pert ` → `pert`):
 * write the value the error suggests, in place of the scalar as written (quotes and all).
 */
import type { Diagnostic } from '../diagnostic';
import type { Localize } from '../localize';
import { suggestionIn } from '../suggest';
import type { YamlSource } from '../yaml/read';
import { nodeText, scalarAt } from './locate';
import type { QuickFix } from './types';

export function suggestedValueFixes(
  text: string,
  source: YamlSource,
  diagnostic: Diagnostic,
  l10n: Localize,
): QuickFix[] {
  const suggestion = suggestionIn(diagnostic.message);
  const node = suggestion === undefined ? undefined : scalarAt(source, diagnostic);
  const range = node?.range;
  if (suggestion === undefined || !node || !range || typeof node.value !== 'string') return [];
  return [
    {
      title: l10n.t('Change {0} to {1}', nodeText(text, node), suggestion),
      edits: [{ start: range[0], end: range[1], newText: suggestion }],
      preferred: true,
    },
  ];
}
