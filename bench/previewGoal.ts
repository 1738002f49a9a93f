/**
 * The preview's goal: the last keystroke shows in at most half the time VS Code's Markdown preview
 * takes, at the median and at the 90th percentile alike (a median alone hides the slow edits a
 * person remembers).
 */
export interface PreviewTimes {
  previewUpdateMs: number;
  markdownPreviewUpdateMs: number;
  previewUpdateP90Ms?: number | null;
  markdownPreviewUpdateP90Ms?: number | null;
}

export const PREVIEW_GOAL = 0.5;

export function previewMeetsGoal(t: PreviewTimes): boolean {
  const median = t.previewUpdateMs <= PREVIEW_GOAL * t.markdownPreviewUpdateMs;
  const ours = t.previewUpdateP90Ms ?? null;
  const markdown = t.markdownPreviewUpdateP90Ms ?? null;
  const p90 = ours !== null && markdown !== null && ours <= PREVIEW_GOAL * markdown;
  return median && p90;
}
