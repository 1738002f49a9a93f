/**
 * The preview's charts as static SVG, drawn when the report is exported: no script, nothing to
 * load, sharp in print. Colours come from CSS classes (`s1`…`s5`, `grid`, `axis`, …) that the HTML
 * report's stylesheet defines for its light and dark themes; no inline style attributes, so the
 * page's Content-Security-Policy needs no 'unsafe-inline'. Every label from the file goes through
 * `esc`.
 */
import {
  formatInUnit,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPeriods,
  moneyAxisTitle,
} from '../format';
import { cashflowFigures } from '../present/cashflows';
import { roundFigure } from '../present/roundFigures';
import { moneyAxis, tableMoneyText } from '../present/tableMoney';
import type { BenchmarkBar } from '../present/benchmarkComparison';
import { TORNADO_MAX_INPUTS, tornadoFigures } from '../present/tornado';
import type {
  BenchmarkReport,
  CaseReport,
  InvestmentReport,
  SensitivityTarget,
  UncertainInvestment,
  UncertainPeriods,
} from '../report';
import { esc } from './markup';

const W = 720;
const H = 320;
const M = { left: 78, right: 72, top: 24, bottom: 68 };

const r2 = (v: number) => Math.round(v * 100) / 100;

interface Scale {
  (v: number): number;
  ticks: number[];
  step: number;
}

/** A linear scale from [min, max] (widened to nice ticks, 0 included when asked) onto [from, to]. */
function scale(values: number[], from: number, to: number, includeZero = true, count = 5): Scale {
  const finite = values.filter((v) => Number.isFinite(v));
  let min = Math.min(...finite, ...(includeZero ? [0] : []));
  let max = Math.max(...finite, ...(includeZero ? [0] : []));
  if (!Number.isFinite(min) || !Number.isFinite(max)) [min, max] = [0, 1];
  if (min === max) [min, max] = min === 0 ? [0, 1] : [min - Math.abs(min) * 0.1, max + Math.abs(max) * 0.1];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const lo = Math.floor(min / step + 1e-9) * step;
  const hi = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let k = 0; lo + k * step <= hi + step / 2; k++) {
    const v = roundFigure(lo + k * step);
    ticks.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  }
  const f = ((v: number) => r2(from + ((v - lo) / (hi - lo || 1)) * (to - from))) as Scale;
  f.ticks = ticks;
  f.step = step;
  return f;
}

/** Decimals that tell ticks `step` apart. */
function tickDigits(step: number): number {
  for (let d = 0; d < 8; d++) if (Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) < 1e-6) return d;
  return 8;
}

function frame(label: string, body: string, legend: [string, string][] = []): string {
  let x = M.left;
  const items = legend
    .map(([cls, text]) => {
      const item = `<g transform="translate(${x},${H - 8})"><rect class="${cls}" width="12" height="12" y="-10" rx="2"/><text class="legend" x="18">${esc(text)}</text></g>`;
      x += 40 + text.length * 7;
      return item;
    })
    .join('');
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(label)}" xmlns="http://www.w3.org/2000/svg"><title>${esc(label)}</title>${body}${items}</svg>`;
}

function yAxis(
  y: Scale,
  format: (v: number) => string,
  side: 'left' | 'right' = 'left',
  grid = true,
): string {
  const x = side === 'left' ? M.left : W - M.right;
  return y.ticks
    .map((t) => {
      const line = grid
        ? `<line class="grid" x1="${M.left}" x2="${W - M.right}" y1="${y(t)}" y2="${y(t)}"/>`
        : '';
      const anchor = side === 'left' ? 'end' : 'start';
      const dx = side === 'left' ? -8 : 8;
      return `${line}<text class="tick" x="${x + dx}" y="${y(t) + 4}" text-anchor="${anchor}">${esc(format(t))}</text>`;
    })
    .join('');
}

function axisTitle(text: string, side: 'left' | 'right' = 'left'): string {
  const x = side === 'left' ? 14 : W - 10;
  const y = (M.top + H - M.bottom) / 2;
  return `<text class="axis-title" transform="translate(${x},${y}) rotate(-90)" text-anchor="middle">${esc(text)}</text>`;
}

