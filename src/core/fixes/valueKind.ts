/**
 * Fixes for a value of the wrong kind: a percent where money is expected (`revenue: 25%` → `25`),
 * a plain number where a percent is meant (`grossMargin: 25` → `25%`, `"10"` → `10%`), and a whole
 * amount without a scale suffix (`"$150,000"` → `150k`).
 * Ranges written as text change both ends (`"10%..20%"` → `"10..20"`).
 */
import { Scalar, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostic';
import type { Localize } from '../localize';
import { RATIO_AS_FRACTION } from '../schema';
import {
  hundredthOf,
  looksUnscaled,
  moneyTextWithSuffix,
  parseMoneyText,
  PERCENT_TEXT,
  percentTextAsFraction,
  rangeTextEnds,
  type MoneyUnit,
} from '../values';
import type { YamlSource } from '../yaml/read';
import { nodeText, scalarAt } from './locate';
import type { QuickFix } from './types';

const PLAIN_NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** `25%` → `25`; `-10 %` → `-10`; undefined when it is no percent. */
function percentToNumber(text: string): string | undefined {
  if (!PERCENT_TEXT.test(text)) return undefined;
  const number = text.replace('%', '').trim();
  return PLAIN_NUMBER.test(number) ? number : undefined;
}

/** `25` → `25%`; undefined when it is no plain number. */
function numberToPercent(text: string): string | undefined {
  const number = text.trim();
  return PLAIN_NUMBER.test(number) ? `${number}%` : undefined;
}

/** Converts a value, or both ends of a "low..high" range text, with `convert`. */
function convertValue(value: string, convert: (text: string) => string | undefined): string | undefined {
  const ends = rangeTextEnds(value);
  if (!ends) return convert(value);
  const low = convert(ends.low);
  const high = convert(ends.high);
  return low !== undefined && high !== undefined ? `${low}..${high}` : undefined;
}

/** The new source of a scalar: a single value is written plain (`25`, `25%`); a range text keeps its quotes. */
function rewritten(node: Scalar, value: string): string {
  if (!value.includes('..')) return value;
  const quote = node.type === Scalar.QUOTE_SINGLE ? "'" : node.type === Scalar.QUOTE_DOUBLE ? '"' : '';
  return `${quote}${value}${quote}`;
}

function fix(text: string, node: Node, newText: string, title: string, preferred = true): QuickFix[] {
  const range = node.range;
  if (!range || text.slice(range[0], range[1]) === newText) return [];
  return [{ title, edits: [{ start: range[0], end: range[1], newText }], preferred }];
}

/**
 * The fix that rewrites the text scalar a diagnostic is on, each end of a range text on its own,
 * with `convert`; `title` names it from the text as written and the new text.
 */
function rewriteText(
  text: string,
  source: YamlSource,
  diagnostic: Diagnostic,
  convert: (end: string) => string | undefined,
  title: (written: string, newText: string) => string,
  preferred = true,
): QuickFix[] {
  const node = scalarAt(source, diagnostic);
  if (!node || typeof node.value !== 'string') return [];
  const value = convertValue(node.value, convert);
  if (value === undefined) return [];
  const written = nodeText(text, node);
  const newText = rewritten(node, value);
  return fix(text, node, newText, title(written, newText), preferred);
}

/** `not-money`: a percent (or a percent range) in a money field. */
export function percentToMoneyFixes(
  text: string,
  source: YamlSource,
  diagnostic: Diagnostic,
  l10n: Localize,
): QuickFix[] {
  return rewriteText(text, source, diagnostic, percentToNumber, (written, newText) =>
    l10n.t('Change {0} to {1} (an amount in the case’s unit)', written, newText),
  );
}

/**
 * The fix that rewrites the number a diagnostic is on with `convert`; with `inText`, a number written
 * as text too, and each end of a range text.
 */
function rewriteNumber(
  text: string,
  source: YamlSource,
  diagnostic: Diagnostic,
  l10n: Localize,
  convert: (written: string) => string | undefined,
  inText: boolean,
): QuickFix[] {
  const node = scalarAt(source, diagnostic);
  if (!node) return [];
  const written = nodeText(text, node);
  let value: string | undefined;
  if (typeof node.value === 'number') value = convert(written);
  else if (inText && typeof node.value === 'string') value = convertValue(node.value, convert);
  if (value === undefined) return [];
  const newText = rewritten(node, value);
  return fix(text, node, newText, l10n.t('Change {0} to {1}', written, newText));
}

/**
 * `not-percent` (a number written as text in a percent field) and `suspicious-percent` (a plain
 * number above 1, read as a fraction: 25 is 2500%): write it as a percent.
 */
export function numberToPercentFixes(
  text: string,
  source: YamlSource,
  diagnostic: Diagnostic,
  l10n: Localize,
): QuickFix[] {
  return rewriteNumber(text, source, diagnostic, l10n, numberToPercent, true);
}

/**
 * `suspicious-percent` on a ratio benchmark's value (2.5, read as 250%): write it as a fraction, the
 * one form a benchmark's value takes.
 */
export function numberToFractionFixes(
  text: string,
  source: YamlSource,
  diagnostic: Diagnostic,
  l10n: Localize,
): QuickFix[] {
  return rewriteNumber(text, source, diagnostic, l10n, hundredthOf, false);
}

/**
 * `not-number` on a benchmark's value written as a percent text (`2.5%`): write it as the fraction it
 * stands for (`0.025`). The message says so (RATIO_AS_FRACTION); other `not-number`s get no fix.
 */
export function percentToFractionFixes(
  text: string,
  source: YamlSource,
  diagnostic: Diagnostic,
  l10n: Localize,
): QuickFix[] {
  if (!diagnostic.message.includes(RATIO_AS_FRACTION)) return [];
  return rewriteText(text, source, diagnostic, percentTextAsFraction, (written, newText) =>
    l10n.t('Change {0} to {1}', written, newText),
  );
}

/**
 * A whole amount without a suffix as the same absolute amount with one (`$150,000` → `150k`); any
 * other end of a range stays as written.
 */
function withSuffix(text: string, unit: MoneyUnit): string | undefined {
  if (!looksUnscaled(text, unit)) return text.trim();
  const absolute = parseMoneyText(text);
  return absolute === null ? undefined : (moneyTextWithSuffix(absolute) ?? undefined);
}

/** `unscaled-money`: a whole amount read in the file's unit; write it as the absolute amount it shows. */
export function unscaledMoneyFixes(
  text: string,
  source: YamlSource,
  diagnostic: Diagnostic,
  unit: MoneyUnit,
  l10n: Localize,
): QuickFix[] {
  // Not preferred: the file's unit may be what was meant, and the fix changes the amount a million-fold.
  return rewriteText(
    text,
    source,
    diagnostic,
    (end) => withSuffix(end, unit),
    (written, newText) => l10n.t('Change {0} to {1} (an absolute amount)', written, newText),
    false,
  );
}
