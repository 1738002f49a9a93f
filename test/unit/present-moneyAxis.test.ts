import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/analyze';
import { prepareExport } from '../../src/core/export';
import { htmlReport } from '../../src/core/export/html';
import { moneyAxis } from '../../src/core/present/tableMoney';
import { uncertaintySections } from '../../src/core/uncertainty/sections';
import { walmartTemplate } from '../../src/core/templates/walmart';
import type { ChartPresentation } from '../../webview/charts/chartPresentation';
import { presentCashflow } from '../../webview/charts/cashflowChart';
import { presentNpvHistogram } from '../../webview/charts/npvHistogramChart';
import { presentTornado } from '../../webview/charts/tornadoChart';
import { cashflowModel } from '../../webview/models/cashflowModel';
import { uncertaintyModel } from '../../webview/models/uncertaintyModel';
import { themeColors } from '../../webview/themeColors';

describe('a money axis', () => {
  it('is in the unit a table of its figures is written in, with the factor for its ticks', () => {
    expect(moneyAxis([-0.13, 0.18], 'billion', 'USD')).toEqual({ title: 'USD millions', factor: 1000 });
    expect(moneyAxis([0.0004, 0.0002], 'billion', 'USD')).toEqual({ title: 'USD thousands', factor: 1e6 });
    expect(moneyAxis([1.5, 0.2], 'billion', 'USD')).toEqual({ title: 'USD billions', factor: 1 });
    expect(moneyAxis([0, null], 'million', 'EUR')).toEqual({ title: 'EUR millions', factor: 1 });
  });
});

/** The Walmart case in USD billions: its investment's flows and NPVs are tens of millions. */
const analysis = analyzeCase(walmartTemplate.text);
const report = analysis.report!;
const sections = uncertaintySections(analysis, { trials: 2000 })!;
const model = uncertaintyModel(report, sections);
const colors = themeColors(() => '', 'dark');

/** The x or y axis's title and the label of a tick at `value`. */
function axis(presentation: ChartPresentation, key: 'x' | 'y', value: number): [string, string] {
  const scale = (
    presentation.config.options!.scales as Record<
      string,
      { title: { text: string }; ticks: { callback: (v: number) => string } }
    >
  )[key]!;
  return [scale.title.text, scale.ticks.callback(value)];
}

describe("the preview's charts of an investment in a case in billions", () => {
  it('read the NPV histogram, the tornado and the cash flows in millions, as their tooltips do', () => {
    expect(axis(presentNpvHistogram(model.investments[0]!.histogram!, colors), 'x', 0.05)).toEqual([
      'NPV, USD millions',
      '50',
    ]);
    expect(axis(presentTornado(model.investments[0]!.tornado!, colors), 'x', 0.05)).toEqual([
      'NPV, USD millions',
      '50',
    ]);
    const flows = presentCashflow(cashflowModel(report, report.investments[0]!), colors, 'investments.0');
    expect(axis(flows, 'y', -0.15)).toEqual(['USD millions', '−150']);
  });

  it('label only round ticks of the NPV histogram, not the ends of its bins', () => {
    const histogram = presentNpvHistogram(model.investments[0]!.histogram!, colors);
    const x = (histogram.config.options!.scales as Record<string, { ticks: { includeBounds?: boolean } }>).x!;
    expect(x.ticks.includeBounds).toBe(false);
  });

  it('keep the unit of the case where the figures are that large', () => {
    expect(axis(presentTornado(model.operatingProfitTornado!, colors), 'x', 26)[0]).toBe(
      'Operating profit, USD billions',
    );
  });
});

describe("the HTML report's charts of the same investment", () => {
  const prepared = prepareExport(walmartTemplate.text, { trials: 2000 });
  if (!prepared.ok) throw new Error('the Walmart template has errors');
  const page = htmlReport(prepared.source);

  it('say the unit of their axes, millions, and write their ticks in it', () => {
    const histogram = page.slice(page.indexOf('aria-label="NPV of OpenStack'));
    expect(histogram).toContain('NPV, USD millions');
    expect(histogram.slice(0, histogram.indexOf('</svg>'))).toMatch(/>−?\d{2,3}<\/text>/);
    const cashflows = page.slice(page.indexOf('aria-label="Cash flows of OpenStack'));
    expect(cashflows.slice(0, cashflows.indexOf('</svg>'))).toContain('>USD millions<');
    expect(page).not.toContain('USD, billions');
  });
});
