/**
 * chart.js with only the parts the preview draws registered (bars, lines, points, filled bands,
 * category and linear scales, legend, tooltip, and our value labels and reference lines): the rest
 * is tree-shaken out of the bundle.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import type { ThemeColors } from '../themeColors';
import { referenceLinesPlugin } from './referenceLines';
import { valueLabelsPlugin } from './valueLabels';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
  Filler,
  valueLabelsPlugin,
  referenceLinesPlugin,
);

// Updates are drawn at once: the preview follows typing, an animation would only lag behind it.
Chart.defaults.animation = false;
Chart.defaults.responsive = true;
Chart.defaults.maintainAspectRatio = false;

/** The theme's font and colours as chart.js defaults (text, grid lines, tooltips). */
export function applyChartDefaults(colors: ThemeColors): void {
  Chart.defaults.font.family = colors.fontFamily;
  Chart.defaults.font.size = Math.max(11, colors.fontSize - 1);
  Chart.defaults.color = colors.foreground;
  Chart.defaults.borderColor = colors.gridLines;
}

export { Chart };
