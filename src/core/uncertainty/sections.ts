/**
 * Format 1.1's report sections for an analysed case: the seeded Monte Carlo over its ranges
 * (`uncertainty`), one-at-a-time sensitivity (`sensitivity`) and break-even (`breakEven`).
 *
 * Reproducible: input k of the file (in the order the resolver meets the ranges) draws from its own
 * random stream, stream k of the seed, so the same file, seed and trials give the same numbers
 * bit for bit in the editor, the CLI and CI. A range added after the others leaves their draws as
 * they were; one added before them shifts those after it by one stream.
 */
import type { Analysis } from '../analyze';
import { place } from '../analyze';
import { irr, paybackPeriods, signChanges } from '../finance';
import type { ResolvedCase } from '../model';
import { pathLabel, type Path } from '../path';
import { inputLabel } from '../present/inputLabel';
import type {
  BreakEvenReport,
  CaseReport,
  Histogram,
  PercentileSummary,
  SensitivityInput,
  SensitivityInputKind,
  SensitivityTarget,
  UncertainPeriods,
  UncertaintyReport,
  UncertaintySections,
} from '../report';
import type { YamlSource } from '../yaml/read';
import {
  benefitsChangeForZeroNpv,
  costsChangeForZeroNpv,
  revenueChangeForZeroOperatingProfit,
  splitCashflows,
} from './breakEven';
import type { Cell, LineInput, RateKey, UncertainModel } from './inputs';
import { expand, modelLanes, type Lane, type LaneSource, type PeriodLanes } from './lanes';
import { shareBelow, summarizeOutcomes } from './percentiles';
import { createRandomStreams } from './random';
import { rangeEnds, sampleRange } from './ranges';

export interface SimulationOptions {
  /** Overrides the file's `simulation.trials` (100 to 100,000). */
  trials?: number;
  /** Overrides the file's `simulation.seed` (a non-negative integer). */
  seed?: number;
}

/** How many bins the NPV histogram has. */
const HISTOGRAM_BINS = 30;

/** The sections for a case without errors; null when the analysis has no report. */
export function uncertaintySections(
  analysis: Analysis,
  options: SimulationOptions = {},
): UncertaintySections | null {
  const { report, model, uncertain, source } = analysis;
  if (!report || !model || !uncertain || !source) return null;
  return {
    uncertainty:
      uncertain.inputs.length === 0
        ? null
        : simulate(
            model,
            uncertain,
            options.trials ?? model.simulation.trials,
            options.seed ?? model.simulation.seed,
          ),
    sensitivity: sensitivity(model, uncertain, report, source),
    breakEven: breakEven(model, report),
  };
}

/**
 * Lanes from cells: each input's lane is given (its draws, or its point value); cells are
 * evaluated once per series period, vectorised.
 */
function cellSource(
  trials: number,
  uncertain: UncertainModel,
  inputLane: (input: number) => Lane,
  override?: (values: readonly number[] | null, key: RateKey | null, point: Lane) => Lane,
): LaneSource {
  const cache = new Map<Cell, Lane>();
  const laneOf = (cell: Cell): Lane => {
    if (typeof cell === 'number') return cell;
    let lane = cache.get(cell);
    if (lane === undefined) {
      if ('input' in cell) lane = inputLane(cell.input);
      else {
        const start = laneOf(cell.start);
        const growth = laneOf(cell.growth);
        if (typeof start === 'number' && typeof growth === 'number')
          lane = start * Math.pow(1 + growth, cell.period);
        else {
          const s = expand(start, trials);
          const g = expand(growth, trials);
          const out = new Float64Array(trials);
          for (let t = 0; t < trials; t++) out[t] = s[t]! * Math.pow(1 + g[t]!, cell.period);
          lane = out;
        }
      }
      cache.set(cell, lane);
    }
    return lane;
  };
  return {
    trials,
    series(values, period) {
      const cells = uncertain.cells.get(values);
      const lane = cells ? laneOf(cells[period]!) : values[period]!;
      return override ? override(values, null, lane) : lane;
    },
    rate(key, point) {
      const cell = uncertain.rates.get(key);
      const lane = cell === undefined ? point : laneOf(cell);
      return override ? override(null, key, lane) : lane;
    },
  };
}

function periodSummaries(lanes: PeriodLanes, trials: number): UncertainPeriods {
  return {
    operatingProfit: lanes.operatingProfit.map((lane) => percentiles(expand(lane, trials))),
    operatingMargin: lanes.operatingMargin.map((lane) => percentiles(expand(lane, trials))),
    probabilityOperatingLoss: lanes.operatingProfit.map((lane) => shareBelow(expand(lane, trials), 0)),
  };
}

