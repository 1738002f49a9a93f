/**
 * What a tornado shows (the preview's chart, `itcase report`'s table, the HTML export's chart): the
 * inputs with the largest swings, its outcomes in one unit and its money ends in one unit, so that
 * the figures of one tornado compare (USD 15.75M beside USD −48.04M, not beside USD 0.1B).
 */
import { formatInputEnd, formatMoneyIn, INPUT_END_DIGITS } from '../format';
import type { SensitivityInput } from '../report';
import { commonUnit, moneyAxis, tableMoney, type TableMoneyFigure } from './tableMoney';

/** How many inputs a tornado shows; the rest are counted under it. */
export const TORNADO_MAX_INPUTS = 10;

export interface TornadoFigures {
  /** An outcome of the tornado (its point estimate, an input's output at an end, a swing). */
  outcome(value: number | null | undefined): TableMoneyFigure;
  /** An end of an input, as its kind says: money (in one unit for the tornado), a percent, a change. */
  end(input: SensitivityInput, value: number): TableMoneyFigure;
  /** The outcome axis, in the unit of `outcome` (80.56 on a "USD millions" axis for USD 80.56M). */
  axis: { title: string; factor: number };
}

/** The formatters of one tornado of `shown` inputs around `pointOutput`, in the case's unit and currency. */
export function tornadoFigures(
  shown: readonly SensitivityInput[],
  pointOutput: number | null,
  unit: string,
  currency: string,
): TornadoFigures {
  const outcomes = [
    pointOutput,
    ...shown.flatMap((input) => [input.outputAtLow, input.outputAtHigh, input.swing]),
  ];
  const outcome = tableMoney(outcomes, unit, currency);
  const ends = commonUnit(
    shown.filter((input) => input.kind === 'money').flatMap((input) => [input.low, input.high]),
    unit,
  );
  return {
    outcome,
    axis: moneyAxis(outcomes, unit, currency),
    end: (input, value) => ({
      text:
        input.kind === 'money'
          ? formatMoneyIn(value * ends.factor, ends.unit, currency, INPUT_END_DIGITS.money)
          : formatInputEnd(value, input.kind, unit, currency),
      digits: INPUT_END_DIGITS[input.kind],
    }),
  };
}
