/**
 * Format 1.1's report sections as text for a terminal: how sure (the Monte Carlo's percentiles),
 * what drives it (a tornado per outcome, each input with `file:line:col` so a terminal can jump to
 * it) and what must be true (break-even). Pure: sections in, text out. Figures come from
 * `src/core/format.ts`; everything from the file (names, periods, paths) is printed through
 * `terminalSafe`.
 */
import { formatNumber, formatPercent } from '../core/format';
import type {
  PercentileSummary,
  SensitivityInput,
  SensitivityTarget,
  UncertainPeriods,
  UncertaintyReport,
  UncertaintySections,
} from '../core/report';
import { table, withDecimals, type Align, type Cell, type Figure } from './table';
import { investmentBreakEven } from '../core/present/breakEven';
import {
  NO_RANGE_REACHES_IT,
  OPERATING_PROFIT_SAME_IN_EVERY_TRIAL,
  POINT_AND_TRIALS,
} from '../core/present/sentences';
import { operatingProfitDiffersInAnyCase } from '../core/present/trialSpread';
import { TORNADO_MAX_INPUTS, tornadoFigures } from '../core/present/tornado';
import { tableMoney } from './tableMoney';
import { terminalSafe } from './terminalText';

export interface SectionsContext {
  /** The case file as the command line named it, for the inputs' `file:line:col`. */
  file: string;
  unit: string;
  currency: string;
  periods: readonly string[];
}

/** Decimals of IRR, changes and chances. (Money: tableMoney.ts; an input's ends: `INPUT_END_DIGITS`.) */
const PERCENT_DIGITS = 1;

const PERCENTILE_HEADS = ['P5', 'P10', 'P50', 'P90', 'P95', 'Mean'];

function percentileValues(s: PercentileSummary): (number | null)[] {
  return [s.p5, s.p10, s.p50, s.p90, s.p95, s.mean];
}

function percentileCells(s: PercentileSummary, cell: (v: number | null) => Figure): Figure[] {
  return percentileValues(s).map(cell);
}

/**
 * A figure of an outcome, with all its decimals ("USD 2.90B", "0.0%"), so that a row of
 * percentiles reads alike.
 */
function fixed(text: string, digits: number): Figure {
  return { text: withDecimals(text, digits), digits };
}

/** A percent with all its decimals: 0.1 → "10.0%". */
function percent(value: number | null): Figure {
  return fixed(formatPercent(value, PERCENT_DIGITS), PERCENT_DIGITS);
}

/** A change with its sign and all its decimals: "+5.0%", "−20.0%"; no sign where it reads as zero. */
function signedPercent(value: number | null): Figure {
  const { text, digits } = percent(value);
  return { text: value !== null && value > 0 && /[1-9]/.test(text) ? `+${text}` : text, digits };
}

/**
 * A share of the trials, never rounded to a certainty it is not: 0.0003 → "<0.1%", 0.9998 →
 * ">99.9%"; only exactly 0 and 1 read "0.0%" and "100.0%".
 */
function chance(value: number | null): Figure {
  const step = 10 ** -(PERCENT_DIGITS + 2);
  if (value !== null && value > 0 && value < step / 2) return withSign('<', percent(step));
  if (value !== null && value < 1 && value >= 1 - step / 2) return withSign('>', percent(1 - step));
  return percent(value);
}

function withSign(sign: string, figure: Figure): Figure {
  return { ...figure, text: `${sign}${figure.text}` };
}