function percentiles(values: Float64Array): PercentileSummary {
  const { p5, p10, p50, p90, p95, mean } = summarizeOutcomes(values);
  return { p5, p10, p50, p90, p95, mean };
}

function simulate(
  model: ResolvedCase,
  uncertain: UncertainModel,
  trials: number,
  seed: number,
): UncertaintyReport {
  const streams = createRandomStreams(seed, uncertain.inputs.length);
  const draws = uncertain.inputs.map((input, k) =>
    sampleRange(input.range, streams[k]!, new Float64Array(trials)),
  );
  const lanes = modelLanes(
    model,
    cellSource(trials, uncertain, (k) => draws[k]!),
    uncertain.rateKeys,
  );
  return {
    trials,
    seed,
    base: periodSummaries(lanes.base, trials),
    scenarios: lanes.scenarios.map((scenario, i) => ({
      name: model.scenarios[i]!.name,
      ...periodSummaries(scenario, trials),
    })),
    investments: lanes.investments.map((investment, i) => {
      const flows = investment.cashflows.map((lane) => expand(lane, trials));
      const guess = irr(model.investments[i]!.cashflows).irr ?? 0.1;
      const irrs = new Float64Array(trials);
      const paybacks = new Float64Array(trials);
      const scratch = new Array<number>(flows.length).fill(0);
      for (let t = 0; t < trials; t++) {
        for (let p = 0; p < flows.length; p++) scratch[p] = flows[p]![t]!;
        irrs[t] = trialIrr(scratch, guess);
        paybacks[t] = paybackPeriods(scratch) ?? Number.NaN;
      }
      const irrSummary = summarizeOutcomes(irrs);
      const payback = summarizeOutcomes(paybacks);
      return {
        name: model.investments[i]!.name,
        npv: percentiles(investment.npv),
        probabilityNegativeNpv: shareBelow(investment.npv, 0),
        npvHistogram: histogram(investment.npv),
        irr: { ...percentiles(irrs), undefinedShare: irrSummary.undefinedShare },
        paybackPeriods: { ...percentiles(paybacks), neverShare: payback.undefinedShare },
      };
    }),
  };
}

/**
 * The IRR of one trial, per period as a fraction: Newton's method started from the deterministic
 * IRR (a trial's flows are near the point flows, so its root is near), with the full root search
 * of `finance.irr` (and its choice among several roots) when Newton does not settle. NaN when the
 * flows never change sign or no root is found.
 */
function trialIrr(flows: readonly number[], guess: number): number {
  let positive = false;
  let negative = false;
  for (const f of flows) {
    if (f > 0) positive = true;
    else if (f < 0) negative = true;
  }
  if (!positive || !negative) return Number.NaN;
  let r = guess;
  for (let k = 0; k < 40; k++) {
    const v = 1 / (1 + r);
    let f = 0;
    let df = 0;
    let power = 1;
    for (let p = 0; p < flows.length; p++) {
      f += flows[p]! * power;
      df -= p * flows[p]! * power * v;
      power *= v;
    }
    if (df === 0 || !Number.isFinite(df)) break;
    const next = r - f / df;
    if (!(next > -1) || !Number.isFinite(next)) break;
    if (Math.abs(next - r) < 1e-12 * (1 + Math.abs(r))) {
      // Newton settled on a root; the choice rule (smallest non-negative) needs the full search
      // only when the flows can have several roots, i.e. change sign more than once.
      return signChanges(flows) > 1 ? (irr(flows).irr ?? Number.NaN) : next;
    }
    r = next;
  }
  return irr(flows).irr ?? Number.NaN;
}

function histogram(values: Float64Array): Histogram {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min > max) return { start: 0, width: 0, counts: [] };
  if (min === max) return { start: min, width: 0, counts: [values.length] };
  const width = (max - min) / HISTOGRAM_BINS;
  const counts = new Array<number>(HISTOGRAM_BINS).fill(0);
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    counts[Math.min(HISTOGRAM_BINS - 1, Math.floor((v - min) / width))]!++;
  }
  return { start: min, width, counts };
}

/** What the targets of the tornado are worth in one lane run (two trials: low and high). */
function targetValues(model: ResolvedCase, source: LaneSource, rateKeys: readonly RateKey[]): Lane[] {
  const lanes = modelLanes(model, source, rateKeys);
  const last = lanes.base.operatingProfit[lanes.base.operatingProfit.length - 1] ?? 0;
  return [...lanes.investments.map((investment) => investment.npv), last];
}

