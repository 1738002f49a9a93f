/**
 * The value forms of the format: plain numbers, money with a scale suffix ("10.16B"), and percents ("25%").
 * Pure functions, shared by the schema (which checks the text) and the resolver (which converts it).
 */

/** Scale of every money number in a file, by the file's `unit`. */
export const UNIT_FACTORS = { one: 1, thousand: 1e3, million: 1e6, billion: 1e9 } as const;
export type MoneyUnit = keyof typeof UNIT_FACTORS;

/** Money written with a scale suffix: "10.16B", "220k", "5.33 bn", "1,200M", "$2.5T". It has a digit: "M" or "$" alone is no amount. */
export const MONEY_TEXT =
  /^(?=[^\d]*\d)\s*[-+]?\$?\s*(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?\s*(?:k|m|mn|b|bn|t|thousand|million|billion|trillion)?\s*$/i;
/** A percent: "25%", "-10 %", "3.5%". */
export const PERCENT_TEXT = /^\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)\s*%\s*$/;

const SUFFIX_FACTORS: Record<string, number> = {
  '': 1,
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  t: 1e12,
  trillion: 1e12,
};

/** Absolute amount of a money text ("10.16B" → 10_160_000_000), or null when it is not money. */
export function parseMoneyText(text: string): number | null {
  if (!MONEY_TEXT.test(text) || !/\d/.test(text)) return null;
  const match = /^\s*([-+]?)\$?\s*([\d,]*\.?\d*)\s*([a-z]*)\s*$/i.exec(text);
  if (!match) return null;
  const amount = Number((match[2] ?? '').replace(/,/g, ''));
  const factor = SUFFIX_FACTORS[(match[3] ?? '').toLowerCase()];
  if (!Number.isFinite(amount) || factor === undefined) return null;
  return (match[1] === '-' ? -1 : 1) * amount * factor;
}

/**
 * A money value in the file's unit: a number is already in that unit; a text with a suffix is an
 * absolute amount and is scaled (with `unit: billion`, "10.16B" → 10.16, "220k" → 0.00022).
 * A text without a suffix ("446.95") is taken as written, like a number.
 */
export function moneyInUnit(value: number | string, unit: MoneyUnit): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const absolute = parseMoneyText(value);
  if (absolute === null) return null;
  return hasScaleSuffix(value) ? absolute / UNIT_FACTORS[unit] : absolute;
}

/** A plain count (employees): numbers, or texts with a suffix read as absolute ("2.2M" → 2 200 000). */
export function countValue(value: number | string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return parseMoneyText(value);
}

function hasScaleSuffix(text: string): boolean {
  return /[a-z]\s*$/i.test(text.trim());
}

/**
 * A money text that looks like a whole amount copied from a statement, yet has no scale suffix:
 * a dollar amount of a thousand or more ("$150,000") or one with two or more thousands separators
 * ("1,000,000").
 * It is read in the file's unit like any number, which with `unit: million` makes "$150,000" a
 * hundred and fifty billion; a file whose unit is `one` reads it as meant. One separator ("1,500")
 * is an ordinary way to write 1,500 millions, so it is not flagged.
 */
export function looksUnscaled(text: string, unit: MoneyUnit): boolean {
  if (unit === 'one' || hasScaleSuffix(text)) return false;
  const amount = parseMoneyText(text);
  if (amount === null) return false;
  return (text.includes('$') && Math.abs(amount) >= 1000) || /\d,\d{3},\d{3}/.test(text);
}

/**
 * An absolute amount written with the largest suffix that keeps it at least 1: 150000 → "150k",
 * 2500000 → "2.5M", 1234567 → "1.234567M"; below 1,000 in thousands ("0.15k"), since a suffix-less
 * text would be read in the file's unit. The digits are moved, not divided, so the text holds
 * exactly the decimal digits of the amount. Null for amounts JavaScript writes with an exponent.
 */
