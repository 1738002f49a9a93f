/** The part of the VS Code webview API the preview uses, typed with the protocol. */
import type { PreviewState, WebviewToHost } from '../src/protocol';

export interface VsCodeApi {
  postMessage(message: WebviewToHost): void;
  getState(): unknown;
  setState(state: PreviewState): void;
}

declare global {
  /** Injected by VS Code into every webview; may be called once per page. */
  function acquireVsCodeApi(): VsCodeApi;
}

export function getVsCodeApi(): VsCodeApi {
  return acquireVsCodeApi();
}
