/**
 * Save a chart as an image: the button on each chart panel draws the chart once more at twice the
 * screen's resolution, on the panel's own background, and hands the PNG to the host (which asks
 * where to save it). Where the webview allows it, the image is also put on the clipboard.
 */
import type { WebviewToHost } from '../src/protocol';
import { Chart } from './charts/chartRegistry';

/** The chart on `canvas` as a PNG data URL at `scale` × its CSS size, on `background`. */
export function chartPng(canvas: HTMLCanvasElement, background: string, scale = 2): string | null {
  const chart = Chart.getChart(canvas);
  if (!chart) return null;
  const previous = chart.options.devicePixelRatio;
  chart.options.devicePixelRatio = scale;
  chart.resize();
  const out = document.createElement('canvas');
  out.width = canvas.width;
  out.height = canvas.height;
  const context = out.getContext('2d');
  let url: string | null = null;
  if (context) {
    context.fillStyle = background;
    context.fillRect(0, 0, out.width, out.height);
    context.drawImage(canvas, 0, 0);
    url = out.toDataURL('image/png');
  }
  chart.options.devicePixelRatio = previous;
  chart.resize();
  return url;
}

function backgroundOf(element: Element): string {
  for (let at: Element | null = element; at; at = at.parentElement) {
    const color = getComputedStyle(at).backgroundColor;
    if (color && color !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(color)) return color;
  }
  return getComputedStyle(document.body).getPropertyValue('--vscode-editor-background') || '#ffffff';
}

async function copyToClipboard(dataUrl: string): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return;
  const blob = await (await fetch(dataUrl)).blob();
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
}

/** Handles clicks on every `[data-save-chart]` button below `root`. */
export function installImageExport(root: HTMLElement, post: (message: WebviewToHost) => void): void {
  root.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLElement>('[data-save-chart]');
    if (!button) return;
    const id = button.getAttribute('data-save-chart') ?? '';
    const panel = button.closest('[data-chart-panel]');
    const canvas = panel?.querySelector<HTMLCanvasElement>('canvas[data-chart]');
    if (!panel || !canvas) return;
    const dataUrl = chartPng(canvas, backgroundOf(panel));
    if (!dataUrl) return;
    post({ type: 'saveImage', chart: id, dataUrl });
    // The clipboard may be closed to webviews: saving the file is what counts.
    copyToClipboard(dataUrl).catch(() => undefined);
  });
}
