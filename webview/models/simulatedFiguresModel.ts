/**
 * The simulation's figures as two small tables, the same figures `itcase report` prints: operating
 * profit of the last period for the base case and each scenario (P5 to P95, median, chance of a
 * loss), and per investment its NPV, IRR and payback over the trials with the shares of trials
 * where IRR is undefined or the investment never pays back. Only picks and formats what the report
 * holds; null without a simulation (no range in the file).
 */
import { formatChance, formatNumber, formatPercent, formatPeriods } from '../../src/core/format';
import { tableMoneyText } from '../../src/core/present/tableMoney';
import type { CaseReport, UncertaintyReport } from '../../src/core/report';
import { IRR_PAYBACK_OVER } from '../../src/core/present/sentences';
import type { TableData, TableRow } from '../tableData';
import { matching } from './matching';
import { operatingProfitDiffersInAnyCase } from '../../src/core/present/trialSpread';

export interface SimulatedFigures {
  /** Operating profit in the last period: the base case, then each scenario; null when no range reaches it. */
  outcomes: TableData | null;
  /** One row per investment; null when the case has none. */
  investments: TableData | null;
}

/** IRR over the trials reads to a tenth of a percent, as the CLI prints it. */
const IRR_DIGITS = 1;

export const OUTCOME_COLUMNS = ['Case', 'P5 to P95', 'Median', 'Chance of a loss'] as const;

export const INVESTMENT_COLUMNS = [
  'Investment',
  'NPV, P5 to P95',
  'NPV, median',
  'NPV, mean',
  'Chance NPV < 0',
  'IRR, P5 to P95',
  'IRR, median',
  'No IRR',
  'Payback, median',
  'Payback, P90',
  'Never pays back',
] as const;

/** "low to high", or "—" when either end is undefined. */
function range(low: number | null, high: number | null, format: (value: number) => string): string {
  return low === null || high === null ? '—' : `${format(low)} to ${format(high)}`;
}

export function simulatedFigures(
  report: CaseReport,
  simulation: UncertaintyReport | null,
): SimulatedFigures | null {
  if (!simulation) return null;
  // Each table's money in one unit, as `itcase report` and the HTML export write it (USD −49.87M to
  // USD 111.49M, not USD −0.05B to USD 0.111B).
  const moneyOf = (values: readonly (number | null | undefined)[]) =>
    tableMoneyText(values, report.unit, report.currency);
  const last = report.periods.length - 1;
  const profits = [simulation.base, ...simulation.scenarios].map((p) => p.operatingProfit[last]);
  const money = moneyOf(profits.flatMap((p) => [p?.p5, p?.p50, p?.p95]));
  const npvMoney = moneyOf(simulation.investments.flatMap(({ npv }) => [npv.p5, npv.p50, npv.p95, npv.mean]));
  const irr = (value: number | null) => formatPercent(value, IRR_DIGITS);
  const trials = formatNumber(simulation.trials, 0);
  const period = report.periods[last] ?? 'the last period';

  const outcomeRow = (
    header: string,
    periods: UncertaintyReport['base'],
    links: string[] | undefined,
  ): TableRow => {
    const profit = periods.operatingProfit[last];
    return {
      header,
      cells: [
        range(profit?.p5 ?? null, profit?.p95 ?? null, money),
        money(profit?.p50 ?? null),
        formatChance(periods.probabilityOperatingLoss[last]),
      ],
      ...(links ? { links } : {}),
    };
  };

  const outcomes: TableData = {
    caption: `Operating profit in ${period} over ${trials} trials; P5 to P95 holds the middle 90% of them.`,
    columns: [...OUTCOME_COLUMNS],
    rows: [
      outcomeRow('Base case', simulation.base, undefined),
      ...simulation.scenarios.map((scenario, i) => {
        const index = indexByName(report.scenarios, i, scenario.name);
        return outcomeRow(
          scenario.name,
          scenario,
          index === null ? ['scenarios'] : [`scenarios.${index}`, 'scenarios'],
        );
      }),
    ],
  };

  const investmentRows = report.investments.flatMap((investment, i): TableRow[] => {
    const uncertain = matching(simulation.investments, i, investment.name, (u) => u.name);
    if (!uncertain) return [];
    const { npv, irr: rate, paybackPeriods: payback } = uncertain;
    return [
      {
        header: investment.name,
        cells: [
          range(npv.p5, npv.p95, npvMoney),
          npvMoney(npv.p50),
          npvMoney(npv.mean),
          formatChance(uncertain.probabilityNegativeNpv),
          range(rate.p5, rate.p95, irr),
          irr(rate.p50),
          formatChance(rate.undefinedShare),
          formatPeriods(payback.p50),
          formatPeriods(payback.p90),
          formatChance(payback.neverShare),
        ],
        links: [`investments.${i}`, 'investments'],
      },
    ];
  });

  return {
    outcomes: operatingProfitDiffersInAnyCase(simulation) ? outcomes : null,
    investments:
      investmentRows.length === 0
        ? null
        : {
            caption: `Each investment over ${trials} trials, NPV at its discount rate. ${IRR_PAYBACK_OVER}`,
            columns: [...INVESTMENT_COLUMNS],
            rows: investmentRows,
          },
  };
}

/** The index of the report's scenario with this name, preferring `index` itself. */
function indexByName(scenarios: readonly { name: string }[], index: number, name: string): number | null {
  if (scenarios[index]?.name === name) return index;
  const found = scenarios.findIndex((s) => s.name === name);
  return found < 0 ? null : found;
}
