import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFiles, extractCaseYaml, prepareExport, type ExportSource } from '../../src/core/export';
import { htmlReport, REPORT_CSP } from '../../src/core/export/html';
import { benchmarkChart, leverageChart } from '../../src/core/export/svg';
import { esc } from '../../src/core/export/markup';
import { formatInUnit, formatMoney, formatPercent } from '../../src/core/format';
import { HOSTILE_CASE } from './exportFixtures';
import { investmentBreakEven } from '../../src/core/present/breakEven';
import { IRR_PAYBACK_OVER } from '../../src/core/present/sentences';
import { benchmarkBars, caseBarLabel } from '../../src/core/present/benchmarkComparison';
import { SEED_CASE, THREE_PERIODS } from './fixtures';

const example = (name: string) =>
  readFileSync(join(__dirname, '..', '..', 'examples', `${name}.itcase.yaml`), 'utf8');

function prepared(text: string): ExportSource {
  const result = prepareExport(text);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.source;
}

const html = (text: string, theme: 'light' | 'dark' = 'light') => htmlReport(prepared(text), { theme });

describe('HTML report', () => {
  it.each([
    ['the Walmart template', example('walmart')],
    ['the hostile case', HOSTILE_CASE],
    ['the hostile case with CRLF line ends', HOSTILE_CASE.replace(/\n/g, '\r\n')],
    ['a case beginning with a byte order mark', `\ufeff${SEED_CASE}`],
  ])('gives back the exact case text of %s', (_, text) => {
    expect(extractCaseYaml(html(text))).toBe(text);
  });

  it('extracts nothing from a page that is not a report, or whose block is damaged', () => {
    expect(extractCaseYaml('<html><body>hello</body></html>')).toBeNull();
    const page = html(SEED_CASE).replace(/(id="itcase-source"[^>]*>)[A-Za-z0-9]/, '$1!');
    expect(extractCaseYaml(page)).toBeNull();
  });

  it('escapes every string from the file: the only script element is the inert data block', () => {
    const page = html(HOSTILE_CASE);
    expect(page.match(/<script/gi)).toHaveLength(1);
    expect(page).toMatch(
      /<script type="application\/yaml" id="itcase-source" data-encoding="base64">[A-Za-z0-9+/=]*<\/script>/,
    );
    expect(page).not.toContain('<!--');
    expect(page).not.toMatch(/<(img|svg onload|b>|p>)/i);
    expect(page).not.toContain('</title><script');
    expect(page.match(/<style>/g)).toHaveLength(1);
    expect(page).not.toContain('onmouseover="');
    // eslint-disable-next-line no-control-regex -- no control character reaches the page
    expect(page).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202e]/);
    const source = prepared(HOSTILE_CASE);
    expect(page).toContain(`<h1>${esc(source.report.title)}</h1>`);
    expect(esc(source.report.title)).toContain('&lt;/script&gt;&lt;script&gt;alert(&#39;t&#39;)');
    expect(esc(source.report.title)).toContain('\u2407\u241b[31m \ufffdevil');
    // The notes of a benchmark, a scenario and an investment are shown, as text.
    expect(page).toContain('<p class="note">Note: &lt;img src=x onerror=alert(6)&gt;</p>');
    expect(page).toContain('<p class="note">&lt;svg onload=alert(7)&gt;</p>');
    expect(page).toContain('<p class="note">&lt;iframe src=javascript:alert(8)&gt;</p>');
    for (const tag of ['<img src=x', '<svg onload', '<iframe']) expect(page).not.toContain(tag);
  });

  it('declares a CSP that allows only its own style sheet, by hash, and no script', () => {
    const page = html(example('walmart'));
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page);
    expect(meta).not.toBeNull();
    const csp = meta![1]!.replace(/&#39;/g, "'");
    expect(csp).toBe(REPORT_CSP);
    expect(csp).toMatch(/^default-src 'none'; /);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('script-src');
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!;
    const hash = createHash('sha256').update(style, 'utf8').digest('base64');
    expect(csp).toContain(`style-src 'sha256-${hash}'`);
    expect(page).not.toMatch(/\sstyle="/);
    expect(page).not.toMatch(/\son[a-z]+="/i);
  });

  it('has a light theme by default and a dark one on request, with a print style sheet', () => {
    expect(html(SEED_CASE)).toContain('<html lang="en" data-theme="light">');
    expect(html(SEED_CASE, 'dark')).toContain('<html lang="en" data-theme="dark">');
    const page = html(SEED_CASE);
    expect(page).toContain('@media print');
    expect(page).toContain('break-before:page');
    expect(exportFiles(prepared(SEED_CASE), 'html', { baseName: 'seed' })[0]!.name).toBe('seed.html');
  });

  it('holds the key figures, every chart and the sources of the Walmart template', () => {
    const source = prepared(example('walmart'));
    const page = htmlReport(source);
    const { report, sections } = source;
    const last = report.periods.length - 1;
    expect(page).toContain(esc(formatMoney(report.base.operatingProfit[last], report.unit, report.currency)));
    expect(page).toContain(esc(formatPercent(report.base.operatingMargin[last])));
    expect(page).toContain(esc(formatMoney(report.investments[0]!.npv, report.unit, report.currency)));
    // Revenue/IT, bridge, leverage, one cash-flow chart, fan chart, NPV histogram, two tornadoes, two benchmarks.
    expect(page.match(/<svg class="chart"/g)).toHaveLength(10);
    expect(sections!.uncertainty).not.toBeNull();
    for (const s of report.sources) expect(page).toContain(esc(s));
    expect(page).toContain('OpenStack private cloud (illustrative): Benefits can fall');
    // The payback median is over the trials that pay back, and the table says so, as the preview does.
    expect(page).toContain(`<caption class="note">${esc(IRR_PAYBACK_OVER)}</caption>`);
    // Each tornado bar says the input's end in its unit: money, or a percent.
    // The tornado's tooltips give the figures of the CLI's table: money ends and outcomes each in one unit.
    expect(page).toContain(
      esc('Costs, FY2012 (investments[0].costs[0]) at its low end (USD 130M): USD 100.56M'),
    );
    expect(page).toMatch(/Gross margin, FY2014 \(grossMargin\[2\]\) at its high end \(24\.35%\): /);
  });

  it('puts this case among each benchmark, in the chart and the table, as the preview and the CLI do', () => {
    const source = prepared(example('walmart'));
    const page = htmlReport(source);
    const perEmployee = source.report.benchmarks.find((b) => b.metric === 'revenuePerEmployee')!;
    expect(perEmployee.comparison.ok).toBe(true);
    const bars = benchmarkBars(perEmployee, (period) => `${caseBarLabel(source.report)}, ${period}`);
    const own = bars.find((b) => b.isCase)!;
    expect(own.label).toBe('Walmart Stores, Inc. (this case), FY2014');
    // The table lists every bar in the chart's order, the case's in its place, with the unit.
    const rows = bars
      .map(
        (b) =>
          `<tr><td${b.isCase ? ' class="case"' : ''}>${esc(b.label)}</td><td>${esc(formatInUnit(b.value, 'one', 'USD'))}</td></tr>`,
      )
      .join('');
    expect(page).toContain(`<tbody>${rows}</tbody>`);
    expect(page).toContain(
      '<td class="case">Walmart Stores, Inc. (this case), FY2014</td><td>USD 216,495</td>',
    );
    expect(page).toContain('<p class="note">Revenue / employee (USD), 2015</p>');
    // The chart draws the case's bar in its own colour.
    expect(page).toContain(`<rect class="s1"`);
    expect(page).toContain(esc(`${own.label}: USD 216,495`));
  });

  it('says the unit of each row of a table of metrics, as the CLI does', () => {
    const page = html(example('walmart'));
    expect(page).toContain(
      '<thead><tr><th></th><th class="unit">Unit</th><th>FY2012</th><th>FY2013</th><th>FY2014</th></tr></thead>',
    );
    expect(page).toContain('<tr><td>Revenue</td><td class="unit">USD B</td><td>446.51</td>');
    expect(page).toContain('<tr><td>Revenue / employee</td><td class="unit">USD</td><td>202.96k</td>');
    expect(page).toContain('<tr><td>Operating margin</td><td class="unit">%</td><td>5.93%</td>');
    // A change against the base case carries its sign, as in the CLI: +21.54%, −43.08%.
    expect(page).toContain(
      '<td>Sales grow 5%</td><td>500.1</td><td>32.66</td><td>6.53%</td><td>+21.54%</td>',
    );
    expect(page).toContain('<td>−43.08%</td>');
    expect(page).not.toContain('USD, billions</th><th>FY2012');
  });

  it('writes the money of a table of NPVs in one unit, as the CLI does (USD 111.49M beside USD −49.87M)', () => {
    const page = html(example('walmart'));
    // The base case's NPV: 80.56 million, not 0.08 billion (the case's unit).
    expect(page).toContain('<td>8%</td><td>USD 80.56M</td>');
    const npvTable = page.slice(
      page.indexOf('<th>NPV p5</th>'),
      page.indexOf('</table>', page.indexOf('<th>NPV p5</th>')),
    );
    const money = [...npvTable.matchAll(/USD −?[\d,.]+([kMB]?)</g)];
    // p5, median, p95 and mean, as `itcase report` gives them.
    expect(npvTable).toContain('<th>NPV mean</th>');
    expect(money.length).toBe(4);
    expect(new Set(money.map((m) => m[1]))).toEqual(new Set(['M']));
  });

  it('says what must be true in the words of the preview and the CLI: "must rise" when NPV is negative', () => {
    const underWater = THREE_PERIODS.replace('benefits: [0, 8, 12]', 'benefits: [0, 3, 4]');
    const source = prepared(underWater);
    expect(source.report.investments[0]!.npv).toBeLessThan(0);
    const findings = /<h3>What must be true<\/h3><ul class="findings">(.*?)<\/ul>/.exec(
      htmlReport(source),
    )?.[1];
    const [benefits, costs] = investmentBreakEven(source.sections!.breakEven.investments[0]!);
    expect(benefits!.text).toMatch(/^Benefits must rise \d+(\.\d)?% for NPV to reach zero\.$/);
    expect(costs!.text).toMatch(/^Costs must fall \d+(\.\d)?% for NPV to reach zero\.$/);
    expect(findings).toContain(
      `<li>${esc(`Cloud: ${benefits!.text}`)}</li><li>${esc(`Cloud: ${costs!.text}`)}</li>`,
    );
  });
});

