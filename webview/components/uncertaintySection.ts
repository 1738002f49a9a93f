/**
 * How sure the case is, what drives it, what must be true (format 1.1): the fan chart of operating
 * profit and its tornado, the simulated figures as tables (when the file has ranges), then one card
 * per investment (`[data-uncertainty-investment="<i>"]`) with its break-even lines, NPV histogram and
 * tornado. Hidden until the first sections arrive for the document; after a newer render it keeps
 * the last sections, marked "Simulating…", until the new ones come (and their tornado bars do not
 * reveal lines that may have moved meanwhile).
 */
import { formatNumber } from '../../src/core/format';
import { tornadoFigures } from '../../src/core/present/tornado';
import type { CaseReport, UncertaintySections } from '../../src/core/report';
import type { SourceLinks } from '../../src/core/sourceLinks';
import type { Presenter, Theme } from '../charts/chartPresentation';
import { presentFanChart } from '../charts/fanChart';
import { presentNpvHistogram } from '../charts/npvHistogramChart';
import { NO_RANGE_REACHES_IT } from '../../src/core/present/sentences';
import { presentTornado, tornadoChartHeight } from '../charts/tornadoChart';
import { h, icon, setAttr, setClass, setHidden, setText } from '../dom';
import type { BreakEvenLine } from '../../src/core/present/breakEven';
import type { FanChartModel } from '../models/fanChartModel';
import type { NpvHistogramModel } from '../models/npvHistogramModel';
import type { TornadoModel } from '../models/tornadoModel';
import { uncertaintyModel, type InvestmentUncertainty } from '../models/uncertaintyModel';
import type { ChartPanel } from './chartPanel';
import { ChartSlot } from './chartSlot';
import { syncChildren } from './dataTable';
import { SimulatedFiguresTables } from './simulatedFiguresTables';
import { categoryLineHeight } from '../charts/chartStyle';

interface InvestmentCard {
  root: HTMLElement;
  name: HTMLElement;
  breakEven: HTMLUListElement;
  histogram: ChartSlot<NpvHistogramModel>;
  tornado: ChartSlot<TornadoModel>;
}

export class UncertaintySection {
  readonly element: HTMLElement;
  private readonly summary = h('p', { className: 'uncertainty-summary' });
  private readonly pending = h(
    'p',
    { className: 'uncertainty-pending' },
    icon('loading', 'codicon-modifier-spin'),
    document.createTextNode(' Simulating…'),
  );
  private readonly operatingLoss = h('p', {
    className: 'chart-note',
    attrs: { 'data-note': 'operating-loss' },
  });
  private readonly fan = new ChartSlot<FanChartModel>(
    { id: 'fan', heading: 'Operating profit: how sure', present: presentFanChart, className: 'chart-wide' },
    (panel) => {
      panel.setCaption(
        'The bands hold the middle 90% and 80% of the trials; the dashed line is the file’s own values.',
      );
      panel.element.append(this.operatingLoss);
    },
  );
  private readonly sameInEveryTrial = h('p', {
    className: 'chart-note',
    attrs: { 'data-note': 'same-in-every-trial' },
  });
  private readonly revenueBreakEven = h('p', { className: 'break-even-line' });
  private readonly operatingProfitTornado = this.tornadoSlot('tornado-operating-profit', 'h2', 'chart-wide', [
    this.revenueBreakEven,
  ]);
  private readonly figures = new SimulatedFiguresTables();
  private readonly list = h('div', { className: 'investment-list' });
  private cards: InvestmentCard[] = [];
  private shown: { report: CaseReport; links: SourceLinks; sections: UncertaintySections } | null = null;
  private stale = false;

  constructor() {
    this.element = h(
      'section',
      { className: 'preview-section uncertainty-section', attrs: { 'data-section': 'uncertainty' } },
      h('h2', { className: 'section-heading', text: 'How sure, what drives it, what must be true' }),
      this.summary,
      this.pending,
      this.sameInEveryTrial,
      h('div', { className: 'chart-grid' }, this.fan.element, this.operatingProfitTornado.element),
      this.figures.element,
      this.list,
    );
    setHidden(this.element, true);
    setHidden(this.pending, true);
  }

  /** The chart panels drawn, for tests and the sandbox's draw counts. */
  get charts(): ChartPanel<unknown>[] {
    const slots = [
      this.fan,
      this.operatingProfitTornado,
      ...this.cards.flatMap((c) => [c.histogram, c.tornado]),
    ] as ChartSlot<unknown>[];
    return slots.flatMap((slot) => (slot.panel ? [slot.panel] : []));
  }

  /** A newer render is shown: the sections on screen are of an older one until the next arrive. */
  markSimulating(): void {
    if (this.shown) this.setStale(true);
  }

  /** Draws the sections of the render shown (`report`, with its source `links`). */
  update(report: CaseReport, links: SourceLinks, sections: UncertaintySections, theme: Theme): void {
    this.shown = { report, links, sections };
    this.setStale(false);
    setHidden(this.element, false);
    this.draw(theme);
  }

  /** The theme changed: redraws what is shown in its colours. */
  setTheme(theme: Theme): void {
    if (this.shown) this.draw(theme);
  }

  private setStale(stale: boolean): void {
    this.stale = stale;
    setHidden(this.pending, !stale);
    setClass(this.element, 'is-stale', stale);
    setAttr(this.element, 'data-state', stale ? 'simulating' : 'ready');
  }

