/**
 * Chart (3): operating leverage. How operating profit moves when revenue moves, all else equal, in
 * the latest period — the seed's argument in one picture: with a 25% gross margin and 20% fixed
 * costs, a 10% sales drop halves operating profit.
 */
import { operatingProfitChangeFor } from '../../src/core/engine';
import type { CaseReport } from '../../src/core/report';

/** A point of the chart: x = revenue change, y = operating-profit change, both fractions. */
export interface LeveragePoint {
  x: number;
  y: number;
}

export interface LeverageScenarioPoint extends LeveragePoint {
  name: string;
  /** Index in `report.scenarios` (for its source link `scenarios.<i>`). */
  index: number;
}

export interface LeverageModel {
  period: string;
  /** The curve from −30% to +30% revenue change; empty when the base operating profit is 0. */
  curve: LeveragePoint[];
  /** y = x: what operating profit would do without fixed costs (no leverage). */
  reference: LeveragePoint[];
  scenarios: LeverageScenarioPoint[];
  /** Degree of operating leverage in the period (gross profit / operating profit), or null. */
  leverage: number | null;
  /** Operating-profit change for a 10% sales drop (the seed's example), or null. */
  tenPercentDrop: number | null;
}

/** −30% … +30% in steps of 5 points. */
export const REVENUE_CHANGES: readonly number[] = Object.freeze(
  Array.from({ length: 13 }, (_, i) => Math.round((-0.3 + i * 0.05) * 100) / 100),
);

export function leverageModel(report: CaseReport, period = report.periods.length - 1): LeverageModel {
  const curve: LeveragePoint[] = [];
  for (const x of REVENUE_CHANGES) {
    const y = operatingProfitChangeFor(report.base, period, x);
    if (y !== null) curve.push({ x, y });
  }
  const baseRevenue = report.base.revenue[period] ?? 0;
  const scenarios: LeverageScenarioPoint[] = [];
  report.scenarios.forEach((scenario, index) => {
    const revenue = scenario.revenue[period];
    const y = scenario.operatingProfitChange[period];
    if (baseRevenue === 0 || revenue === undefined || y === null || y === undefined) return;
    const x = revenue / baseRevenue - 1;
    if (Number.isFinite(x) && Number.isFinite(y)) scenarios.push({ name: scenario.name, index, x, y });
  });
  const first = REVENUE_CHANGES[0]!;
  const last = REVENUE_CHANGES[REVENUE_CHANGES.length - 1]!;
  return {
    period: report.periods[period] ?? '',
    curve,
    reference: [
      { x: first, y: first },
      { x: last, y: last },
    ],
    scenarios,
    leverage: report.base.operatingLeverage[period] ?? null,
    tenPercentDrop: operatingProfitChangeFor(report.base, period, -0.1),
  };
}
