import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/analyze';
import type {
  CaseReport,
  SensitivityInput,
  UncertainInvestment,
  UncertaintyReport,
  UncertaintySections,
} from '../../src/core/report';
import {
  benefitsBreakEven,
  costsBreakEven,
  investmentBreakEven,
  revenueBreakEven,
} from '../../src/core/present/breakEven';
import { fanChartModel, operatingLossSentence } from '../../webview/models/fanChartModel';
import { lossChanceSentence, npvHistogramModel } from '../../webview/models/npvHistogramModel';
import {
  INVESTMENT_COLUMNS,
  OUTCOME_COLUMNS,
  simulatedFigures,
} from '../../webview/models/simulatedFiguresModel';
import { tornadoModel } from '../../webview/models/tornadoModel';
import { TORNADO_MAX_INPUTS } from '../../src/core/present/tornado';
import { uncertaintyModel } from '../../webview/models/uncertaintyModel';
import { formatChance, formatChangeSize } from '../../src/core/format';
import { THREE_PERIODS } from './fixtures';
import { THREE_PERIODS_SECTIONS, THREE_PERIODS_SECTIONS_NO_RANGES } from './uncertaintyFixtures';

function reportOf(text: string): CaseReport {
  const { report, diagnostics } = analyzeCase(text);
  if (!report) throw new Error(JSON.stringify(diagnostics));
  return report;
}
const report = reportOf(THREE_PERIODS);
const simulation = THREE_PERIODS_SECTIONS.uncertainty!;

describe('chances and changes in words', () => {
  it('writes a probability as a whole percent, never rounding a possibility to 0% or 100%', () => {
    expect(formatChance(0.12)).toBe('12%');
    expect(formatChance(0.03)).toBe('3%');
    expect(formatChance(0)).toBe('0%');
    expect(formatChance(1)).toBe('100%');
    expect(formatChance(0.0004)).toBe('<1%');
    expect(formatChance(0.9991)).toBe('>99%');
    expect(formatChance(null)).toBe('—');
  });

  it('writes the size of a change without its sign, with a decimal below 10%', () => {
    expect(formatChangeSize(-0.37)).toBe('37%');
    expect(formatChangeSize(0.52)).toBe('52%');
    expect(formatChangeSize(0.052)).toBe('5.2%');
    expect(formatChangeSize(-1)).toBe('100%');
    // A change too small to show is not "0.0%", which would say there is no room at all.
    expect(formatChangeSize(0.0004)).toBe('less than 0.1%');
    expect(formatChangeSize(0.0005)).toBe('0.1%');
    expect(formatChangeSize(0)).toBe('0%');
  });
});

describe('the fan chart of operating profit', () => {
  const model = fanChartModel(report, simulation);

  it('takes the bands and the median per period from the simulation, the point estimate from the report', () => {
    expect(model.periods).toEqual(['2012', '2013', '2014']);
    expect(model.p5).toEqual([6, -1.5, -4]);
    expect(model.p10).toEqual([7.2, 2, 0.5]);
    expect(model.p50).toEqual([10.1, 11.4, 17.6]);
    expect(model.p90).toEqual([12.8, 15, 24]);
    expect(model.p95).toEqual([13.9, 16.4, 27]);
    expect(model.pointEstimate).toEqual(report.base.operatingProfit);
    expect(model.trials).toBe(10000);
    expect(model.unit).toBe('billion');
  });

  it('writes the chance of an operating loss per period under it', () => {
    expect(operatingLossSentence(model)).toBe('Chance of an operating loss: 2012 0%, 2013 3%, 2014 12%');
  });

  it('leaves a gap where a percentile is undefined or missing', () => {
    const partial = fanChartModel(report, {
      ...simulation,
      base: {
        ...simulation.base,
        operatingProfit: [{ ...simulation.base.operatingProfit[0]!, p5: null }],
      },
    });
    expect(partial.p5).toEqual([null, null, null]);
    expect(partial.p50).toEqual([10.1, null, null]);
  });
});

