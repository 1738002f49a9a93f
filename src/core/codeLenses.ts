/**
 * What the CodeLens above each investment and scenario says: the figures of the report the
 * analysis already holds, written with the shared formatters, and where in the text each goes.
 * Pure: the extension host turns these into `vscode.CodeLens`es.
 */
import type { Analysis } from './analyze';
import { formatMoney, formatPercent, formatPeriods, formatSignedPercent } from './format';
import { english, type Localize } from './localize';
import type { CaseReport, InvestmentReport, ScenarioReport, UncertainInvestment } from './report';
import type { YamlSource } from './yaml/read';

/** The part of the preview a lens leads to. */
export type PreviewSection =
  | { section: 'investment'; name: string }
  | { section: 'scenario'; name: string }
  | { section: 'uncertainty'; investment: string };

/** An investment or scenario of the file: where its list item starts (0-based offset). */
export interface LensAnchor {
  kind: 'investment' | 'scenario';
  /** Its index in `investments` or `scenarios`, which is its index in the report. */
  index: number;
  offset: number;
}

export interface CaseLens {
  /** Where the item starts: the lens shows above that line. */
  offset: number;
  title: string;
  target: PreviewSection;
}

/** `NPV USD 80.6M · IRR 44.4% · payback 1.35 periods`, in the case's unit and currency. */
export function investmentLensTitle(
  investment: InvestmentReport,
  report: Pick<CaseReport, 'unit' | 'currency'>,
  l10n: Localize = english,
): string {
  return l10n.t(
    'NPV {0} · IRR {1} · payback {2}',
    formatMoney(investment.npv, report.unit, report.currency, 1),
    formatPercent(investment.irr, 1),
    formatPeriods(investment.paybackPeriods),
  );
}

/** `P(NPV < 0) 24%`: the share of simulated trials in which the investment loses money. */
export function riskLensTitle(investment: UncertainInvestment, l10n: Localize = english): string {
  return l10n.t('P(NPV < 0) {0}', formatPercent(investment.probabilityNegativeNpv, 0));
}

/**
 * `operating profit −43% vs base in FY2014`: the scenario's change of operating profit in the last
 * period (the period is named when the case has more than one). Where the base is 0 and no change
 * can be given, the scenario's operating profit itself.
 */
export function scenarioLensTitle(
  scenario: ScenarioReport,
  report: Pick<CaseReport, 'unit' | 'currency' | 'periods'>,
  l10n: Localize = english,
): string {
  const last = report.periods.length - 1;
  const period = report.periods[last] ?? '';
  const change = scenario.operatingProfitChange[last] ?? null;
  if (change === null) {
    const profit = formatMoney(scenario.operatingProfit[last], report.unit, report.currency, 1);
    return l10n.t('operating profit {0} in {1}', profit, period);
  }
  const text = formatSignedPercent(change, 0);
  return report.periods.length > 1
    ? l10n.t('operating profit {0} vs base in {1}', text, period)
    : l10n.t('operating profit {0} vs base', text);
}

/** Where each investment and scenario of the file starts, in file order. */
export function lensAnchors(source: YamlSource): LensAnchor[] {
  const anchors: LensAnchor[] = [];
  const root = source.positions.root();
  if (root?.kind !== 'map') return anchors;
  for (const entry of root.children ?? []) {
    const kind =
      entry.segment === 'investments' ? 'investment' : entry.segment === 'scenarios' ? 'scenario' : null;
    if (!kind || entry.kind !== 'seq') continue;
    (entry.children ?? []).forEach((item, index) => {
      if (item.value) anchors.push({ kind, index, offset: item.value.start });
    });
  }
  return anchors;
}

/** The figure lenses of a case without errors: one per investment and scenario. None without a report. */
export function caseLenses(analysis: Analysis, l10n: Localize = english): CaseLens[] {
  const { report, source } = analysis;
  if (!report || !source) return [];
  const lenses: CaseLens[] = [];
  for (const anchor of lensAnchors(source)) {
    if (anchor.kind === 'investment') {
      const investment = report.investments[anchor.index];
      if (!investment) continue;
      lenses.push({
        offset: anchor.offset,
        title: investmentLensTitle(investment, report, l10n),
        target: { section: 'investment', name: investment.name },
      });
    } else {
      const scenario = report.scenarios[anchor.index];
      if (!scenario) continue;
      lenses.push({
        offset: anchor.offset,
        title: scenarioLensTitle(scenario, report, l10n),
        target: { section: 'scenario', name: scenario.name },
      });
    }
  }
  return lenses;
}

/** Whether the case has ranges, so its investments have a chance of losing money to show. */
export function hasRanges(analysis: Analysis): boolean {
  return analysis.report !== null && (analysis.uncertain?.inputs.length ?? 0) > 0;
}