/** Band scale: the centre of category i of n. */
function band(n: number): { x: (i: number) => number; width: number } {
  const width = (W - M.left - M.right) / Math.max(1, n);
  return { x: (i) => r2(M.left + width * (i + 0.5)), width };
}

function categoryLabels(labels: string[], x: (i: number) => number): string {
  return labels
    .map(
      (l, i) =>
        `<text class="tick" x="${x(i)}" y="${H - M.bottom + 18}" text-anchor="middle">${esc(l)}</text>`,
    )
    .join('');
}

function rect(cls: string, x: number, y0: number, y1: number, width: number, title?: string): string {
  const top = Math.min(y0, y1);
  const height = Math.max(0.5, Math.abs(y1 - y0));
  const tip = title ? `<title>${esc(title)}</title>` : '';
  return `<rect class="${cls}" x="${r2(x)}" y="${r2(top)}" width="${r2(width)}" height="${r2(height)}">${tip}</rect>`;
}

function path(cls: string, points: [number, number][]): string {
  if (points.length === 0) return '';
  return `<path class="${cls}" d="${points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${r2(x)} ${r2(y)}`).join(' ')}"/>`;
}

/** Chart 1: revenue and IT spend per period as bars, IT spend as a share of revenue as a line. */
export function revenueItChart(report: CaseReport): string {
  const { revenue, itSpend, itSpendShareOfRevenue: share } = report.base;
  const b = band(report.periods.length);
  const y = scale([...revenue, ...itSpend], H - M.bottom, M.top);
  const shares = share.map((s) => s ?? 0);
  const y1 = scale(shares.length ? [Math.max(...shares) * 1.25] : [0.01], H - M.bottom, M.top);
  const d = tickDigits(y.step);
  const bar = Math.min(60, b.width * 0.32);
  const bars = report.periods
    .map(
      (p, i) =>
        rect(
          's1',
          b.x(i) - bar - 2,
          y(0),
          y(revenue[i]!),
          bar,
          `${p} revenue: ${formatMoney(revenue[i], report.unit, report.currency)}`,
        ) +
        rect(
          's2',
          b.x(i) + 2,
          y(0),
          y(itSpend[i]!),
          bar,
          `${p} IT spend: ${formatMoney(itSpend[i], report.unit, report.currency)}`,
        ),
    )
    .join('');
  const line = path(
    'line s3-line',
    share.flatMap((s, i): [number, number][] => (s === null ? [] : [[b.x(i), y1(s)]])),
  );
  const dots = share
    .map((s, i) =>
      s === null
        ? ''
        : `<circle class="s3" cx="${b.x(i)}" cy="${y1(s)}" r="4"><title>${esc(`${report.periods[i]}: IT spend ${formatPercent(s)} of revenue`)}</title></circle>`,
    )
    .join('');
  return frame(
    'Revenue and IT spend per period',
    yAxis(y, (v) => formatNumber(v, d)) +
      yAxis(y1, (v) => formatPercent(v, tickDigits(y1.step * 100)), 'right', false) +
      axisTitle(moneyAxisTitle(report.unit, report.currency)) +
      axisTitle('IT spend, % of revenue', 'right') +
      bars +
      line +
      dots +
      categoryLabels(report.periods, b.x),
    [
      ['s1', 'Revenue'],
      ['s2', 'IT spend'],
      ['s3', 'IT spend / revenue'],
    ],
  );
}