describe("an investment's NPV histogram", () => {
  const investment = report.investments[0]!;
  const model = npvHistogramModel(report, investment, simulation.investments[0]!, simulation.trials);

  it('turns the bins into ranges of NPV, marking those wholly below zero', () => {
    expect(model.bins.map((b) => [b.from, b.to, b.count, b.belowZero])).toEqual([
      [-4, -2, 100, true],
      [-2, 0, 1100, true],
      [0, 2, 2800, false],
      [2, 4, 3500, false],
      [4, 6, 2000, false],
      [6, 8, 500, false],
    ]);
    expect([model.axisMin, model.axisMax]).toEqual([-4, 8]);
  });

  it('stretches the axis to include zero, so the zero line shows', () => {
    const allPositive = npvHistogramModel(
      report,
      investment,
      { ...simulation.investments[0]!, npvHistogram: { start: 3, width: 0.5, counts: [1, 2, 1] } },
      4,
    );
    expect([allPositive.axisMin, allPositive.axisMax]).toEqual([0, 4.5]);
    const allNegative = npvHistogramModel(
      report,
      investment,
      { ...simulation.investments[0]!, npvHistogram: { start: -9, width: 2, counts: [1, 1] } },
      2,
    );
    expect([allNegative.axisMin, allNegative.axisMax]).toEqual([-9, 0]);
    expect(allNegative.bins.every((b) => b.belowZero)).toBe(true);
  });

  it("says the chance of losing money at the investment's discount rate", () => {
    expect(lossChanceSentence(model)).toBe('A 12% chance this investment loses money at 8%.');
    expect(lossChanceSentence({ ...model, discountRate: 0.075, probabilityNegativeNpv: 0.0004 })).toBe(
      'A <1% chance this investment loses money at 7.5%.',
    );
    expect(lossChanceSentence({ ...model, probabilityNegativeNpv: 0 })).toBe(
      'None of the 10,000 trials loses money at 8%.',
    );
    expect(lossChanceSentence({ ...model, probabilityNegativeNpv: 1 })).toBe(
      'Every one of the 10,000 trials loses money at 8%.',
    );
  });
});

describe('a tornado', () => {
  const input = (i: number): SensitivityInput => ({
    path: `fixedCosts.line-${i}`,
    label: `Fixed cost line-${i}`,
    kind: 'money',
    line: 10 + i,
    column: 5,
    low: 9,
    high: 11,
    outputAtLow: 20 - i,
    outputAtHigh: i,
    swing: 20 - 2 * i,
  });

  it('keeps the inputs in the order given (largest swing first), with their place in the file', () => {
    const model = tornadoModel(report, THREE_PERIODS_SECTIONS.sensitivity[0]!);
    expect(model.title).toBe('NPV of Cloud');
    expect(model.outcome).toBe('NPV');
    expect(model.pointOutput).toBeCloseTo(4.1289, 4);
    expect(model.bars.map((b) => [b.path, b.line, b.column])).toEqual([
      ['investments[0].benefits[2]', 17, 22],
      ['investments[0].costs[0]', 16, 12],
    ]);
    expect(model.moreInputs).toBe(0);
  });

  it('names the operating-profit target by its period', () => {
    const model = tornadoModel(report, THREE_PERIODS_SECTIONS.sensitivity[1]!);
    expect(model.title).toBe('operating profit in 2014');
    expect(model.outcome).toBe('Operating profit');
  });

  it('draws the largest inputs and counts the rest', () => {
    const inputs = Array.from({ length: 14 }, (_, i) => input(i));
    const model = tornadoModel(report, { target: 'npv', investment: 'Cloud', pointOutput: 10, inputs });
    expect(model.bars).toHaveLength(TORNADO_MAX_INPUTS);
    expect(model.bars[0]!.path).toBe('fixedCosts.line-0');
    expect(model.moreInputs).toBe(4);
  });
});

