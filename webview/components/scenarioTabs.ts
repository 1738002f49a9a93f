/**
 * Scenario tabs (`vscode-tabs`): one tab per scenario, each comparing the scenario with the base
 * case in the latest period. The tabs are rebuilt only when the number of scenarios changes; names
 * and figures are updated in place.
 */
import type { VscodeTabs } from '@vscode-elements/elements/dist/vscode-tabs/vscode-tabs.js';
import type { CaseReport } from '../../src/core/report';
import type { SourceLinks } from '../../src/core/sourceLinks';
import { changeKey, ChangeTracker } from '../changeKey';
import { emptyHint, h, setHidden, setText } from '../dom';
import { scenarioComparison, type ScenarioComparison } from '../models/scenarioComparison';
import { linkElement } from '../reveal';
import type { TableData } from '../tableData';
import { DataTable } from './dataTable';

interface ScenarioTab {
  header: HTMLElement;
  headerText: HTMLElement;
  panel: HTMLElement;
  summary: HTMLElement;
  /** What the scenario stands for, as the file says. */
  note: HTMLElement;
  table: DataTable;
}

export class ScenarioTabs {
  readonly element: HTMLElement;
  private readonly heading = h('h2', { className: 'section-heading', text: 'Scenarios' });
  private readonly empty = emptyHint(
    'No scenarios yet. Add a `scenarios:` list (e.g. `revenueChange: -10%`) to compare what-ifs with the base case.',
  );
  private tabs: VscodeTabs | null = null;
  private items: ScenarioTab[] = [];
  private names: string[] = [];
  private readonly tracker = new ChangeTracker();
  /** The name of the selected scenario, kept across renders and reloads. */
  private selected: string | null;

  constructor(
    selected: string | null,
    private readonly onSelect: (name: string | null) => void,
  ) {
    this.selected = selected;
    this.element = h(
      'section',
      { className: 'preview-section scenarios-section', attrs: { 'data-section': 'scenarios' } },
      this.heading,
      this.empty,
    );
  }

  get selectedScenario(): string | null {
    return this.selected;
  }

  /** Selects a scenario by name (e.g. restored state); the first tab if there is none of that name. */
  select(name: string | null): void {
    this.selected = name;
    if (this.tabs) this.tabs.selectedIndex = Math.max(0, this.names.indexOf(name ?? ''));
  }

  update(report: CaseReport, links: SourceLinks): void {
    const period = report.periods[report.periods.length - 1] ?? '';
    setText(this.heading, `Scenarios against the base case, ${period}`);
    linkElement(this.element, links, ['scenarios']);
    setHidden(this.empty, report.scenarios.length > 0);
    if (report.scenarios.length !== this.items.length) {
      this.rebuild(report.scenarios.length);
      this.tracker.reset();
    }
    this.names = report.scenarios.map((s) => s.name);
    // Comparisons depend on the base and the scenarios only (and rows on the links): skip otherwise.
    const key = changeKey([
      report.base,
      report.scenarios,
      report.periods,
      report.unit,
      report.currency,
      links,
    ]);
    if (this.tracker.changed(key)) {
      report.scenarios.forEach((scenario, i) => {
        const item = this.items[i]!;
        const comparison = scenarioComparison(report, scenario);
        setText(item.headerText, scenario.name);
        setText(item.summary, comparison.summary);
        setText(item.note, scenario.note ?? '');
        setHidden(item.note, scenario.note === null);
        item.table.update(comparisonTable(comparison, i), links);
      });
    }
    if (this.tabs) {
      // The chosen scenario keeps its tab when scenarios are added, removed or reordered; if it is
      // gone, the tab at the same place stays selected (the choice is kept in case it comes back).
      const index = this.names.indexOf(this.selected ?? '');
      const wanted =
        index >= 0 ? index : Math.max(0, Math.min(this.tabs.selectedIndex, this.names.length - 1));
      if (this.tabs.selectedIndex !== wanted) this.tabs.selectedIndex = wanted;
    }
  }

  private rebuild(count: number): void {
    this.tabs?.remove();
    this.tabs = null;
    this.items = [];
    if (count === 0) return;
    const tabs = h('vscode-tabs', { className: 'scenario-tabs' });
    for (let i = 0; i < count; i++) {
      const headerText = h('span', { className: 'scenario-tab-name' });
      // A tab the mouse selects takes the focus, so the arrows go on from it: vscode-tabs gives a
      // header a tabindex only once it has been active, and a click elsewhere focused the section.
      const header = h(
        'vscode-tab-header',
        { attrs: { 'data-scenario': String(i), tabindex: '-1' } },
        headerText,
      );
      // The arrows move the focus, Enter or Space selects (WAI-ARIA); vscode-tabs knows Enter only,
      // and Space would scroll the page.
      header.addEventListener('keydown', (event) => {
        if (event.key !== ' ') return;
        event.preventDefault();
        header.click();
      });
      const summary = h('p', { className: 'scenario-summary' });
      const note = h('p', { className: 'case-note', attrs: { hidden: '' } });
      const table = new DataTable({ className: 'data-table comparison-table', revealableRows: true });
      const panel = h(
        'vscode-tab-panel',
        { attrs: { 'data-scenario-panel': String(i) } },
        summary,
        note,
        table.element,
      );
      tabs.append(header, panel);
      this.items.push({ header, headerText, panel, summary, note, table });
    }
    tabs.addEventListener('vsc-tabs-select', (event) => {
      const name = this.names[event.detail.selectedIndex] ?? null;
      if (name === this.selected) return;
      this.selected = name;
      this.onSelect(name);
    });
    this.tabs = tabs;
    this.element.append(tabs);
  }
}

function comparisonTable(comparison: ScenarioComparison, index: number): TableData {
  return {
    caption: `${comparison.name} against the base case, ${comparison.period}`,
    columns: ['Metric', 'Base case', comparison.name, 'Change'],
    rows: comparison.rows.map((row) => ({
      header: row.label,
      cells: [row.base, row.scenario, row.change],
      links: [`scenarios.${index}`, 'scenarios'],
    })),
  };
}
