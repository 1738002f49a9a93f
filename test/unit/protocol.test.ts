import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/analyze';
import { sourceLinks } from '../../src/core/sourceLinks';
import { uncertaintySections } from '../../src/core/uncertainty/sections';
import { contentSecurityPolicy, previewHtml } from '../../src/preview/html';
import { isHostToWebview, isPreviewState, isWebviewToHost } from '../../src/protocol';
import { SEED_CASE } from './fixtures';
import { THREE_PERIODS_SECTIONS, THREE_PERIODS_SECTIONS_NO_RANGES } from './uncertaintyFixtures';

describe('messages between host and webview are validated on receipt', () => {
  const analysis = analyzeCase(SEED_CASE);
  const render = {
    type: 'render',
    version: 3,
    documentUri: 'file:///a.itcase.yaml',
    fileName: 'a.itcase.yaml',
    report: analysis.report,
    links: sourceLinks(analysis.source!),
  };

  it('accepts a render built from a real report, with links to the source lines', () => {
    expect(isHostToWebview(render)).toBe(true);
    expect(render.links.revenue).toBe(11);
    expect(render.links['fixedCosts.stores-and-logistics']).toBe(14);
    expect(render.links['scenarios.0']).toBe(18);
  });

  it('rejects messages of unknown type, without a version or with broken parts', () => {
    expect(isHostToWebview({ ...render, type: 'eval' })).toBe(false);
    expect(isHostToWebview({ ...render, version: undefined })).toBe(false);
    expect(isHostToWebview({ ...render, report: { title: 1 } })).toBe(false);
    expect(isHostToWebview({ ...render, report: { ...render.report, leverageCurve: undefined } })).toBe(
      false,
    );
    expect(isHostToWebview({ ...render, links: { revenue: 'x' } })).toBe(false);
    expect(isHostToWebview(null)).toBe(false);
    expect(
      isHostToWebview({
        type: 'problems',
        version: 1,
        documentUri: 'u',
        fileName: 'f',
        diagnostics: [{ message: 'x' }],
      }),
    ).toBe(false);
  });

  const uncertainty = {
    type: 'uncertainty',
    version: 4,
    documentUri: 'file:///a.itcase.yaml',
    sections: THREE_PERIODS_SECTIONS,
  };

  it('accepts uncertainty sections for a render, with or without a simulation', () => {
    expect(isHostToWebview(uncertainty)).toBe(true);
    expect(isHostToWebview({ ...uncertainty, sections: THREE_PERIODS_SECTIONS_NO_RANGES })).toBe(true);
    // The JSON a postMessage delivers is the same data.
    expect(isHostToWebview(JSON.parse(JSON.stringify(uncertainty)))).toBe(true);
  });

  it('accepts the sections of a case whose investment no range touches: its NPV is one value', () => {
    const text = `${SEED_CASE.replace('revenue: 100', 'revenue: "90..110"')}investments:\n  - name: Cloud\n    cashflows: [-10, 6, 6]\n`;
    const sections = uncertaintySections(analyzeCase(text))!;
    const histogram = sections.uncertainty!.investments[0]!.npvHistogram;
    expect(histogram.width).toBe(0);
    expect(histogram.counts).toEqual([10_000]);
    expect(isHostToWebview(JSON.parse(JSON.stringify({ ...uncertainty, sections })))).toBe(true);
  });

  it('rejects uncertainty sections with a missing part or a value of the wrong kind', () => {
    const sections = THREE_PERIODS_SECTIONS;
    const simulation = sections.uncertainty!;
    const investment = simulation.investments[0]!;
    const npvTarget = sections.sensitivity[0]!;
    const input = npvTarget.inputs[0]!;
    const broken: unknown[] = [
      undefined,
      { ...sections, sensitivity: undefined },
      { ...sections, breakEven: { investments: [] } },
      { ...sections, uncertainty: { ...simulation, trials: '10000' } },
      {
        ...sections,
        uncertainty: { ...simulation, base: { ...simulation.base, probabilityOperatingLoss: [2] } },
      },
      {
        ...sections,
        uncertainty: {
          ...simulation,
          investments: [{ ...investment, npvHistogram: { start: 0, width: 0, counts: [5, 5] } }],
        },
      },
      {
        ...sections,
        uncertainty: {
          ...simulation,
          investments: [{ ...investment, npvHistogram: { start: 0, width: -1, counts: [10] } }],
        },
      },
      {
        ...sections,
        uncertainty: {
          ...simulation,
          investments: [{ ...investment, npv: { ...investment.npv, p50: 'high' } }],
        },
      },
      { ...sections, sensitivity: [{ ...npvTarget, target: 'irr' }] },
      { ...sections, sensitivity: [{ ...npvTarget, inputs: [{ ...input, line: 0 }] }] },
      { ...sections, sensitivity: [{ ...npvTarget, inputs: [{ ...input, path: 7 }] }] },
      { ...sections, sensitivity: [{ ...npvTarget, inputs: [{ ...input, kind: undefined }] }] },
      { ...sections, sensitivity: [{ ...npvTarget, inputs: [{ ...input, kind: 'ratio' }] }] },
      {
        ...sections,
        breakEven: {
          ...sections.breakEven,
          investments: [{ name: 'Cloud', benefitsChangeForZeroNpv: Number.NaN, costsChangeForZeroNpv: null }],
        },
      },
    ];
    for (const value of broken) expect(isHostToWebview({ ...uncertainty, sections: value })).toBe(false);
    expect(isHostToWebview({ ...uncertainty, version: '4' })).toBe(false);
    expect(isHostToWebview({ ...uncertainty, documentUri: undefined })).toBe(false);
  });

  it('accepts only well-formed messages from the webview', () => {
    expect(isWebviewToHost({ type: 'ready' })).toBe(true);
    expect(isWebviewToHost({ type: 'reveal', line: 4, column: 2 })).toBe(true);
    expect(isWebviewToHost({ type: 'reveal', line: 0 })).toBe(false);
    expect(isWebviewToHost({ type: 'reveal', line: '4' })).toBe(false);
    expect(isWebviewToHost({ type: 'state', selectedScenario: 'Sales fall 10%' })).toBe(true);
    expect(isWebviewToHost({ type: 'openExternal', url: 'https://x' })).toBe(false);
    expect(isPreviewState({ documentUri: 'file:///a', selectedScenario: null })).toBe(true);
    expect(isPreviewState({ selectedScenario: null })).toBe(false);
  });
});