describe('what must be true', () => {
  it('says how far benefits can fall and costs rise before NPV turns negative', () => {
    expect(investmentBreakEven(THREE_PERIODS_SECTIONS.breakEven.investments[0]!)).toEqual([
      { id: 'benefits', text: 'Benefits can fall 37% before NPV turns negative.', tone: 'good' },
      { id: 'costs', text: 'Costs can rise 52% before NPV turns negative.', tone: 'good' },
    ]);
  });

  it('says how far they must move when NPV is already negative', () => {
    expect(benefitsBreakEven(0.2)).toEqual({
      id: 'benefits',
      text: 'Benefits must rise 20% for NPV to reach zero.',
      tone: 'bad',
    });
    expect(costsBreakEven(-0.2).text).toBe('Costs must fall 20% for NPV to reach zero.');
    expect(costsBreakEven(-0.2).tone).toBe('bad');
  });

  it('says so when no change of that kind reaches zero, or NPV is exactly zero', () => {
    expect(benefitsBreakEven(null).text).toBe('No change in benefits alone brings NPV to zero.');
    expect(costsBreakEven(null).text).toBe('No change in costs alone brings NPV to zero.');
    expect(benefitsBreakEven(null).tone).toBe('neutral');
    expect(benefitsBreakEven(0).text).toBe('NPV is zero: any fall in benefits turns it negative.');
    // An NPV of exactly 0 solves to float noise: it is zero, not "less than 0.1%".
    expect(benefitsBreakEven(1e-15).text).toBe('NPV is zero: any fall in benefits turns it negative.');
    expect(costsBreakEven(-3e-14).text).toBe('NPV is zero: any rise in costs turns it negative.');
    expect(costsBreakEven(0).text).toBe('NPV is zero: any rise in costs turns it negative.');
  });

  it('says how far revenue can fall in the last period before an operating loss', () => {
    expect(revenueBreakEven(report, THREE_PERIODS_SECTIONS.breakEven)).toEqual({
      id: 'revenue',
      text: 'Revenue can fall 50% in 2014 before operating profit turns negative.',
      tone: 'good',
    });
    const loss = {
      ...THREE_PERIODS_SECTIONS.breakEven,
      base: { revenueChangeForZeroOperatingProfit: [0, 0, 0.08] },
    };
    expect(revenueBreakEven(report, loss)?.text).toBe(
      'Revenue must rise 8% in 2014 for operating profit to reach zero.',
    );
    const none = { ...THREE_PERIODS_SECTIONS.breakEven, base: { revenueChangeForZeroOperatingProfit: [] } };
    expect(revenueBreakEven(report, none)?.text).toBe(
      'In 2014, no change in revenue alone brings operating profit to zero.',
    );
  });
});

