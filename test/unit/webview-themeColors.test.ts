import { describe, expect, it } from 'vitest';
import { themeColors, themeKindFromClasses, withAlpha } from '../../webview/themeColors';

const reader =
  (vars: Record<string, string>) =>
  (name: string): string =>
    vars[name] ?? '';

describe('themeColors', () => {
  it('takes the chart colours from the --vscode-charts-* variables', () => {
    const colors = themeColors(
      reader({
        '--vscode-charts-blue': '#0000ff',
        '--vscode-charts-red': '#ff0000',
        '--vscode-charts-green': '#00ff00',
        '--vscode-charts-yellow': '#ffff00',
        '--vscode-charts-orange': '#ff8800',
        '--vscode-charts-purple': '#880088',
        '--vscode-charts-foreground': '#123456',
        '--vscode-font-family': 'Segoe UI',
        '--vscode-font-size': '14px',
      }),
      'light',
    );
    expect(colors).toMatchObject({
      blue: '#0000ff',
      red: '#ff0000',
      green: '#00ff00',
      yellow: '#ffff00',
      orange: '#ff8800',
      purple: '#880088',
      foreground: '#123456',
      fontFamily: 'Segoe UI',
      fontSize: 14,
      highContrast: false,
      contrastBorder: null,
    });
  });

  it('trims the whitespace getPropertyValue leaves around values', () => {
    expect(themeColors(reader({ '--vscode-charts-blue': '  #0000ff ' })).blue).toBe('#0000ff');
  });

  it("falls back along the foreground chain, then to VS Code's default for the theme kind", () => {
    expect(themeColors(reader({ '--vscode-editor-foreground': '#eeeeee' })).foreground).toBe('#eeeeee');
    expect(themeColors(reader({ '--vscode-foreground': '#dddddd' })).foreground).toBe('#dddddd');
    expect(themeColors(reader({}), 'dark').foreground).toBe('#cccccc');
    expect(themeColors(reader({}), 'light').foreground).toBe('#616161');
    expect(themeColors(reader({}), 'light').blue).toBe('#1a85ff');
    expect(themeColors(reader({}), 'dark').blue).toBe('#3794ff');
  });

  it('has a usable palette with no variables at all', () => {
    const colors = themeColors(reader({}));
    for (const key of [
      'blue',
      'red',
      'green',
      'yellow',
      'orange',
      'purple',
      'foreground',
      'gridLines',
    ] as const) {
      expect(colors[key]).toMatch(/^(#|rgba?\()/);
    }
    expect(colors.fontSize).toBe(13);
    expect(colors.fontFamily).toContain('sans-serif');
  });

  it('ignores a font size it cannot read', () => {
    expect(themeColors(reader({ '--vscode-font-size': 'large' })).fontSize).toBe(13);
  });

  it('makes high contrast readable: solid fills, thicker lines, contrast borders', () => {
    const normal = themeColors(reader({}), 'dark');
    const hc = themeColors(reader({ '--vscode-contrastBorder': '#6fc3df' }), 'high-contrast');
    expect(hc.highContrast).toBe(true);
    expect(hc.contrastBorder).toBe('#6fc3df');
    expect(hc.fillAlpha).toBe(1);
    expect(hc.lineWidth).toBeGreaterThan(normal.lineWidth);
    expect(hc.pointRadius).toBeGreaterThan(normal.pointRadius);
    expect(themeColors(reader({}), 'high-contrast-light').contrastBorder).toBe('#292929');
  });

  it('recognises high contrast by --vscode-contrastBorder when the kind is not given', () => {
    expect(themeColors(reader({ '--vscode-contrastBorder': '#6fc3df' })).highContrast).toBe(true);
    expect(themeColors(reader({})).highContrast).toBe(false);
  });

  it('dims the grid lines outside high contrast, and keeps them solid in it', () => {
    const lines = { '--vscode-charts-lines': 'rgba(204, 204, 204, 0.5)' };
    expect(themeColors(reader(lines), 'dark').gridLines).toBe('rgba(204, 204, 204, 0.125)');
    expect(themeColors(reader(lines), 'high-contrast').gridLines).toBe('rgba(204, 204, 204, 0.5)');
  });
});

describe('themeKindFromClasses', () => {
  it("reads the theme kind from the body's vscode-* class", () => {
    expect(themeKindFromClasses(['vscode-light'])).toBe('light');
    expect(themeKindFromClasses(['vscode-dark'])).toBe('dark');
    expect(themeKindFromClasses(['vscode-high-contrast'])).toBe('high-contrast');
    expect(themeKindFromClasses(['vscode-high-contrast', 'vscode-high-contrast-light'])).toBe(
      'high-contrast-light',
    );
    expect(themeKindFromClasses([])).toBe('dark');
  });
});

describe('withAlpha', () => {
  it('understands hex and rgb() colours, and multiplies an existing alpha', () => {
    expect(withAlpha('#ff0000', 0.5)).toBe('rgba(255, 0, 0, 0.5)');
    expect(withAlpha('#f00', 0.5)).toBe('rgba(255, 0, 0, 0.5)');
    expect(withAlpha('#ff000080', 1)).toBe('rgba(255, 0, 0, 0.502)');
    expect(withAlpha('rgb(1, 2, 3)', 0.2)).toBe('rgba(1, 2, 3, 0.2)');
    expect(withAlpha('rgba(1, 2, 3, 0.5)', 0.5)).toBe('rgba(1, 2, 3, 0.25)');
  });

  it('leaves colours it does not understand as they are', () => {
    expect(withAlpha('hsl(0 100% 50%)', 0.5)).toBe('hsl(0 100% 50%)');
    expect(withAlpha('red', 0.5)).toBe('red');
  });
});
