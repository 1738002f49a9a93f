/**
 * Format 1.1's report sections for an analysed case: the seeded Monte Carlo over its ranges
 * (`uncertainty`), one-at-a-time sensitivity (`sensitivity`) and break-even (`breakEven`).
 */
import type { Analysis } from '../analyze';
import type { UncertaintySections } from '../report';

export interface SimulationOptions {
  /** Overrides the file's `simulation.trials` (100 to 100,000). */
  trials?: number;
  /** Overrides the file's `simulation.seed` (a non-negative integer). */
  seed?: number;
}

/** The sections for a case without errors; null when the analysis has no report. */
export function uncertaintySections(
  analysis: Analysis,
  options: SimulationOptions = {},
): UncertaintySections | null {
  void options;
  if (!analysis.report) return null;
  throw new Error('not yet');
}