describe('the leverage chart of the HTML report', () => {
  const seed = prepared(SEED_CASE).report;
  const curvePath = (svg: string) => /<path class="line s1-line" d="([^"]*)"/.exec(svg)?.[1] ?? '';

  it("draws the report's curve, period and scenarios, computing none of them", () => {
    const svg = leverageChart({
      ...seed,
      leverageCurve: {
        period: 'FY9',
        points: [
          { revenueChange: -0.2, operatingProfitChange: -0.7 },
          { revenueChange: 0, operatingProfitChange: null },
          { revenueChange: 0.1, operatingProfitChange: 0.3 },
          { revenueChange: 0.2, operatingProfitChange: 0.9 },
        ],
        tenPercentDrop: -0.35,
        scenarios: [{ name: 'Sales fall 5%', revenueChange: -0.05, operatingProfitChange: -0.4 }],
      },
    })!;
    expect(svg).toContain('Operating leverage, FY9:');
    expect(curvePath(svg).split(' L')).toHaveLength(3);
    expect(svg).toContain(esc('Sales fall 5%: revenue −5%, operating profit −40%'));
    expect(svg).not.toContain('Sales fall 10%');
  });

  it("follows the engine's curve of the seed case: one point per 5-point step of revenue", () => {
    const svg = leverageChart(seed)!;
    expect(curvePath(svg).split(' L')).toHaveLength(13);
    expect(svg).toContain(esc('Sales fall 10%: revenue −10%, operating profit −50%'));
  });

  it('draws no chart where the report has no curve (operating profit 0)', () => {
    const flat = seed.leverageCurve.points.map((p) => ({ ...p, operatingProfitChange: null }));
    expect(leverageChart({ ...seed, leverageCurve: { ...seed.leverageCurve, points: flat } })).toBeNull();
  });
});