describe('the uncertainty section', () => {
  it('has the fan chart, the histograms, the tornadoes and break-even when the file has ranges', () => {
    const model = uncertaintyModel(report, THREE_PERIODS_SECTIONS);
    expect(model.simulated).toBe(true);
    expect(model.summary).toMatch(/^From 10,000 trials \(seed 1\)/);
    expect(model.fan?.p50).toEqual([10.1, 11.4, 17.6]);
    expect(model.operatingLoss).toBe('Chance of an operating loss: 2012 0%, 2013 3%, 2014 12%');
    expect(model.operatingProfitTornado?.title).toBe('operating profit in 2014');
    expect(model.investments).toHaveLength(1);
    const [cloud] = model.investments;
    expect(cloud!.name).toBe('Cloud');
    expect(cloud!.histogram?.bins).toHaveLength(6);
    expect(cloud!.lossChance).toBe('A 12% chance this investment loses money at 8%.');
    expect(cloud!.tornado?.title).toBe('NPV of Cloud');
    expect(cloud!.breakEven.map((l) => l.id)).toEqual(['benefits', 'costs']);
  });

  it('has tornadoes and break-even, but no fan chart or histogram, without ranges', () => {
    const model = uncertaintyModel(report, THREE_PERIODS_SECTIONS_NO_RANGES);
    expect(model.simulated).toBe(false);
    expect(model.summary).toMatch(/no ranges/);
    expect(model.fan).toBeNull();
    expect(model.operatingLoss).toBeNull();
    expect(model.operatingProfitTornado).not.toBeNull();
    expect(model.investments[0]!.histogram).toBeNull();
    expect(model.investments[0]!.lossChance).toBeNull();
    expect(model.investments[0]!.tornado).not.toBeNull();
    expect(model.investments[0]!.breakEven).toHaveLength(2);
  });

  it('matches sections to investments by name when their order differs', () => {
    const two = reportOf(
      THREE_PERIODS.replace(
        'investments:\n',
        'investments:\n  - name: CRM\n    costs: [5, 1, 1]\n    benefits: [0, 3, 4]\n',
      ),
    );
    expect(two.investments.map((i) => i.name)).toEqual(['CRM', 'Cloud']);
    const sections: UncertaintySections = THREE_PERIODS_SECTIONS;
    const model = uncertaintyModel(two, sections);
    expect(model.investments[0]!.histogram).toBeNull();
    expect(model.investments[0]!.tornado).toBeNull();
    expect(model.investments[0]!.breakEven).toEqual([]);
    expect(model.investments[1]!.histogram?.name).toBe('Cloud');
    expect(model.investments[1]!.tornado?.title).toBe('NPV of Cloud');
    expect(model.investments[1]!.breakEven).toHaveLength(2);
  });
});

/** The figures of one row by column, for readable expectations. */
function byColumn(columns: readonly string[], cells: readonly string[]): Record<string, string> {
  return Object.fromEntries(columns.slice(1).map((column, i) => [column, cells[i]!]));
}

