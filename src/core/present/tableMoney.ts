/**
 * Money in a table, in one unit so that its figures compare: the case's unit, or the largest smaller
 * one in which the largest figure is at least 1 (NPVs of USD 0.11 billion and less read as
 * USD 110.23M and USD −49.87M, not USD 0.11B beside USD −49.87M). `itcase report` and the HTML
 * export write their tables with it.
 */
import { columnMoneyDigits, formatMoneyIn, moneyAxisTitle } from '../format';
import { UNIT_FACTORS, type MoneyUnit } from '../values';

/** The unit for `values` (in the case's unit), and the factor that converts them to it. */
export function commonUnit(
  values: readonly (number | null)[],
  caseUnit: string,
): { unit: string; factor: number } {
  const caseFactor = (UNIT_FACTORS as Record<string, number>)[caseUnit];
  const largest = Math.max(0, ...values.map((v) => (v !== null && Number.isFinite(v) ? Math.abs(v) : 0)));
  if (caseFactor === undefined || largest === 0 || largest >= 1) return { unit: caseUnit, factor: 1 };
  let unit: MoneyUnit = 'one';
  for (const [name, factor] of Object.entries(UNIT_FACTORS) as [MoneyUnit, number][])
    if (factor <= caseFactor && largest * caseFactor >= factor && factor > UNIT_FACTORS[unit]) unit = name;
  return { unit, factor: caseFactor / UNIT_FACTORS[unit] };
}

/**
 * A money axis for `values` (in the case's unit), in the unit a table of the same figures is written
 * in (commonUnit): its title, and the factor a tick's value is multiplied by. An NPV of USD 0.05
 * billion is 50 on a "USD millions" axis, as its tooltip and its table say USD 50M.
 */
export function moneyAxis(
  values: readonly (number | null)[],
  caseUnit: string,
  currency: string,
): { title: string; factor: number } {
  const { unit, factor } = commonUnit(values, caseUnit);
  return { title: moneyAxisTitle(unit, currency), factor };
}

/** A money figure of a table: its text, and the decimals it is written with (for aligning a column). */
export interface TableMoneyFigure {
  text: string;
  digits: number;
}

/**
 * A formatter for the money figures of one table: all in `commonUnit(values)`, never another, each
 * with up to two decimals (three where two would leave one significant digit: USD −0.051M).
 */
export function tableMoney(
  values: readonly (number | null | undefined)[],
  caseUnit: string,
  currency: string,
): (value: number | null | undefined) => TableMoneyFigure {
  const { unit, factor } = commonUnit(
    values.map((v) => v ?? null),
    caseUnit,
  );
  return (value) => {
    const scaled = value === null || value === undefined ? null : value * factor;
    const digits = columnMoneyDigits(scaled);
    return { text: formatMoneyIn(scaled, unit, currency, digits), digits };
  };
}

/** The same, as text only: for a table that does not align decimals (the preview, the HTML export). */
export function tableMoneyText(
  values: readonly (number | null | undefined)[],
  caseUnit: string,
  currency: string,
): (value: number | null | undefined) => string {
  const format = tableMoney(values, caseUnit, currency);
  return (value) => format(value).text;
}
