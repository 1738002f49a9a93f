/**
 * The HTML report: one self-contained file that opens in any browser without a network and prints
 * cleanly. Charts are SVG drawn at export time, so the page runs no script at all; its only style
 * sheet is allowed by its SHA-256 in a Content-Security-Policy meta tag (`default-src 'none'`).
 * Every string from the case is escaped (`esc`), and the case's text is embedded, base64 of its
 * UTF-8, in a `<script type="application/yaml">` data block that browsers never run, so
 * `extractCaseYaml` gives back exactly the text that was exported.
 */
import {
  formatMoney,
  formatMultiple,
  formatNumber,
  formatPercent,
  formatPeriods,
  formatInUnit,
  formatScaled,
  formatSignedPercent,
  columnMoneyDigits,
  moneyUnitLabel,
} from '../format';
import { investmentBreakEven, revenueBreakEvenIn } from '../present/breakEven';
import {
  IRR_PAYBACK_OVER,
  OPERATING_PROFIT_SAME_IN_EVERY_TRIAL,
  POINT_AND_TRIALS,
} from '../present/sentences';
import { operatingProfitDiffers } from '../present/trialSpread';
import { cashflowFigures } from '../present/cashflows';
import { tableMoneyText } from '../present/tableMoney';
import { benchmarkBars, benchmarkUnitLabel, caseBarLabel, caseNote } from '../present/benchmarkComparison';
import type { ResolvedCase } from '../model';
import type { CaseReport, PeriodMetrics, UncertaintySections } from '../report';
import { base64, fromBase64, fromUtf8, sha256, utf8 } from './bytes';
import { esc } from './markup';
import {
  benchmarkChart,
  cashflowChart,
  fanChart,
  leverageChart,
  marginBridgeChart,
  npvHistogram,
  revenueItChart,
  tornadoChart,
} from './svg';
import { METRICS, metricLabel, metricUnitLabel, type MetricKind } from '../present/metrics';

export type HtmlTheme = 'light' | 'dark';

export interface HtmlSource {
  text: string;
  report: CaseReport;
  model?: ResolvedCase;
  sections: UncertaintySections | null;
}

/** The id of the data block that holds the case's text. */
export const SOURCE_ELEMENT_ID = 'itcase-source';