const CHROMIUM = '/usr/bin/chromium';

describe.skipIf(!existsSync(CHROMIUM))('HTML report in Chromium, network blocked', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- playwright-core's types are loaded lazily
  let browser: any;
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(page: string) {
    const tab = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const problems: string[] = [];
    const requests: string[] = [];
    tab.on('console', (m: { type(): string; text(): string }) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    tab.on('pageerror', (e: Error) => problems.push(`pageerror: ${e.message}`));
    tab.on('dialog', (d: { message(): string; dismiss(): Promise<void> }) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await tab.route('**/*', (route: { request(): { url(): string }; abort(): Promise<void> }) => {
      requests.push(route.request().url());
      return route.abort();
    });
    await tab.setContent(page, { waitUntil: 'load' });
    return { tab, problems, requests };
  }

  it('renders the Walmart report with no console error, no CSP violation and no request; every chart is drawn', async () => {
    const source = prepared(example('walmart'));
    const { tab, problems, requests } = await open(htmlReport(source));
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    const charts = await tab.$$('svg.chart');
    expect(charts).toHaveLength(10);
    for (const chart of charts) {
      const box = await chart.boundingBox();
      expect(box.width).toBeGreaterThan(300);
      expect(box.height).toBeGreaterThan(80);
      // Drawn: the chart's pixels hold more than its background.
      const png: Buffer = await chart.screenshot();
      expect(new Set(await distinctColours(tab, png)).size).toBeGreaterThan(3);
    }
    const last = source.report.periods.length - 1;
    const cards = await tab.$$eval('#key-figures .card', (els: Element[]) =>
      els.map((e) => [e.querySelector('.label')!.textContent, e.querySelector('.value')!.textContent]),
    );
    expect(cards).toContainEqual([
      `Operating profit, ${source.report.periods[last]}`,
      formatMoney(source.report.base.operatingProfit[last], source.report.unit, source.report.currency),
    ]);
    expect(cards).toContainEqual([
      `NPV: ${source.report.investments[0]!.name}`,
      formatMoney(source.report.investments[0]!.npv, source.report.unit, source.report.currency),
    ]);
    const pdf: Buffer = await tab.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await tab.close();
  });

  it('renders the hostile case as text, runs no script, and the dark theme the same way', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const source = prepared(HOSTILE_CASE);
      const { tab, problems, requests } = await open(htmlReport(source, { theme }));
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
      expect(await tab.textContent('h1')).toBe(
        esc(source.report.title)
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&'),
      );
      expect(await tab.$$eval('script', (s: Element[]) => s.length)).toBe(1);
      expect(await tab.$$('img')).toHaveLength(0);
      expect(await tab.title()).toContain("</script><script>alert('t')</script>");
      const yaml = await tab.$eval('#itcase-source', (e: Element) => e.textContent);
      expect(Buffer.from(yaml, 'base64').toString('utf8')).toBe(HOSTILE_CASE);
      await tab.close();
    }
  });
});