/** Chart 2: the margin bridge from revenue to operating profit, latest period. */
export function marginBridgeChart(report: CaseReport): string {
  const p = report.periods.length - 1;
  const at = (s: readonly number[]) => s[p] ?? 0;
  const revenue = at(report.base.revenue);
  const gp = at(report.base.grossProfit);
  const fc = at(report.base.fixedCosts);
  const op = at(report.base.operatingProfit);
  const steps: [string, number, number, string][] = [
    ['Revenue', 0, revenue, 's1'],
    ['Cost of sales', revenue, gp, 'neg'],
    ['Gross profit', 0, gp, 's1'],
    ['Fixed costs', gp, gp - fc, 'neg'],
    ['IT spend', gp - fc, op, 's2'],
    ['Operating profit', 0, op, op >= 0 ? 'pos' : 'neg'],
  ];
  const b = band(steps.length);
  const y = scale(
    steps.flatMap(([, a, c]) => [a, c]),
    H - M.bottom,
    M.top,
  );
  const d = tickDigits(y.step);
  const bars = steps
    .map(([label, from, to, cls], i) => {
      const amount =
        label === 'Revenue' || label === 'Gross profit' || label === 'Operating profit' ? to : to - from;
      const text = formatNumber(amount, 2);
      return (
        rect(
          cls,
          b.x(i) - b.width * 0.32,
          y(from),
          y(to),
          b.width * 0.64,
          `${label}: ${formatMoney(amount, report.unit, report.currency)}`,
        ) +
        `<text class="value" x="${b.x(i)}" y="${Math.min(y(from), y(to)) - 6}" text-anchor="middle">${esc(text)}</text>`
      );
    })
    .join('');
  return frame(
    `Margin bridge, ${report.periods[p] ?? ''}`,
    yAxis(y, (v) => formatNumber(v, d)) +
      axisTitle(moneyAxisTitle(report.unit, report.currency)) +
      bars +
      `<line class="zero" x1="${M.left}" x2="${W - M.right}" y1="${y(0)}" y2="${y(0)}"/>` +
      categoryLabels(
        steps.map(([l]) => l),
        b.x,
      ),
  );
}

/** Chart 3: operating leverage: operating-profit change for a revenue change, latest period. */
export function leverageChart(report: CaseReport): string | null {
  const leverage = report.leverageCurve;
  const curve = leverage.points.flatMap(({ revenueChange, operatingProfitChange }): [number, number][] =>
    operatingProfitChange === null ? [] : [[revenueChange, operatingProfitChange]],
  );
  if (curve.length === 0) return null;
  const points = leverage.scenarios.map((s) => ({
    name: s.name,
    x: s.revenueChange,
    y: s.operatingProfitChange,
  }));
  const first = leverage.points[0]!.revenueChange;
  const last = leverage.points[leverage.points.length - 1]!.revenueChange;
  const x = scale([first, last, ...points.map((q) => q.x)], M.left, W - M.right, true, 6);
  const y = scale([...curve.map(([, v]) => v), first, last, ...points.map((q) => q.y)], H - M.bottom, M.top);
  const grid =
    yAxis(y, (v) => formatPercent(v, tickDigits(y.step * 100))) +
    x.ticks
      .map(
        (t) =>
          `<line class="grid" x1="${x(t)}" x2="${x(t)}" y1="${M.top}" y2="${H - M.bottom}"/><text class="tick" x="${x(t)}" y="${H - M.bottom + 18}" text-anchor="middle">${esc(formatPercent(t, 0))}</text>`,
      )
      .join('');
  const marks = points
    .map(
      (q) =>
        `<circle class="s2" cx="${x(q.x)}" cy="${y(q.y)}" r="5"><title>${esc(`${q.name}: revenue ${formatPercent(q.x)}, operating profit ${formatPercent(q.y)}`)}</title></circle><text class="value" x="${x(q.x) + 8}" y="${y(q.y) - 8}">${esc(q.name)}</text>`,
    )
    .join('');
  return frame(
    `Operating leverage, ${leverage.period}: operating profit change for a revenue change`,
    grid +
      axisTitle('Operating profit change') +
      `<text class="axis-title" x="${(M.left + W - M.right) / 2}" y="${H - M.bottom + 38}" text-anchor="middle">Revenue change</text>` +
      `<line class="zero" x1="${M.left}" x2="${W - M.right}" y1="${y(0)}" y2="${y(0)}"/>` +
      path('line ref-line', [
        [x(first), y(first)],
        [x(last), y(last)],
      ]) +
      path(
        'line s1-line',
        curve.map(([a, c]) => [x(a), y(c)]),
      ) +
      marks,
    [
      ['s1', 'Operating profit'],
      ['ref', 'Without fixed costs (y = x)'],
      ['s2', 'Scenarios'],
    ],
  );
}