describe('the simulated figures of the uncertainty section', () => {
  const cloud = simulation.investments[0]!;
  const noTrial = { p5: null, p10: null, p50: null, p90: null, p95: null, mean: null };
  /** The cells of the investment's row by column. */
  const investmentCells = (investment: UncertainInvestment) => {
    const [row] = simulatedFigures(report, { ...simulation, investments: [investment] })!.investments!.rows;
    return byColumn(INVESTMENT_COLUMNS, row!.cells);
  };

  it('is absent when the file has no ranges', () => {
    expect(simulatedFigures(report, null)).toBeNull();
    expect(uncertaintyModel(report, THREE_PERIODS_SECTIONS_NO_RANGES).figures).toBeNull();
    expect(uncertaintyModel(report, THREE_PERIODS_SECTIONS).figures).not.toBeNull();
  });

  it("gives each investment its NPV in the case's money, IRR in percent, payback in periods and the shares", () => {
    const { investments } = simulatedFigures(report, simulation)!;
    expect(investments?.columns).toEqual([...INVESTMENT_COLUMNS]);
    expect(investments?.caption).toMatch(/^Each investment over 10,000 trials/);
    expect(investments?.rows).toHaveLength(1);
    const [row] = investments!.rows;
    expect(row!.header).toBe('Cloud');
    expect(row!.links).toEqual(['investments.0', 'investments']);
    expect(byColumn(INVESTMENT_COLUMNS, row!.cells)).toEqual({
      'NPV, P5 to P95': 'USD −1.2B to USD 8.6B',
      'NPV, median': 'USD 4.1B',
      'NPV, mean': 'USD 4.1B',
      'Chance NPV < 0': '12%',
      'IRR, P5 to P95': '2% to 58%',
      'IRR, median': '34%',
      'No IRR': '1%',
      'Payback, median': '1.40 periods',
      'Payback, P90': '1.80 periods',
      'Never pays back': '5%',
    });
  });

  it("writes the table's money in one unit, as itcase report does, and IRR to a tenth of a percent", () => {
    const small: UncertainInvestment = {
      ...cloud,
      npv: { p5: -0.0498713, p10: -0.03, p50: 0.0375362, p90: 0.097, p95: 0.1114877, mean: 0.0349224 },
      probabilityNegativeNpv: 0.0004,
      irr: { ...cloud.irr, p5: -0.153309, p50: 0.237245, p95: 0.5794092, undefinedShare: 0 },
    };
    expect(investmentCells(small)).toMatchObject({
      // Not USD −0.05B to USD 0.111B: the largest figure under 1 billion puts the table in millions.
      'NPV, P5 to P95': 'USD −49.87M to USD 111.49M',
      'NPV, median': 'USD 37.54M',
      'NPV, mean': 'USD 34.92M',
      'Chance NPV < 0': '<1%',
      'IRR, P5 to P95': '−15.3% to 57.9%',
      'IRR, median': '23.7%',
      'No IRR': '0%',
    });
  });

  it('shows a dash for a percentile no trial defined and for a share the report lacks, "never" for a payback never reached', () => {
    const undefinedFigures: UncertainInvestment = {
      ...cloud,
      // A report without the share (one of an older engine) reads as unknown, not as 0%.
      irr: { ...noTrial, undefinedShare: undefined as unknown as number },
      paybackPeriods: { ...noTrial, neverShare: 1 },
    };
    expect(investmentCells(undefinedFigures)).toMatchObject({
      'IRR, P5 to P95': '—',
      'IRR, median': '—',
      'No IRR': '—',
      'Payback, median': 'never',
      'Payback, P90': 'never',
      'Never pays back': '100%',
    });
  });

  it('has only the base case, in its last period, when the case has no scenarios', () => {
    const outcomes = simulatedFigures(report, simulation)!.outcomes!;
    expect(outcomes.columns).toEqual([...OUTCOME_COLUMNS]);
    expect(outcomes.caption).toMatch(/^Operating profit in 2014 over 10,000 trials/);
    expect(outcomes.rows).toEqual([
      { header: 'Base case', cells: ['USD −4B to USD 27B', 'USD 17.6B', '12%'] },
    ]);
  });

  it('adds one row per scenario, linked to its entry in the file', () => {
    const withScenario = reportOf(
      `${THREE_PERIODS}scenarios:\n  - name: Sales fall 10%\n    revenueChange: -10%\n`,
    );
    expect(withScenario.scenarios.map((s) => s.name)).toEqual(['Sales fall 10%']);
    const fall: UncertaintyReport['scenarios'][number] = {
      name: 'Sales fall 10%',
      operatingProfit: simulation.base.operatingProfit.map((s) => ({ ...s, p5: s.p5! - 6 })),
      operatingMargin: simulation.base.operatingMargin,
      probabilityOperatingLoss: [0.0001, 0.2, 0.996],
    };
    const outcomes = simulatedFigures(withScenario, { ...simulation, scenarios: [fall] })!.outcomes!;
    expect(outcomes.rows.map((r) => [r.header, ...r.cells, r.links])).toEqual([
      ['Base case', 'USD −4B to USD 27B', 'USD 17.6B', '12%', undefined],
      ['Sales fall 10%', 'USD −10B to USD 27B', 'USD 17.6B', '>99%', ['scenarios.0', 'scenarios']],
    ]);
  });

  it('has no investments table without investments, and matches investments to the report by name', () => {
    const none = simulatedFigures(report, { ...simulation, investments: [] })!;
    expect(none.investments).toBeNull();
    const two = reportOf(
      THREE_PERIODS.replace(
        'investments:\n',
        'investments:\n  - name: CRM\n    costs: [5, 1, 1]\n    benefits: [0, 3, 4]\n',
      ),
    );
    const rows = simulatedFigures(two, simulation)!.investments!.rows;
    expect(rows.map((r) => [r.header, r.links])).toEqual([['Cloud', ['investments.1', 'investments']]]);
  });
});
