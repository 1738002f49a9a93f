/** A case template offered by "IT Case: New Business Case…": a complete, commented `.itcase.yaml` document. */
export interface CaseTemplate {
  id: 'walmart' | 'amazon' | 'blank';
  /** Shown in the quick pick. */
  label: string;
  /** Shown under the label in the quick pick. */
  description: string;
  /** Suggested file name for the new case. */
  fileName: string;
  /** The whole document. Every number carries its source in a comment or in `sources:`. */
  text: string;
}
