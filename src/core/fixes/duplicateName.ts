/** Fix for a scenario name used twice: append " (2)" (or the first number not yet taken). */
import { isMap, isScalar, isSeq, Scalar, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostic';
import type { Localize } from '../localize';
import type { YamlSource } from '../yaml/read';
import { nodesAt, spanOffsets } from './locate';
import type { QuickFix } from './types';

/** Every scenario name written in the file. */
function scenarioNames(source: YamlSource): Set<string> {
  const names = new Set<string>();
  const scenarios = source.doc.get('scenarios', true) as Node | undefined;
  if (!isSeq(scenarios)) return names;
  for (const item of scenarios.items) {
    const name = isMap(item) ? item.get('name') : undefined;
    if (name !== undefined && name !== null) names.add(String(name));
  }
  return names;
}

export function duplicateNameFixes(source: YamlSource, diagnostic: Diagnostic, l10n: Localize): QuickFix[] {
  const { start } = spanOffsets(source, diagnostic);
  const found = nodesAt(source, start).find(
    (c) =>
      c.role === 'value' &&
      c.path.length === 3 &&
      c.path[0] === 'scenarios' &&
      c.path[2] === 'name' &&
      isScalar(c.node),
  );
  const node = found?.node as Scalar | undefined;
  const range = node?.range;
  if (!node || !range || node.value === null) return [];
  const name = String(node.value);
  const taken = scenarioNames(source);
  let n = 2;
  while (taken.has(`${name} (${n})`)) n++;
  const suffix = ` (${n})`;
  // Inside the quotes of a quoted name; after a plain one (a plain scalar may hold spaces and brackets).
  const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
  const at = quoted ? range[1] - 1 : range[1];
  if (!quoted && node.type !== Scalar.PLAIN) return [];
  return [
    {
      title: l10n.t("Rename to '{0}'", `${name}${suffix}`),
      edits: [{ start: at, end: at, newText: suffix }],
      preferred: true,
    },
  ];
}
