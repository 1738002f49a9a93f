// The preview's goal holds at the median and at the 90th percentile, or not at all.
import { describe, expect, it } from 'vitest';
import { previewMeetsGoal } from '../../bench/previewGoal';

describe('previewMeetsGoal', () => {
  const markdown = { markdownPreviewUpdateMs: 136, markdownPreviewUpdateP90Ms: 150 };
  it('meets the goal when both the median and the p90 are at most half of Markdown’s', () => {
    expect(previewMeetsGoal({ ...markdown, previewUpdateMs: 68, previewUpdateP90Ms: 75 })).toBe(true);
  });
  it('misses it when only the median is', () => {
    expect(previewMeetsGoal({ ...markdown, previewUpdateMs: 60, previewUpdateP90Ms: 75.1 })).toBe(false);
  });
  it('misses it when only the p90 is', () => {
    expect(previewMeetsGoal({ ...markdown, previewUpdateMs: 68.1, previewUpdateP90Ms: 70 })).toBe(false);
  });
  it('misses it when a p90 was not measured', () => {
    expect(previewMeetsGoal({ previewUpdateMs: 10, markdownPreviewUpdateMs: 136 })).toBe(false);
  });
});
