/**
 * One preview panel showing one case file. The HTML is set once; after that the panel only sends
 * typed messages: each edit at once (coalescer.ts, with a bound a typist does not reach), each with
 * a version so the webview drops stale ones, and no document version twice.
 */
import * as vscode from 'vscode';
import type { ItcaseConfig } from '../config';
import type { Analysis } from '../core/analyze';
import type { UncertaintySections } from '../core/report';
import type { CaseAnalyses } from '../language/caseDocuments';
import { uncertaintyOf } from '../language/caseUncertainty';
import { engine } from '../lazyEngine';
import { isWebviewToHost, pngBytes, type HostToWebview, type PreviewState } from '../protocol';
import { Disposable } from '../dispose';
import { log } from '../log';
import { previewHtml } from './html';
import { Coalescer } from './coalescer';
import { SimulationScheduler } from './simulationScheduler';

export const PREVIEW_VIEW_TYPE = 'itcase.preview';

/**
 * How long the editor must be quiet after a render before the simulation runs: longer than the gap
 * between keys of a person typing, so a burst of keystrokes is simulated once, after it.
 */
const SIMULATION_IDLE_MS = 250;

/**
 * Updates posted and not yet taken by the webview before further edits fold into one (coalescer.ts).
 * Measured with `npm run bench:preview` (Walmart, 40 ms a key, medians of 20 tokens, two runs each):
 * a limit of 2 made the last key wait for earlier keys' round trips (88–90 ms to the preview), 4
 * took 67–74 ms and no limit 57–68 ms. Eight is above what a typist keeps in flight (3–4 at 40 ms a
 * key) and still bounds a window that has stopped taking messages.
 */
const MAX_UPDATES_IN_FLIGHT = 8;

export interface PreviewContext {
  extensionUri: vscode.Uri;
  analyses: CaseAnalyses;
  config: () => ItcaseConfig;
}

/** The last segment of a URI's path: the file's name, for `file:` and virtual (vscode.dev) URIs alike. */
export function fileNameOf(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    enableFindWidget: true,
    localResourceRoots: [
      vscode.Uri.joinPath(extensionUri, 'dist', 'webview'),
      vscode.Uri.joinPath(extensionUri, 'media'),
    ],
  };
}

