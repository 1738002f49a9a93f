/**
 * Chart (3): operating leverage. How operating profit moves when revenue moves, all else equal, in
 * the latest period — the seed's argument in one picture: with a 25% gross margin and 20% fixed
 * costs, a 10% sales drop halves operating profit. The engine computes the curve (the report's
 * `leverageCurve`); this only shapes it for the chart.
 */
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

/** The report's curve of the latest period, as the chart's points. */
export function leverageModel(report: CaseReport): LeverageModel {
  const { period, points, tenPercentDrop, scenarios } = report.leverageCurve;
  const first = points[0]?.revenueChange ?? 0;
  const last = points[points.length - 1]?.revenueChange ?? 0;
  const scenarioIndex = new Map(report.scenarios.map((s, index) => [s.name, index]));
  return {
    period,
    curve: points.flatMap(({ revenueChange, operatingProfitChange }) =>
      operatingProfitChange === null ? [] : [{ x: revenueChange, y: operatingProfitChange }],
    ),
    reference: [
      { x: first, y: first },
      { x: last, y: last },
    ],
    scenarios: scenarios.map((s) => ({
      name: s.name,
      index: scenarioIndex.get(s.name) ?? -1,
      x: s.revenueChange,
      y: s.operatingProfitChange,
    })),
    leverage: report.base.operatingLeverage[report.periods.length - 1] ?? null,
    tenPercentDrop,
  };
}
