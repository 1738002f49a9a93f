/**
 * The typed messages between the extension host and the preview webview. Both sides import this
 * file; every message carries `type` (a discriminated union, handled in exhaustive switches) and
 * is validated on receipt, because a webview is a web page and messages are untrusted input.
 */
import type { Diagnostic } from './core/diagnostic';
import type {
  CaseReport,
  Histogram,
  PercentileSummary,
  SensitivityInput,
  UncertaintySections,
} from './core/report';
import type { SourceLinks } from './core/sourceLinks';

/** A good render: the report of the document at `version`, with where each part is written. */
export interface RenderMessage {
  type: 'render';
  /** Increases with every message; the webview drops anything older than what it has shown. */
  version: number;
  documentUri: string;
  fileName: string;
  report: CaseReport;
  links: SourceLinks;
}

/** The document has errors: the webview keeps its last good render and lists these above it. */
export interface ProblemsMessage {
  type: 'problems';
  version: number;
  documentUri: string;
  fileName: string;
  diagnostics: Diagnostic[];
}

/**
 * How sure the case is, what drives it, what must be true (format 1.1), for the render of the same
 * `version`: simulated after that render was sent, off the keystroke path. The webview shows it only
 * beside that render, and drops it when a newer message came first.
 */
export interface UncertaintyMessage {
  readonly type: 'uncertainty';
  /** The version of the render these sections belong to. */
  readonly version: number;
  readonly documentUri: string;
  readonly sections: UncertaintySections;
}

export type HostToWebview = RenderMessage | ProblemsMessage | UncertaintyMessage;

/** The webview has loaded its script and can take messages. */
export interface ReadyMessage {
  type: 'ready';
}

/** The user clicked a figure, chart or problem: show this place in the editor. */
export interface RevealMessage {
  type: 'reveal';
  line: number;
  column?: number;
}

/** The user switched the scenario tab (kept so a reload restores it). */
export interface StateMessage {
  type: 'state';
  selectedScenario: string | null;
}

/** The user asked to save a chart as an image: a PNG at twice the screen's resolution. */
export interface SaveImageMessage {
  type: 'saveImage';
  /** The chart's id (`revenue-it`, `bridge`, …), for the file's default name. */
  chart: string;
  /** `data:image/png;base64,…` */
  dataUrl: string;
}

export type WebviewToHost = ReadyMessage | RevealMessage | StateMessage | SaveImageMessage;

/** The largest image the host takes from the webview (a chart at 2× is a few hundred kilobytes). */
export const MAX_IMAGE_DATA_URL_LENGTH = 20_000_000;
const PNG_DATA_URL = 'data:image/png;base64,';

