/**
 * A tornado: what moves one outcome (an investment's NPV, or operating profit of the last period)
 * when one input at a time goes from its low to its high end, the others held. The inputs come
 * sorted by swing from the engine; the chart shows the largest.
 */
import type { CaseReport, SensitivityInput, SensitivityTarget } from '../../src/core/report';
import { TORNADO_MAX_INPUTS } from '../../src/core/present/tornado';

export interface TornadoModel {
  target: SensitivityTarget['target'];
  /** What the tornado is of, to follow "What drives": "NPV of Cloud" / "operating profit in FY2014". */
  title: string;
  /** The outcome in a sentence: "NPV" / "Operating profit". */
  outcome: string;
  pointOutput: number | null;
  unit: string;
  currency: string;
  bars: SensitivityInput[];
  /** Inputs with a swing that are not drawn (beyond TORNADO_MAX_INPUTS). */
  moreInputs: number;
}

export function tornadoModel(
  report: CaseReport,
  target: SensitivityTarget,
  maxBars = TORNADO_MAX_INPUTS,
): TornadoModel {
  const isNpv = target.target === 'npv';
  return {
    target: target.target,
    title: isNpv ? `NPV of ${target.investment}` : `operating profit in ${target.period}`,
    outcome: isNpv ? 'NPV' : 'Operating profit',
    pointOutput: target.pointOutput,
    unit: report.unit,
    currency: report.currency,
    bars: target.inputs.slice(0, maxBars),
    moreInputs: Math.max(0, target.inputs.length - maxBars),
  };
}