export function moneyTextWithSuffix(absolute: number): string | null {
  const digits = String(Math.abs(absolute));
  if (!Number.isFinite(absolute) || digits.includes('e')) return null;
  const size = Math.abs(absolute);
  const [places, suffix] =
    (
      [
        [12, 'T'],
        [9, 'B'],
        [6, 'M'],
      ] as const
    ).find(([p]) => size >= 10 ** p) ?? ([3, 'k'] as const);
  const [whole = '', fraction = ''] = digits.split('.');
  const padded = whole.padStart(places + 1, '0');
  const head = padded.slice(0, padded.length - places).replace(/^0+(?=\d)/, '');
  const tail = (padded.slice(padded.length - places) + fraction).replace(/0+$/, '');
  return `${absolute < 0 ? '-' : ''}${head}${tail ? `.${tail}` : ''}${suffix}`;
}

/**
 * `2.5` → `0.025`: a number written as text, a hundredth of it, written by moving the point (no float
 * noise: `4.1` → `0.041`, where 4.1 / 100 is 0.040999999999999995). Undefined when it is no plain number.
 */
export function hundredthOf(text: string): string | undefined {
  const match = /^([-+]?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (!match || (match[2] === '' && !match[3])) return undefined;
  const [, sign, whole = '', part = ''] = match;
  const digits = `${whole.padStart(2, '0')}${part}`;
  const point = digits.length - part.length - 2;
  const integer = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const fraction = digits.slice(point).replace(/0+$/, '');
  return `${sign === '-' ? '-' : ''}${integer}${fraction ? `.${fraction}` : ''}`;
}

/** `"2.5%"` → `"0.025"`: a percent text as the fraction it stands for; undefined when it is no percent. */
export function percentTextAsFraction(text: string): string | undefined {
  return PERCENT_TEXT.test(text) ? hundredthOf(text.replace('%', '').trim()) : undefined;
}

/** A ratio as a fraction: "25%" → 0.25; a number is already a fraction (0.25). */
export function percentValue(value: number | string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (!PERCENT_TEXT.test(value)) return null;
  const fraction = Number(value.replace('%', '').trim()) / 100;
  return Number.isFinite(fraction) ? fraction : null;
}

/** How a value looks to a person, for messages: 'high', 25%, .nan, a list. */
export function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'an empty value';
  if (typeof input === 'number') {
    if (Number.isNaN(input)) return '.nan (not a number)';
    // YAML reads .inf and a number past the largest double (1e400) alike: say both, since the
    // message cannot know which was written.
    if (!Number.isFinite(input))
      return input > 0
        ? 'infinity (.inf, or a number too large)'
        : 'minus infinity (-.inf, or a number too large)';
    return String(input);
  }
  if (typeof input === 'string') {
    const shown = input.length > 40 ? `${input.slice(0, 40)}…` : input;
    if (PERCENT_TEXT.test(input)) return `'${shown}', a percent`;
    if (parseMoneyText(input) !== null && /[a-z]\s*$/i.test(input.trim()))
      return `'${shown}', a money amount`;
    return `'${shown}'`;
  }
  if (typeof input === 'boolean') return `${input} (yes/no)`;
  if (Array.isArray(input)) return 'a list';
  return 'a map';
}

/**
 * A range written as text, "low..high" (format 1.1): both ends of one kind, money or percent.
 * Returns the two end texts, or null when the text is no range.
 */
export function rangeTextEnds(text: string): { low: string; high: string } | null {
  const at = text.indexOf('..');
  if (at < 0 || text.indexOf('..', at + 2) >= 0) return null;
  const low = text.slice(0, at).trim();
  const high = text.slice(at + 2).trim();
  if (low === '' || high === '') return null;
  return { low, high };
}

/**
 * The ends of a text meant as a range: "low..high", or written with three dots or more by a slip,
 * which the engine reports as a wrong range (not as a wrong value) at its position.
 */
function meantRangeEnds(text: string): { low: string; high: string } | null {
  return rangeTextEnds(text.replace(/\.{3,}/, '..'));
}

/** A money range text: "9.8B..10.6B". */
export function isMoneyRangeText(text: string): boolean {
  const ends = meantRangeEnds(text);
  return ends !== null && MONEY_TEXT.test(ends.low) && MONEY_TEXT.test(ends.high);
}

/** A percent range text: "-15%..-5%". */
export function isPercentRangeText(text: string): boolean {
  const ends = meantRangeEnds(text);
  return ends !== null && PERCENT_TEXT.test(ends.low) && PERCENT_TEXT.test(ends.high);
}
