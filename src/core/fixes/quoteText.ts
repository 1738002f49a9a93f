/**
 * Fix for a text with ": " in it that YAML read as a key and its value (`title: Walmart: the case`,
 * `- Walmart 10-K: FY2014, p. 12`), or cut at " #" (`title: ERP #2 rollout`, yaml/hashInText.ts):
 * the same characters in double quotes, so the text is kept as written. Offered on the YAML error (yaml/colonInText.ts) and on "must be text, got a map" where the
 * map is one line (schema.ts); worked out from the text alone, as a syntax error leaves no document.
 */
import type { Diagnostic } from '../diagnostic';
import type { Localize } from '../localize';
import { TEXT_WITH_COLON } from '../schema';
import { COLON_IN_TEXT, plainTextFrom, quoteText } from '../yaml/colonInText';
import { HASH_IN_TEXT } from '../yaml/hashInText';
import { lineStartsOf, offsetAt } from '../yaml/spans';
import type { QuickFix } from './types';

export function quoteTextFixes(text: string, diagnostic: Diagnostic, l10n: Localize): QuickFix[] {
  const hash = diagnostic.code === 'yaml-syntax' && diagnostic.message.startsWith(HASH_IN_TEXT);
  const applies =
    hash ||
    (diagnostic.code === 'yaml-syntax' && diagnostic.message.startsWith(COLON_IN_TEXT)) ||
    (diagnostic.code === 'wrong-type' && diagnostic.message.includes(`got a map: ${TEXT_WITH_COLON} after`));
  // One line: a block map's span runs to the start of the next line (its comment and line end).
  const oneLine =
    diagnostic.endLine === diagnostic.line ||
    (diagnostic.endLine === diagnostic.line + 1 && diagnostic.endColumn === 1);
  if (!applies || !oneLine) return [];
  const lineStarts = lineStartsOf(text);
  const start = offsetAt(lineStarts, diagnostic.line, diagnostic.column);
  if (start === undefined) return [];
  // A text cut at " #" is quoted with what YAML took for a comment: the span the warning gives.
  const written = hash
    ? text.slice(start, offsetAt(lineStarts, diagnostic.endLine, diagnostic.endColumn))
    : plainTextFrom(text, start);
  if (!hash && !written.includes(': ')) return [];
  const end = start + written.length;
  return [
    {
      title: l10n.t('Put the text in quotes'),
      edits: [{ start, end, newText: quoteText(written) }],
      preferred: true,
    },
  ];
}
