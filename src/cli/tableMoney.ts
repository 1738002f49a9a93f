/** Money in a CLI table: the core's one unit per table (present/tableMoney.ts), padded to its decimals. */
import { tableMoney as coreTableMoney } from '../core/present/tableMoney';
import { withDecimals, type Figure } from './table';

/** A formatter for the money figures of one table, every figure with the same decimals as its kind. */
export function tableMoney(
  values: readonly (number | null)[],
  caseUnit: string,
  currency: string,
): (value: number | null) => Figure {
  const format = coreTableMoney(values, caseUnit, currency);
  return (value) => {
    const { text, digits } = format(value);
    return { text: withDecimals(text, digits), digits };
  };
}
