/** The key-figure cards: `.key-figures` with one `[data-figure="<id>"]` card per figure. */
import type { CaseReport } from '../../src/core/report';
import type { SourceLinks } from '../../src/core/sourceLinks';
import { changeKey, ChangeTracker } from '../changeKey';
import { h, setAttr, setHidden, setText } from '../dom';
import { keyFigures, type FigureId, type KeyFigure } from '../models/keyFigures';
import { linkElement } from '../reveal';

interface Card {
  root: HTMLElement;
  label: HTMLElement;
  value: HTMLElement;
  delta: HTMLElement;
  deltaIcon: HTMLElement;
  deltaText: HTMLElement;
  note: HTMLElement;
}

const TREND_ICON = {
  up: 'codicon-arrow-up',
  down: 'codicon-arrow-down',
  flat: 'codicon-arrow-right',
} as const;

export class KeyFiguresSection {
  readonly element: HTMLElement;
  private readonly heading = h('h2', { className: 'section-heading' });
  private readonly grid = h('div', { className: 'key-figures' });
  private readonly cards = new Map<FigureId, Card>();
  private figures: KeyFigure[] = [];
  private readonly tracker = new ChangeTracker();

  constructor() {
    this.element = h(
      'section',
      { className: 'preview-section', attrs: { 'data-section': 'key-figures', 'aria-label': 'Key figures' } },
      this.heading,
      this.grid,
    );
  }

  update(report: CaseReport, links: SourceLinks): void {
    // The figures depend on the base metrics only: a title or scenario edit formats nothing here.
    if (this.tracker.changed(changeKey([report.base, report.periods, report.unit, report.currency]))) {
      setText(this.heading, `Key figures, ${report.periods[report.periods.length - 1] ?? ''}`);
      this.figures = keyFigures(report);
      for (const figure of this.figures) {
        this.updateCard(this.cards.get(figure.id) ?? this.createCard(figure.id), figure);
      }
    }
    for (const figure of this.figures) linkElement(this.cards.get(figure.id)!.root, links, figure.links);
  }

  private createCard(id: FigureId): Card {
    const deltaIcon = h('span', { className: 'codicon', attrs: { 'aria-hidden': 'true' } });
    const deltaText = h('span');
    const card: Card = {
      root: h('article', { className: 'figure-card', attrs: { 'data-figure': id } }),
      label: h('div', { className: 'figure-label' }),
      value: h('div', { className: 'figure-value' }),
      delta: h('div', { className: 'figure-delta' }, deltaIcon, deltaText),
      deltaIcon,
      deltaText,
      note: h('div', { className: 'figure-note' }),
    };
    card.root.append(card.label, card.value, card.delta, card.note);
    this.grid.append(card.root);
    this.cards.set(id, card);
    return card;
  }

  private updateCard(card: Card, figure: KeyFigure): void {
    setText(card.label, figure.label);
    setText(card.value, figure.value);
    setHidden(card.delta, figure.delta === null);
    setText(card.deltaText, figure.delta ?? '');
    setAttr(card.delta, 'data-trend', figure.trend);
    setAttr(card.deltaIcon, 'class', `codicon ${figure.trend ? TREND_ICON[figure.trend] : ''}`.trim());
    setHidden(card.note, figure.note === null);
    setText(card.note, figure.note ?? '');
  }
}
