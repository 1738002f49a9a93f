/** Sentences the CLI, the preview and the HTML report say, written once. */

/** An outcome's tornado is empty though the file has ranges: none of them reaches this outcome. */
export const NO_RANGE_REACHES_IT =
  'No range in the file reaches it: give one of its inputs a range, such as { low: 90, likely: 100, high: 120 }, to see what moves it.';

/** Under a table of simulated IRRs and paybacks: what their percentiles are taken over. */
export const IRR_PAYBACK_OVER =
  'IRR and payback leave out the trials without an IRR or that never pay back, and count them on their own.';

/** Beside a simulation's figures: why its median and mean are not the point estimate of the tables above. */
export const POINT_AND_TRIALS =
  'The point estimate takes each range at its likely value (or its middle); the median and mean over the trials can differ from it where a range reaches further on one side.';

/** Where a simulation's operating profit would be shown, when no range reaches it (trialSpread.ts). */
export const OPERATING_PROFIT_SAME_IN_EVERY_TRIAL =
  'No range in the file reaches operating profit, so it is the same in every trial: give one of its inputs (revenue, gross margin, fixed costs, IT spend) a range, such as { low: 90, likely: 100, high: 120 }, to see how sure it is.';
