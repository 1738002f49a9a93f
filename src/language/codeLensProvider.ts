/**
 * CodeLens above each investment (NPV, IRR, payback; the chance of losing money when the case has
 * ranges) and each scenario (its change of operating profit), from the document's shared analysis.
 * Clicking one opens the preview. The chance of losing money needs the simulation: it is worked
 * out when VS Code resolves that lens (when it comes into view), once per document version.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core/analyze';
import type { PreviewSection } from '../core/codeLenses';
import { engine } from '../lazyEngine';
import { log } from '../log';
import { CASE_SELECTOR } from './caseDocuments';
import { uncertaintyOf } from './caseUncertainty';
import type { AnalysisSource } from './hoverProvider';

export const CODE_LENS_SETTING = 'itcase.codeLens.enabled';

/** A lens whose title needs the simulation: resolved on demand. */
class RiskLens extends vscode.CodeLens {
  constructor(
    range: vscode.Range,
    readonly uri: vscode.Uri,
    readonly analysis: Analysis,
    readonly index: number,
  ) {
    super(range);
  }
}

function previewCommand(uri: vscode.Uri, title: string, section: PreviewSection): vscode.Command {
  return {
    title,
    command: 'itcase.showPreviewToSide',
    tooltip: vscode.l10n.t('Open the preview'),
    arguments: [uri, section],
  };
}

export class CaseCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(
    private readonly analyses: AnalysisSource,
    private readonly enabled: () => boolean,
  ) {}

  /** Asks VS Code for the lenses again (the setting changed). */
  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!this.enabled()) return [];
    try {
      return this.lenses(document);
    } catch (error) {
      // A bug in CodeLens must not get in the way of editing: no lenses, and a trace for the report.
      log().error('CodeLens failed', error);
      return [];
    }
  }

  private lenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const analysis = this.analyses.get(document);
    const { source } = analysis;
    if (!source) return [];
    const e = engine();
    const lineAt = (offset: number) => document.lineAt(document.positionAt(offset).line).range;
    if (!analysis.report) {
      // The same lenses in the same places while the case has errors, so the text does not jump.
      const problems: vscode.Command = {
        title: `$(warning) ${vscode.l10n.t('No figures while the case has errors')}`,
        command: 'workbench.actions.view.problems',
      };
      return e.lensAnchors(source).map((anchor) => new vscode.CodeLens(lineAt(anchor.offset), problems));
    }
    const lenses: vscode.CodeLens[] = e
      .caseLenses(analysis, vscode.l10n)
      .map(
        (lens) =>
          new vscode.CodeLens(lineAt(lens.offset), previewCommand(document.uri, lens.title, lens.target)),
      );
    if (e.hasRanges(analysis)) {
      for (const anchor of e.lensAnchors(source)) {
        if (anchor.kind === 'investment')
          lenses.push(new RiskLens(lineAt(anchor.offset), document.uri, analysis, anchor.index));
      }
    }
    return lenses;
  }

  resolveCodeLens(lens: vscode.CodeLens, token: vscode.CancellationToken): vscode.CodeLens | undefined {
    if (!(lens instanceof RiskLens) || token.isCancellationRequested) return lens;
    const investment = uncertaintyOf(lens.analysis)?.uncertainty?.investments[lens.index];
    const name = lens.analysis.report?.investments[lens.index]?.name ?? '';
    const title = investment
      ? engine().riskLensTitle(investment, vscode.l10n)
      : vscode.l10n.t('P(NPV < 0) —');
    lens.command = previewCommand(lens.uri, title, { section: 'uncertainty', investment: name });
    return lens;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function codeLensEnabled(): boolean {
  return vscode.workspace.getConfiguration().get<boolean>(CODE_LENS_SETTING, true);
}

/** Registers the lenses for case documents, following the setting that turns them off; dispose to unregister. */
export function registerCodeLens(
  analyses: AnalysisSource,
  selector: vscode.DocumentSelector = CASE_SELECTOR,
): vscode.Disposable {
  const provider = new CaseCodeLensProvider(analyses, codeLensEnabled);
  return vscode.Disposable.from(
    provider,
    vscode.languages.registerCodeLensProvider(selector, provider),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(CODE_LENS_SETTING)) provider.refresh();
    }),
  );
}