export class CasePreview extends Disposable {
  private version = 0;
  private ready = false;
  /** The document and version last sent, to skip a second send of the same text (VS Code also
   * reports changes of dirty state as document changes). A document closed and opened again is a new
   * object whose versions start over. Cleared when the panel must be sent again. */
  private sent: { document: vscode.TextDocument; version: number } | null = null;
  private selectedScenario: string | null;
  private readonly updates: Coalescer;
  private readonly simulation: SimulationScheduler<Analysis, UncertaintySections>;
  private readonly onDisposeEmitter = new vscode.EventEmitter<void>();
  readonly onDispose = this.onDisposeEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private resource: vscode.Uri,
    private readonly context: PreviewContext,
    state?: PreviewState,
  ) {
    super();
    this.selectedScenario = state?.selectedScenario ?? null;
    this.updates = this._register(new Coalescer(() => this.send(), MAX_UPDATES_IN_FLIGHT));
    this.simulation = new SimulationScheduler({
      // The same cache as CodeLens: each document version is simulated once for both.
      simulate: (analysis) => uncertaintyOf(analysis),
      post: (version, documentUri, sections) => {
        if (this.disposed) return;
        const message: HostToWebview = { type: 'uncertainty', version, documentUri, sections };
        void this.panel.webview.postMessage(message);
      },
      log: (error) => log().error('The simulation of the preview failed', error),
      idleMs: () => SIMULATION_IDLE_MS,
    });
    this._register(this.simulation);
    const webview = panel.webview;
    webview.options = webviewOptions(context.extensionUri);
    panel.iconPath = {
      light: vscode.Uri.joinPath(context.extensionUri, 'media', 'preview-light.svg'),
      dark: vscode.Uri.joinPath(context.extensionUri, 'media', 'preview-dark.svg'),
    };
    const asset = (...segments: string[]) =>
      webview.asWebviewUri(vscode.Uri.joinPath(context.extensionUri, ...segments)).toString();
    webview.html = previewHtml({
      cspSource: webview.cspSource,
      scriptUri: asset('dist', 'webview', 'preview.js'),
      styleUri: asset('media', 'preview.css'),
      codiconUri: asset('dist', 'webview', 'codicon.css'),
    });
    this.updateTitle();
    this._register(webview.onDidReceiveMessage((message: unknown) => this.onMessage(message)));
    this._register(panel.onDidDispose(() => this.dispose()));
  }

  get resourceUri(): vscode.Uri {
    return this.resource;
  }

  isShowing(uri: vscode.Uri): boolean {
    return this.resource.toString() === uri.toString();
  }

  /** Shows another case file in this panel (the preview follows the active editor). */
  setResource(uri: vscode.Uri): void {
    if (this.isShowing(uri)) return;
    this.resource = uri;
    this.sent = null;
    this.updateTitle();
    void this.send();
  }

  /** The document changed: update now (past the bound, when an update in flight ends). */
  refresh(): void {
    this.updates.trigger();
  }

  private updateTitle(): void {
    this.panel.title = `Preview ${fileNameOf(this.resource)}`;
  }

  private async send(): Promise<void> {
    if (!this.ready || this.disposed) return;
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(this.resource);
    } catch {
      return;
    }
    if (this.disposed || (this.sent?.document === document && this.sent.version === document.version)) return;
    this.sent = { document, version: document.version };
    const analysis = this.context.analyses.get(document);
    const common = {
      version: ++this.version,
      documentUri: this.resource.toString(),
      fileName: fileNameOf(document.uri),
    };
    const message: HostToWebview =
      analysis.report && analysis.source
        ? { type: 'render', ...common, report: analysis.report, links: engine().sourceLinks(analysis.source) }
        : { type: 'problems', ...common, diagnostics: analysis.diagnostics };
    // Scheduled before the render is posted, so a send overtaken while posting cannot reschedule an older version.
    if (message.type === 'render') this.simulation.schedule(message.version, message.documentUri, analysis);
    else this.simulation.cancel(message.version);
    await this.panel.webview.postMessage(message);
  }

  private onMessage(message: unknown): void {
    if (!isWebviewToHost(message)) return;
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.sent = null;
        void this.send();
        return;
      case 'reveal':
        if (this.context.config().previewClickReveals) void this.reveal(message.line, message.column ?? 1);
        return;
      case 'state':
        this.selectedScenario = message.selectedScenario;
        return;
      case 'saveImage':
        void this.saveImage(message.chart, message.dataUrl);
        return;
    }
  }

  /** Asks where to save a chart's PNG (beside the case, named after it and the chart) and writes it. */
  private async saveImage(chart: string, dataUrl: string): Promise<void> {
    const base = fileNameOf(this.resource).replace(/\.itcase\.ya?ml$/i, '');
    const folder = vscode.Uri.joinPath(this.resource, '..');
    const target = await vscode.window.showSaveDialog({
      defaultUri:
        this.resource.scheme === 'untitled' ? undefined : vscode.Uri.joinPath(folder, `${base}-${chart}.png`),
      filters: { 'PNG image': ['png'] },
      title: 'Save the chart as an image',
    });
    if (!target) return;
    try {
      await vscode.workspace.fs.writeFile(target, pngBytes(dataUrl));
    } catch (error) {
      log().error('Saving a chart image failed', error);
      void vscode.window.showErrorMessage(`The image could not be saved: ${String(error)}`);
    }
  }

  /** Shows the source line in the editor beside the preview (reusing an editor that shows it). */
  private async reveal(line: number, column: number): Promise<void> {
    const visible = vscode.window.visibleTextEditors.find(
      (e) => e.document.uri.toString() === this.resource.toString(),
    );
    const document = visible?.document ?? (await vscode.workspace.openTextDocument(this.resource));
    const position = new vscode.Position(Math.max(0, line - 1), Math.max(0, column - 1));
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      selection: new vscode.Range(position, position),
      preserveFocus: false,
    });
    editor.revealRange(
      new vscode.Range(position, position),
      vscode.TextEditorRevealType.InCenterIfOutsideViewport,
    );
  }

  get state(): PreviewState {
    return { documentUri: this.resource.toString(), selectedScenario: this.selectedScenario };
  }

  override dispose(): void {
    if (this.disposed) return;
    this.onDisposeEmitter.fire();
    this.onDisposeEmitter.dispose();
    super.dispose();
    this.panel.dispose();
  }
}
