/** Where the numbers come from: the case's `sources`, as text. */
import type { CaseReport } from '../../src/core/report';
import type { SourceLinks } from '../../src/core/sourceLinks';
import { h, setHidden, setText } from '../dom';
import { linkElement } from '../reveal';
import { syncChildren } from './dataTable';

export class SourcesList {
  readonly element: HTMLElement;
  private readonly list = h('ol', { className: 'sources-list' });

  constructor() {
    this.element = h(
      'section',
      { className: 'preview-section', attrs: { 'data-section': 'sources' } },
      h('h2', { className: 'section-heading', text: 'Sources' }),
      this.list,
    );
  }

  update(report: CaseReport, links: SourceLinks): void {
    setHidden(this.element, report.sources.length === 0);
    linkElement(this.element, links, ['sources']);
    syncChildren(this.list, report.sources.length, () => h('li'));
    report.sources.forEach((source, i) => setText(this.list.children[i]!, source));
  }
}
