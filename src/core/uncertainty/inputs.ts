/**
 * Where the ranges of a case land in its model (format 1.1). The resolver expands each series to
 * one number per period — the point values, from which the deterministic report is computed — and
 * records here, for each series array of the model that holds a range, what each period's number is
 * made of. The simulation and the sensitivity analysis read the same model through these cells, so
 * the series forms (one value for all periods, a list, a map, start with growth) are expanded once,
 * by the resolver, and never again.
 */
import type { Path } from '../path';
import type { Range } from './ranges';

/** One period's number: a constant, the draw of an uncertain input, or start × (1 + growth)^period. */
export type Cell = number | InputCell | GrowthCell;

export interface InputCell {
  /** Index into `UncertainModel.inputs`. */
  readonly input: number;
}

export interface GrowthCell {
  readonly start: Cell;
  readonly growth: Cell;
  readonly period: number;
}

/** A range the user wrote: drawn once per trial and used wherever its cells are. */
export interface UncertainInput {
  readonly path: Path;
  /** What the input is: money (in the case's unit) or a percent (a fraction). */
  readonly kind: 'money' | 'percent';
  /** In the model's units: money in the case's unit, ratios as fractions. */
  readonly range: Range;
  readonly point: number;
}

/** A line of the case whose whole series the no-range sensitivity moves by ±10%. */
export interface LineInput {
  readonly path: Path;
  /** The model's series array (money or ratio per period), or the discount rate it stands for. */
  readonly series?: readonly number[];
  readonly rate?: RateKey;
}

/** The discount rate of the file, or of one investment (by index). */
export type RateKey = 'file' | number;

export interface UncertainModel {
  readonly inputs: UncertainInput[];
  /** Cells of the model's series arrays that hold a range, by the array itself. */
  readonly cells: Map<readonly number[], readonly Cell[]>;
  /** The cell of a discount rate that is a range. */
  readonly rates: Map<RateKey, Cell>;
  readonly lines: LineInput[];
  /** Whose discount rate each investment uses: its own (its index) or the file's. */
  readonly rateKeys: RateKey[];
}

export function emptyUncertainModel(): UncertainModel {
  return { inputs: [], cells: new Map(), rates: new Map(), lines: [], rateKeys: [] };
}

/** A cell's value with every input at the given values (by input index). */
export function cellValue(cell: Cell, inputValue: (input: number) => number): number {
  if (typeof cell === 'number') return cell;
  if ('input' in cell) return inputValue(cell.input);
  return cellValue(cell.start, inputValue) * Math.pow(1 + cellValue(cell.growth, inputValue), cell.period);
}
