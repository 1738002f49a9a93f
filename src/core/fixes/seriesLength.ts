/**
 * Fix for a series list whose length is not the number of periods: pad it by repeating its last
 * value, or trim the values past the last period. Flow lists (`[1, 2]`) grow and shrink in place;
 * block lists (`- 1` lines) gain or lose whole lines, at the list's own indentation, so comments
 * on the lines that stay are kept.
 */
import { isSeq, type Node, type YAMLSeq } from 'yaml';
import type { Diagnostic } from '../diagnostic';
import type { Localize } from '../localize';
import type { YamlSource } from '../yaml/read';
import {
  columnOf,
  lineEnd,
  lineEndOf,
  lineStart,
  nextLineStart,
  nodeNamedBy,
  nodesAt,
  nodeText,
  spanOffsets,
  valueEnd,
} from './locate';
import type { QuickFix, TextEdit } from './types';

export function seriesLengthFixes(
  text: string,
  source: YamlSource,
  diagnostic: Diagnostic,
  periods: number,
  l10n: Localize,
): QuickFix[] {
  const { start } = spanOffsets(source, diagnostic);
  const lists = nodesAt(source, start).filter((c) => c.role === 'value' && isSeq(c.node));
  const found = nodeNamedBy(lists, diagnostic.message);
  if (!found || periods < 1) return [];
  const list = found.node as YAMLSeq<Node | null>;
  const items = list.items;
  const last = items[items.length - 1];
  if (items.length < periods && last) {
    const lastText = nodeText(text, last);
    const missing = periods - items.length;
    return [
      {
        title:
          missing === 1
            ? l10n.t('Repeat the last value ({0}) for the last period', lastText)
            : l10n.t('Repeat the last value ({0}) for the last {1} periods', lastText, missing),
        edits: [padding(text, list, last, lastText, missing)],
        preferred: true,
      },
    ];
  }
  const keep = items[periods - 1];
  if (items.length > periods && keep && last) {
    const extra = items.length - periods;
    return [
      {
        title:
          extra === 1
            ? l10n.t('Remove the value after the last period')
            : l10n.t('Remove the {0} values after the last period', extra),
        edits: [trimming(text, list, keep, items[periods]!, last)],
        preferred: true,
      },
    ];
  }
  return [];
}

function padding(text: string, list: YAMLSeq, last: Node, lastText: string, missing: number): TextEdit {
  const end = valueEnd(last);
  if (list.flow) return { start: end, end, newText: `, ${lastText}`.repeat(missing) };
  // A new `- value` line below the last one, with the same indentation and dash.
  const itemStart = last.range?.[0] ?? end;
  const dash = text.lastIndexOf('-', itemStart - 1);
  const prefix = ' '.repeat(columnOf(text, dash)) + text.slice(dash, itemStart);
  const at = lineEnd(text, Math.max(itemStart, end - 1));
  return { start: at, end: at, newText: `${lineEndOf(text)}${prefix}${lastText}`.repeat(missing) };
}

function trimming(text: string, list: YAMLSeq, keep: Node, firstExtra: Node, last: Node): TextEdit {
  if (list.flow) return { start: valueEnd(keep), end: valueEnd(last), newText: '' };
  // Whole lines, from the first extra item's dash to the end of the last item's line.
  const start = lineStart(text, firstExtra.range?.[0] ?? 0);
  const end = nextLineStart(text, Math.max(start, valueEnd(last) - 1));
  return { start, end, newText: '' };
}