/** Chart 4: an investment's cash flows, cumulated, with the payback point. */
export function cashflowChart(report: CaseReport, investment: InvestmentReport): string {
  const flows = investment.cashflows;
  const { labels, cumulative, axis } = cashflowFigures(flows, report.periods, report.unit, report.currency);
  const b = band(flows.length);
  const y = scale([...flows, ...cumulative], H - M.bottom, M.top);
  const d = tickDigits(y.step * axis.factor);
  const bars = flows
    .map((f, t) =>
      rect(
        f >= 0 ? 'pos' : 'neg',
        b.x(t) - b.width * 0.28,
        y(0),
        y(f),
        b.width * 0.56,
        `${labels[t]}: ${formatMoney(f, report.unit, report.currency)}`,
      ),
    )
    .join('');
  const line = path(
    'line s1-line',
    cumulative.map((c, t) => [b.x(t), y(c)]),
  );
  const dots = cumulative.map((c, t) => `<circle class="s1" cx="${b.x(t)}" cy="${y(c)}" r="3.5"/>`).join('');
  const payback = investment.paybackPeriods;
  const xAt = (t: number) => r2(M.left + b.width * (t + 0.5));
  const mark =
    payback === null
      ? ''
      : `<line class="marker" x1="${xAt(payback)}" x2="${xAt(payback)}" y1="${M.top}" y2="${H - M.bottom}"/><text class="value" x="${xAt(payback) + 6}" y="${M.top + 12}">${esc(`Payback ${formatPeriods(payback)}`)}</text>`;
  return frame(
    `Cash flows of ${investment.name}`,
    yAxis(y, (v) => formatNumber(v * axis.factor, d)) +
      axisTitle(axis.title) +
      `<line class="zero" x1="${M.left}" x2="${W - M.right}" y1="${y(0)}" y2="${y(0)}"/>` +
      bars +
      line +
      dots +
      mark +
      categoryLabels(labels, b.x),
    [
      ['pos', 'Cash in'],
      ['neg', 'Cash out'],
      ['s1', 'Cumulative'],
    ],
  );
}

/**
 * The longest bar label shown whole: 27 characters of 12 px text fit in the 182 px left of the bars
 * ("Nordwerk GmbH (this case)…"); the whole label is its tooltip.
 */
const BAR_LABEL_LENGTH = 27;

/** Horizontal bars: one per label. */
function horizontalBars(
  label: string,
  rows: [string, number, string][],
  format: (v: number) => string,
): string {
  const left = 190;
  const height = Math.max(120, rows.length * 30 + 60);
  const x = scale(
    rows.map(([, v]) => v),
    left,
    W - M.right,
  );
  const rowHeight = (height - 50) / Math.max(1, rows.length);
  const body =
    x.ticks
      .map(
        (t) =>
          `<line class="grid" x1="${x(t)}" x2="${x(t)}" y1="10" y2="${height - 30}"/><text class="tick" x="${x(t)}" y="${height - 12}" text-anchor="middle">${esc(format(t))}</text>`,
      )
      .join('') +
    rows
      .map(([name, v, cls], i) => {
        const yTop = 14 + i * rowHeight;
        const x0 = x(0);
        const x1 = x(v);
        return (
          `<text class="tick" x="${left - 8}" y="${r2(yTop + rowHeight / 2 + 4)}" text-anchor="end">${esc(name.length > BAR_LABEL_LENGTH ? `${name.slice(0, BAR_LABEL_LENGTH - 1)}…` : name)}<title>${esc(name)}</title></text>` +
          `<rect class="${cls}" x="${Math.min(x0, x1)}" y="${r2(yTop + rowHeight * 0.15)}" width="${r2(Math.max(0.5, Math.abs(x1 - x0)))}" height="${r2(rowHeight * 0.7)}"><title>${esc(`${name}: ${format(v)}`)}</title></rect>` +
          `<text class="value" x="${r2(Math.max(x0, x1) + 6)}" y="${r2(yTop + rowHeight / 2 + 4)}">${esc(format(v))}</text>`
        );
      })
      .join('');
  return `<svg class="chart" viewBox="0 0 ${W} ${height}" role="img" aria-label="${esc(label)}" xmlns="http://www.w3.org/2000/svg"><title>${esc(label)}</title>${body}</svg>`;
}

/**
 * Chart 5: a benchmark's values as horizontal bars, this case's own (`benchmarkBars`) among them in
 * the first series colour.
 */
