/** A quick fix as text edits: offsets into the text the diagnostic was found in. */

/** Replace the characters [start, end) of the text by `newText`. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
  /**
   * The same text as a snippet (`${1:Company name}`), where the editor should select what is to be
   * typed over: a placeholder for a missing field.
   */
  snippet?: string;
}

export interface QuickFix {
  title: string;
  /** Applied together, as one undoable edit; they never overlap. */
  edits: TextEdit[];
  /** The fix to apply when the user asks for "the" fix (Ctrl+. then Enter, auto fix). */
  preferred: boolean;
}
