/** Outline, breadcrumbs and Go to Symbol for case documents, from the symbols of the core. */
import * as vscode from 'vscode';
import type { CaseSymbol, CaseSymbolKind } from '../core/documentSymbols';
import { engine } from '../lazyEngine';
import { log } from '../log';
import { CASE_SELECTOR } from './caseDocuments';
import type { AnalysisSource } from './hoverProvider';

const KINDS: Record<CaseSymbolKind, vscode.SymbolKind> = {
  periods: vscode.SymbolKind.Array,
  period: vscode.SymbolKind.Constant,
  series: vscode.SymbolKind.Field,
  lines: vscode.SymbolKind.Object,
  fixedCost: vscode.SymbolKind.Field,
  itSpend: vscode.SymbolKind.Field,
  list: vscode.SymbolKind.Array,
  investment: vscode.SymbolKind.Object,
  scenario: vscode.SymbolKind.Event,
  benchmark: vscode.SymbolKind.Struct,
};

/** What a symbol is, beside its name in Go to Symbol, where lines of both kinds are listed together. */
function detailOf(kind: CaseSymbolKind): string {
  switch (kind) {
    case 'fixedCost':
      return vscode.l10n.t('fixed cost');
    case 'itSpend':
      return vscode.l10n.t('IT spend');
    case 'investment':
      return vscode.l10n.t('investment');
    case 'scenario':
      return vscode.l10n.t('scenario');
    case 'benchmark':
      return vscode.l10n.t('benchmark');
    default:
      return '';
  }
}

export class CaseDocumentSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly analyses: AnalysisSource) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    try {
      const { source } = this.analyses.get(document);
      if (!source) return [];
      const toSymbol = (s: CaseSymbol): vscode.DocumentSymbol => {
        const range = (span: { start: number; end: number }) =>
          new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
        const symbol = new vscode.DocumentSymbol(
          s.name,
          detailOf(s.kind),
          KINDS[s.kind],
          range(s.range),
          range(s.selection),
        );
        symbol.children = s.children.map(toSymbol);
        return symbol;
      };
      return engine().caseSymbols(document.getText(), source).map(toSymbol);
    } catch (error) {
      // A bug in the outline must not get in the way of editing: no symbols, and a trace for the report.
      log().error('The outline failed', error);
      return [];
    }
  }
}

/** Registers the outline for case documents; dispose to unregister. */
export function registerDocumentSymbols(
  analyses: AnalysisSource,
  selector: vscode.DocumentSelector = CASE_SELECTOR,
): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(selector, new CaseDocumentSymbolProvider(analyses), {
    label: vscode.l10n.t('IT Case'),
  });
}
