/**
 * CSV export: one RFC 4180 file per table of the report. Records end in CRLF; a field holding a
 * comma, a double quote, a CR or an LF is quoted, with its quotes doubled. The first record is the
 * header. Numbers are written unformatted and in full (the shortest text that reads back as the same
 * double: 0.1 + 0.2 is `0.30000000000000004`); an undefined figure (null) is an empty field.
 * UTF-8, without a byte order mark.
 */
import type { CaseReport, UncertaintySections } from '../report';
import { utf8 } from './bytes';
import { reportTables, type ReportTable, type TableCell } from './tables';

export interface CsvFile {
  /** `base-case.csv`: a plain file name, never a path. */
  name: string;
  text: string;
}

/** One field as RFC 4180 writes it. */
export function csvField(cell: TableCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
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
