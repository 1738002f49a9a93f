/**
 * `title: ERP #2 rollout`: YAML ends a plain text at a space and `#`, so the title reads "ERP" and
 * "#2 rollout" is a comment, without a word. A comment that starts right at a word (`#2`, `#tag`)
 * after a text on its line is most likely more of the text, so it is said, with the quoting that
 * keeps it (the quick fix `quoteTextFixes` writes it). `# ` with a space is a comment meant.
 */
import { Scalar, visit, type Document } from 'yaml';
import type { TextSpan } from './spans';

/** The message's lead; the quick fix recognises the diagnostic by it. */
export const HASH_IN_TEXT = 'YAML: a text ends at " #"';

/** Longer texts are not repeated in the message (the quick fix still quotes them). */
const SHOWN_LENGTH = 60;

export function hashesInText(doc: Document.Parsed, text: string): { span: TextSpan; message: string }[] {
  // Cheap first: most files have no `#` right at a word after a space.
  if (!/[ \t]#[^\s#]/.test(text)) return [];
  const found: { span: TextSpan; message: string }[] = [];
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || node.type !== Scalar.PLAIN || typeof node.value !== 'string' || !node.range)
        return;
      const [start, end] = node.range;
      const lineEnd = text.indexOf('\n', end);
      const rest = /^[ \t]+(#[^\s#].*?)\s*$/.exec(text.slice(end, lineEnd < 0 ? text.length : lineEnd));
      if (!rest) return;
      const whole = text.slice(start, end) + text.slice(end, end + rest[0].length).trimEnd();
      const quoted = JSON.stringify(whole);
      found.push({
        span: { start, end: start + whole.length },
        message:
          `${HASH_IN_TEXT}, so this one is ${JSON.stringify(node.value)} and ${JSON.stringify(rest[1])} is a ` +
          `comment. To keep the whole text, put it in quotes${quoted.length <= SHOWN_LENGTH ? `: ${quoted}` : ''}.`,
      });
    },
  });
  return found;
}