const STYLE = `
:root{--bg:#ffffff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--card:#f6f8fa;--s1:#2f6fb3;--s2:#e07b20;--s3:#7b4fb8;--s4:#3a8f6a;--pos:#2e8b57;--neg:#c8423b;--band-outer:#c9dcf0;--band-inner:#94bce3;--grid:#e3e8ee;color-scheme:light}
:root[data-theme=dark]{--bg:#1e1e1e;--fg:#e6e6e6;--muted:#a0a7b0;--line:#3c4248;--card:#262a2f;--s1:#5ea3e6;--s2:#f0a04b;--s3:#b48ef0;--s4:#5cc395;--pos:#5cc395;--neg:#f0716a;--band-outer:#244a6e;--band-inner:#356c9e;--grid:#33393f;color-scheme:dark}
*{box-sizing:border-box}
body{margin:0 auto;max-width:980px;padding:32px 28px 48px;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
h1{font-size:28px;line-height:1.25;margin:0 0 6px}
h2{font-size:21px;margin:36px 0 10px;padding-bottom:6px;border-bottom:1px solid var(--line)}
h3{font-size:16px;margin:22px 0 8px}
p{margin:6px 0}
.meta,.note,figcaption,footer{color:var(--muted)}
.meta{margin:0 0 4px}
.note,figcaption{font-size:13px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:10px;margin:14px 0}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 12px}
.card .label{font-size:12px;color:var(--muted)}
.card .value{font-size:20px;font-weight:600;font-variant-numeric:tabular-nums}
figure{margin:14px 0 18px}
svg.chart{display:block;width:100%;height:auto;background:var(--bg)}
table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:13.5px;font-variant-numeric:tabular-nums}
th,td{padding:5px 8px;border-bottom:1px solid var(--line);text-align:right;vertical-align:top}
th:first-child,td:first-child,.unit{text-align:left}
td.case{font-weight:600}
td:not(:first-child){white-space:nowrap}
thead th{background:var(--card);font-weight:600}
ol.sources li{margin:4px 0}
ul.findings li{margin:4px 0}
pre{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:12px;overflow:auto;font-size:12.5px;white-space:pre-wrap;word-break:break-word}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.chart text{fill:var(--fg);font:12px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
.chart .tick,.chart .legend{fill:var(--muted)}
.chart .tick{font-size:12px}
.chart .axis-title{fill:var(--muted);font-size:12px}
.chart .value{font-size:11.5px}
.chart .grid{stroke:var(--grid);stroke-width:1}
.chart .zero{stroke:var(--muted);stroke-width:1}
.chart .marker{stroke:var(--neg);stroke-width:1.5;stroke-dasharray:5 4}
.chart .s1{fill:var(--s1)}.chart .s2{fill:var(--s2)}.chart .s3{fill:var(--s3)}.chart .s4{fill:var(--s4)}
.chart .pos{fill:var(--pos)}.chart .neg{fill:var(--neg)}
.chart .band-outer{fill:var(--band-outer)}.chart .band-inner{fill:var(--band-inner)}
.chart .ref{fill:var(--muted)}
.chart .line{fill:none;stroke-width:2.5}
.chart .s1-line{stroke:var(--s1)}.chart .s3-line{stroke:var(--s3)}
.chart .ref-line{stroke:var(--muted);stroke-dasharray:4 4;stroke-width:1.5}
footer{margin-top:40px;font-size:12.5px;border-top:1px solid var(--line);padding-top:10px}
@page{margin:14mm}
@media print{
:root,:root[data-theme=dark]{--bg:#ffffff;--fg:#000000;--muted:#444c56;--line:#c5ced8;--card:#f3f5f7;--s1:#2f6fb3;--s2:#e07b20;--s3:#7b4fb8;--s4:#3a8f6a;--pos:#2e8b57;--neg:#c8423b;--band-outer:#c9dcf0;--band-inner:#94bce3;--grid:#e3e8ee;color-scheme:light}
body{max-width:none;padding:0;font-size:11pt}
section.page{break-before:page}
h2,h3{break-after:avoid}
figure,table,.cards,.card,tr{break-inside:avoid}
svg.chart{max-width:180mm;margin:0 auto}
*{print-color-adjust:exact;-webkit-print-color-adjust:exact}
details.case-file{display:none}
}
`;

const STYLE_HASH = `'sha256-${base64(sha256(utf8(STYLE)))}'`;

/** The Content-Security-Policy of the report: nothing but its own style sheet and data: images. */
export const REPORT_CSP = `default-src 'none'; style-src ${STYLE_HASH}; img-src data:; base-uri 'none'; form-action 'none'`;

type Cell = string | { text: string; raw?: boolean; cls?: string };

/** A table; every cell is escaped unless marked raw (markup made here). */
function table(head: Cell[], rows: Cell[][], caption?: string): string {
  const cell = (c: Cell, tag: 'th' | 'td') => {
    const { text, raw, cls } = typeof c === 'string' ? { text: c, raw: false, cls: undefined } : c;
    return `<${tag}${cls ? ` class="${cls}"` : ''}>${raw ? text : esc(text)}</${tag}>`;
  };
  return (
    `<table>${caption ? `<caption class="note">${esc(caption)}</caption>` : ''}` +
    `<thead><tr>${head.map((c) => cell(c, 'th')).join('')}</tr></thead>` +
    `<tbody>${rows.map((r) => `<tr>${r.map((c) => cell(c, 'td')).join('')}</tr>`).join('')}</tbody></table>`
  );
}

const figure = (svg: string | null, caption: string) =>
  svg ? `<figure>${svg}<figcaption>${esc(caption)}</figcaption></figure>` : '';

