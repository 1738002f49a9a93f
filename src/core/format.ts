/**
 * How figures read to people, shared by the CLI tables, hover text and the preview.
 * Negative figures carry the minus sign U+2212 (−), never the hyphen-minus; a figure that rounds to
 * zero carries no sign at all.
 */

import type { SensitivityInputKind } from './report';
import { UNIT_FACTORS, type MoneyUnit } from './values';

/** The minus sign every formatter here puts before a negative figure. */
export const MINUS = '\u2212';

const UNIT_WORD: Record<string, string> = { one: '', thousand: 'k', million: 'M', billion: 'B' };
const UNIT_FACTOR: Record<string, number> = { one: 1, thousand: 1e3, million: 1e6, billion: 1e9 };
/** Suffixes for absolute amounts, largest first. */
const SUFFIXES: readonly (readonly [number, string])[] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'k'],
];

/** `absText` (the magnitude, already formatted) with the minus sign when negative and not zero as shown. */
function withSign(value: number, absText: string): string {
  return value < 0 && /[1-9]/.test(absText) ? `${MINUS}${absText}` : absText;
}

/**
 * A money amount in the case's unit: 476.29 with unit billion and USD → "USD 476.29B". An amount too
 * small to show two significant digits in a large unit is written in the largest smaller suffix
 * that keeps it at least 1: −0.0015 billion → "USD −1.5M"; what rounds to zero even in ones is
 * "USD 0".
 */
export function formatMoney(
  value: number | null | undefined,
  unit: string,
  currency: string,
  digits = 2,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const factor = UNIT_FACTOR[unit];
  const threshold = Math.min(1, 10 ** (1 - digits));
  if (factor !== undefined && factor > 1 && value !== 0 && Math.abs(value) < threshold) {
    const absolute = value * factor;
    const suffix = SUFFIXES.find(([size]) => size < factor && Math.abs(absolute) >= size);
    const text = suffix
      ? `${formatNumber(absolute / suffix[0], digits)}${suffix[1]}`
      : formatNumber(absolute, digits);
    return `${currency} ${text}`;
  }
  return formatMoneyIn(value, unit, currency, digits);
}

/** A money amount written in `unit` whatever its size, for a table that keeps one unit: "USD −0.05M". */
export function formatMoneyIn(
  value: number | null | undefined,
  unit: string,
  currency: string,
  digits = 2,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${currency} ${formatNumber(value, digits)}${UNIT_WORD[unit] ?? ''}`;
}

/**
 * Decimals for an amount in a table column: two, or three where two would leave it one significant
 * digit (0.076, not 0.08); zero stays at two.
 */
export function columnMoneyDigits(value: number | null | undefined): number {
  return value !== null && value !== undefined && value !== 0 && Math.abs(value) < 0.1 ? 3 : 2;
}

/** Decimals for an amount read as a count of things (a benchmark's value): none from a thousand up. */
export function amountDigits(value: number | null | undefined): number {
  return value !== null && value !== undefined && Math.abs(value) >= 1000 ? 0 : 2;
}

// toLocaleString builds a new Intl.NumberFormat per call; the preview formats hundreds of figures
// per keystroke, so one formatter per number of decimals is kept.
const formatters = new Map<number, Intl.NumberFormat>();
function formatter(digits: number): Intl.NumberFormat {
  let f = formatters.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    formatters.set(digits, f);
  }
  return f;
}

/** A number with thousands separators and at most `digits` decimals: −1234.5 → "−1,234.5". */
export function formatNumber(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return withSign(value, formatter(digits).format(Math.abs(value)));
}

/** A fraction as a percent: 0.0564 → "5.64%", −0.1 → "−10%". */
export function formatPercent(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${withSign(value, formatter(digits).format(Math.abs(value) * 100))}%`;
}

/** A multiple: 5 → "5.0×", −2 → "−2.0×". */
export function formatMultiple(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${withSign(value, Math.abs(value).toFixed(1))}×`;
}

/** Periods as a duration: 2.5 → "2.5 periods". */
export function formatPeriods(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'never';
  const text = withSign(value, Math.abs(value).toFixed(value % 1 === 0 ? 0 : 2));
  return `${text} ${value === 1 ? 'period' : 'periods'}`;
}

/** An absolute amount in a case's unit as the person would say it: 0.00022 billion → "220k". */
export function formatScaled(value: number, unit: string): string {
  const absolute = value * (UNIT_FACTOR[unit] ?? 1);
  const suffix = SUFFIXES.find(([size]) => Math.abs(absolute) >= size);
  return suffix ? `${formatNumber(absolute / suffix[0])}${suffix[1]}` : formatNumber(absolute);
}

// Figures as the preview's charts, tables and key figures show them.

const UNIT_PLURAL: Readonly<Record<string, string>> = Object.freeze({
  thousand: 'thousands',
  million: 'millions',
  billion: 'billions',
});

export function isMoneyUnit(unit: string | null | undefined): unit is MoneyUnit {
  return unit !== null && unit !== undefined && Object.prototype.hasOwnProperty.call(UNIT_FACTORS, unit);
}

/** The unit of a money amount in a table's Unit column: "USD B", "EUR k", "USD" (unit one). */
export function moneyUnitLabel(currency: string, unit: string): string {
  return [currency, UNIT_WORD[unit] ?? ''].filter(Boolean).join(' ');
}

/** An axis title for money: "USD billions", "EUR" (unit one). */
export function moneyAxisTitle(unit: string, currency: string | null): string {
  const plural = UNIT_PLURAL[unit];
  return [currency ?? '', plural ?? ''].filter(Boolean).join(' ') || 'amount';
}

/** A per-employee amount (in the case's unit) as people say it: 0.0002165 billion → "USD 216.5k". */
export function formatPerEmployee(value: number | null | undefined, unit: string, currency: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${currency} ${formatScaled(value, unit)}`;
}

