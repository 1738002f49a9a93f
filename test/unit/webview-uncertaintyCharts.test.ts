import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/analyze';
import { presentFanChart } from '../../webview/charts/fanChart';
import { presentNpvHistogram } from '../../webview/charts/npvHistogramChart';
import { presentTornado } from '../../webview/charts/tornadoChart';
import { uncertaintyModel } from '../../webview/models/uncertaintyModel';
import { themeColors } from '../../webview/themeColors';
import { SEED_CASE, THREE_PERIODS } from './fixtures';
import { uncertaintySections } from '../../src/core/uncertainty/sections';
import { THREE_PERIODS_SECTIONS } from './uncertaintyFixtures';

const report = analyzeCase(THREE_PERIODS).report!;
const model = uncertaintyModel(report, THREE_PERIODS_SECTIONS);
const colors = themeColors(() => '', 'dark');

describe('the fan chart', () => {
  const presentation = presentFanChart(model.fan!, colors);

  it('fills the 5–95 and 10–90 bands and draws the median and the point estimate', () => {
    const datasets = presentation.config.data.datasets as {
      label?: string;
      fill?: unknown;
      data: unknown[];
    }[];
    expect(datasets.map((d) => [d.label, d.fill])).toEqual([
      ['5th percentile', false],
      ['5–95% of trials', 0],
      ['10th percentile', false],
      ['10–90% of trials', 2],
      ['Median', false],
      ['Point estimate', false],
    ]);
    expect(datasets[5]!.data).toEqual(report.base.operatingProfit);
    expect(presentation.config.data.labels).toEqual(['2012', '2013', '2014']);
  });

  it('draws a case of one period as two floating bars, 5–95% over 10–90%, with the median and point', () => {
    const text = SEED_CASE.replace('revenue: 100', 'revenue: "90..110"');
    const analysis = analyzeCase(text);
    const one = uncertaintyModel(analysis.report!, uncertaintySections(analysis)!).fan!;
    const datasets = presentFanChart(one, colors).config.data.datasets as {
      type?: string;
      label?: string;
      data: unknown[];
      grouped?: boolean;
    }[];
    expect(datasets.map((d) => [d.type, d.label])).toEqual([
      ['bar', '5–95% of trials'],
      ['bar', '10–90% of trials'],
      ['line', 'Median'],
      ['line', 'Point estimate'],
    ]);
    expect(datasets[0]!.data).toEqual([[one.p5[0], one.p95[0]]]);
    expect(datasets[1]!.data).toEqual([[one.p10[0], one.p90[0]]]);
    expect(datasets[0]!.grouped).toBe(false);
    expect(one.p5[0]).toBeLessThan(one.p95[0]!);
  });

  it('draws no NPV histogram for an investment no range touches, and still shows the rest', () => {
    const text = `${SEED_CASE.replace('revenue: 100', 'revenue: "90..110"')}investments:\n  - name: Cloud\n    cashflows: [-10, 6, 6]\n`;
    const analysis = analyzeCase(text);
    const model = uncertaintyModel(analysis.report!, uncertaintySections(analysis)!);
    expect(model.fan).not.toBeNull();
    expect(model.investments[0]!.histogram).toBeNull();
    expect(model.investments[0]!.breakEven.length).toBeGreaterThan(0);
  });

  it('says the last period in its aria-label and every period in its table', () => {
    expect(presentation.ariaLabel).toBe(
      'Operating profit over 3 periods from 10,000 trials: in 2014 the median is USD 17.6B, ' +
        '90% of trials between USD −4B and USD 27B, the point estimate USD 17.9B; ' +
        'a 12% chance of an operating loss.',
    );
    expect(presentation.table.rows.map((r) => r.header)).toEqual(['2012', '2013', '2014']);
    expect(presentation.table.rows[1]!.cells).toEqual([
      'USD −1.5B',
      'USD 2B',
      'USD 11.4B',
      'USD 15B',
      'USD 16.4B',
      'USD 11.5B',
      '3%',
    ]);
    expect(presentation.referenceLines).toMatchObject([{ axis: 'y', value: 0 }]);
  });
});

