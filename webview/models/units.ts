/** Money units of the format and how they read on a chart axis. */
import { formatMoney, formatNumber, formatPercent, formatScaled } from '../../src/core/format';

/** How many `one`s each unit is worth. */
export const UNIT_FACTOR: Readonly<Record<string, number>> = Object.freeze({
  one: 1,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
});

const UNIT_PLURAL: Readonly<Record<string, string>> = Object.freeze({
  thousand: 'thousands',
  million: 'millions',
  billion: 'billions',
});

/**
 * A money amount in `from` units expressed in `to` units: 0.0002165 billion → 216,500 one.
 * Null when either unit is not a money unit (e.g. `ratio`).
 */
export function convertMoney(value: number, from: string, to: string): number | null {
  const f = UNIT_FACTOR[from];
  const t = UNIT_FACTOR[to];
  if (f === undefined || t === undefined) return null;
  return (value * f) / t;
}

export function isMoneyUnit(unit: string | null | undefined): boolean {
  return unit !== null && unit !== undefined && UNIT_FACTOR[unit] !== undefined;
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
  const digits = value !== null && value !== undefined && Math.abs(value) >= 1000 ? 0 : 2;
  if (isMoneyUnit(unit) && currency) return formatMoney(value, unit as string, currency, digits);
  if (isMoneyUnit(unit)) return formatMoney(value, unit as string, '', digits).trimStart();
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

/** A signed money change: −1.5 → "−USD 1.5B". */
export function formatSignedMoney(value: number | null | undefined, unit: string, currency: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return signed(value, formatMoney(Math.abs(value), unit, currency));
}

/** A signed multiple change: 0.2 → "+0.2×". */
export function formatSignedMultiple(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return signed(value, `${Math.abs(value).toFixed(1)}×`);
}

/** `absText` with '+' or '−' (the minus sign) before it; none when it reads as zero after rounding. */
function signed(value: number, absText: string): string {
  if (/^[^1-9]*$/.test(absText)) return absText;
  return `${value > 0 ? '+' : '−'}${absText}`;
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

/** A relative change without its sign, as a sentence says it: 0.37 → "37%", 0.052 → "5.2%". */
export function formatChangeSize(value: number): string {
  const size = Math.abs(value);
  return formatPercent(size, size < 0.1 ? 1 : 0);
}
