/** A problem found in a case file, with a 1-based source range (lines and columns count from 1). */
export type Severity = 'error' | 'warning' | 'info';

/** Stable codes so editors, CI annotators and tests can tell problems apart without reading messages. */
export type DiagnosticCode =
  | 'yaml-syntax'
  | 'too-large'
  | 'too-deep'
  | 'alias-limit'
  | 'required'
  | 'wrong-type'
  | 'not-money'
  | 'not-percent'
  | 'not-number'
  | 'invalid-value'
  | 'unknown-key'
  | 'series-length'
  | 'unknown-period'
  | 'missing-period'
  | 'duplicate-name'
  | 'cashflows-with-costs'
  | 'suspicious-percent'
  | 'unscaled-money'
  | 'split-number'
  | 'irr-multiple-roots'
  | 'empty-document'
  | 'encoding'
  | 'duplicate-key'
  | 'multiple-documents'
  | 'negative-amount'
  | 'overflow'
  | 'invalid-range'
  | 'range-tail'
  | 'unknown-metric';

export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface SourceSpan {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
