/**
 * The chart palette, read from VS Code's theme variables. Pure: the caller passes how to read a CSS
 * variable (`getComputedStyle(...).getPropertyValue` in the webview, a map in tests), so the
 * mapping and its fallbacks are tested without a DOM.
 */

/** VS Code's four theme kinds, as the webview's `<body>` class names them (`vscode-<kind>`). */
export type ThemeKind = 'light' | 'dark' | 'high-contrast' | 'high-contrast-light';

export interface ThemeColors {
  kind: ThemeKind;
  /** True in both high-contrast themes: thicker lines, solid fills, contrast borders. */
  highContrast: boolean;
  foreground: string;
  /** Secondary text: axis titles, notes. */
  mutedForeground: string;
  /** Grid lines and axis borders. */
  gridLines: string;
  background: string;
  /** The high-contrast outline colour (`--vscode-contrastBorder`); null outside high contrast. */
  contrastBorder: string | null;
  blue: string;
  red: string;
  green: string;
  yellow: string;
  orange: string;
  purple: string;
  tooltipBackground: string;
  tooltipForeground: string;
  tooltipBorder: string;
  fontFamily: string;
  /** In CSS pixels. */
  fontSize: number;
  /** Width of chart lines and bar borders, in CSS pixels. */
  lineWidth: number;
  /** Radius of marked points, in CSS pixels. */
  pointRadius: number;
  /** Opacity of bar fills (1 in high contrast: translucent fills wash out). */
  fillAlpha: number;
}

/** Reads one CSS custom property (e.g. `--vscode-charts-blue`); '' when it is not set. */
export type CssVariableReader = (name: string) => string;

/** VS Code's own defaults for the chart colours, per theme kind (from its theme registry). */
const FALLBACKS: Record<
  ThemeKind,
  Record<'fg' | 'lines' | 'bg' | 'blue' | 'red' | 'green' | 'yellow' | 'orange' | 'purple', string>
> = {
  dark: {
    fg: '#cccccc',
    lines: 'rgba(204, 204, 204, 0.5)',
    bg: '#1e1e1e',
    blue: '#3794ff',
    red: '#f14c4c',
    green: '#89d185',
    yellow: '#cca700',
    orange: '#d18616',
    purple: '#b180d7',
  },
  light: {
    fg: '#616161',
    lines: 'rgba(97, 97, 97, 0.5)',
    bg: '#ffffff',
    blue: '#1a85ff',
    red: '#e51400',
    green: '#388a34',
    yellow: '#bf8803',
    orange: '#d18616',
    purple: '#652d90',
  },
  'high-contrast': {
    fg: '#ffffff',
    lines: '#ffffff',
    bg: '#000000',
    blue: '#3794ff',
    red: '#f14c4c',
    green: '#89d185',
    yellow: '#cca700',
    orange: '#d18616',
    purple: '#b180d7',
  },
  'high-contrast-light': {
    fg: '#292929',
    lines: '#292929',
    bg: '#ffffff',
    blue: '#0f4a85',
    red: '#b5200d',
    green: '#374e06',
    yellow: '#895503',
    orange: '#8f4f00',
    purple: '#652d90',
  },
};

const DEFAULT_FONT_FAMILY =
  '-apple-system, BlinkMacSystemFont, "Segoe WPC", "Segoe UI", "Ubuntu", "Droid Sans", sans-serif';

/** The theme kind from the `<body>` class list VS Code sets (`vscode-light`, `vscode-dark`, …). */
export function themeKindFromClasses(classes: Iterable<string>): ThemeKind {
  const set = new Set(classes);
  if (set.has('vscode-high-contrast-light')) return 'high-contrast-light';
  if (set.has('vscode-high-contrast')) return 'high-contrast';
  if (set.has('vscode-light')) return 'light';
  return 'dark';
}

/**
 * The palette for charts. Each colour is the first set variable of its chain, else VS Code's default
 * for the theme kind. Without a kind, high contrast is recognised by `--vscode-contrastBorder`, which
 * VS Code defines only in high-contrast themes.
 */
