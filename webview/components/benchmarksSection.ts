/**
 * The benchmarks: one card per data set (`[data-benchmark="<i>"]`) with its chart
 * (`canvas[data-chart="benchmark-<i>"]`), this case's bar among them when comparable, and the
 * source and the entry's note printed under the chart. Cards are rebuilt only when the number of
 * benchmarks changes.
 */
import type { CaseReport } from '../../src/core/report';
import type { SourceLinks } from '../../src/core/sourceLinks';
import { benchmarkChartHeight, presentBenchmark } from '../charts/benchmarkChart';
import type { Theme } from '../charts/chartPresentation';
import { emptyHint, h, setHidden, setText } from '../dom';
import { benchmarkModel, type BenchmarkModel } from '../models/benchmarkModel';
import { linkElement } from '../reveal';
import { ChartPanel } from './chartPanel';
import { categoryLineHeight } from '../charts/chartStyle';

interface BenchmarkCard {
  root: HTMLElement;
  chart: ChartPanel<BenchmarkModel>;
  source: HTMLElement;
  /** The benchmark's own note (its caveats), as written. */
  caveat: HTMLElement;
  note: HTMLElement;
}

export class BenchmarksSection {
  readonly element: HTMLElement;
  private readonly list = h('div', { className: 'benchmark-list' });
  private readonly empty = emptyHint(
    'No benchmarks yet. Run “IT Case: Insert Benchmark Data…” to draw this case beside published figures.',
  );
  private cards: BenchmarkCard[] = [];

  constructor() {
    this.element = h(
      'section',
      { className: 'preview-section', attrs: { 'data-section': 'benchmarks' } },
      h('h2', { className: 'section-heading', text: 'Benchmarks' }),
      this.empty,
      this.list,
    );
  }

  get charts(): ChartPanel<BenchmarkModel>[] {
    return this.cards.map((c) => c.chart);
  }

  update(report: CaseReport, links: SourceLinks, theme: Theme): void {
    linkElement(this.element, links, ['benchmarks']);
    setHidden(this.empty, report.benchmarks.length > 0);
    if (report.benchmarks.length !== this.cards.length) this.rebuild(report.benchmarks.length);
    report.benchmarks.forEach((benchmark, i) => {
      const card = this.cards[i]!;
      const model = benchmarkModel(report, benchmark);
      card.chart.setHeading(
        model.year !== null && !model.title.includes(String(model.year))
          ? `${model.title} (${model.year})`
          : model.title,
      );
      const height = `${benchmarkChartHeight(
        model.bars.map((b) => b.label),
        categoryLineHeight(theme.colors),
      )}px`;
      // CSSOM, not a style attribute: allowed by the CSP (style-src has no 'unsafe-inline').
      if (card.chart.canvasBox.style.height !== height) card.chart.canvasBox.style.height = height;
      card.chart.update(model, theme, links);
      setText(card.source, `Source: ${model.source}`);
      setText(card.caveat, benchmark.note === null ? '' : `Note: ${benchmark.note}`);
      setHidden(card.caveat, benchmark.note === null);
      setText(card.note, model.caseNote ?? '');
      setHidden(card.note, model.caseNote === null);
      linkElement(card.root, links, [`benchmarks.${i}`, 'benchmarks']);
    });
  }

  private rebuild(count: number): void {
    for (const card of this.cards) card.chart.destroy();
    this.list.replaceChildren();
    this.cards = [];
    for (let i = 0; i < count; i++) {
      const link = `benchmarks.${i}`;
      const chart = new ChartPanel<BenchmarkModel>({
        id: `benchmark-${i}`,
        heading: '',
        headingLevel: 'h3',
        className: 'benchmark-chart',
        present: (model, colors) => presentBenchmark(model, colors, link),
      });
      const source = h('p', { className: 'chart-source' });
      const caveat = h('p', { className: 'chart-caveat' });
      const note = h('p', { className: 'chart-note' });
      const root = h(
        'article',
        { className: 'benchmark-card card', attrs: { 'data-benchmark': String(i) } },
        chart.element,
        source,
        caveat,
        note,
      );
      this.list.append(root);
      this.cards.push({ root, chart, source, caveat, note });
    }
  }

  destroy(): void {
    this.rebuild(0);
  }
}