/** Distinct colours of a PNG, read by the browser itself (no image library needed). */
async function distinctColours(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a playwright page
  tab: any,
  png: Buffer,
): Promise<string[]> {
  return tab.evaluate(async (data: string) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const colours = new Set<string>();
    for (let i = 0; i < pixels.length && colours.size < 50; i += 16)
      colours.add(`${pixels[i]},${pixels[i + 1]},${pixels[i + 2]}`);
    return [...colours];
  }, png.toString('base64'));
}

describe("a benchmark chart's labels", () => {
  it('show at most 27 characters left of the bars (12 px text in 182 px), and the whole label as a tooltip', () => {
    const name = 'Nordwerk Maschinenbau GmbH (this case), FY2025';
    const svg = benchmarkChart(
      {
        id: 'b',
        title: 'Peers',
        metric: 'itSpendShareOfRevenue',
        unit: 'ratio',
        currency: null,
        year: 2025,
        source: 'Survey',
        note: null,
        values: { 'Peer A': 0.025 },
        comparison: { ok: true, value: 0.0257, period: 'FY2025' },
      },
      [
        { label: 'Peer A', value: 0.025, isCase: false },
        { label: name, value: 0.0257, isCase: true },
      ],
    );
    const shown = [
      ...svg.matchAll(/<text class="tick"[^>]*text-anchor="end">([^<]*)<title>([^<]*)<\/title>/g),
    ];
    expect(shown.map((m) => [m[1], m[2]])).toEqual([
      ['Peer A', 'Peer A'],
      ['Nordwerk Maschinenbau GmbH…', name],
    ]);
    expect(shown.every((m) => m[1]!.length <= 27)).toBe(true);
    expect(html(SEED_CASE)).toContain('.chart .tick{font-size:12px}');
  });
});