export function benchmarkChart(benchmark: BenchmarkReport, bars: readonly BenchmarkBar[]): string {
  const rows = bars.map(({ label, value, isCase }): [string, number, string] => [
    label,
    value,
    isCase ? 's1' : 's4',
  ]);
  return horizontalBars(benchmark.title, rows, (v) => formatInUnit(v, benchmark.unit, benchmark.currency));
}

/** Uncertainty: a fan chart of operating profit per period (p5–p95, p10–p90, median). */
export function fanChart(report: CaseReport, periods: UncertainPeriods, label: string): string {
  const s = periods.operatingProfit;
  const b = band(report.periods.length);
  const all = s.flatMap((q) => [q.p5, q.p95, q.p50].filter((v): v is number => v !== null));
  const y = scale([...all, ...report.base.operatingProfit], H - M.bottom, M.top, false);
  const d = tickDigits(y.step);
  const poly = (lo: 'p5' | 'p10', hi: 'p95' | 'p90', cls: string) => {
    const top: [number, number][] = [];
    const bottom: [number, number][] = [];
    s.forEach((q, i) => {
      if (q[lo] === null || q[hi] === null) return;
      top.push([b.x(i), y(q[hi])]);
      bottom.unshift([b.x(i), y(q[lo])]);
    });
    if (top.length === 1) {
      const [[cx, hy]] = top as [[number, number]];
      const [[, ly]] = bottom as [[number, number]];
      return rect(cls, cx - 18, ly, hy, 36);
    }
    return top.length ? `${path(cls, [...top, ...bottom])}` : '';
  };
  const median = path(
    'line s1-line',
    s.flatMap((q, i): [number, number][] => (q.p50 === null ? [] : [[b.x(i), y(q.p50)]])),
  );
  const dots = s
    .map((q, i) =>
      q.p50 === null
        ? ''
        : `<circle class="s1" cx="${b.x(i)}" cy="${y(q.p50)}" r="4"><title>${esc(`${report.periods[i]}: median ${formatMoney(q.p50, report.unit, report.currency)}, 90% between ${formatMoney(q.p5, report.unit, report.currency)} and ${formatMoney(q.p95, report.unit, report.currency)}; chance of an operating loss ${formatPercent(periods.probabilityOperatingLoss[i] ?? null, 1)}`)}</title></circle>`,
    )
    .join('');
  return frame(
    label,
    yAxis(y, (v) => formatNumber(v, d)) +
      axisTitle(moneyAxisTitle(report.unit, report.currency)) +
      poly('p5', 'p95', 'band-outer') +
      poly('p10', 'p90', 'band-inner') +
      (y.ticks[0]! <= 0 && y.ticks[y.ticks.length - 1]! >= 0
        ? `<line class="zero" x1="${M.left}" x2="${W - M.right}" y1="${y(0)}" y2="${y(0)}"/>`
        : '') +
      median +
      dots +
      categoryLabels(report.periods, b.x),
    [
      ['band-outer', '90% of trials (p5–p95)'],
      ['band-inner', '80% of trials (p10–p90)'],
      ['s1', 'Median'],
    ],
  );
}

/** Uncertainty: an investment's NPV over the trials, binned, with the zero line. */
export function npvHistogram(report: CaseReport, investment: UncertainInvestment): string | null {
  const h = investment.npvHistogram;
  if (h.counts.length === 0) return null;
  const end = h.start + h.width * h.counts.length;
  const x = scale([h.start, end || h.start + 1], M.left, W - M.right, true, 6);
  const y = scale(h.counts, H - M.bottom, M.top);
  const axis = moneyAxis([h.start, end], report.unit, report.currency);
  const money = tableMoneyText([h.start, end], report.unit, report.currency);
  const bars = h.counts
    .map((count, k) => {
      const from = h.start + k * h.width;
      const to = h.width === 0 ? from : from + h.width;
      const cls = to <= 0 ? 'neg' : 's1';
      const x0 = x(from);
      const width = h.width === 0 ? 6 : Math.max(0.5, x(to) - x0 - 1);
      return rect(
        cls,
        h.width === 0 ? x0 - 3 : x0,
        y(0),
        y(count),
        width,
        `${money(from)} to ${money(to)}: ${formatNumber(count, 0)} trials`,
      );
    })
    .join('');
  const d = tickDigits(x.step * axis.factor);
  return frame(
    `NPV of ${investment.name} over the trials: ${formatPercent(investment.probabilityNegativeNpv, 1)} below 0`,
    yAxis(y, (v) => formatNumber(v, 0)) +
      axisTitle('Trials') +
      x.ticks
        .map(
          (t) =>
            `<text class="tick" x="${x(t)}" y="${H - M.bottom + 18}" text-anchor="middle">${esc(formatNumber(t * axis.factor, d))}</text>`,
        )
        .join('') +
      `<text class="axis-title" x="${(M.left + W - M.right) / 2}" y="${H - M.bottom + 38}" text-anchor="middle">${esc(`NPV, ${axis.title}`)}</text>` +
      bars +
      `<line class="marker" x1="${x(0)}" x2="${x(0)}" y1="${M.top}" y2="${H - M.bottom}"/>`,
    [
      ['neg', 'NPV below 0'],
      ['s1', 'NPV above 0'],
    ],
  );
}