/**
 * One input at a time from its low to its high end, all others at their point values (format 1.1,
 * "Sensitivity"). With ranges in the file, the inputs are the ranges (normal and lognormal at their
 * 5th and 95th percentiles); without, every input line moves by −10% and +10% as a whole.
 */
function sensitivity(
  model: ResolvedCase,
  uncertain: UncertainModel,
  report: CaseReport,
  source: YamlSource,
): SensitivityTarget[] {
  const points = uncertain.inputs.map((input) => input.point);
  const rows: {
    at: Path;
    path: string;
    place: { line: number; column: number };
    kind: SensitivityInputKind;
    low: number;
    high: number;
    values: Lane[];
  }[] = [];
  const locate = (path: LineInput['path']) => {
    const d = place(source, { path, severity: 'info', code: 'invalid-value', message: '' });
    return { line: d.line, column: d.column };
  };
  if (uncertain.inputs.length > 0) {
    uncertain.inputs.forEach((input, k) => {
      const { low, high } = rangeEnds(input.range);
      const ends = Float64Array.of(low, high);
      const lanes = cellSource(2, uncertain, (j) => (j === k ? ends : points[j]!));
      rows.push({
        at: input.path,
        path: pathLabel(input.path),
        place: locate(input.path),
        kind: input.kind,
        low,
        high,
        values: targetValues(model, lanes, uncertain.rateKeys),
      });
    });
  } else {
    const factors = Float64Array.of(0.9, 1.1);
    for (const line of uncertain.lines) {
      const lanes = cellSource(
        2,
        uncertain,
        (j) => points[j]!,
        (values, key, point) => {
          const hit =
            (line.series !== undefined && values === line.series) ||
            (line.rate !== undefined && key === line.rate);
          return hit ? mulLane(point, factors) : point;
        },
      );
      rows.push({
        at: line.path,
        path: pathLabel(line.path),
        place: locate(line.path),
        kind: 'change',
        low: -0.1,
        high: 0.1,
        values: targetValues(model, lanes, uncertain.rateKeys),
      });
    }
  }
  /** The inputs of target `index` (each investment's NPV, then operating profit), largest swing first. */
  const target = (index: number, within?: number): SensitivityInput[] =>
    rows
      .map((row) => {
        const lane = expand(row.values[index]!, 2);
        const outputAtLow = Number.isFinite(lane[0]!) ? lane[0]! : null;
        const outputAtHigh = Number.isFinite(lane[1]!) ? lane[1]! : null;
        const swing =
          outputAtLow === null || outputAtHigh === null ? 0 : Math.abs(outputAtHigh - outputAtLow);
        return {
          path: row.path,
          label: inputLabel(row.at, model, within),
          line: row.place.line,
          column: row.place.column,
          kind: row.kind,
          low: row.low,
          high: row.high,
          outputAtLow,
          outputAtHigh,
          swing,
        };
      })
      .filter((input) => input.swing > 0)
      .sort((a, b) => b.swing - a.swing);
  const last = report.periods.length - 1;
  return [
    ...report.investments.map((investment, i) => ({
      target: 'npv' as const,
      investment: investment.name,
      pointOutput: investment.npv,
      inputs: target(i, i),
    })),
    {
      target: 'operatingProfit' as const,
      scenario: null,
      period: report.periods[last] ?? '',
      pointOutput: report.base.operatingProfit[last] ?? null,
      inputs: target(report.investments.length),
    },
  ];
}

function mulLane(a: Lane, b: Float64Array): Float64Array {
  const out = new Float64Array(b.length);
  for (let t = 0; t < b.length; t++) out[t] = (typeof a === 'number' ? a : a[t]!) * b[t]!;
  return out;
}

/** "What must be true", solved directly (format 1.1, "Break-even"). */
function breakEven(model: ResolvedCase, report: CaseReport): BreakEvenReport {
  return {
    investments: model.investments.map((investment) => {
      const { costs, benefits } = investment;
      const parts =
        costs && benefits
          ? { positive: benefits, negative: costs.map((c) => -c) }
          : splitCashflows(investment.cashflows);
      return {
        name: investment.name,
        benefitsChangeForZeroNpv: benefitsChangeForZeroNpv(
          parts.positive,
          parts.negative,
          investment.discountRate,
        ),
        costsChangeForZeroNpv: costsChangeForZeroNpv(parts.positive, parts.negative, investment.discountRate),
      };
    }),
    base: {
      revenueChangeForZeroOperatingProfit: report.base.revenue.map((revenue, p) =>
        revenueChangeForZeroOperatingProfit(
          revenue,
          model.grossMargin[p] ?? 0,
          report.base.fixedCosts[p] ?? 0,
          report.base.itSpend[p] ?? 0,
        ),
      ),
    },
  };
}
