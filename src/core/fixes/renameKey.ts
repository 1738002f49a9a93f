/** Fix for a misspelt key: rename it to the key the warning suggests (`revnue` → `revenue`). */
import { isMap } from 'yaml';
import type { Diagnostic } from '../diagnostic';
import type { Localize } from '../localize';
import { suggestionIn } from '../suggest';
import { keyName } from '../yaml/keys';
import type { YamlSource } from '../yaml/read';
import { nodesAt, spanOffsets } from './locate';
import type { QuickFix } from './types';

/** Renames the key to the one an unknown-key warning suggests: "… is ignored: did you mean `revenue`?". */
export function renameKeyFixes(source: YamlSource, diagnostic: Diagnostic, l10n: Localize): QuickFix[] {
  const suggestion = suggestionIn(diagnostic.message);
  if (!suggestion) return [];
  const { start } = spanOffsets(source, diagnostic);
  const found = nodesAt(source, start).find((c) => c.role === 'key');
  const range = found?.key?.range;
  if (!found || !range || !isMap(found.parent)) return [];
  // Renaming onto a key the map already has would only trade this warning for a duplicate key.
  if (found.parent.items.some((pair) => keyName(pair.key) === suggestion)) return [];
  const written = String(found.path[found.path.length - 1]);
  return [
    {
      title: l10n.t("Rename '{0}' to '{1}'", written, suggestion),
      edits: [{ start: range[0], end: range[1], newText: suggestion }],
      preferred: true,
    },
  ];
}
