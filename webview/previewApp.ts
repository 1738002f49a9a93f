/**
 * The preview's controller: validates host messages, drops stale ones, and shows a render or the
 * problems banner. It keeps the UI state (the selected scenario) with `setState` and tells the host.
 */
import type { CaseReport } from '../src/core/report';
import type { SourceLinks } from '../src/core/sourceLinks';
import {
  isHostToWebview,
  type HostToWebview,
  isPreviewState,
  type PreviewState,
  type ProblemsMessage,
  type RenderMessage,
  type UncertaintyMessage,
} from '../src/protocol';
import type { Theme } from './charts/chartPresentation';
import { applyChartDefaults } from './charts/chartRegistry';
import { CaseView } from './components/caseView';
import { problemsBanner } from './components/problemsBanner';
import { h, setAttr } from './dom';
import { installReveal } from './reveal';
import { installImageExport } from './imageExport';
import { VersionGate } from './versionGate';
import { FrameInbox } from './frameInbox';
import type { VsCodeApi } from './vscodeApi';

export class PreviewApp {
  private readonly gate = new VersionGate();
  private readonly inbox = new FrameInbox<HostToWebview>(
    (message) => this.apply(message),
    (message) => message.type !== 'uncertainty',
  );
  private readonly bannerSlot = h('div', { className: 'banner-slot' });
  // The host's #root is a polite live region; the figures below change as the user types, and
  // announcing every change would drown the screen reader, so only the banner slot stays live.
  private readonly content = h('div', { className: 'preview-content', attrs: { 'aria-live': 'off' } });
  private view: CaseView | null = null;
  private placeholder: HTMLElement | null = null;
  private last: { report: CaseReport; links: SourceLinks; version: number } | null = null;
  private links: SourceLinks = {};
  private state: PreviewState | null;
  private theme: Theme;

  constructor(
    private readonly root: HTMLElement,
    private readonly api: VsCodeApi,
    theme: Theme,
  ) {
    this.theme = theme;
    applyChartDefaults(theme.colors);
    const saved = api.getState();
    this.state = isPreviewState(saved) ? saved : null;
    root.replaceChildren(this.bannerSlot, this.content);
    installReveal(
      root,
      () => this.links,
      (line, column) => this.reveal(line, column),
    );
    installImageExport(root, (message) => this.api.postMessage(message));
  }

  /**
   * A message from the host: anything malformed is dropped; the rest is applied in the next frame
   * (frameInbox.ts), where anything older than what is shown is dropped.
   */
  handleMessage(data: unknown): void {
    if (isHostToWebview(data)) this.inbox.push(data);
  }

  private apply(data: HostToWebview): void {
    switch (data.type) {
      case 'render':
        if (!this.gate.accept(data.version)) return;
        this.render(data);
        break;
      case 'problems':
        if (!this.gate.accept(data.version)) return;
        this.showProblems(data);
        break;
      case 'uncertainty':
        // Belongs to the render of its version: shown beside it, dropped once anything newer came.
        this.showUncertainty(data);
        return;
      default: {
        const unhandled: never = data;
        void unhandled;
        return;
      }
    }
    setAttr(this.root, 'data-version', String(data.version));
  }

  /** The theme changed: redraw every chart in the new colours. */
  setTheme(theme: Theme): void {
    this.theme = theme;
    applyChartDefaults(theme.colors);
    if (this.view && this.last) this.view.update(this.last.report, this.last.links, theme);
    this.view?.setUncertaintyTheme(theme);
  }

  /** The view, for the sandbox and tests (draw counts). */
  get caseView(): CaseView | null {
    return this.view;
  }

  private render(message: RenderMessage): void {
    if (this.state?.documentUri !== message.documentUri) {
      // Another document (or the first render without saved state): fresh sections, no choice yet,
      // read from the top (the scroll position was the other document's).
      this.view?.destroy();
      this.view = null;
      this.saveState({ documentUri: message.documentUri, selectedScenario: null }, false);
      window.scrollTo(0, 0);
    }
    this.bannerSlot.replaceChildren();
    this.placeholder?.remove();
    this.placeholder = null;
    if (!this.view) {
      this.view = new CaseView({
        selectedScenario: this.state?.selectedScenario ?? null,
        onSelectScenario: (name) => this.selectScenario(name),
        reveal: (line, column) => this.reveal(line, column),
      });
      this.content.append(this.view.element);
    }
    this.links = message.links;
    this.last = { report: message.report, links: message.links, version: message.version };
    this.view.update(message.report, message.links, this.theme);
    this.view.markSimulating();
    setAttr(this.root, 'data-state', 'render');
  }

  private showUncertainty(message: UncertaintyMessage): void {
    const { view, last } = this;
    if (
      !view ||
      !last ||
      last.version !== message.version ||
      this.gate.last !== message.version ||
      this.state?.documentUri !== message.documentUri
    )
      return;
    view.updateUncertainty(last.report, last.links, message.sections, this.theme);
    setAttr(this.root, 'data-uncertainty-version', String(message.version));
  }

  private showProblems(message: ProblemsMessage): void {
    const hasPreview = this.view !== null && this.state?.documentUri === message.documentUri;
    if (this.view && !hasPreview) {
      // Problems in another document: the last render is not of it, so it is not shown.
      this.view.destroy();
      this.view = null;
      this.last = null;
      this.links = {};
    }
    if (this.state?.documentUri !== message.documentUri) {
      // Remember the document even before its first good render, so a reload restores the preview.
      this.saveState({ documentUri: message.documentUri, selectedScenario: null }, false);
    }
    this.bannerSlot.replaceChildren(
      problemsBanner(message.diagnostics, message.fileName, hasPreview, (line, column) =>
        this.reveal(line, column),
      ),
    );
    if (!hasPreview && !this.placeholder) {
      this.placeholder = h('p', {
        className: 'preview-placeholder',
        text: 'Fix the problems above to see the preview.',
      });
      this.content.append(this.placeholder);
    }
    setAttr(this.root, 'data-state', hasPreview ? 'stale' : 'problems');
  }

  private selectScenario(name: string | null): void {
    if (!this.state) return;
    this.saveState({ documentUri: this.state.documentUri, selectedScenario: name }, true);
  }

  private saveState(state: PreviewState, tellHost: boolean): void {
    this.state = state;
    this.api.setState(state);
    if (tellHost) this.api.postMessage({ type: 'state', selectedScenario: state.selectedScenario });
  }

  private reveal(line: number, column?: number): void {
    this.api.postMessage(column === undefined ? { type: 'reveal', line } : { type: 'reveal', line, column });
  }
}
