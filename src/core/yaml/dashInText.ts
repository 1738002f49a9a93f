/**
 * A list item indented further than the plain text above it: `- IDC, 2015` and, on the next line,
 * `    - Forbes, 2015`. YAML reads the second line as more of the text above ("IDC, 2015 - Forbes,
 * 2015"), not as an item, and says nothing; the same after `note: a text`. Each such `-` is said,
 * with the text it became.
 */
import { Scalar, visit, type Document } from 'yaml';
import type { TextSpan } from './spans';

/**
 * Cheap first: a line that ends in something other than `:` followed by a line indented further that
 * starts with `- `. Most files have none (an item's own list follows its `key:`).
 */
const FOLLOWED_BY_DEEPER_DASH = /^([ \t]*)(?![ \t])[^\n]*[^:\s][ \t]*\r?\n\1[ \t]+- /m;

/** Longer texts are cut in the message. */
const SHOWN_LENGTH = 60;

export function dashesInText(doc: Document.Parsed, text: string): { span: TextSpan; message: string }[] {
  if (!FOLLOWED_BY_DEEPER_DASH.test(text)) return [];
  const found: { span: TextSpan; message: string }[] = [];
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || node.type !== Scalar.PLAIN || !node.range) return;
      const [start, end] = node.range;
      const newline = text.indexOf('\n', start);
      if (newline < 0 || newline >= end) return;
      const value = String(node.value);
      const shown = JSON.stringify(value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH)}…` : value);
      const dash = /\n([ \t]*)- /g;
      dash.lastIndex = newline;
      for (let m = dash.exec(text); m !== null && m.index < end; m = dash.exec(text)) {
        const at = m.index + 1 + m[1]!.length;
        found.push({
          span: { start: at, end: at + 1 },
          message:
            `YAML reads this line as more of the text above, which becomes ${shown}, not as a list item: ` +
            'an item’s `-` starts in the column of the `-` of the item above it. To keep the line as text, put the text in quotes.',
        });
      }
    },
  });
  return found;
}