/** UI state kept by the webview with `setState`, restored by the serializer on reload. */
export interface PreviewState {
  documentUri: string;
  selectedScenario: string | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isPositiveInt = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1;

function isDiagnostic(value: unknown): value is Diagnostic {
  return (
    isRecord(value) &&
    (value.severity === 'error' || value.severity === 'warning' || value.severity === 'info') &&
    typeof value.message === 'string' &&
    isPositiveInt(value.line) &&
    isPositiveInt(value.column) &&
    isPositiveInt(value.endLine) &&
    isPositiveInt(value.endColumn)
  );
}

function isReport(value: unknown): value is CaseReport {
  return (
    isRecord(value) &&
    typeof value.title === 'string' &&
    typeof value.currency === 'string' &&
    typeof value.unit === 'string' &&
    Array.isArray(value.periods) &&
    isRecord(value.base) &&
    Array.isArray(value.base.revenue) &&
    Array.isArray(value.scenarios) &&
    isRecord(value.leverageCurve) &&
    Array.isArray(value.leverageCurve.points) &&
    Array.isArray(value.leverageCurve.scenarios) &&
    Array.isArray(value.itSpendLines) &&
    Array.isArray(value.investments) &&
    Array.isArray(value.benchmarks) &&
    Array.isArray(value.diagnostics)
  );
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isNumberOrNull = (value: unknown): value is number | null => value === null || isNumber(value);
const isShare = (value: unknown): value is number => isNumber(value) && value >= 0 && value <= 1;

function isPercentileSummary(value: unknown): value is PercentileSummary {
  return (
    isRecord(value) &&
    (['p5', 'p10', 'p50', 'p90', 'p95', 'mean'] as const).every((key) => isNumberOrNull(value[key]))
  );
}

/** Bins of a width above 0; or of width 0, one bin (every trial the same) or none (no trial defined). */
function isHistogram(value: unknown): value is Histogram {
  return (
    isRecord(value) &&
    isNumber(value.start) &&
    isNumber(value.width) &&
    value.width >= 0 &&
    Array.isArray(value.counts) &&
    (value.width > 0 || value.counts.length <= 1) &&
    value.counts.every((count) => Number.isInteger(count) && (count as number) >= 0)
  );
}

function isUncertainPeriods(value: unknown): boolean {
  return (
    isRecord(value) &&
    Array.isArray(value.operatingProfit) &&
    value.operatingProfit.every(isPercentileSummary) &&
    Array.isArray(value.operatingMargin) &&
    value.operatingMargin.every(isPercentileSummary) &&
    Array.isArray(value.probabilityOperatingLoss) &&
    value.probabilityOperatingLoss.every(isShare)
  );
}

function isUncertainInvestment(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.name === 'string' &&
    isPercentileSummary(value.npv) &&
    isShare(value.probabilityNegativeNpv) &&
    isHistogram(value.npvHistogram) &&
    isPercentileSummary(value.irr) &&
    isRecord(value.irr) &&
    isShare(value.irr.undefinedShare) &&
    isPercentileSummary(value.paybackPeriods) &&
    isRecord(value.paybackPeriods) &&
    isShare(value.paybackPeriods.neverShare)
  );
}

function isUncertaintyReport(value: unknown): boolean {
  if (value === null) return true;
  return (
    isRecord(value) &&
    Number.isInteger(value.trials) &&
    Number.isInteger(value.seed) &&
    isUncertainPeriods(value.base) &&
    Array.isArray(value.scenarios) &&
    value.scenarios.every(
      (s) => isUncertainPeriods(s) && typeof (s as { name: unknown }).name === 'string',
    ) &&
    Array.isArray(value.investments) &&
    value.investments.every(isUncertainInvestment)
  );
}

function isSensitivityInput(value: unknown): value is SensitivityInput {
  return (
    isRecord(value) &&
    typeof value.path === 'string' &&
    typeof value.label === 'string' &&
    isPositiveInt(value.line) &&
    isPositiveInt(value.column) &&
    (value.kind === 'money' || value.kind === 'percent' || value.kind === 'change') &&
    isNumber(value.low) &&
    isNumber(value.high) &&
    isNumberOrNull(value.outputAtLow) &&
    isNumberOrNull(value.outputAtHigh) &&
    isNumber(value.swing)
  );
}

function isSensitivityTarget(value: unknown): boolean {
  if (!isRecord(value) || !isNumberOrNull(value.pointOutput)) return false;
  if (!Array.isArray(value.inputs) || !value.inputs.every(isSensitivityInput)) return false;
  switch (value.target) {
    case 'npv':
      return typeof value.investment === 'string';
    case 'operatingProfit':
      return value.scenario === null && typeof value.period === 'string';
    default:
      return false;
  }
}

function isBreakEven(value: unknown): boolean {
  return (
    isRecord(value) &&
    Array.isArray(value.investments) &&
    value.investments.every(
      (i) =>
        isRecord(i) &&
        typeof i.name === 'string' &&
        isNumberOrNull(i.benefitsChangeForZeroNpv) &&
        isNumberOrNull(i.costsChangeForZeroNpv),
    ) &&
    isRecord(value.base) &&
    Array.isArray(value.base.revenueChangeForZeroOperatingProfit) &&
    value.base.revenueChangeForZeroOperatingProfit.every(isNumberOrNull)
  );
}

function isUncertaintySections(value: unknown): value is UncertaintySections {
  return (
    isRecord(value) &&
    isUncertaintyReport(value.uncertainty) &&
    Array.isArray(value.sensitivity) &&
    value.sensitivity.every(isSensitivityTarget) &&
    isBreakEven(value.breakEven)
  );
}

function isLinks(value: unknown): value is SourceLinks {
  return isRecord(value) && Object.values(value).every(isPositiveInt);
}

/** Checks a message received by the webview; anything else is dropped. */
export function isHostToWebview(value: unknown): value is HostToWebview {
  if (!isRecord(value) || !Number.isInteger(value.version) || typeof value.documentUri !== 'string')
    return false;
  switch (value.type) {
    case 'render':
      return typeof value.fileName === 'string' && isReport(value.report) && isLinks(value.links);
    case 'problems':
      return (
        typeof value.fileName === 'string' &&
        Array.isArray(value.diagnostics) &&
        value.diagnostics.every(isDiagnostic)
      );
    case 'uncertainty':
      return isUncertaintySections(value.sections);
    default:
      return false;
  }
}

/** Checks a message received by the host; anything else is dropped. */
export function isWebviewToHost(value: unknown): value is WebviewToHost {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'ready':
      return true;
    case 'reveal':
      return isPositiveInt(value.line) && (value.column === undefined || isPositiveInt(value.column));
    case 'state':
      return value.selectedScenario === null || typeof value.selectedScenario === 'string';
    case 'saveImage':
      return (
        typeof value.chart === 'string' &&
        /^[\w-]{1,64}$/.test(value.chart) &&
        typeof value.dataUrl === 'string' &&
        value.dataUrl.startsWith(PNG_DATA_URL) &&
        value.dataUrl.length <= MAX_IMAGE_DATA_URL_LENGTH &&
        /^[A-Za-z0-9+/]*={0,2}$/.test(value.dataUrl.slice(PNG_DATA_URL.length))
      );
    default:
      return false;
  }
}

/** The bytes of a PNG data URL that `isWebviewToHost` accepted. */
export function pngBytes(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(PNG_DATA_URL.length));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function isPreviewState(value: unknown): value is PreviewState {
  return (
    isRecord(value) &&
    typeof value.documentUri === 'string' &&
    (value.selectedScenario === null || typeof value.selectedScenario === 'string')
  );
}