describe('the NPV histogram', () => {
  const presentation = presentNpvHistogram(model.investments[0]!.histogram!, colors);

  it('puts each bar at the middle of its bin, red where the investment loses money, with the zero line', () => {
    const [dataset] = presentation.config.data.datasets as { data: unknown[]; backgroundColor: string[] }[];
    expect(dataset!.data).toEqual([
      { x: -3, y: 100 },
      { x: -1, y: 1100 },
      { x: 1, y: 2800 },
      { x: 3, y: 3500 },
      { x: 5, y: 2000 },
      { x: 7, y: 500 },
    ]);
    expect(dataset!.backgroundColor[0]).toContain('241, 76, 76');
    expect(dataset!.backgroundColor[2]).toContain('55, 148, 255');
    expect(presentation.referenceLines).toMatchObject([{ axis: 'x', value: 0, label: 'NPV 0' }]);
  });

  it('has an aria-label with the median, the 90% interval and the chance of loss, and a table of the bins', () => {
    expect(presentation.ariaLabel).toBe(
      'NPV of Cloud over 10,000 trials at 8%: median USD 4.1B, 90% of trials between USD −1.2B and USD 8.6B; ' +
        'a 12% chance of an NPV below 0.',
    );
    expect(presentation.table.rows[0]).toEqual({ header: 'USD −4B to USD −2B', cells: ['100'] });
  });
});

describe('the tornado', () => {
  const presentation = presentTornado(model.investments[0]!.tornado!, colors);

  it('floats each bar from the point estimate to the outcome at the low and at the high end', () => {
    const datasets = presentation.config.data.datasets as { label?: string; data: unknown[] }[];
    const point = THREE_PERIODS_SECTIONS.sensitivity[0]!.pointOutput!;
    expect(datasets.map((d) => d.label)).toEqual(['Input at its low end', 'Input at its high end']);
    expect(datasets[0]!.data).toEqual([
      [point, 1.56],
      [point, 6.13],
    ]);
    expect(datasets[1]!.data).toEqual([
      [point, 6.7],
      [point, 2.13],
    ]);
    // Named for people; the tooltip's title adds the place in the file.
    expect(presentation.config.data.labels).toEqual(['Benefits, 2014', 'Costs, 2012']);
    const title = presentation.config.options?.plugins?.tooltip?.callbacks?.title as unknown as (
      items: { dataIndex: number }[],
    ) => string;
    expect(title([{ dataIndex: 0 }])).toBe('Benefits, 2014 (investments[0].benefits[2])');
    expect(presentation.config.options?.indexAxis).toBe('y');
    expect(presentation.referenceLines).toMatchObject([{ axis: 'x', value: point }]);
  });

  it("reveals the clicked input's line and column", () => {
    expect(presentation.positionAt?.(1, 0)).toEqual({ line: 17, column: 22 });
    expect(presentation.positionAt?.(0, 1)).toEqual({ line: 16, column: 12 });
    expect(presentation.positionAt?.(0, 5)).toBeNull();
  });

  it('floats from the low to the high outcome when there is no point estimate', () => {
    const noPoint = presentTornado({ ...model.investments[0]!.tornado!, pointOutput: null }, colors);
    const datasets = noPoint.config.data.datasets as { data: unknown[] }[];
    expect(datasets).toHaveLength(1);
    expect(datasets[0]!.data).toEqual([
      [1.56, 6.7],
      [6.13, 2.13],
    ]);
    expect(noPoint.referenceLines).toEqual([]);
  });

  it('says the largest drivers in its aria-label and lists every input with its line in its table', () => {
    expect(presentation.ariaLabel).toBe(
      'What drives NPV of Cloud (point estimate USD 4.13B): ' +
        'Benefits, 2014 from USD 1.56B to USD 6.7B; Costs, 2012 from USD 6.13B to USD 2.13B.',
    );
    expect(presentation.table.rows[0]).toEqual({
      header: 'Benefits, 2014',
      cells: ['USD 9B', 'USD 15B', 'USD 1.56B', 'USD 6.7B', 'USD 5.14B', '17'],
    });
  });

  it("writes each input's ends in the unit the report's kind says: money, a percent, a change", () => {
    const op = presentTornado(model.operatingProfitTornado!, colors);
    expect(op.table.rows.map((r) => [r.header, r.cells[0], r.cells[1]])).toEqual([
      ['Gross margin', '27%', '33%'],
      ['Revenue', 'USD 108B', 'USD 132B'],
    ]);
    const tornado = model.investments[0]!.tornado!;
    const changes = presentTornado(
      {
        ...tornado,
        bars: tornado.bars.map((b) => ({ ...b, kind: 'change' as const, low: -0.1, high: 0.1 })),
      },
      colors,
    );
    expect(changes.table.rows[0]!.cells.slice(0, 2)).toEqual(['−10%', '+10%']);
    const label = changes.config.options?.plugins?.tooltip?.callbacks?.label as unknown as (item: {
      dataIndex: number;
      datasetIndex: number;
    }) => string;
    expect(label({ dataIndex: 0, datasetIndex: 1 })).toBe('Input at its high end (+10%): NPV USD 6.7B');
  });
});
