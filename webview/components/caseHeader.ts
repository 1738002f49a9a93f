/** The heading: the case's title, and a line with company, industry, money unit and periods. */
import { formatPercent } from '../../src/core/format';
import type { CaseReport } from '../../src/core/report';
import type { SourceLinks } from '../../src/core/sourceLinks';
import { h, setHidden, setText } from '../dom';
import { linkElement } from '../reveal';

const UNIT_WORDS: Record<string, string> = {
  one: '',
  thousand: 'thousands',
  million: 'millions',
  billion: 'billions',
};

export class CaseHeader {
  readonly element: HTMLElement;
  private readonly title = h('h1', { className: 'case-title' });
  private readonly company = h('span', { className: 'case-company', attrs: { 'data-meta': 'company' } });
  private readonly industry = h('span', { className: 'case-industry', attrs: { 'data-meta': 'industry' } });
  private readonly money = h('span', { className: 'case-money', attrs: { 'data-meta': 'money' } });
  private readonly periods = h('span', { className: 'case-periods', attrs: { 'data-meta': 'periods' } });
  private readonly rate = h('span', { className: 'case-rate', attrs: { 'data-meta': 'discountRate' } });

  constructor() {
    this.element = h(
      'header',
      { className: 'case-header preview-section' },
      this.title,
      h('p', { className: 'case-meta' }, this.company, this.industry, this.money, this.periods, this.rate),
    );
  }

  update(report: CaseReport, links: SourceLinks): void {
    setText(this.title, report.title);
    linkElement(this.element, links, ['title']);
    setText(this.company, report.company.name);
    linkElement(this.company, links, ['company.name', 'company']);
    setText(this.industry, report.company.industry ?? '');
    setHidden(this.industry, !report.company.industry);
    const unitWord = UNIT_WORDS[report.unit] ?? report.unit;
    setText(this.money, unitWord ? `${report.currency}, ${unitWord}` : report.currency);
    linkElement(this.money, links, ['unit', 'currency']);
    setText(this.periods, periodRange(report.periods));
    linkElement(this.periods, links, ['periods']);
    setText(this.rate, `discount rate ${formatPercent(report.discountRate)}`);
    linkElement(this.rate, links, ['discountRate']);
    setHidden(this.rate, report.investments.length === 0);
  }
}

/** "FY2012–FY2014 (3 periods)", "2014 (1 period)". */
export function periodRange(periods: readonly string[]): string {
  if (periods.length === 0) return 'no periods';
  if (periods.length === 1) return `${periods[0]} (1 period)`;
  return `${periods[0]}–${periods[periods.length - 1]} (${periods.length} periods)`;
}
