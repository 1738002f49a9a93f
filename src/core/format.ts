/**
 * How figures read to people, shared by the CLI tables, hover text and the preview.
 * Negative figures carry the minus sign U+2212 (−), never the hyphen-minus; a figure that rounds to
 * zero carries no sign at all.
 */

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
  return `${currency} ${formatNumber(value, digits)}${UNIT_WORD[unit] ?? ''}`;
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