/**
 * The rows of a base case or scenario, each with its unit (as in `itcase report`): money in the
 * case's unit, per employee with a suffix that reads (202.96k), ratios as percents. The per-employee
 * rows are left out when the case gives no head count.
 */
function metricRows(report: CaseReport, m: PeriodMetrics): Cell[][] {
  const figure: Record<MetricKind, (v: number | null) => string> = {
    money: (v) => formatNumber(v, columnMoneyDigits(v)),
    ratio: (v) => formatPercent(v),
    moneyPerEmployee: (v) => (v === null ? '—' : formatScaled(v, report.unit)),
    multiple: formatMultiple,
  };
  return METRICS.filter(({ key, kind }) => kind !== 'moneyPerEmployee' || m[key].some((v) => v !== null)).map(
    ({ key, label, kind }) => [
      label,
      { text: metricUnitLabel(kind, report.currency, report.unit), cls: 'unit' },
      ...m[key].map(figure[kind]),
    ],
  );
}

function card(label: string, value: string, note?: string): string {
  return `<div class="card"><div class="label">${esc(label)}</div><div class="value">${esc(value)}</div>${note ? `<div class="note">${esc(note)}</div>` : ''}</div>`;
}

function keyFigures(report: CaseReport, sections: UncertaintySections | null): string {
  const p = report.periods.length - 1;
  const period = report.periods[p] ?? '';
  const money = (v: number | null | undefined) => formatMoney(v, report.unit, report.currency);
  const cards = [
    card(`Revenue, ${period}`, money(report.base.revenue[p])),
    card(`Operating profit, ${period}`, money(report.base.operatingProfit[p])),
    card(`Operating margin, ${period}`, formatPercent(report.base.operatingMargin[p])),
    card(`IT spend / revenue, ${period}`, formatPercent(report.base.itSpendShareOfRevenue[p])),
    card(`Operating leverage, ${period}`, formatMultiple(report.base.operatingLeverage[p])),
  ];
  const loss = sections?.uncertainty?.base.probabilityOperatingLoss[p];
  if (loss !== undefined) cards.push(card(`Chance of an operating loss, ${period}`, formatPercent(loss, 1)));
  report.investments.forEach((inv, i) => {
    const risk = sections?.uncertainty?.investments[i];
    cards.push(
      card(
        `NPV: ${inv.name}`,
        money(inv.npv),
        `IRR ${formatPercent(inv.irr)} · payback ${formatPeriods(inv.paybackPeriods)}${risk ? ` · ${formatPercent(risk.probabilityNegativeNpv, 1)} chance below 0` : ''}`,
      ),
    );
  });
  return `<div class="cards" id="key-figures">${cards.join('')}</div>`;
}

/** The head of a table of metrics: each row says its unit. */
const metricHead = (report: CaseReport): Cell[] => ['', { text: 'Unit', cls: 'unit' }, ...report.periods];

function baseCaseSection(report: CaseReport): string {
  const head = metricHead(report);
  return (
    `<section id="base-case"><h2>Base case</h2>` +
    figure(revenueItChart(report), 'Revenue and IT spend per period, and IT spend as a share of revenue.') +
    figure(
      marginBridgeChart(report),
      `From revenue to operating profit in ${report.periods[report.periods.length - 1] ?? ''}.`,
    ) +
    figure(
      leverageChart(report),
      'What a change of sales does to operating profit, fixed costs and IT spend held: the steeper than the dashed line, the more operating leverage.',
    ) +
    table(head, metricRows(report, report.base)) +
    `</section>`
  );
}