export function themeColors(read: CssVariableReader, kind?: ThemeKind): ThemeColors {
  const get = (...names: string[]): string | undefined => {
    for (const name of names) {
      const value = read(name).trim();
      if (value) return value;
    }
    return undefined;
  };
  const contrastBorder = get('--vscode-contrastBorder') ?? null;
  const themeKind: ThemeKind = kind ?? (contrastBorder ? 'high-contrast' : 'dark');
  const fallback = FALLBACKS[themeKind];
  const highContrast = themeKind === 'high-contrast' || themeKind === 'high-contrast-light';
  const foreground =
    get('--vscode-charts-foreground', '--vscode-editor-foreground', '--vscode-foreground') ?? fallback.fg;
  const lines = get('--vscode-charts-lines') ?? fallback.lines;
  const background = get('--vscode-editor-background', '--vscode-sideBar-background') ?? fallback.bg;
  return {
    kind: themeKind,
    highContrast,
    foreground,
    mutedForeground: highContrast ? foreground : (get('--vscode-descriptionForeground') ?? foreground),
    gridLines: highContrast ? lines : withAlpha(lines, 0.25),
    background,
    contrastBorder: highContrast ? (contrastBorder ?? foreground) : null,
    blue: get('--vscode-charts-blue') ?? fallback.blue,
    red: get('--vscode-charts-red') ?? fallback.red,
    green: get('--vscode-charts-green') ?? fallback.green,
    yellow: get('--vscode-charts-yellow') ?? fallback.yellow,
    orange: get('--vscode-charts-orange') ?? fallback.orange,
    purple: get('--vscode-charts-purple') ?? fallback.purple,
    tooltipBackground:
      get('--vscode-editorHoverWidget-background', '--vscode-editorWidget-background') ?? background,
    tooltipForeground:
      get('--vscode-editorHoverWidget-foreground', '--vscode-editorWidget-foreground') ?? foreground,
    tooltipBorder:
      get('--vscode-editorHoverWidget-border', '--vscode-widget-border', '--vscode-contrastBorder') ?? lines,
    fontFamily: get('--vscode-font-family') ?? DEFAULT_FONT_FAMILY,
    fontSize: parsePixels(get('--vscode-font-size')) ?? 13,
    lineWidth: highContrast ? 3 : 2,
    pointRadius: highContrast ? 6 : 5,
    fillAlpha: highContrast ? 1 : 0.8,
  };
}

function parsePixels(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const match = /^(\d+(?:\.\d+)?)(px)?$/.exec(value);
  return match ? Number(match[1]) : undefined;
}

/**
 * The colour with the given opacity: `#rgb`, `#rrggbb`, `#rrggbbaa`, `rgb()` and `rgba()` are
 * understood (an existing alpha is multiplied); any other form (a name, `hsl()`) is returned as is.
 */
export function withAlpha(color: string, alpha: number): string {
  const rgba = parseColor(color);
  if (!rgba) return color;
  const [r, g, b, a] = rgba;
  const combined = Math.round(a * alpha * 1000) / 1000;
  return `rgba(${r}, ${g}, ${b}, ${combined})`;
}

function parseColor(color: string): [number, number, number, number] | null {
  const value = color.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value);
  if (hex) {
    let digits = hex[1]!;
    if (digits.length <= 4) digits = [...digits].map((d) => d + d).join('');
    const channel = (i: number) => parseInt(digits.slice(i * 2, i * 2 + 2), 16);
    return [channel(0), channel(1), channel(2), digits.length === 8 ? channel(3) / 255 : 1];
  }
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value);
  if (fn) {
    const alphaText = fn[4];
    const alpha =
      alphaText === undefined
        ? 1
        : alphaText.endsWith('%')
          ? parseFloat(alphaText) / 100
          : parseFloat(alphaText);
    return [Number(fn[1]), Number(fn[2]), Number(fn[3]), alpha];
  }
  return null;
}
