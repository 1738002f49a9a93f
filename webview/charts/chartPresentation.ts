/** What a chart presenter returns for a model: the chart.js config and its accessible twins. */
import type { ChartConfiguration } from 'chart.js';
import type { TableData } from '../tableData';
import type { ThemeColors } from '../themeColors';
import type { ReferenceLine } from './referenceLines';
import type { ValueLabelSettings } from './valueLabels';

/** A 1-based place in the case file. */
export interface SourcePosition {
  line: number;
  column: number;
}

export interface ChartPresentation {
  config: ChartConfiguration<'bar' | 'line'>;
  /** A one-sentence summary on the canvas (`aria-label`), with the headline numbers. */
  ariaLabel: string;
  /** The same numbers as a table, visually hidden. */
  table: TableData;
  /** Source link candidates of a clicked data point (by dataset and index), most specific first. */
  linksAt?: (datasetIndex: number, index: number) => string[];
  /** The exact place in the file a clicked data point comes from (tornado bars); wins over `linksAt`. */
  positionAt?: (datasetIndex: number, index: number) => SourcePosition | null;
  /** Values written beside the bars, if any. */
  valueLabels?: ValueLabelSettings;
  /** Straight lines across the plot (zero, the point estimate), if any. */
  referenceLines?: ReferenceLine[];
  /**
   * Another layout for a canvas narrower than `below` pixels (bars across instead of up, say),
   * chosen from the canvas's width each time it is drawn or resized.
   */
  narrow?: { below: number; config: ChartConfiguration<'bar' | 'line'> };
}

export type Presenter<M> = (model: M, colors: ThemeColors) => ChartPresentation;

/** A theme as the charts use it: its colours, and a key that changes when any colour does. */
export interface Theme {
  colors: ThemeColors;
  key: string;
}
