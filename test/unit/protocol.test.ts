import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/analyze';
import { sourceLinks } from '../../src/core/sourceLinks';
import { contentSecurityPolicy, previewHtml } from '../../src/preview/html';
import { isHostToWebview, isPreviewState, isWebviewToHost } from '../../src/protocol';
import { SEED_CASE } from './fixtures';

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
