/**
 * Quick fixes for the diagnostics that have an obvious repair, as text edits computed from the
 * text, its analysis and the diagnostic. Each fix touches only the characters it repairs, so
 * comments, quotes, line ends (LF or CRLF) and the rest of the layout stay as written.
 */
import type { Analysis } from '../analyze';
import type { Diagnostic } from '../diagnostic';
import { english, type Localize } from '../localize';
import { duplicateNameFixes } from './duplicateName';
import { renameKeyFixes } from './renameKey';
import { requiredFieldFixes } from './requiredField';
import { seriesLengthFixes } from './seriesLength';
import { quoteTextFixes } from './quoteText';
import { suggestedValueFixes } from './suggestedValue';
import type { QuickFix } from './types';
import { RATIO_READING } from '../resolve';
import {
  numberToFractionFixes,
  percentToFractionFixes,
  numberToPercentFixes,
  percentToMoneyFixes,
  unscaledMoneyFixes,
} from './valueKind';

export type { QuickFix, TextEdit } from './types';

function sameProblem(a: Diagnostic, b: Diagnostic): boolean {
  return (
    a.code === b.code &&
    a.message === b.message &&
    a.line === b.line &&
    a.column === b.column &&
    a.endLine === b.endLine &&
    a.endColumn === b.endColumn
  );
}

/**
 * The fixes for one diagnostic of `text`, whose analysis is `analysis`. A diagnostic the analysis
 * does not have (one shown for an older version of the text) gets none: its position may no
 * longer hold what it was about.
 */
export function quickFixes(
  text: string,
  analysis: Analysis,
  diagnostic: Diagnostic,
  l10n: Localize = english,
): QuickFix[] {
  const { source } = analysis;
  if (!analysis.diagnostics.some((d) => sameProblem(d, diagnostic))) return [];
  // A text with ": " that YAML read as a key and its value: fixed from the text alone, as a syntax
  // error leaves no document to fix.
  const quoted = quoteTextFixes(text, diagnostic, l10n);
  if (quoted.length > 0) return quoted;
  if (!source || source.textLength !== text.length) return [];
  try {
    switch (diagnostic.code) {
      case 'unknown-key':
        return renameKeyFixes(source, diagnostic, l10n);
      case 'not-money':
        return percentToMoneyFixes(text, source, diagnostic, l10n);
      case 'suspicious-percent':
        // A benchmark's value cannot be a percent text: it is written as the fraction.
        if (diagnostic.message.includes(RATIO_READING))
          return numberToFractionFixes(text, source, diagnostic, l10n);
        return numberToPercentFixes(text, source, diagnostic, l10n);
      case 'not-percent':
        return numberToPercentFixes(text, source, diagnostic, l10n);
      case 'not-number':
        return percentToFractionFixes(text, source, diagnostic, l10n);
      case 'invalid-value':
      case 'wrong-type':
      case 'unknown-metric':
        return suggestedValueFixes(text, source, diagnostic, l10n);
      case 'unscaled-money':
        return unscaledMoneyFixes(text, source, diagnostic, analysis.model?.unit ?? 'one', l10n);
      case 'series-length':
        return seriesLengthFixes(text, source, diagnostic, analysis.model?.periods.length ?? 0, l10n);
      case 'required':
        return requiredFieldFixes(text, source, diagnostic, l10n);
      case 'duplicate-name':
        return duplicateNameFixes(source, diagnostic, l10n);
      default:
        return [];
    }
  } catch {
    // A fix that cannot be worked out is not offered; the diagnostic itself still shows.
    return [];
  }
}
