/** Sentences the CLI and the preview both say, written once. */

/** An outcome's tornado is empty though the file has ranges: none of them reaches this outcome. */
export const NO_RANGE_REACHES_IT =
  'No range in the file reaches it: give one of its inputs a range (low..high) to see what moves it.';