function scenariosSection(report: CaseReport): string {
  if (report.scenarios.length === 0) return '';
  const p = report.periods.length - 1;
  const period = report.periods[p] ?? '';
  const head = metricHead(report);
  const money = moneyUnitLabel(report.currency, report.unit);
  const comparison = table(
    [
      'Case',
      `Revenue, ${period} (${money})`,
      `Operating profit, ${period} (${money})`,
      `Operating margin, ${period}`,
      'Operating profit vs base case',
    ],
    [
      [
        'Base case',
        formatNumber(report.base.revenue[p]),
        formatNumber(report.base.operatingProfit[p]),
        formatPercent(report.base.operatingMargin[p]),
        '',
      ],
      ...report.scenarios.map((s): Cell[] => [
        s.name,
        formatNumber(s.revenue[p]),
        formatNumber(s.operatingProfit[p]),
        formatPercent(s.operatingMargin[p]),
        formatSignedPercent(s.operatingProfitChange[p], 2),
      ]),
    ],
  );
  const details = report.scenarios
    .map(
      (s) =>
        `<h3>${esc(`Scenario: ${s.name}`)}</h3>` +
        noteParagraph(s.note) +
        table(head, [
          ...metricRows(report, s),
          [
            'Operating profit vs base',
            { text: '%', cls: 'unit' },
            ...s.operatingProfitChange.map((v) => formatSignedPercent(v, 2)),
          ],
        ]),
    )
    .join('');
  return `<section id="scenarios" class="page"><h2>Scenarios</h2>${comparison}${details}</section>`;
}

function investmentsSection(report: CaseReport): string {
  if (report.investments.length === 0) return '';
  // One unit for the column, as `itcase report` writes it (USD 110.23M beside USD −49.87M).
  const npv = tableMoneyText(
    report.investments.map((inv) => inv.npv),
    report.unit,
    report.currency,
  );
  const summary = table(
    ['Investment', 'Discount rate', 'NPV', 'IRR', 'MIRR', 'Payback', 'Discounted payback', 'ROI'],
    report.investments.map((inv): Cell[] => [
      inv.name,
      formatPercent(inv.discountRate),
      npv(inv.npv),
      formatPercent(inv.irr),
      formatPercent(inv.mirr),
      formatPeriods(inv.paybackPeriods),
      formatPeriods(inv.discountedPaybackPeriods),
      formatPercent(inv.roi),
    ]),
  );
  const each = report.investments
    .map((inv) => {
      // In the unit of the chart above it: flows of USD 0.13 billion read 130 under "USD millions".
      const { labels, cumulative, axis } = cashflowFigures(
        inv.cashflows,
        report.periods,
        report.unit,
        report.currency,
      );
      return (
        `<h3>${esc(inv.name)}</h3>` +
        noteParagraph(inv.note) +
        figure(
          cashflowChart(report, inv),
          'Net cash flow per period (the first at t = 0, not discounted) and the cumulative cash; the dashed line is the payback.',
        ) +
        table(
          [axis.title, ...labels],
          [
            ['Net cash flow', ...inv.cashflows.map((f) => formatNumber(f * axis.factor))],
            ['Cumulative', ...cumulative.map((c) => formatNumber(c * axis.factor))],
          ],
        )
      );
    })
    .join('');
  return (
    `<section id="investments" class="page"><h2>Investments</h2>` +
    `<p class="note">NPV takes the first cash flow at t = 0, undiscounted (Excel: NPV(rate, flows from t = 1) + first flow).</p>` +
    summary +
    each +
    `</section>`
  );
}

