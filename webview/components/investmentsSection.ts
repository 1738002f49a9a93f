/**
 * The IT investments: one card per investment (`[data-investment="<i>"]`) with NPV, IRR, MIRR,
 * payback, discounted payback and ROI, and its cash-flow chart (`canvas[data-chart="investment-<i>"]`).
 * Cards are rebuilt only when the number of investments changes.
 */
import type { CaseReport } from '../../src/core/report';
import type { SourceLinks } from '../../src/core/sourceLinks';
import { presentCashflow } from '../charts/cashflowChart';
import type { Theme } from '../charts/chartPresentation';
import { emptyHint, h, setAttr, setHidden, setText } from '../dom';
import { cashflowModel, type CashflowModel } from '../models/cashflowModel';
import { investmentFigures, type InvestmentFigureId } from '../models/investmentFigures';
import { linkElement } from '../reveal';
import { ChartPanel } from './chartPanel';

interface InvestmentCard {
  root: HTMLElement;
  name: HTMLElement;
  /** What the investment is and what it rests on, as the file says. */
  note: HTMLElement;
  figures: Map<InvestmentFigureId, { root: HTMLElement; label: HTMLElement; value: HTMLElement }>;
  figureList: HTMLElement;
  chart: ChartPanel<CashflowModel>;
}

export class InvestmentsSection {
  readonly element: HTMLElement;
  private readonly list = h('div', { className: 'investment-list' });
  private readonly empty = emptyHint(
    'No IT investments yet. Add an `investments:` entry with costs and benefits to see its NPV, IRR and payback.',
  );
  private cards: InvestmentCard[] = [];

  constructor() {
    this.element = h(
      'section',
      { className: 'preview-section', attrs: { 'data-section': 'investments' } },
      h('h2', { className: 'section-heading', text: 'IT investments' }),
      this.empty,
      this.list,
    );
  }

  /** The chart panels, for tests and the sandbox's draw counts. */
  get charts(): ChartPanel<CashflowModel>[] {
    return this.cards.map((c) => c.chart);
  }

  update(report: CaseReport, links: SourceLinks, theme: Theme): void {
    linkElement(this.element, links, ['investments']);
    setHidden(this.empty, report.investments.length > 0);
    if (report.investments.length !== this.cards.length) this.rebuild(report.investments.length);
    report.investments.forEach((investment, i) => {
      const card = this.cards[i]!;
      setText(card.name, investment.name);
      setText(card.note, investment.note ?? '');
      setHidden(card.note, investment.note === null);
      linkElement(card.root, links, [`investments.${i}`, 'investments']);
      for (const figure of investmentFigures(report, investment)) {
        let item = card.figures.get(figure.id);
        if (!item) {
          item = {
            root: h('div', {
              className: 'investment-figure',
              attrs: { 'data-investment-figure': figure.id },
            }),
            label: h('dt'),
            value: h('dd', { className: 'figure-value' }),
          };
          item.root.append(item.label, item.value);
          card.figureList.append(item.root);
          card.figures.set(figure.id, item);
        }
        setText(item.label, figure.label);
        setText(item.value, figure.value);
        setAttr(item.root, 'data-tone', figure.tone);
        setAttr(item.root, 'title', figure.title);
      }
      card.chart.update(cashflowModel(report, investment), theme, links);
    });
  }

  private rebuild(count: number): void {
    for (const card of this.cards) card.chart.destroy();
    this.list.replaceChildren();
    this.cards = [];
    for (let i = 0; i < count; i++) {
      const link = `investments.${i}`;
      const chart = new ChartPanel<CashflowModel>({
        id: `investment-${i}`,
        heading: 'Cash flow and payback',
        headingLevel: 'h4',
        className: 'investment-chart',
        present: (model, colors) => presentCashflow(model, colors, link),
      });
      const name = h('h3', { className: 'investment-name' });
      const note = h('p', { className: 'case-note', attrs: { hidden: '' } });
      const figureList = h('dl', { className: 'investment-figures' });
      const root = h(
        'article',
        { className: 'investment-card card', attrs: { 'data-investment': String(i) } },
        name,
        note,
        figureList,
        chart.element,
      );
      this.list.append(root);
      this.cards.push({ root, name, note, figures: new Map(), figureList, chart });
    }
  }

  destroy(): void {
    this.rebuild(0);
  }
}