  /** Tornado bars reveal their input, except while they are of an older version of the file. */
  private readonly presentTornado: Presenter<TornadoModel> = (model, colors) => {
    const presentation = presentTornado(model, colors);
    const positionAt = presentation.positionAt;
    return { ...presentation, positionAt: (d, i) => (this.stale ? null : (positionAt?.(d, i) ?? null)) };
  };

  private tornadoSlot(
    id: string,
    headingLevel: 'h2' | 'h4',
    className: string,
    notes: HTMLElement[] = [],
  ): ChartSlot<TornadoModel> {
    return new ChartSlot<TornadoModel>(
      {
        id,
        heading: 'What drives it',
        headingLevel: headingLevel === 'h2' ? undefined : headingLevel,
        className,
        present: (model, colors) => this.presentTornado(model, colors),
      },
      (panel) => panel.element.append(h('p', { className: 'chart-note tornado-more' }), ...notes),
    );
  }

  private draw(theme: Theme): void {
    if (!this.shown) return;
    const model = uncertaintyModel(this.shown.report, this.shown.sections);
    setText(this.summary, model.summary);
    this.fan.show(model.fan, theme);
    setText(this.sameInEveryTrial, model.sameInEveryTrial ?? '');
    setHidden(this.sameInEveryTrial, model.sameInEveryTrial === null);
    setText(this.operatingLoss, model.operatingLoss ?? '');
    this.showTornado(this.operatingProfitTornado, model.operatingProfitTornado, model.simulated, theme);
    setBreakEvenLine(this.revenueBreakEven, model.revenueBreakEven);
    this.figures.update(model.figures, this.shown.links);

    if (model.investments.length !== this.cards.length) this.rebuild(model.investments.length);
    model.investments.forEach((investment, i) =>
      this.updateCard(this.cards[i]!, investment, model.simulated, theme),
    );
  }

  private updateCard(
    card: InvestmentCard,
    model: InvestmentUncertainty,
    simulated: boolean,
    theme: Theme,
  ): void {
    setText(card.name, model.name);
    syncChildren(card.breakEven, model.breakEven.length, () => h('li', { className: 'break-even-line' }));
    model.breakEven.forEach((line, i) => setBreakEvenLine(card.breakEven.children[i] as HTMLElement, line));
    setHidden(card.breakEven, model.breakEven.length === 0);
    const histogram = model.histogram;
    card.histogram.show(histogram, theme, (panel) => {
      panel.setHeading(`NPV over ${formatNumber(histogram?.trials, 0)} trials`);
      panel.setCaption(model.lossChance);
    });
    this.showTornado(card.tornado, model.tornado, simulated, theme);
  }

  private showTornado(
    slot: ChartSlot<TornadoModel>,
    model: TornadoModel | null,
    simulated: boolean,
    theme: Theme,
  ): void {
    slot.show(model, theme, (panel) => {
      if (!model) return;
      panel.setHeading(model.target === 'npv' ? 'What drives the NPV' : `What drives ${model.title}`);
      const how = simulated
        ? 'Each input from its low to its high end, the others at their point values'
        : 'Each input 10% down and up, the others held';
      const point =
        model.pointOutput === null
          ? ''
          : `; the line is the point estimate, ${tornadoFigures(model.bars, model.pointOutput, model.unit, model.currency).outcome(model.pointOutput).text}`;
      const empty = model.bars.length === 0;
      panel.setCaption(
        empty && simulated
          ? NO_RANGE_REACHES_IT
          : `${how}${point}. Click a bar to show the input in the file.`,
      );
      panel.setEmpty(empty);
      const height = `${tornadoChartHeight(
        model.bars.map((b) => b.label),
        categoryLineHeight(theme.colors),
      )}px`;
      // CSSOM, not a style attribute: allowed by the CSP (style-src has no 'unsafe-inline').
      if (panel.canvasBox.style.height !== height) panel.canvasBox.style.height = height;
      const more = panel.element.querySelector<HTMLElement>('.tornado-more');
      if (more) {
        setText(
          more,
          `${model.moreInputs} smaller ${model.moreInputs === 1 ? 'input is' : 'inputs are'} not shown.`,
        );
        setHidden(more, model.moreInputs === 0);
      }
    });
  }

  private rebuild(count: number): void {
    for (const card of this.cards) {
      card.histogram.clear();
      card.tornado.clear();
    }
    this.list.replaceChildren();
    this.cards = [];
    for (let i = 0; i < count; i++) {
      const histogram = new ChartSlot<NpvHistogramModel>({
        id: `npv-histogram-${i}`,
        heading: 'NPV over the trials',
        headingLevel: 'h4',
        className: 'investment-chart',
        present: presentNpvHistogram,
      });
      const tornado = this.tornadoSlot(`tornado-npv-${i}`, 'h4', 'investment-chart tornado-chart');
      const name = h('h3', { className: 'investment-name' });
      const breakEven = h('ul', {
        className: 'break-even-list',
        attrs: { 'aria-label': 'What must be true' },
      });
      const root = h(
        'article',
        { className: 'investment-card card', attrs: { 'data-uncertainty-investment': String(i) } },
        name,
        breakEven,
        histogram.element,
        tornado.element,
      );
      this.list.append(root);
      this.cards.push({ root, name, breakEven, histogram, tornado });
    }
  }

  destroy(): void {
    this.rebuild(0);
    this.fan.clear();
    this.operatingProfitTornado.clear();
    this.element.remove();
  }
}

function setBreakEvenLine(element: HTMLElement, line: BreakEvenLine | null): void {
  setText(element, line?.text ?? '');
  setAttr(element, 'data-break-even', line?.id ?? null);
  setAttr(element, 'data-tone', line?.tone ?? null);
  setHidden(element, line === null);
}
