/**
 * The core's formatters (src/core/format), memoized for the preview. They use `toLocaleString`,
 * which builds a new Intl.NumberFormat on every call (tens of microseconds); a preview render formats
 * hundreds of figures and chart ticks, mostly the same ones as the render before, so remembering
 * the strings takes formatting off the typing path. Same inputs, same strings as the core.
 */
import * as core from '../../src/core/format';

const MAX_ENTRIES = 5000;
const cache = new Map<string, string>();

function memo(key: string, compute: () => string): string {
  let text = cache.get(key);
  if (text === undefined) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    text = compute();
    cache.set(key, text);
  }
  return text;
}

export function formatNumber(value: number | null | undefined, digits = 2): string {
  return memo(`n${digits}|${value}`, () => core.formatNumber(value, digits));
}

export function formatPercent(value: number | null | undefined, digits = 2): string {
  return memo(`p${digits}|${value}`, () => core.formatPercent(value, digits));
}

export function formatMoney(
  value: number | null | undefined,
  unit: string,
  currency: string,
  digits = 2,
): string {
  return memo(`m${digits}|${unit}|${currency}|${value}`, () =>
    core.formatMoney(value, unit, currency, digits),
  );
}

export function formatScaled(value: number, unit: string): string {
  return memo(`s|${unit}|${value}`, () => core.formatScaled(value, unit));
}

// Cheap already (toFixed): used as they are.
export { formatMultiple, formatPeriods } from '../../src/core/format';
