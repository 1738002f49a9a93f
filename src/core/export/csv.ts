/**
 * CSV export: one RFC 4180 file per table of the report. Records end in CRLF; a field holding a
 * comma, a double quote, a CR or an LF is quoted, with its quotes doubled. The first record is the
 * header. Numbers are written unformatted and in full (the shortest text that reads back as the same
 * double: 0.1 + 0.2 is `0.30000000000000004`); an undefined figure (null) is an empty field.
 * A text field that a spreadsheet would run as a formula gets one `'` in front (`guardFormula`).
 * UTF-8, without a byte order mark.
 */
import type { CaseReport, UncertaintySections } from '../report';
import { utf8 } from './bytes';
import { reportTables, type ReportTable, type TableCell } from './tables';
import { roundFigure } from '../present/roundFigures';

export interface CsvFile {
  /** `base-case.csv`: a plain file name, never a path. */
  name: string;
  text: string;
}

/**
 * A text field from the case (a period, a scenario, investment or benchmark name, a source) made
 * safe to open in a spreadsheet. Excel, LibreOffice and Google Sheets run a field that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return as a formula, so a scenario named
 * `=HYPERLINK("http://x","click")` would open as a live link, or worse (OWASP, "CSV Injection").
 * As OWASP advises, such a text is written with a single quote in front, which makes a spreadsheet
 * read it as text. So that the guard can always be undone, a text whose leading quotes are followed by one
 * of those characters gets one more quote too: drop one leading `'` from any text field that matches
 * `^'+[=+\-@\t\r]` to get the case's text back. Never applied to numbers: −1.5 is written `-1.5`.
 */
export function guardFormula(text: string): string {
  return /^'*[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * One field as RFC 4180 writes it: a number to 12 significant digits as the JSON report gives it
 * (113.88195, not 113.88194999999999), text guarded against being run as a formula.
 */
export function csvField(cell: TableCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(roundFigure(cell)) : '';
  const text = guardFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table as CSV text: header record, then one record per row, each ended by CRLF. */
export function csvText(table: ReportTable): string {
  return [table.columns, ...table.rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/** The CSV files of a report, one per table. */
export function csvFiles(report: CaseReport, sections: UncertaintySections | null): CsvFile[] {
  return reportTables(report, sections).map((table) => ({ name: `${table.id}.csv`, text: csvText(table) }));
}

/** The same files as UTF-8 bytes. */
export function csvFileBytes(
  report: CaseReport,
  sections: UncertaintySections | null,
): { name: string; bytes: Uint8Array }[] {
  return csvFiles(report, sections).map((f) => ({ name: f.name, bytes: utf8(f.text) }));
}