/** A value of a benchmark: ratios as percents, money with its currency and unit, else a number. */
export function formatInUnit(
  value: number | null | undefined,
  unit: string | null,
  currency: string | null,
): string {
  if (unit === 'ratio') return formatPercent(value);
  // Large amounts in small units (USD 216,495.45 per employee) read better without the cents.
  const digits = amountDigits(value);
  if (isMoneyUnit(unit) && currency) return formatMoney(value, unit, currency, digits);
  if (isMoneyUnit(unit)) return formatMoney(value, unit, '', digits).trimStart();
  return formatNumber(value);
}

/** A signed percent change: 0.0666 → "+6.66%". */
export function formatSignedPercent(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return signed(value, formatPercent(Math.abs(value), digits));
}

/** A change of a ratio in percentage points: 0.0021 → "+0.21 pp". */
export function formatPointChange(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return signed(value, `${formatNumber(Math.abs(value * 100), digits)} pp`);
}

/** A signed money change: −1.5 → "USD −1.5B", the sign where formatMoney puts a minus. */
export function formatSignedMoney(value: number | null | undefined, unit: string, currency: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const amount = formatMoney(Math.abs(value), unit, currency).slice(currency.length + 1);
  return `${currency} ${signed(value, amount)}`;
}

/** A signed multiple change: 0.2 → "+0.2×". */
export function formatSignedMultiple(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return signed(value, `${Math.abs(value).toFixed(1)}×`);
}

/** `absText` with '+' or '−' (the minus sign) before it; none when it reads as zero after rounding. */
function signed(value: number, absText: string): string {
  if (/^[^1-9]*$/.test(absText)) return absText;
  return `${value > 0 ? '+' : MINUS}${absText}`;
}

/** Relative change (last − first) / |first|; null when first is 0 or either is missing. */
export function relativeChange(
  first: number | null | undefined,
  last: number | null | undefined,
): number | null {
  if (first === null || first === undefined || last === null || last === undefined) return null;
  if (first === 0 || !Number.isFinite(first) || !Number.isFinite(last)) return null;
  return (last - first) / Math.abs(first);
}

/** Decimals for a money amount: three below 1 (USD 0.083B), else two. */
export function preciseDigits(value: number | null | undefined): number {
  return value !== null && value !== undefined && Math.abs(value) < 1 ? 3 : 2;
}

/** A tick label: 216,000 → "216k", 1,500,000 → "1.5M"; below 10,000 as is (1,500; 0.25). */
export function formatCompact(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e12) return `${formatNumber(value / 1e12, 1)}T`;
  if (abs >= 1e9) return `${formatNumber(value / 1e9, 1)}B`;
  if (abs >= 1e6) return `${formatNumber(value / 1e6, 1)}M`;
  if (abs >= 1e4) return `${formatNumber(value / 1e3, 1)}k`;
  return formatNumber(value);
}

/**
 * A probability as a whole percent, never rounded to a certainty it is not: 0.12 → "12%",
 * 0.003 → "<1%", 0.998 → ">99%"; exactly 0 and 1 stay "0%" and "100%".
 */
export function formatChance(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (value > 0 && value < 0.005) return '<1%';
  if (value < 1 && value >= 0.995) return '>99%';
  return formatPercent(value, 0);
}

/** The most decimals each kind of sensitivity input's ends is written with. */
export const INPUT_END_DIGITS: Readonly<Record<SensitivityInputKind, number>> = Object.freeze({
  money: 3,
  percent: 2,
  change: 2,
});

/**
 * One end (`low` or `high`) of a sensitivity input, as its kind says: money in the case's unit
 * (9.8 billion → "USD 9.8B"), a percent (−0.15 → "−15%"), or a change of its whole line, signed
 * (0.1 → "+10%").
 */
export function formatInputEnd(
  value: number | null | undefined,
  kind: SensitivityInputKind,
  unit: string,
  currency: string,
): string {
  const digits = INPUT_END_DIGITS[kind];
  switch (kind) {
    case 'money':
      return formatMoney(value, unit, currency, digits);
    case 'percent':
      return formatPercent(value, digits);
    case 'change':
      return formatSignedPercent(value, digits);
  }
}

/**
 * A relative change without its sign, as a sentence says it: 0.37 → "37%", 0.052 → "5.2%". A change
 * too small to show is "less than 0.1%", never "0.0%", which would say there is no room at all.
 */
export function formatChangeSize(value: number): string {
  const size = Math.abs(value);
  if (size > 0 && size < 0.0005) return 'less than 0.1%';
  return formatPercent(size, size < 0.1 ? 1 : 0);
}