function uncertaintySection(report: CaseReport, sections: UncertaintySections | null): string {
  if (!sections) return '';
  /** Money for the figures of one table, in one unit so that they compare. */
  const moneyOf = (values: readonly (number | null | undefined)[]) =>
    tableMoneyText(values, report.unit, report.currency);
  const parts: string[] = [];
  const u = sections.uncertainty;
  if (u) {
    const money = moneyOf(u.base.operatingProfit.flatMap((s) => [s.p5, s.p50, s.p95, s.mean]));
    parts.push(
      `<h3>How sure</h3><p class="note">${esc(`${formatNumber(u.trials, 0)} trials, seed ${u.seed}: the same numbers every time, in the editor, the CLI and CI. ${POINT_AND_TRIALS}`)}</p>`,
      ...(operatingProfitDiffers(u.base)
        ? [
            figure(
              fanChart(report, u.base, 'Operating profit over the trials, base case'),
              'Operating profit per period: the median, and the ranges that hold 80% and 90% of the trials.',
            ),
            table(
              ['Base case', 'p5', 'Median', 'p95', 'Mean', 'Chance of a loss'],
              report.periods.map((period, p): Cell[] => {
                const s = u.base.operatingProfit[p];
                return [
                  `Operating profit, ${period}`,
                  money(s?.p5 ?? null),
                  money(s?.p50 ?? null),
                  money(s?.p95 ?? null),
                  money(s?.mean ?? null),
                  formatPercent(u.base.probabilityOperatingLoss[p] ?? null, 1),
                ];
              }),
            ),
          ]
        : [noteParagraph(OPERATING_PROFIT_SAME_IN_EVERY_TRIAL)]),
    );
    if (u.investments.length > 0) {
      const npvMoney = moneyOf(
        u.investments.flatMap((inv) => [inv.npv.p5, inv.npv.p50, inv.npv.p95, inv.npv.mean]),
      );
      parts.push(
        table(
          [
            'Investment',
            'NPV p5',
            'NPV median',
            'NPV p95',
            'NPV mean',
            'Chance NPV < 0',
            'IRR median',
            'Payback median',
            'Never paid back',
          ],
          u.investments.map((inv): Cell[] => [
            inv.name,
            npvMoney(inv.npv.p5),
            npvMoney(inv.npv.p50),
            npvMoney(inv.npv.p95),
            npvMoney(inv.npv.mean),
            formatPercent(inv.probabilityNegativeNpv, 1),
            formatPercent(inv.irr.p50),
            formatPeriods(inv.paybackPeriods.p50),
            formatPercent(inv.paybackPeriods.neverShare, 1),
          ]),
          IRR_PAYBACK_OVER,
        ),
      );
      for (const inv of u.investments) {
        parts.push(
          figure(
            npvHistogram(report, inv),
            `NPV of ${inv.name} over the trials; the dashed line is NPV = 0.`,
          ),
        );
      }
    }
  }
  const drivers = sections.sensitivity
    .map((target) => {
      const label =
        target.target === 'npv'
          ? `What drives the NPV of ${target.investment}`
          : `What drives operating profit, ${target.period}`;
      const chart = tornadoChart(report, target, label);
      if (!chart) return '';
      return figure(
        chart,
        `${label}: each input from its low to its high end, all others at their values (${u ? 'the ranges of the file' : '−10% to +10% of each input line'}).`,
      );
    })
    .join('');
  if (drivers) parts.push(`<h3>What drives it</h3>${drivers}`);
  const findings: string[] = [];
  for (const b of sections.breakEven.investments)
    for (const line of investmentBreakEven(b)) findings.push(`${b.name}: ${line.text}`);
  const revenue = sections.breakEven.base.revenueChangeForZeroOperatingProfit;
  revenue.forEach((v, p) => findings.push(revenueBreakEvenIn(report.periods[p] ?? '', v).text));
  if (findings.length > 0)
    parts.push(
      `<h3>What must be true</h3><ul class="findings">${findings.map((f) => `<li>${esc(f)}</li>`).join('')}</ul>` +
        (revenue.length > 0 ? noteParagraph('Each change of revenue holds gross margin and costs.') : ''),
    );
  if (parts.length === 0) return '';
  return `<section id="uncertainty" class="page"><h2>Uncertainty, drivers and break-even</h2>${parts.join('')}</section>`;
}

/** What the file says of a scenario, investment or benchmark, as written, as text. */
function noteParagraph(note: string | null, lead = ''): string {
  return note === null ? '' : `<p class="note">${esc(`${lead}${note}`)}</p>`;
}

