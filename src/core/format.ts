/** How figures read to people, shared by the CLI tables, hover text and the preview. */

const UNIT_WORD: Record<string, string> = { one: '', thousand: 'k', million: 'M', billion: 'B' };

/** A money amount in the case's unit: 476.29 with unit billion and USD → "USD 476.29B". */
export function formatMoney(
  value: number | null | undefined,
  unit: string,
  currency: string,
  digits = 2,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
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

/** A number with thousands separators and at most `digits` decimals: 1234.5 → "1,234.5". */
export function formatNumber(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return formatter(digits).format(value);
}

/** A fraction as a percent: 0.0564 → "5.64%". */
export function formatPercent(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${formatter(digits).format(value * 100)}%`;
}

/** A multiple: 5 → "5.0×". */
export function formatMultiple(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${value.toFixed(1)}×`;
}

/** Periods as a duration: 2.5 → "2.5 periods". */
export function formatPeriods(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'never';
  return `${value.toFixed(value % 1 === 0 ? 0 : 2)} ${value === 1 ? 'period' : 'periods'}`;
}

/** An absolute amount in a case's unit as the person would say it: 0.00022 billion → "220k". */
export function formatScaled(value: number, unit: string): string {
  const factor = { one: 1, thousand: 1e3, million: 1e6, billion: 1e9 }[unit] ?? 1;
  const absolute = value * factor;
  const abs = Math.abs(absolute);
  if (abs >= 1e12) return `${formatNumber(absolute / 1e12)}T`;
  if (abs >= 1e9) return `${formatNumber(absolute / 1e9)}B`;
  if (abs >= 1e6) return `${formatNumber(absolute / 1e6)}M`;
  if (abs >= 1e3) return `${formatNumber(absolute / 1e3)}k`;
  return formatNumber(absolute);
}