/** Sensitivity: a tornado of the inputs that move the target most (at most 10). */
export function tornadoChart(report: CaseReport, target: SensitivityTarget, label: string): string | null {
  const inputs = target.inputs.slice(0, TORNADO_MAX_INPUTS);
  if (inputs.length === 0 || target.pointOutput === null) return null;
  const point = target.pointOutput;
  const figures = tornadoFigures(inputs, point, report.unit, report.currency);
  const left = 230;
  const height = inputs.length * 30 + 70;
  const x = scale(
    inputs.flatMap((i) => [i.outputAtLow ?? point, i.outputAtHigh ?? point]).concat(point),
    left,
    W - 30,
    false,
    5,
  );
  // In the unit of the tooltips' figures: USD 80.56M reads 80.56 on the axis, not 0.08.
  const { axis } = figures;
  const d = tickDigits(x.step * axis.factor);
  const rowHeight = 30;
  const body =
    x.ticks
      .map(
        (t) =>
          `<line class="grid" x1="${x(t)}" x2="${x(t)}" y1="10" y2="${height - 40}"/><text class="tick" x="${x(t)}" y="${height - 24}" text-anchor="middle">${esc(formatNumber(t * axis.factor, d))}</text>`,
      )
      .join('') +
    inputs
      .map((input, i) => {
        const yTop = 14 + i * rowHeight;
        const bar = (value: number | null, cls: string, end: 'low' | 'high') =>
          value === null
            ? ''
            : `<rect class="${cls}" x="${Math.min(x(point), x(value))}" y="${yTop + 4}" width="${r2(Math.max(0.5, Math.abs(x(value) - x(point))))}" height="${rowHeight - 8}"><title>${esc(`${input.label} (${input.path}) at its ${end} end (${figures.end(input, input[end]).text}): ${figures.outcome(value).text}`)}</title></rect>`;
        return (
          `<text class="tick" x="${left - 8}" y="${yTop + rowHeight / 2 + 4}" text-anchor="end">${esc(input.label.length > 34 ? `${input.label.slice(0, 33)}…` : input.label)}<title>${esc(`${input.label} (${input.path})`)}</title></text>` +
          bar(input.outputAtLow, 's2', 'low') +
          bar(input.outputAtHigh, 's1', 'high')
        );
      })
      .join('') +
    `<line class="marker" x1="${x(point)}" x2="${x(point)}" y1="10" y2="${height - 40}"/>` +
    `<g transform="translate(${left},${height - 6})"><rect class="s2" width="12" height="12" y="-10" rx="2"/><text class="legend" x="18">Input at its low end</text></g>` +
    `<g transform="translate(${left + 190},${height - 6})"><rect class="s1" width="12" height="12" y="-10" rx="2"/><text class="legend" x="18">Input at its high end</text></g>` +
    `<text class="legend" x="${W - 30}" y="${height - 6}" text-anchor="end">${esc(axis.title)}</text>`;
  return `<svg class="chart" viewBox="0 0 ${W} ${height}" role="img" aria-label="${esc(label)}" xmlns="http://www.w3.org/2000/svg"><title>${esc(label)}</title>${body}</svg>`;
}
