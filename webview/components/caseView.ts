/**
 * The rendered case: heading, key figures, the three case charts, scenario tabs, investments,
 * uncertainty (when its sections arrive), benchmarks and sources. Built once; each render updates the parts in place, and each part does
 * only the work its own change needs.
 */
import type { CaseReport, UncertaintySections } from '../../src/core/report';
import type { SourceLinks } from '../../src/core/sourceLinks';
import type { Theme } from '../charts/chartPresentation';
import { presentLeverage } from '../charts/leverageChart';
import { presentMarginBridge } from '../charts/marginBridgeChart';
import { presentRevenueIt } from '../charts/revenueItChart';
import { h, setHidden } from '../dom';
import { leverageModel, type LeverageModel } from '../models/leverageModel';
import { marginBridgeModel, type MarginBridgeModel } from '../models/marginBridgeModel';
import { revenueItModel, type RevenueItModel } from '../models/revenueItModel';
import { formatSignedPercent } from '../../src/core/format';
import { itSpendMix, itSpendMixSentence } from '../../src/core/present/itSpendMix';
import { linkElement } from '../reveal';
import { BenchmarksSection } from './benchmarksSection';
import { CaseHeader } from './caseHeader';
import { ChartPanel } from './chartPanel';
import { diagnosticList } from './diagnosticList';
import { InvestmentsSection } from './investmentsSection';
import { KeyFiguresSection } from './keyFigures';
import { ScenarioTabs } from './scenarioTabs';
import { SourcesList } from './sourcesList';
import { UncertaintySection } from './uncertaintySection';

export interface CaseViewOptions {
  selectedScenario: string | null;
  onSelectScenario: (name: string | null) => void;
  reveal: (line: number, column?: number) => void;
}

export class CaseView {
  readonly element: HTMLElement;
  private readonly header = new CaseHeader();
  private readonly warnings = h('div', {
    className: 'report-warnings',
    attrs: { role: 'status', 'aria-label': 'Warnings' },
  });
  private warningsKey = '';
  private readonly keyFigures = new KeyFiguresSection();
  private readonly revenueIt = new ChartPanel<RevenueItModel>({
    id: 'revenue-it',
    heading: 'Revenue and IT spend',
    present: presentRevenueIt,
    className: 'revenue-it-chart',
  });
  private readonly bridge = new ChartPanel<MarginBridgeModel>({
    id: 'bridge',
    heading: 'Margin bridge',
    present: presentMarginBridge,
  });
  private readonly leverage = new ChartPanel<LeverageModel>({
    id: 'leverage',
    heading: 'Operating leverage',
    present: presentLeverage,
    className: 'chart-wide',
  });
  private readonly scenarios: ScenarioTabs;
  private readonly investments = new InvestmentsSection();
  private readonly uncertainty = new UncertaintySection();
  private readonly benchmarks = new BenchmarksSection();
  private readonly sources = new SourcesList();

  constructor(private readonly options: CaseViewOptions) {
    this.scenarios = new ScenarioTabs(options.selectedScenario, options.onSelectScenario);
    const charts = h(
      'div',
      { className: 'chart-grid', attrs: { 'data-section': 'charts' } },
      this.revenueIt.element,
      this.bridge.element,
      this.leverage.element,
    );
    this.element = h(
      'div',
      { className: 'case-view' },
      this.header.element,
      this.warnings,
      this.keyFigures.element,
      charts,
      this.scenarios.element,
      this.investments.element,
      this.uncertainty.element,
      this.benchmarks.element,
      this.sources.element,
    );
  }

  get selectedScenario(): string | null {
    return this.scenarios.selectedScenario;
  }

  /** Every chart panel, in document order (for the sandbox's and tests' draw counts). */
  get charts(): ChartPanel<unknown>[] {
    return [
      this.revenueIt,
      this.bridge,
      this.leverage,
      ...this.investments.charts,
      ...this.uncertainty.charts,
      ...this.benchmarks.charts,
    ] as ChartPanel<unknown>[];
  }

  update(report: CaseReport, links: SourceLinks, theme: Theme): void {
    const last = report.periods[report.periods.length - 1] ?? '';
    this.header.update(report, links);
    this.updateWarnings(report);
    this.keyFigures.update(report, links);

    const mix = itSpendMix(report.itSpendLines);
    this.revenueIt.setCaption(
      `IT spend counts inside operating costs and does not move with revenue.${mix ? ` ${itSpendMixSentence(mix, report.periods)}` : ''}`,
    );
    this.revenueIt.update(revenueItModel(report), theme, links);
    linkElement(this.revenueIt.element, links, ['revenue', 'itSpend']);

    this.bridge.setHeading(`Margin bridge, ${last}`);
    this.bridge.update(marginBridgeModel(report), theme, links);
    linkElement(this.bridge.element, links, ['grossMargin', 'fixedCosts', 'revenue']);

    const leverage = leverageModel(report);
    this.leverage.setHeading(`Operating leverage, ${last}`);
    this.leverage.setCaption(
      leverage.tenPercentDrop === null
        ? 'Operating profit is 0, so its change in percent is undefined.'
        : `A 10% sales drop changes operating profit by ${formatSignedPercent(leverage.tenPercentDrop, 1)}: fixed costs and IT spend stay while gross profit falls with sales.`,
    );
    this.leverage.update(leverage, theme, links);
    linkElement(this.leverage.element, links, ['fixedCosts', 'grossMargin', 'scenarios']);

    this.scenarios.update(report, links);
    this.investments.update(report, links, theme);
    this.benchmarks.update(report, links, theme);
    this.sources.update(report, links);
  }

  /** The format 1.1 sections of the render shown (`report`) arrived. */
  updateUncertainty(
    report: CaseReport,
    links: SourceLinks,
    sections: UncertaintySections,
    theme: Theme,
  ): void {
    this.uncertainty.update(report, links, sections, theme);
  }

  /** A newer render is shown; its sections are being simulated. */
  markSimulating(): void {
    this.uncertainty.markSimulating();
  }

  /** Redraws the uncertainty section in a new theme (the rest is redrawn by `update`). */
  setUncertaintyTheme(theme: Theme): void {
    this.uncertainty.setTheme(theme);
  }

  private updateWarnings(report: CaseReport): void {
    const warnings = report.diagnostics.filter((d) => d.severity !== 'error');
    const key = JSON.stringify(warnings);
    if (key === this.warningsKey) return;
    this.warningsKey = key;
    setHidden(this.warnings, warnings.length === 0);
    this.warnings.replaceChildren(
      ...(warnings.length
        ? [diagnosticList(warnings, (line, column) => this.options.reveal(line, column))]
        : []),
    );
  }

  destroy(): void {
    for (const chart of this.charts) chart.destroy();
    this.element.remove();
  }
}
