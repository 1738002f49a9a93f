/**
 * The current theme, read from the CSS variables VS Code sets on the page, and a watch for theme
 * changes: VS Code switches the `<body>` class (vscode-light, vscode-dark, vscode-high-contrast,
 * vscode-high-contrast-light) and rewrites the variables on `<html>`'s style.
 */
import type { Theme } from './charts/chartPresentation';
import { themeColors, themeKindFromClasses } from './themeColors';

export function readTheme(): Theme {
  const style = getComputedStyle(document.body);
  const colors = themeColors(
    (name) => style.getPropertyValue(name),
    themeKindFromClasses(document.body.classList),
  );
  return { colors, key: JSON.stringify(colors) };
}

/** Calls `onChange` with the new theme whenever a class or variable change alters the palette. */
export function watchTheme(initial: Theme, onChange: (theme: Theme) => void): () => void {
  let current = initial;
  const observer = new MutationObserver(() => {
    const next = readTheme();
    if (next.key === current.key) return;
    current = next;
    onChange(next);
  });
  observer.observe(document.body, { attributes: true, attributeFilter: ['class'] });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['style', 'class'] });
  return () => observer.disconnect();
}