/** Each benchmark as a chart and a table, with this case's own value among them, as the preview shows it. */
function benchmarksSection(report: CaseReport): string {
  if (report.benchmarks.length === 0) return '';
  const body = report.benchmarks
    .map((b) => {
      const unit = benchmarkUnitLabel(b);
      const bars = benchmarkBars(b, (period) => `${caseBarLabel(report)}, ${period}`);
      const note = caseNote(b.comparison);
      return (
        `<h3>${esc(b.title)}</h3>` +
        `<p class="note">${esc(`${metricLabel(b.metric)}${unit ? ` (${unit})` : ''}${b.year !== null ? `, ${b.year}` : ''}`)}</p>` +
        figure(benchmarkChart(b, bars), `Source: ${b.source}`) +
        noteParagraph(b.note, 'Note: ') +
        noteParagraph(note) +
        table(
          ['Label', 'Value'],
          bars.map(({ label, value, isCase }): Cell[] => [
            isCase ? { text: label, cls: 'case' } : label,
            formatInUnit(value, b.unit, b.currency),
          ]),
        )
      );
    })
    .join('');
  return `<section id="benchmarks" class="page"><h2>Benchmarks</h2>${body}</section>`;
}

function sourcesSection(report: CaseReport): string {
  const warnings = report.diagnostics.filter((d) => d.severity === 'warning');
  const notes =
    warnings.length > 0
      ? `<h3>Warnings</h3><ul class="findings">${warnings.map((w) => `<li>${esc(`Line ${w.line}: ${w.message}`)}</li>`).join('')}</ul>`
      : '';
  const sources =
    report.sources.length > 0
      ? `<ol class="sources">${report.sources.map((s) => `<li>${esc(s)}</li>`).join('')}</ol>`
      : '<p class="note">The case names no sources.</p>';
  return `<section id="sources"><h2>Sources</h2>${sources}${notes}</section>`;
}

/** The report as one HTML document. */
export function htmlReport(source: HtmlSource, options: { theme?: HtmlTheme } = {}): string {
  const { report, sections, text } = source;
  const theme = options.theme ?? 'light';
  const periods =
    report.periods.length > 1
      ? `${report.periods[0]}–${report.periods[report.periods.length - 1]}`
      : (report.periods[0] ?? '');
  const company = `${report.company.name}${report.company.industry ? ` (${report.company.industry})` : ''}`;
  const meta = `${report.currency}, money in ${report.unit === 'one' ? 'units' : `${report.unit}s`} · periods ${periods} · discount rate ${formatPercent(report.discountRate)}`;
  return (
    `<!DOCTYPE html>\n<html lang="en" data-theme="${theme}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${esc(REPORT_CSP)}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="generator" content="itcase">\n` +
    `<title>${esc(report.title)}</title>\n` +
    `<style>${STYLE}</style>\n</head>\n<body>\n` +
    `<header><h1>${esc(report.title)}</h1><p class="meta">${esc(company)}</p><p class="meta">${esc(meta)}</p></header>\n` +
    keyFigures(report, sections) +
    '\n' +
    baseCaseSection(report) +
    '\n' +
    scenariosSection(report) +
    '\n' +
    investmentsSection(report) +
    '\n' +
    uncertaintySection(report, sections) +
    '\n' +
    benchmarksSection(report) +
    '\n' +
    sourcesSection(report) +
    '\n' +
    `<details class="case-file"><summary>The case file</summary><pre><code>${esc(text)}</code></pre></details>\n` +
    `<footer>Made with itcase from the case file embedded in this page. To turn it back into that file: <code>itcase extract ${esc('<this file>.html')} &gt; case.itcase.yaml</code></footer>\n` +
    `<script type="application/yaml" id="${SOURCE_ELEMENT_ID}" data-encoding="base64">${base64(utf8(text))}</script>\n` +
    `</body>\n</html>\n`
  );
}

/**
 * The case text embedded in an HTML report, exactly as it was exported; null when the page has
 * none (not an itcase report, or the block was damaged).
 */
export function extractCaseYaml(html: string): string | null {
  const open = new RegExp(`<script\\b[^>]*\\bid="${SOURCE_ELEMENT_ID}"[^>]*>`, 'i').exec(html);
  if (!open) return null;
  const start = open.index + open[0].length;
  const end = html.indexOf('</script>', start);
  if (end < 0) return null;
  const bytes = fromBase64(html.slice(start, end));
  return bytes === null ? null : fromUtf8(bytes);
}
