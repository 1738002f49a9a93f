/**
 * The typed messages between the extension host and the preview webview. Both sides import this
 * file; every message carries `type` (a discriminated union, handled in exhaustive switches) and
 * is validated on receipt, because a webview is a web page and messages are untrusted input.
 */
import type { Diagnostic } from './core/diagnostic';
import type { CaseReport } from './core/report';
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

export type HostToWebview = RenderMessage | ProblemsMessage;

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

export type WebviewToHost = ReadyMessage | RevealMessage | StateMessage;

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
    Array.isArray((value.base as Record<string, unknown>).revenue) &&
    Array.isArray(value.scenarios) &&
    Array.isArray(value.investments) &&
    Array.isArray(value.benchmarks) &&
    Array.isArray(value.diagnostics)
  );
}

function isLinks(value: unknown): value is SourceLinks {
  return isRecord(value) && Object.values(value).every(isPositiveInt);
}

/** Checks a message received by the webview; anything else is dropped. */
export function isHostToWebview(value: unknown): value is HostToWebview {
  if (!isRecord(value) || !Number.isInteger(value.version) || typeof value.documentUri !== 'string')
    return false;
  if (typeof value.fileName !== 'string') return false;
  switch (value.type) {
    case 'render':
      return isReport(value.report) && isLinks(value.links);
    case 'problems':
      return Array.isArray(value.diagnostics) && value.diagnostics.every(isDiagnostic);
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
    default:
      return false;
  }
}

export function isPreviewState(value: unknown): value is PreviewState {
  return (
    isRecord(value) &&
    typeof value.documentUri === 'string' &&
    (value.selectedScenario === null || typeof value.selectedScenario === 'string')
  );
}