describe('the preview HTML shell', () => {
  const html = previewHtml(
    {
      cspSource: 'https://webview.test',
      scriptUri: 'https://webview.test/p.js',
      styleUri: 'https://webview.test/p.css',
      codiconUri: 'https://webview.test/c.css',
    },
    'abc123',
  );

  it('has a strict Content-Security-Policy: nothing by default, scripts only by nonce, no unsafe-*', () => {
    const csp = contentSecurityPolicy('https://webview.test', 'abc123');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'nonce-abc123'");
    expect(csp).toContain('style-src https://webview.test');
    expect(csp).not.toContain('unsafe');
    expect(html).toContain(csp.replace(/'/g, "'"));
  });

  it('loads its only script by nonce and has no inline script or style', () => {
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('<script nonce="abc123" src="https://webview.test/p.js"></script>');
    expect(html).not.toMatch(/<style|\sstyle=|\son\w+=/);
  });
});

describe('a chart saved as an image', () => {
  const png = 'data:image/png;base64,iVBORw0KGgo=';

  it('takes a PNG data URL from the webview and turns it into its bytes', async () => {
    const { isWebviewToHost, pngBytes } = await import('../../src/protocol');
    expect(isWebviewToHost({ type: 'saveImage', chart: 'revenue-it', dataUrl: png })).toBe(true);
    expect([...pngBytes(png)].slice(0, 4)).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('drops anything else: other types, script URLs, odd names, broken base64', async () => {
    const { isWebviewToHost } = await import('../../src/protocol');
    for (const message of [
      { type: 'saveImage', chart: 'bridge', dataUrl: 'data:text/html;base64,PHNjcmlwdD4=' },
      { type: 'saveImage', chart: '../../etc', dataUrl: png },
      { type: 'saveImage', chart: 'bridge', dataUrl: 'data:image/png;base64,<svg onload=x>' },
      { type: 'saveImage', chart: 'bridge' },
    ])
      expect(isWebviewToHost(message)).toBe(false);
  });
});
