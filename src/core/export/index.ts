/**
 * Export: the case for people who never open VS Code, from its report and nothing else (no second
 * computation). One entry for the command and the CLI: `prepareExport` analyses the text once (the
 * report and format 1.1's sections), `exportFiles` writes the chosen format.
 */
import { analyzeCase } from '../analyze';
import type { Diagnostic } from '../diagnostic';
import type { ResolvedCase } from '../model';
import type { CaseReport, UncertaintySections } from '../report';
import { uncertaintySections, type SimulationOptions } from '../uncertainty/sections';
import { utf8 } from './bytes';
import { csvFileBytes } from './csv';
import { htmlReport, type HtmlTheme } from './html';
import { xlsxWorkbook } from './xlsx';

export { extractCaseYaml } from './html';
export type { HtmlTheme } from './html';

export type ExportFormat = 'html' | 'xlsx' | 'csv';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['html', 'xlsx', 'csv'];

/** What every format is made from: the case's text as written, its report, model and sections. */
export interface ExportSource {
  text: string;
  report: CaseReport;
  model: ResolvedCase;
  sections: UncertaintySections | null;
}

export type PreparedExport = { ok: true; source: ExportSource } | { ok: false; diagnostics: Diagnostic[] };

/** Analyses a case for export; a case with errors has no report, and says why. */
export function prepareExport(text: string, options: SimulationOptions = {}): PreparedExport {
  const analysis = analyzeCase(text);
  if (!analysis.report || !analysis.model) return { ok: false, diagnostics: analysis.diagnostics };
  return {
    ok: true,
    source: {
      text,
      report: analysis.report,
      model: analysis.model,
      sections: uncertaintySections(analysis, options),
    },
  };
}

export interface ExportedFile {
  /** A plain file name (`report.html`, `base-case.csv`), never a path. */
  name: string;
  bytes: Uint8Array;
}

export interface ExportOptions {
  /** The HTML report's theme; light unless asked (whatever the editor's theme). */
  theme?: HtmlTheme;
  /** File name without extension for html and xlsx (default `report`). */
  baseName?: string;
}

/** The files of one format: one for html and xlsx, one per table for csv. */
export function exportFiles(
  source: ExportSource,
  format: ExportFormat,
  options: ExportOptions = {},
): ExportedFile[] {
  const base = options.baseName ?? 'report';
  switch (format) {
    case 'html':
      return [{ name: `${base}.html`, bytes: utf8(htmlReport(source, { theme: options.theme ?? 'light' })) }];
    case 'xlsx':
      return [{ name: `${base}.xlsx`, bytes: xlsxWorkbook(source) }];
    case 'csv':
      return csvFileBytes(source.report, source.sections);
  }
}