export function uncertaintyText(sections: UncertaintySections, context: SectionsContext): string {
  const out: string[] = [];
  /** Lines of text, each made terminal-safe; tables are pushed to `out` as they are (already safe). */
  const line = (...texts: string[]) => out.push(...texts.map(terminalSafe));
  /** Money for the figures of one table, in one unit so that they compare. */
  const moneyOf = (values: readonly (number | null)[]) => tableMoney(values, context.unit, context.currency);
  const periodLabel = (i: number) => context.periods[i] ?? `period ${i + 1}`;

  if (sections.uncertainty) uncertaintyLines(sections.uncertainty);
  if (sections.sensitivity.length > 0) sensitivityLines(sections.sensitivity, sections.uncertainty === null);
  breakEvenLines();
  return out.length > 0 ? `\n${out.join('\n')}\n` : '';

  function uncertaintyLines(u: UncertaintyReport) {
    line('Uncertainty', `Monte Carlo, ${formatNumber(u.trials, 0)} trials, seed ${u.seed}`, POINT_AND_TRIALS);
    const periodsTable = (title: string, p: UncertainPeriods) => {
      line('', title);
      const money = moneyOf(p.operatingProfit.flatMap(percentileValues));
      out.push(
        table(
          [
            ['Period', ...PERCENTILE_HEADS, 'Chance of a loss'],
            ...p.operatingProfit.map((s, i): Cell[] => [
              periodLabel(i),
              ...percentileCells(s, money),
              chance(p.probabilityOperatingLoss[i] ?? null),
            ]),
          ],
          columns(8),
        ),
      );
    };
    if (operatingProfitDiffersInAnyCase(u)) {
      periodsTable('Operating profit, base case', u.base);
      for (const scenario of u.scenarios)
        periodsTable(`Operating profit, scenario: ${scenario.name}`, scenario);
    } else line('', OPERATING_PROFIT_SAME_IN_EVERY_TRIAL);
    if (u.investments.length === 0) return;
    line('', 'NPV by investment');
    const npvMoney = moneyOf(u.investments.flatMap((inv) => percentileValues(inv.npv)));
    out.push(
      table(
        [
          ['Investment', ...PERCENTILE_HEADS, 'Chance NPV < 0'],
          ...u.investments.map((inv): Cell[] => [
            inv.name,
            ...percentileCells(inv.npv, npvMoney),
            chance(inv.probabilityNegativeNpv),
          ]),
        ],
        columns(8),
      ),
    );
    line('', 'IRR by investment (undefined: trials whose cash flows give no IRR)');
    out.push(
      table(
        [
          ['Investment', ...PERCENTILE_HEADS, 'Undefined'],
          ...u.investments.map((inv): Cell[] => [
            inv.name,
            ...percentileCells(inv.irr, percent),
            chance(inv.irr.undefinedShare),
          ]),
        ],
        columns(8),
      ),
    );
    line('', 'Payback by investment (P50 over the trials that pay back)');
    out.push(
      table(
        [
          ['Investment', 'P50 (periods)', 'Never paid back'],
          ...u.investments.map((inv): Cell[] => [
            inv.name,
            fixed(formatNumber(inv.paybackPeriods.p50, 2), 2),
            chance(inv.paybackPeriods.neverShare),
          ]),
        ],
        columns(3),
      ),
    );
  }

  function sensitivityLines(targets: readonly SensitivityTarget[], noRanges: boolean) {
    line(
      '',
      'Sensitivity (tornado)',
      'One input at a time from its low to its high end, the others at their point values; largest swing first.',
    );
    if (noRanges)
      line(
        `No ranges in the file: each input line moves from ${formatPercent(-0.1)} to +${formatPercent(0.1)} of its value.`,
      );
    for (const target of targets) {
      const isNpv = target.target === 'npv';
      const title = isNpv
        ? `NPV of ${target.investment}`
        : `Operating profit in ${target.period} (base case)`;
      const shown = target.inputs.slice(0, TORNADO_MAX_INPUTS);
      // The tornado's outcomes in one unit, its money ends in one unit (USD 100M to USD 320M, not USD 0.10B).
      const figures = tornadoFigures(shown, target.pointOutput, context.unit, context.currency);
      const money = (value: number | null): Figure => {
        const { text, digits } = figures.outcome(value);
        return fixed(text, digits);
      };
      const end = figures.end;
      const point = target.pointOutput === null ? '' : `, point estimate ${money(target.pointOutput).text}`;
      line('', `${title}${point}`);
      if (shown.length === 0) {
        // With ranges in the file, only ranged inputs move; none of them reaches this outcome.
        line(noRanges ? 'No input moves it.' : NO_RANGE_REACHES_IT);
        continue;
      }
      const outcome = isNpv ? 'NPV' : 'Profit';
      out.push(
        table(
          [
            ['Input', 'Low', 'High', `${outcome} at low`, `${outcome} at high`, 'Swing', 'Where'],
            ...shown.map((input: SensitivityInput): Cell[] => [
              input.label,
              end(input, input.low),
              end(input, input.high),
              money(input.outputAtLow),
              money(input.outputAtHigh),
              money(input.swing),
              `${context.file}:${input.line}:${input.column}`,
            ]),
          ],
          [...columns(6), 'left'],
        ),
      );
      const more = target.inputs.length - shown.length;
      if (more > 0) line(`${more} more ${more === 1 ? 'input' : 'inputs'} with smaller swings not shown.`);
    }
  }

  function breakEvenLines() {
    const { investments, base } = sections.breakEven;
    const revenue = base.revenueChangeForZeroOperatingProfit;
    if (investments.length === 0 && revenue.length === 0) return;
    line('', 'Break-even (what must be true)');
    for (const inv of investments) {
      line('', `Investment: ${inv.name}`, ...investmentBreakEven(inv).map((l) => `  ${l.text}`));
    }
    if (revenue.length === 0) return;
    line('', 'Revenue change for zero operating profit, base case (gross margin and costs held)');
    out.push(
      table(
        [
          ['Period', 'Revenue change'],
          ...revenue.map((change, i): Cell[] => [periodLabel(i), signedPercent(finite(change))]),
        ],
        columns(2),
      ),
    );
    if (revenue.some((change) => finite(change) === null))
      line('—: no change in revenue alone brings operating profit to zero.');
  }
}

/** A text column, then decimal-aligned figures. */
function columns(count: number): Align[] {
  return ['left', ...Array<Align>(count - 1).fill('decimal')];
}

function finite(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : value;
}
