/**
 * The uncertainty section's parts for one render and its format 1.1 sections: the fan chart and the
 * tornado of operating profit, the simulated figures as tables, and per investment its NPV histogram,
 * tornado and break-even lines.
 * Sections are matched to the report's investments by position, checked by name.
 */
import { formatNumber } from '../../src/core/format';
import type { CaseReport, SensitivityTarget, UncertaintySections } from '../../src/core/report';
import { investmentBreakEven, revenueBreakEven, type BreakEvenLine } from '../../src/core/present/breakEven';
import { fanChartModel, operatingLossSentence, type FanChartModel } from './fanChartModel';
import { matching } from './matching';
import { operatingProfitDiffers } from '../../src/core/present/trialSpread';
import { OPERATING_PROFIT_SAME_IN_EVERY_TRIAL, POINT_AND_TRIALS } from '../../src/core/present/sentences';
import { simulatedFigures, type SimulatedFigures } from './simulatedFiguresModel';
import { lossChanceSentence, npvHistogramModel, type NpvHistogramModel } from './npvHistogramModel';
import { tornadoModel, type TornadoModel } from './tornadoModel';

export interface InvestmentUncertainty {
  name: string;
  /** Null without a simulation (no range in the file). */
  histogram: NpvHistogramModel | null;
  lossChance: string | null;
  breakEven: BreakEvenLine[];
  tornado: TornadoModel | null;
}

export interface UncertaintyModel {
  simulated: boolean;
  /** One line under the heading: where the numbers come from. */
  summary: string;
  /** Null without a simulation, or when no range reaches operating profit (trialSpread.ts). */
  fan: FanChartModel | null;
  /** In the fan's place when the file has ranges and none reaches operating profit; else null. */
  sameInEveryTrial: string | null;
  operatingLoss: string | null;
  revenueBreakEven: BreakEvenLine | null;
  operatingProfitTornado: TornadoModel | null;
  /** The simulated figures as tables; null without a simulation. */
  figures: SimulatedFigures | null;
  investments: InvestmentUncertainty[];
}

export function uncertaintyModel(report: CaseReport, sections: UncertaintySections): UncertaintyModel {
  const simulation = sections.uncertainty;
  const npvTargets = sections.sensitivity.filter(
    (t): t is Extract<SensitivityTarget, { target: 'npv' }> => t.target === 'npv',
  );
  const operatingProfitTarget = sections.sensitivity.find((t) => t.target === 'operatingProfit');
  // A fan of one value per period says nothing; the tornado beside it says that no range reaches it.
  const fan =
    simulation && operatingProfitDiffers(simulation.base) ? fanChartModel(report, simulation) : null;
  return {
    simulated: simulation !== null,
    summary: simulation
      ? `From ${formatNumber(simulation.trials, 0)} trials (seed ${simulation.seed}) over the ranges in the file; each driver moves across its range with the others held. ${POINT_AND_TRIALS}`
      : 'The file has no ranges, so nothing is simulated; each driver moves 10% down and up with the others held.',
    fan,
    sameInEveryTrial: simulation && !fan ? OPERATING_PROFIT_SAME_IN_EVERY_TRIAL : null,
    operatingLoss: fan ? operatingLossSentence(fan) : null,
    revenueBreakEven: revenueBreakEven(report, sections.breakEven),
    operatingProfitTornado: operatingProfitTarget ? tornadoModel(report, operatingProfitTarget) : null,
    figures: simulatedFigures(report, simulation),
    investments: report.investments.map((investment, i) => {
      const uncertain = simulation
        ? matching(simulation.investments, i, investment.name, (u) => u.name)
        : null;
      // An NPV no range moves is one value in every trial: no distribution to draw.
      const histogram =
        uncertain && simulation && uncertain.npvHistogram.width > 0
          ? npvHistogramModel(report, investment, uncertain, simulation.trials)
          : null;
      const breakEven = matching(sections.breakEven.investments, i, investment.name, (b) => b.name);
      const target = matching(npvTargets, i, investment.name, (t) => t.investment);
      return {
        name: investment.name,
        histogram,
        lossChance: histogram ? lossChanceSentence(histogram) : null,
        breakEven: breakEven ? investmentBreakEven(breakEven) : [],
        tornado: target ? tornadoModel(report, target) : null,
      };
    }),
  };
}
